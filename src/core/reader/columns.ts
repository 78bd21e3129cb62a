import type { CellValue, Problem } from "../types";
import { warning } from "../problems";
import { levelName } from "../scoring/levels";
import { isProse, parseScore, type ParsedScore } from "../text/score";
import { toArabicDigits } from "../text/digits";
import { eitPartIn } from "./eit-parts";
import type { Grid } from "./grid";
import { yearCell, yearsIn } from "./years";

// What a column of a table holds: its header (year, EIT part, a difference column …) and whether its
// values look like scores. Shared by the per-question and the summary detectors.

export interface ColumnHeader {
  /** Header text of the column, lines joined top to bottom. */
  text: string;
  year?: number;
  part?: "public" | "survey";
  /** "ส่วนที่ 1" / "ส่วนที่ 2" without saying which part it is. */
  partNumber?: 1 | 2;
  /** A comparison/difference, count or running-number column: never scores. */
  ignore?: boolean;
  /** The header says score (คะแนน, score, เฉลี่ย …). */
  scoreWord?: boolean;
}

const DELTA = /เปรียบเทียบ|ผลต่าง|ส่วนต่าง|เพิ่มขึ้น|ลดลง|เพิ่ม\s*\/\s*ลด|difference|diff\b|change|delta|\+\s*\/\s*-|±/i;
const COUNT = /ลำดับ|จำนวน|ผู้ตอบ|^ที่$|^no\.?$|^n$|^#$/i;
/** Columns of issue or indicator numbers ("ประเด็น", "ตัวชี้วัดที่") standing between codes and scores. */
const NUMBERING = /^(?:ประเด็น|ตัวชี้วัด|ตัวชี้วัดย่อย|indicator|issue)(?:ที่)?\s*$/i;
const SCORE_WORD = /คะแนน|score|เฉลี่ย|mean|average|ผลการประเมิน/i;
const SIGNED = /^[+\-−–]\s*[0-9]/;

/** Reads one column's header lines (rows top..bottom, merged cells filled from their anchor). */
export function columnHeader(grid: Grid, col: number, top: number, bottom: number): ColumnHeader {
  const lines: string[] = [];
  let year: number | undefined;
  for (let r = bottom; r >= top; r--) {
    const t = grid.headerText(r, col);
    if (!t) continue;
    lines.unshift(t);
    // The line nearest the data wins ("ผลคะแนน ปี 2566" above "ส่วนที่ 1" keeps 2566; "2567" under "2566–2567" is 2567).
    if (year === undefined) {
      const ys = yearsIn(t);
      if (ys.length === 1) year = ys[0];
    }
  }
  const text = lines.join(" ");
  const header: ColumnHeader = { text };
  const last = lines[lines.length - 1] ?? "";
  if (DELTA.test(text) || COUNT.test(last) || (NUMBERING.test(last) && !SCORE_WORD.test(text))) header.ignore = true;
  if (year !== undefined) header.year = year;
  const eit = eitPartIn(toArabicDigits(text));
  if (eit.part) header.part = eit.part;
  else if (eit.partNumber) header.partNumber = eit.partNumber;
  if (SCORE_WORD.test(text)) header.scoreWord = true;
  return header;
}

/** The header lines directly above a table: contiguous non-blank rows (within the table's columns), at most `max`. */
export function headerTop(grid: Grid, firstRow: number, left: number, right: number, max = 4, stop?: (r: number) => boolean): number {
  let top = firstRow;
  for (let r = firstRow - 1; r >= 0 && r >= firstRow - max; r--) {
    if (stop?.(r) || grid.rowBlank(r, left, right)) break;
    top = r;
  }
  return top;
}

/** "error": an Excel error value where a score should be (it counts as a score cell, and is an error). */
export type CellKind = "number" | "missing" | "text" | "blank" | "skip" | "error";

/** How a cell counts when deciding whether a column holds scores. */
export function cellKind(value: CellValue, parsed?: ParsedScore): CellKind {
  if (value === null || value === undefined) return "blank";
  if (typeof value === "string") {
    if (isProse(value)) return "text";
    if (value.trim() === "") return "blank";
  }
  parsed ??= parseScore(value);
  if (yearCell(value) !== undefined) return "skip";
  // Rating levels written beside scores: "no score here", never an unreadable score.
  if (typeof value === "string" && levelName(value) !== undefined) return "skip";
  if (parsed.kind === "score" || parsed.kind === "outOfRange") return "number";
  if (parsed.kind === "excelError") return "error";
  if (parsed.kind === "missing") return "missing";
  return "text";
}

export interface ColumnStats {
  /** Numbers, and Excel error values standing where numbers should be. */
  numbers: number;
  texts: number;
  signed: number;
  /** Every number is within 0–1 and at least one is strictly between: scores typed as percent (0.985 = 98.5%). */
  fractions: boolean;
  /** Rows of values in (0, 1] in a column whose other numbers go above 1: each may be a percent typed as a fraction. */
  loneUnits: number[];
}

export function columnStats(grid: Grid, col: number, rows: Iterable<number>): ColumnStats {
  let numbers = 0;
  let texts = 0;
  let signed = 0;
  let allUnit = true;
  let someFraction = false;
  const units: number[] = [];
  for (const r of rows) {
    const v = grid.get(r, col);
    const kind = cellKind(v);
    if (kind === "error") numbers++;
    else if (kind === "number") {
      numbers++;
      const parsed = parseScore(v);
      const n = parsed.kind === "score" || parsed.kind === "outOfRange" ? parsed.value : NaN;
      if ((typeof v === "number" && v < 0) || (typeof v === "string" && SIGNED.test(toArabicDigits(v.trim())))) signed++;
      if (!(n >= 0 && n <= 1)) allUnit = false;
      else if (n > 0 && n < 1) someFraction = true;
      if (n > 0 && n <= 1) units.push(r);
    } else if (kind === "text") {
      texts++;
      if (typeof v === "string" && SIGNED.test(toArabicDigits(v.trim()))) signed++;
    }
  }
  const fractions = numbers > 0 && allUnit && someFraction;
  return { numbers, texts, signed, fractions, loneUnits: fractions || allUnit ? [] : units };
}

/**
 * Warnings for values in (0, 1] among scores out of 100 (0.95 beside 97.50): read as they are, each
 * named, since a percent typed as a fraction would drop the figures.
 */
export function loneUnitWarnings(grid: Grid, col: number, stats: ColumnStats): Problem[] {
  return stats.loneUnits.map((r) => {
    const cell = grid.address(r, col);
    const v = parseScore(grid.get(r, col));
    const shown = v.kind === "score" ? String(v.value) : "";
    const pct = v.kind === "score" ? String(Math.round(v.value * 10000) / 100) : "";
    return warning(
      cell,
      `คะแนนที่ ${cell} เป็น ${shown} ขณะที่คะแนนอื่นในคอลัมน์เดียวกันเป็นคะแนนเต็ม 100 จึงอ่านเป็น ${shown} คะแนน: ถ้าหมายถึง ${pct} คะแนน ให้แก้เป็น ${pct}`,
      `${cell}: ${shown} among scores out of 100; read as ${shown}`,
    );
  });
}

/** A column of scores: more numbers than words. */
export function holdsScores(stats: ColumnStats): boolean {
  return stats.numbers >= 1 && stats.numbers > stats.texts;
}

/** A column of signed deltas (+5.71, -0.91): a comparison, not scores. */
export function holdsDeltas(stats: ColumnStats): boolean {
  return stats.signed >= 1 && stats.signed * 2 >= stats.numbers + stats.texts;
}
