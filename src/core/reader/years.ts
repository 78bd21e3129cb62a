import type { CellValue } from "../types";
import { toArabicDigits } from "../text/digits";
import type { Grid } from "./grid";

// Buddhist-era results years (2560–2575) in titles, headers and sheet names.

export const MIN_YEAR = 2560;
export const MAX_YEAR = 2575;

const MAX_TITLE = 120;
const MAY_HOLD_YEAR = /25|๒๕|2๕|๒5/;
const YEAR = /(?<![0-9])(25[67][0-9])(?![0-9]|[.,][0-9])/g;

export function isYear(n: number): boolean {
  return Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR;
}

/** Distinct BE years written in a text ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๖", "ITA2567", "ปี 2566"), in order of appearance. */
export function yearsIn(text: string): number[] {
  const found: number[] = [];
  if (!MAY_HOLD_YEAR.test(text)) return found;
  for (const m of toArabicDigits(text).matchAll(YEAR)) {
    const y = Number(m[1]);
    if (isYear(y) && !found.includes(y)) found.push(y);
  }
  return found;
}

/** The one year a text names, or undefined when it names none or several. */
export function singleYear(text: string): number | undefined {
  const ys = yearsIn(text);
  return ys.length === 1 ? ys[0] : undefined;
}

/** A cell that is nothing but a year: 2566, "๒๕๖๖", "ปี 2567", "พ.ศ. 2567", "ปีงบประมาณ 2566", "(2566)". */
export function yearCell(value: CellValue): number | undefined {
  if (typeof value === "number") return isYear(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const t = toArabicDigits(value).replace(/\s+/g, " ").trim();
  const m = /^(?:ITA\s*)?\(?\s*(?:ปี(?:งบประมาณ)?\s*)?(?:พ\.?\s*ศ\.?\s*)?(25[67][0-9])\s*\)?$/i.exec(t);
  if (!m) return undefined;
  const y = Number(m[1]);
  return isYear(y) ? y : undefined;
}

/** Year in a sheet name: "ITA2567", "ปี 2566", "2566". */
export function sheetNameYear(name: string): number | undefined {
  return singleYear(typeof name === "string" ? name : "");
}

/**
 * The year named by the nearest title line above a table: scans up to `maxUp` rows above `firstRow`,
 * stopping at rows that belong to another table. A line naming two different years is ambiguous (undefined);
 * cells longer than a title line (prose) are not read.
 */
export function titleYearAbove(grid: Grid, firstRow: number, isDataRow: (r: number) => boolean, maxUp = 12): number | undefined {
  for (let r = firstRow - 1; r >= 0 && r >= firstRow - maxUp; r--) {
    if (isDataRow(r)) return undefined;
    const ys: number[] = [];
    for (const c of grid.filledCols(r)) {
      const t = grid.text(r, c);
      // A title is a line, not a paragraph (prose may cite other years: the criteria, the measures).
      if (!t || t.length > MAX_TITLE) continue;
      for (const y of yearsIn(t)) if (!ys.includes(y)) ys.push(y);
    }
    if (ys.length === 1) return ys[0];
    if (ys.length > 1) return undefined;
  }
  return undefined;
}
