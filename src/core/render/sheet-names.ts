// Worksheet names: at most 31 UTF-16 units, none of : \ / ? * [ ], not blank, not starting or ending
// with an apostrophe, not "History", unique case-insensitively. exceljs silently truncates long names
// (which can cut a Thai tone mark off its consonant), so names are shortened here, at grapheme boundaries.

export const MAX_SHEET_NAME = 31;

const FORBIDDEN = /[:\\/?*[\]]/g;
// eslint-disable-next-line no-control-regex -- control characters are not allowed in sheet names
const CONTROL = /[\u0000-\u001f]/g;

type Segmenter = { segment(text: string): Iterable<{ segment: string }> };

// Created on first use: building it costs 12–22 ms, paid by every command run that loads the engine.
let SEGMENTER: Segmenter | null | undefined;
function segmenter(): Segmenter | null {
  if (SEGMENTER === undefined) {
    const ctor = (Intl as unknown as { Segmenter?: new (locale: string, o: { granularity: string }) => Segmenter }).Segmenter;
    SEGMENTER = ctor ? new ctor("th", { granularity: "grapheme" }) : null;
  }
  return SEGMENTER;
}

/** User-perceived characters: a Thai consonant with its vowel and tone marks stays one piece. */
export function graphemes(text: string): string[] {
  const seg = segmenter();
  if (seg) return Array.from(seg.segment(text), (s) => s.segment);
  // Fallback: code points, with combining marks (and emoji modifiers) glued to the previous one.
  const out: string[] = [];
  for (const ch of text) {
    if (out.length && (/\p{M}/u.test(ch) || ch === "\u200d" || ch === "\ufe0f")) out[out.length - 1] += ch;
    else out.push(ch);
  }
  return out;
}

/** The longest prefix of whole graphemes within maxUnits UTF-16 units, trailing spaces removed. */
export function truncateToUnits(text: string, maxUnits: number): string {
  if (text.length <= maxUnits) return text;
  let out = "";
  for (const g of graphemes(text)) {
    if (out.length + g.length > maxUnits) break;
    out += g;
  }
  return out.trimEnd();
}

/** A valid worksheet name made from any text: forbidden characters replaced, shortened to 31 units. */
export function sanitizeSheetName(name: string): string {
  let n = name.replace(FORBIDDEN, "-").replace(CONTROL, " ").trim();
  n = n.replace(/^'+|'+$/g, "").trim();
  n = truncateToUnits(n, MAX_SHEET_NAME).replace(/'+$/, "").trimEnd();
  if (n === "") n = "Sheet";
  if (n.toLowerCase() === "history") n = "History-1";
  return n;
}

const key = (name: string) => name.toLocaleLowerCase("en");

/**
 * A name not taken by `existing` (compared case-insensitively): the name itself, else "name (2)",
 * "name (3)" …, the name shortened at a grapheme boundary so the whole stays within 31 units.
 */
export function uniqueSheetName(name: string, existing: Iterable<string>): string {
  const taken = new Set(Array.from(existing, key));
  const base = sanitizeSheetName(name);
  if (!taken.has(key(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${truncateToUnits(base, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    if (!taken.has(key(candidate))) return candidate;
  }
}

/** Excel table names: ASCII, no spaces, unique in the workbook (case-insensitively). */
export function uniqueTableName(base: string, existing: Iterable<string>): string {
  const clean = base.replace(/[^A-Za-z0-9_]/g, "_").replace(/^([^A-Za-z_])/, "_$1") || "Table";
  const taken = new Set(Array.from(existing, key));
  if (!taken.has(key(clean))) return clean;
  for (let n = 2; ; n++) if (!taken.has(key(`${clean}_${n}`))) return `${clean}_${n}`;
}

/** Excel's rules for a worksheet name; a Thai message when the name breaks one. */
export function sheetNameProblem(name: string): string | undefined {
  if (name.trim() === "") return "ชื่อแผ่นงานว่างไม่ได้";
  if (name.length > 31) return `ชื่อแผ่นงาน “${name}” ยาวเกิน 31 ตัวอักษร`;
  if (/[:\\/?*[\]]/.test(name)) return `ชื่อแผ่นงาน “${name}” มีอักขระต้องห้าม : \\ / ? * [ ]`;
  if (name.startsWith("'") || name.endsWith("'")) return `ชื่อแผ่นงาน “${name}” ขึ้นต้นหรือลงท้ายด้วย ' ไม่ได้`;
  if (name.toLowerCase() === "history") return "ชื่อแผ่นงาน History สงวนไว้โดย Excel";
  return undefined;
}
