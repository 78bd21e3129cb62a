// Where the pane's workbook lives: Excel (Office.js adapter) or a file in the browser preview.
// The pane only talks to this interface, so component tests pass a small fake.
import type { AnalysisResult } from "../core/analysis/result";
import type { Settings } from "../core/settings";
import type { WorkbookCells } from "../core/types";
import type { Progress, RunOutcome, ScanOutcome, WrittenSheet } from "../excel/run";

export type { Progress, ScanOutcome, WrittenSheet };

type RunWritten = Extract<RunOutcome, { kind: "written" }>;
type RunInvalid = Extract<RunOutcome, { kind: "invalid" }>;

/** What the adapter reports, less its sync count, plus the preview's file to download. */
export type WrittenOutcome = Omit<RunWritten, "syncs"> & { file?: { name: string; blob: Blob } };

/** The workbook as read by the run (it may have changed since the scan); the preview may not have it. */
export type InvalidOutcome = Omit<RunInvalid, "cells"> & { cells?: WorkbookCells };

export type PaneRunOutcome = WrittenOutcome | InvalidOutcome;

export interface PaneHost {
  kind: "excel" | "preview";
  /** Excel: reads the open workbook. Preview: reads the chosen file (open() first). */
  scan(): Promise<ScanOutcome>;
  /** Preview only: the user picked a file. */
  open?(file: File): Promise<ScanOutcome>;
  run(settings: Settings, onProgress: Progress): Promise<PaneRunOutcome>;
  /** Excel only: select a problem's cell. */
  selectCell?(ref: string): Promise<boolean>;
  /** Excel only: show a written sheet. */
  openSheet?(name: string): Promise<void>;
  /** Excel (shared runtime): the page outlives the pane; `listener` runs when the pane is shown again. */
  onShown?(listener: () => void): () => void;
  /** Tells the custom functions (shared runtime) the workbook's year, catalog and library. */
  publish?(result: AnalysisResult, settings: Settings): void;
}
