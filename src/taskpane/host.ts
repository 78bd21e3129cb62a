// The contracts between the pane and where its workbook lives: Excel (the Office.js adapter in
// src/excel) or a file in the browser preview. The pane only talks to these, so component tests
// pass small fakes.
import type { AnalysisResult, AnalyzeOptions, Problem, RenderOptions, Settings, SheetSpec, WorkbookCells } from "../core";

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
      /** Staff edits found in the old measures sheet, and how many were carried in. */
      edited: number;
      carried: number;
      /** Name of the dated copy of the old measures sheet, when one was kept. */
      keptCopy?: string;
      syncs: number;
    };

type RunWritten = Extract<RunOutcome, { kind: "written" }>;
type RunInvalid = Extract<RunOutcome, { kind: "invalid" }>;

/** What the adapter reports, less its sync count, plus the preview's file to download. */
export type WrittenOutcome = Omit<RunWritten, "syncs"> & { file?: { name: string; blob: Blob } };

/** The workbook as read by the run (it may have changed since the scan); the preview may not have it. */
export type InvalidOutcome = Omit<RunInvalid, "cells"> & { cells?: WorkbookCells };

export type PaneRunOutcome = WrittenOutcome | InvalidOutcome;

/** The overview of several agencies' files (the preview), as `ita batch --overview` writes it. */
export interface OverviewOutcome {
  file: { name: string; blob: Blob };
  agencies: number;
  failed: { file: string; reason: string }[];
}

export interface PaneHost {
  kind: "excel" | "preview";
  /** Excel: reads the open workbook. Preview: reads the chosen file (open() first). */
  scan(): Promise<ScanOutcome>;
  /** Preview only: the user picked a file. */
  open?(file: File): Promise<ScanOutcome>;
  /** Preview only: the user picked several files; the overview workbook of their agencies. */
  overview?(files: File[]): Promise<OverviewOutcome>;
  run(settings: Settings, onProgress: Progress): Promise<PaneRunOutcome>;
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
