// How one spec value goes into a cell so that Excel keeps it exactly: text stays text (never a
// formula, number, date or boolean), numbers get their column's number format.
import type { SpecValue } from "../core";

export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";
/** Cells formatted as Text show "####" above this length, so longer risky text gets a quote prefix. */
const TEXT_FORMAT_MAX = 255;

const FORMULA_START = /^[=+\-@]/;
const NUMBER_LIKE = /^\s*[-+]?[(]?[$฿€£]?\s*(\d[\d,]*(\.\d*)?|\.\d+)(e[-+]?\d+)?\s*[)]?\s*%?\s*$/i;
const DATE_LIKE = /^\s*\d{1,4}\s*[/.-]\s*\d{1,2}(\s*[/.-]\s*\d{1,4})?\s*$/;
const TIME_LIKE = /^\s*\d{1,2}\s*:\s*\d{2}(\s*:\s*\d{2})?\s*(am|pm)?\s*$/i;
const FRACTION_LIKE = /^\s*\d+\s+\d+\s*\/\s*\d+\s*$/;
const BOOLEAN_LIKE = /^\s*(true|false)\s*$/i;
const ERROR_LIKE = /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|BUSY!)$/i;

/** True when Excel would not store this string as typed: a formula, number, date, time, boolean or error. */
export function excelWouldConvert(text: string): boolean {
  return (
    FORMULA_START.test(text) ||
    text.startsWith("'") ||
    NUMBER_LIKE.test(text) ||
    DATE_LIKE.test(text) ||
    TIME_LIKE.test(text) ||
    FRACTION_LIKE.test(text) ||
    BOOLEAN_LIKE.test(text) ||
    ERROR_LIKE.test(text)
  );
}

export interface CellWrite {
  /** What goes into range.values. */
  value: string | number | boolean;
  /** What goes into range.numberFormat (set before the values in the same batch). */
  format: string;
}

/**
 * The value and number format for one cell. Text that Excel would convert is written into a cell
 * formatted as Text ("@"), which Excel stores verbatim; the quote prefix is used only for such text
 * longer than 255 characters (Text cells that long display as ####). Empty cells get "".
 */
export function cellWrite(value: SpecValue | undefined, numFmt: string | undefined): CellWrite {
  if (value === null || value === undefined) return { value: "", format: numFmt ?? GENERAL_FORMAT };
  if (typeof value === "number") return { value: Number.isFinite(value) ? value : "", format: numFmt ?? GENERAL_FORMAT };
  if (!excelWouldConvert(value)) return { value, format: GENERAL_FORMAT };
  if (value.length <= TEXT_FORMAT_MAX) return { value, format: TEXT_FORMAT };
  return { value: `'${value}`, format: GENERAL_FORMAT };
}

/** Excel's read value (values) → the engine's raw cell value: "" becomes null. */
export function fromExcelValue(v: unknown): string | number | boolean | null {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}
