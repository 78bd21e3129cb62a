import { documentBook, stayingSheets, type KnownSheet } from "../keep/known";
import { progressSheet } from "../render/progress";
import type { SheetSpec } from "../render/spec";
import type { Digits } from "../vocabulary";
import type { ProgressReport } from "./model";
import { NoMeasuresSheet, progressReport, type ProgressOptions } from "./report";

// The progress job as every adapter runs it (the command, the add-in, the preview): the report from
// the workbook's sheets as identify.ts knows them, and the progress sheet's spec, its names clear of
// the sheets that stay. The adapter plans the write with planWrite's `only: ["progress"]`.

export interface ProgressJob {
  report: ProgressReport;
  sheet: SheetSpec;
}

/** The report and its sheet; undefined when the workbook has no measures sheet to report from. */
export function progressJob(known: readonly KnownSheet[], o: ProgressOptions & { digits?: Digits }): ProgressJob | undefined {
  let report: ProgressReport;
  try {
    report = progressReport(documentBook(known), { asOf: o.asOf, ...(o.agency ? { agency: o.agency } : {}) });
  } catch (e) {
    if (e instanceof NoMeasuresSheet) return undefined;
    throw e;
  }
  const staying = stayingSheets(known);
  const sheet = progressSheet(report, {
    ...(o.digits ? { digits: o.digits } : {}),
    existingNames: staying.map((s) => s.name),
    existingTableNames: staying.flatMap((s) => s.tableNames),
  });
  return { report, sheet };
}
