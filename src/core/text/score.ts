import { cleanText } from "./clean";
import { toArabicDigits } from "./digits";
import type { CellValue } from "../types";

export type ParsedScore =
  | { kind: "score"; value: number }
  | { kind: "missing" }
  | { kind: "unreadable"; reason: string }
  | { kind: "outOfRange"; value: number }
  /** An Excel error value (#DIV/0!, #N/A, #REF! …): a formula that could not give the score. */
  | { kind: "excelError"; error: string };

/** Excel's error values, as Office.js and the .xlsx reader give them. */
const EXCEL_ERROR = /^#(?:N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!|BUSY!|GETTING_DATA)$/i;

export function isExcelError(value: unknown): value is string {
  return typeof value === "string" && EXCEL_ERROR.test(value.trim());
}

const MISSING_TEXT = /^(?:-+|–|—|n\/?a|ไม่มีข้อมูล|ไม่ได้ประเมิน)$/i;
const NUMBER_TEXT = /^([+\-−]?)\s*(\d{1,3}(?:,\d{3})*|\d+)(?:\.(\d+))?\s*%?$/;

/** Text too long to be a number or a missing mark (a sentence): never a score, without looking closer. */
export function isProse(text: string): boolean {
  return text.length > 48 && text.trim().length > 40;
}

/** A score cell's raw value → 0–100, missing, or a reason it can't be used. */
export function parseScore(value: CellValue): ParsedScore {
  if (value === null || value === undefined) return { kind: "missing" };
  if (typeof value === "boolean") return { kind: "unreadable", reason: "a TRUE/FALSE value is not a score" };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { kind: "unreadable", reason: "not a finite number" };
    return value < 0 || value > 100 ? { kind: "outOfRange", value } : { kind: "score", value };
  }
  if (isProse(value)) return { kind: "unreadable", reason: `"${value}" is not a number` };
  if (isExcelError(value)) return { kind: "excelError", error: value.trim().toUpperCase() };
  const text = toArabicDigits(cleanText(value));
  if (text === "" || MISSING_TEXT.test(text)) return { kind: "missing" };
  const match = NUMBER_TEXT.exec(text.replace(/\s*คะแนน$/, ""));
  if (!match) return { kind: "unreadable", reason: `"${value}" is not a number` };
  const magnitude = Number(`${match[2].replace(/,/g, "")}.${match[3] ?? "0"}`);
  // A minus sign makes a number, just not a score: "-5" is out of range rather than unreadable.
  const n = (match[1] === "-" || match[1] === "−") && magnitude !== 0 ? -magnitude : magnitude;
  return n < 0 || n > 100 ? { kind: "outOfRange", value: n } : { kind: "score", value: n };
}
