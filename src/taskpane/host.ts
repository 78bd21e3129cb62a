// The contracts between the pane and where its workbook lives: Excel (the Office.js adapter in
// src/excel) or a file in the browser preview. The pane only talks to these, so component tests
// pass small fakes.
import type {
  AnalysisResult,
  AnalyzeOptions,
  IsoDate,
  Problem,
  ProgressReport,
  RenderOptions,
  Settings,
  SheetSpec,
  TemplateSheet,
  WorkbookCells,
} from "../core";
import type { WorkbookForDocument } from "../core/document";

/** The engine, passed in (the pane wires src/core's door; tests may pass small fakes). */
export interface Engine {
  /** The analysis alone: what the pane shows before a run. */
  analyze(cells: WorkbookCells, options: AnalyzeOptions): AnalysisResult;
  /** The analysis and the sheets to write (none when the data has errors). */
  analyzeAndRender(cells: WorkbookCells, options: AnalyzeOptions, render: RenderOptions): { result: AnalysisResult; sheets: SheetSpec[] };
}

export interface ScanOutcome {
  /** The workbook's data sheets (the add-in's own output sheets left out). */
  cells: WorkbookCells;
  settings: Settings;
  hasSettings: boolean;
  /** Adapter-level problems (sheet too big, damaged settings part). */
  problems: Problem[];
  /** The add-in's sheets from an earlier run, still in the workbook. */
  ownSheets: { key: string; name: string }[];
  /** Every sheet as read, ours included (the o43 panel tells the round from the measures sheet). */
  book?: WorkbookForDocument;
}

export type RunStep = "read" | "analyze" | "write" | "save";
export type Progress = (step: RunStep) => void;

export interface WrittenSheet {
  key: string;
  name: string;
}

export type RunOutcome =
  | { kind: "invalid"; cells: WorkbookCells; result: AnalysisResult; problems: Problem[] }
  | {
      kind: "written";
      result: AnalysisResult;
      sheets: WrittenSheet[];
      /** Cells staff typed, changed or cleared in the sheets of the last run, and how many were carried in. */
      edited: number;
      carried: number;
      /** Names of the old sheets kept as dated copies (something staff typed there could not be carried). */
      keptCopies?: string[];
      syncs: number;
    };

type RunWritten = Extract<RunOutcome, { kind: "written" }>;
type RunInvalid = Extract<RunOutcome, { kind: "invalid" }>;

/** What the adapter reports, less its sync count, plus the preview's file to download. */
export type WrittenOutcome = Omit<RunWritten, "syncs"> & { file?: { name: string; blob: Blob } };

/** The workbook as read by the run (it may have changed since the scan); the preview may not have it. */
export type InvalidOutcome = Omit<RunInvalid, "cells"> & { cells?: WorkbookCells };

export type PaneRunOutcome = WrittenOutcome | InvalidOutcome;

/** The workbook as staff left it, for the o42 document. */
export interface DocumentRead {
  /** What the analysis reads (as for a run). */
  data: WorkbookCells;
  /** Every sheet, ours included (the measures and limitations sheets staff edited). */
  book: WorkbookForDocument;
  /** The settings saved in the workbook. */
  settings: Settings;
}

/** The o43 progress job: the report as of a day, from the measures sheet as staff left it. */
export interface ProgressRequest {
  /** The day the figures stand at (ISO, common era). */
  asOf: IsoDate;
  /** The pane's settings (digits); the workbook's own are what is saved with the sheet's record. */
  settings: Settings;
  /** The agency's name as the pane's analysis has it. */
  agency?: string;
}

export type ProgressOutcome =
  /** The workbook (or file) has no measures sheet of ours: nothing was written. */
  | { kind: "noMeasures"; syncs?: number }
  | {
      kind: "written";
      report: ProgressReport;
      /** The progress sheet's name as written (it replaced an earlier one of its kind, if any). */
      sheet: string;
      /** Cells staff had typed in the earlier progress sheet, and how many were carried. */
      edited: number;
      carried: number;
      /** The earlier progress sheet kept under a dated name (staff edits there could not be carried). */
      keptCopies: string[];
      /** Excel: the round trips it took. */
      syncs?: number;
      /** Preview: the chosen workbook with the progress sheet, to download. */
      file?: { name: string; blob: Blob };
    };

/** What the pane can do where it runs (compat.ts reads it from Office's requirement sets). */
export interface HostCapabilities {
  /** False when this Excel cannot read and write the workbook for the pane at all. */
  canRun: boolean;
  /** What does not work here, each a Thai sentence that says what to use instead. */
  limits: string[];
}

/** The overview of several agencies' files (the preview), as `ita batch --overview` writes it. */
export interface OverviewOutcome {
  file: { name: string; blob: Blob };
  agencies: number;
  failed: { file: string; reason: string }[];
}

export interface PaneHost {
  kind: "excel" | "preview";
  /** Office's theme (Excel) or the system's (preview); light when unknown. */
  theme?: "light" | "dark";
  /** Excel only: what this Excel supports; absent means everything. */
  capabilities?(): HostCapabilities;
  /** Excel only: adds the score-entry sheet for staff to fill; resolves to the name it got. */
  addTemplate?(sheet: TemplateSheet): Promise<string>;
  /** Excel: reads the open workbook. Preview: reads the chosen file (open() first). */
  scan(): Promise<ScanOutcome>;
  /** Preview only: the user picked a file. */
  open?(file: File): Promise<ScanOutcome>;
  /** Preview only: the user picked several files; the overview workbook of their agencies. */
  overview?(files: File[]): Promise<OverviewOutcome>;
  run(settings: Settings, onProgress: Progress): Promise<PaneRunOutcome>;
  /** The o43 job: writes the progress sheet (Excel) or a workbook with it (preview); hosts without it offer no o43. */
  progress?(request: ProgressRequest): Promise<ProgressOutcome>;
  /** Reads the workbook for the o42 document; hosts without it offer no document. */
  readForDocument?(): Promise<DocumentRead>;
  /** False where the pane cannot download a file (Excel for Mac: office-js #2700). Default true. */
  canDownload?: boolean;
  /** Excel: opens a page in the computer's own browser. */
  openInBrowser?(url: string): void;
  /** Excel only: select a problem's cell. */
  selectCell?(ref: string): Promise<boolean>;
  /** Excel only: show a written sheet. */
  openSheet?(name: string): Promise<void>;
  /** Excel (shared runtime): the page outlives the pane; `listener` runs when the pane is shown again. */
  onShown?(listener: () => void): () => void;
  /**
   * Tells the custom functions (shared runtime) the workbook's year, catalog and library; settles
   * when Excel has recalculated them (rejects when it could not).
   */
  publish?(result: AnalysisResult, settings: Settings): Promise<void>;
}

/** A run that failed while writing and could not remove its half-written temporary sheets either. */
export class LeftoverSheetsError extends Error {
  constructor(
    override readonly cause: unknown,
    /** How the temporary sheets still in the workbook begin ("~ita-k3x9q2-"): safe to delete. */
    readonly prefix: string,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = "LeftoverSheetsError";
  }
}

/** An error whose message is already a Thai sentence that says what to do (shown as is). */
export class PaneError extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = "PaneError";
  }
}
