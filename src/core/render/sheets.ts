import type { AnalysisResult } from "../analysis/result";
import type { RenderContext, SheetBody } from "./context";
import { renderContext } from "./context";
import { issuesSheet } from "./issues";
import type { Digits } from "../vocabulary";
import { librarySheet } from "./library";
import { limitationsSheet } from "./limitations";
import { measuresSheet } from "./measures";
import { problemsSheet } from "./problems";
import { ANALYSIS_KINDS, SHEET_KINDS, ownKindOf, type AnalysisKind, type SheetKind } from "../sheet-kinds";
import { uniqueSheetName, uniqueTableName } from "./sheet-names";
import type { SheetSpec } from "./spec";
import { summarySheet } from "./summary";

export interface RenderOptions {
  /** Digits in display text (numbers in numeric cells are never changed). Default "arabic". */
  digits?: Digits;
  /** Sheet names already in the workbook; ours never collide with them. */
  existingNames?: string[];
  /** Table names already in the workbook. */
  existingTableNames?: string[];
  /** Kinds of ours the workbook already has (the add-in's records); names in existingNames count too. */
  present?: SheetKind[];
}

/** One renderer per rendered kind (the compiler asks for one when a kind is added). */
const RENDERERS: Record<AnalysisKind, (ctx: RenderContext) => SheetBody> = {
  summary: summarySheet,
  issues: issuesSheet,
  measures: measuresSheet,
  limitations: limitationsSheet,
  library: librarySheet,
  problems: problemsSheet,
};

/**
 * The analysis as sheets: summary, per-issue analysis, measures, limitations (once), measures library, data problems.
 * Pure: the `ita` command (exceljs) and the add-in (Office.js) only translate these specs.
 */
export function renderSheets(result: AnalysisResult, options: RenderOptions = {}): SheetSpec[] {
  const ctx = renderContext(result, options.digits);
  const names = [...(options.existingNames ?? [])];
  const tables = [...(options.existingTableNames ?? [])];
  // A sheet written once (staff's own data since) is never written again while the workbook has it.
  const present = new Set<SheetKind>(options.present ?? []);
  for (const name of names) {
    const kind = ownKindOf(name);
    if (kind) present.add(kind);
  }
  const kinds = ANALYSIS_KINDS.filter((kind) => !(SHEET_KINDS[kind].createOnce && present.has(kind)));
  const footer = ctx.applyDigits(`${result.agency ? `${result.agency} · ` : ""}ผลการประเมิน ITA ปีงบประมาณ พ.ศ. ${ctx.year}`);
  return kinds.map((kind) => {
    const body = RENDERERS[kind](ctx);
    const name = uniqueSheetName(SHEET_KINDS[kind].name, names);
    const tableName = uniqueTableName(SHEET_KINDS[kind].table, tables);
    names.push(name);
    tables.push(tableName);
    return { ...body, name, tableName, footer };
  });
}
