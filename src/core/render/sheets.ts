import type { AnalysisResult } from "../analysis/result";
import type { SheetBody } from "./context";
import { renderContext } from "./context";
import { issuesSheet } from "./issues";
import type { Digits } from "./labels";
import { librarySheet } from "./library";
import { measuresSheet } from "./measures";
import { problemsSheet } from "./problems";
import type { GeneratedSheetKey } from "./sheet-names";
import { SHEET_BASE_NAMES, uniqueSheetName, uniqueTableName } from "./sheet-names";
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

const TABLE_BASE: Record<GeneratedSheetKey, string> = {
  summary: "ITA_Summary",
  issues: "ITA_Issues",
  measures: "ITA_Measures",
  library: "ITA_Library",
  problems: "ITA_Problems",
};

const ORDER: [GeneratedSheetKey, (ctx: ReturnType<typeof renderContext>) => SheetBody][] = [
  ["summary", summarySheet],
  ["issues", issuesSheet],
  ["measures", measuresSheet],
  ["library", librarySheet],
  ["problems", problemsSheet],
];

/**
 * The analysis as sheets: summary, per-issue analysis, measures, measures library, data problems.
 * Pure: the `ita` command (exceljs) and the add-in (Office.js) only translate these specs.
 */
export function renderSheets(result: AnalysisResult, options: RenderOptions = {}): SheetSpec[] {
  const ctx = renderContext(result, options.digits);
  const names = [...(options.existingNames ?? [])];
  const tables = [...(options.existingTableNames ?? [])];
  return ORDER.map(([key, render]) => {
    const body = render(ctx);
    const name = uniqueSheetName(SHEET_BASE_NAMES[key], names);
    const tableName = uniqueTableName(TABLE_BASE[key], tables);
    names.push(name);
    tables.push(tableName);
    return { ...body, name, tableName };
  });
}
