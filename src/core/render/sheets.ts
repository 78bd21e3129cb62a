import type { AnalysisResult } from "../analysis/result";
import type { RenderContext, SheetBody } from "./context";
import { renderContext } from "./context";
import { issuesSheet } from "./issues";
import type { Digits } from "../vocabulary";
import { librarySheet } from "./library";
import { measuresSheet } from "./measures";
import { problemsSheet } from "./problems";
import { RENDERED_KINDS, SHEET_KINDS, type RenderedKind } from "../sheet-kinds";
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
}

/** One renderer per rendered kind (the compiler asks for one when a kind is added). */
const RENDERERS: Record<RenderedKind, (ctx: RenderContext) => SheetBody> = {
  summary: summarySheet,
  issues: issuesSheet,
  measures: measuresSheet,
  library: librarySheet,
  problems: problemsSheet,
};

/**
 * The analysis as sheets: summary, per-issue analysis, measures, measures library, data problems.
 * Pure: the `ita` command (exceljs) and the add-in (Office.js) only translate these specs.
 */
export function renderSheets(result: AnalysisResult, options: RenderOptions = {}): SheetSpec[] {
  const ctx = renderContext(result, options.digits);
  const names = [...(options.existingNames ?? [])];
  const tables = [...(options.existingTableNames ?? [])];
  return RENDERED_KINDS.map((kind) => {
    const body = RENDERERS[kind](ctx);
    const name = uniqueSheetName(SHEET_KINDS[kind].name, names);
    const tableName = uniqueTableName(SHEET_KINDS[kind].table, tables);
    names.push(name);
    tables.push(tableName);
    return { ...body, name, tableName };
  });
}
