import ExcelJS from "exceljs";
import type { CellValue, SheetCells, WorkbookCells } from "../core";
import { plainCellValue } from "./cell-value";

export interface ReadXlsxResult {
  cells: WorkbookCells;
  /** The loaded workbook, for copying its sheets (as values) into the output. Never saved back. */
  workbook: ExcelJS.Workbook;
}

/** Merged ranges ("A1:C1") of a sheet, without building the whole sheet model. */
export function sheetMerges(ws: ExcelJS.Worksheet): string[] {
  const merges = (ws as unknown as { _merges?: Record<string, { range?: string }> })._merges;
  if (merges)
    return Object.values(merges)
      .map((m) => m.range ?? "")
      .filter((r) => r !== "");
  return ws.model.merges ?? [];
}

/** One sheet's raw values from A1; the hidden cells of a merged range are empty, like in Excel. */
export function sheetCells(ws: ExcelJS.Worksheet, date1904 = false): SheetCells {
  const values: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const v = plainCellValue(cell.value, date1904);
      if (v !== null && v !== "") out[c - 1] = v;
    });
    if (out.length) {
      for (let c = 0; c < out.length; c++) if (out[c] === undefined) out[c] = null;
      values[r - 1] = out;
    }
  });
  for (let r = 0; r < values.length; r++) if (values[r] === undefined) values[r] = [];
  const merges = sheetMerges(ws);
  return { name: ws.name, values, ...(merges.length ? { merges } : {}) };
}

/** All worksheets of a loaded workbook as raw values. */
export function workbookCells(wb: ExcelJS.Workbook): WorkbookCells {
  const date1904 = wb.properties?.date1904 === true;
  return { sheets: wb.worksheets.map((ws) => sheetCells(ws, date1904)) };
}

/** Reads an .xlsx file (or its bytes) with exceljs. */
export async function readXlsx(source: string | Buffer): Promise<ReadXlsxResult> {
  const workbook = new ExcelJS.Workbook();
  if (typeof source === "string") await workbook.xlsx.readFile(source);
  else await workbook.xlsx.load(source as unknown as ArrayBuffer);
  return { cells: workbookCells(workbook), workbook };
}
