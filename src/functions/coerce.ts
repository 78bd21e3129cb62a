import { parseScore, toArabicDigits } from "../core";
import { invalidValue, notAvailable } from "./errors";

// Argument coercion for the ITA.* formulas: what Excel passes (numbers, text, booleans, null for an
// omitted optional argument, "" or 0 for an empty cell) → plain values, or a #VALUE!/#N/A error.

/** An omitted argument (null), an empty cell (""), or whitespace. */
export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

const YEAR_TEXT = /^(?:ปี\s*)?(?:พ\.?\s?ศ\.?\s*)?(\d{4})$/u;

/**
 * A BE year argument: blank, 0 (an empty cell given as a number) → undefined; 2567, "2567", "๒๕๖๗",
 * "พ.ศ. 2567" → 2567. Anything else → #VALUE!. Whether the year has a framework is checked by the core.
 */
export function yearArg(v: unknown): number | undefined {
  if (isBlank(v) || v === 0) return undefined;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw invalidValue(`ปีไม่ถูกต้อง (${v}) ใช้ปี พ.ศ. เช่น 2567`);
    return v;
  }
  if (typeof v === "string") {
    const m = YEAR_TEXT.exec(toArabicDigits(v.trim()));
    if (m) return Number(m[1]);
  }
  throw invalidValue(`"${String(v)}" ไม่ใช่ปี พ.ศ. ใช้ปี เช่น 2567 หรือเว้นว่าง (year must be a BE year or blank)`);
}

/**
 * A format/choice argument: blank → undefined; otherwise one of `choices` (keys lower-case, trimmed,
 * spaces collapsed); anything else → #VALUE! listing what is accepted.
 */
export function choiceArg<T>(v: unknown, what: string, choices: Record<string, T>, shown: string[]): T | undefined {
  if (isBlank(v)) return undefined;
  const key = toArabicDigits(String(v)).trim().toLowerCase().replace(/\s+/g, " ");
  if (Object.prototype.hasOwnProperty.call(choices, key)) return choices[key];
  throw invalidValue(`${what} "${String(v)}" ไม่รู้จัก ใช้ ${shown.map((s) => `"${s}"`).join(", ")} หรือเว้นว่าง`);
}

/**
 * A score argument (0–100, number or text such as "95.5", "๙๕", "95%"): a number, or undefined when
 * blank ("", "-", "ไม่มีข้อมูล"); #VALUE! when not a number or outside 0–100. `label` names the argument.
 */
export function scoreArg(v: unknown, label: string): number | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") throw invalidValue(`${label}: ค่าไม่ใช่คะแนน (not a score)`);
  const parsed = parseScore(v);
  switch (parsed.kind) {
    case "score":
      return parsed.value;
    case "missing":
      return undefined;
    case "outOfRange":
      throw invalidValue(`${label}: ${parsed.value} อยู่นอกช่วงคะแนน 0–100 (score outside 0–100)`);
    case "unreadable":
      throw invalidValue(`${label}: "${String(v)}" ไม่ใช่ตัวเลขคะแนน (not a number)`);
    case "excelError":
      throw invalidValue(`${label}: ${parsed.error} เป็นค่าผิดพลาดของ Excel ไม่ใช่คะแนน (an Excel error, not a score)`);
  }
}

/** A score that must be there: blank → #N/A naming what is missing. */
export function requiredScore(v: unknown, label: string): number {
  const score = scoreArg(v, label);
  if (score === undefined) throw notAvailable(`${label}: ยังไม่มีคะแนน (no score given)`);
  return score;
}

/** Two ranges of the same rows and columns, every row as long as the first's. */
export function sameShape(a: readonly (readonly unknown[])[], b: readonly (readonly unknown[])[]): boolean {
  const cols = a[0]?.length ?? 0;
  return b.length === a.length && a.every((row, r) => row.length === cols && b[r]?.length === cols);
}

/** A range's size as staff see it: "5 แถว × 1 คอลัมน์". */
export function rangeSize(m: readonly (readonly unknown[])[]): string {
  return `${m.length} แถว × ${m[0]?.length ?? 0} คอลัมน์`;
}

/**
 * Where a cell is within the range the formula was given (not its sheet row, which the formula
 * cannot know): "แถวที่ 3" in a column, "ช่องที่ 3" in a row, "แถวที่ 2 คอลัมน์ที่ 3" in a block.
 */
export function cellPosition(r: number, c: number, rows: number, cols: number): string {
  if (cols === 1) return `แถวที่ ${r + 1}`;
  if (rows === 1) return `ช่องที่ ${c + 1}`;
  return `แถวที่ ${r + 1} คอลัมน์ที่ ${c + 1}`;
}
