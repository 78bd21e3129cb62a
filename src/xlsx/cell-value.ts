import type ExcelJS from "exceljs";
import type { CellValue } from "../core";

// exceljs cell values → the raw values the core reads (what Office.js `range.values` gives):
// numbers, text, booleans, null. Formulas give their cached result, rich text its plain text,
// dates their serial number, errors their text ("#DIV/0!", as Office.js gives them: the core names the cell).

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** The Excel serial number of a date (exceljs reads dates as UTC). */
export function dateToSerial(date: Date, date1904 = false): number | null {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return null;
  return (ms - (date1904 ? EPOCH_1904 : EPOCH_1900)) / DAY_MS;
}

type Obj = Record<string, unknown>;

function richText(v: Obj): string | undefined {
  const runs = v.richText;
  return Array.isArray(runs) ? runs.map((r) => String((r as { text?: unknown }).text ?? "")).join("") : undefined;
}

/**
 * A formula (including an `_xldudf_ITA_…` custom-function call saved by Excel) counts by its cached
 * result; a formula with no cached result is empty; an error (value or result) is its text.
 */
export function plainCellValue(value: ExcelJS.CellValue | unknown, date1904 = false): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value, date1904);
  if (typeof value !== "object") return null;
  const v = value as Obj;
  if ("error" in v) return typeof v.error === "string" ? v.error : null;
  if ("formula" in v || "sharedFormula" in v) return plainCellValue(v.result, date1904);
  const rich = richText(v);
  if (rich !== undefined) return rich;
  if ("text" in v) return plainCellValue(v.text, date1904); // hyperlink: its shown text
  return null;
}

/** The value to copy into the output workbook: formulas become their result; text, dates, errors stay. */
export function copyableCellValue(value: ExcelJS.CellValue): ExcelJS.CellValue {
  if (value === null || value === undefined || typeof value !== "object" || value instanceof Date) return value;
  const v = value as unknown as Obj;
  if ("formula" in v || "sharedFormula" in v) {
    const r = v.result as ExcelJS.CellValue | undefined;
    return r === undefined ? null : copyableCellValue(r);
  }
  return value;
}
