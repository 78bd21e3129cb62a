import { cleanText } from "./clean";
import { toArabicDigits } from "./digits";

/** What a cell's leading code says, before the catalog confirms it. */
export interface ParsedCode {
  /** Canonical code ("i10", "e3", "o14"), when the spelling is unambiguous. */
  code?: string;
  /** A code that OCR may have damaged ("119" → i19): valid only if the text confirms it. */
  ocrCandidate?: string;
  /** The rest of the cell after the code (question text or item title). */
  text: string;
}

// ข้อ / ข้อที่, opening bracket, letter, optional space, 1–2 digits, closing punctuation.
const LETTER_CODE = /^(?:ข้อ(?:ที่)?\s*)?[([{]?\s*([iIeEoOｉｅｏ])\s?([0-9]{1,2})(?![0-9])\s*[)\]}]?\s*[.:：\-–]?\s*/u;
// Thai zero typed for the letter o: ๐๑๔ = o14 (checked before digits are converted).
const THAI_ZERO_O = /^(?:ข้อ(?:ที่)?\s*)?[([{]?\s*๐([๐-๙]{1,2})(?![๐-๙0-9])\s*[)\]}]?\s*[.:：\-–]?\s*/u;
// Arabic zero typed for the letter o: 014 = o14.
const ZERO_O = /^(?:ข้อ(?:ที่)?\s*)?[([{]?\s*0([0-9]{1,2})(?![0-9,]|\.[0-9])\s*[)\]}]?\s*(?:[.:：\-–]\s*|\s+|$)/u;
// OCR dropped the i: 119 = i19, 17 = i7 (only 1 followed by 1–2 digits; "17.5" is a number, "17. …" may be i7).
const DROPPED_I = /^(?:ข้อ(?:ที่)?\s*)?1([0-9]{1,2})(?![0-9,]|\.[0-9])\s*(?:[.:：\-–]\s*|\s+)/u;

/** What a code can start with (ข้อ, a bracket, a letter, a zero, a one); anything else is not a code. */
const CAN_START = /^[ข([{iIeEoOｉｅｏ๐0๑1]/u;

const LETTERS: Record<string, string> = { i: "i", e: "e", o: "o", ｉ: "i", ｅ: "e", ｏ: "o" };

// Any item number 1–99 is a code here: which codes a framework has is the catalog's to say (a
// catalog sheet may add o44), and a code no framework has is reported where it is scored.
function canonical(letter: string, digits: string): string | undefined {
  const l = LETTERS[letter.toLowerCase()];
  const n = Number(digits);
  if (!l || !Number.isInteger(n) || n < 1) return undefined;
  return `${l}${n}`;
}

/** Reads the code at the start of a cell: `i1`, `ข้อ i1`, `(e3)`, `I27`, `E 3`, `i๑๐`, `๐๑๔`. */
export function parseCode(raw: unknown): ParsedCode {
  if (typeof raw !== "string") return { text: "" };
  const trimmed = cleanText(raw);
  const thaiO = THAI_ZERO_O.exec(trimmed);
  if (thaiO) {
    const code = canonical("o", toArabicDigits(thaiO[1]));
    if (code) return { code, text: trimmed.slice(thaiO[0].length).trim() };
  }
  if (!CAN_START.test(trimmed)) return { text: trimmed };
  // Codes sit at the start: only that part needs Thai digits converted (one character for one, so
  // lengths matched in `text` are lengths in `trimmed`).
  const text = toArabicDigits(trimmed.slice(0, 24));
  const letter = LETTER_CODE.exec(text);
  if (letter) {
    const code = canonical(letter[1], letter[2]);
    if (code) return { code, text: trimmed.slice(letter[0].length).trim() };
    return { text: trimmed };
  }
  const zero = ZERO_O.exec(text);
  if (zero) {
    const code = canonical("o", zero[1]);
    if (code) return { code, text: trimmed.slice(zero[0].length).trim() };
  }
  const dropped = DROPPED_I.exec(text);
  if (dropped) {
    const candidate = canonical("i", dropped[1]);
    if (candidate) return { ocrCandidate: candidate, text: trimmed.slice(dropped[0].length).trim() };
  }
  return { text: trimmed };
}

/** The canonical code of a messy spelling, or undefined (`"๐๑๘"` → o18, `"ข้อ i๑๐"` → i10). */
export function normalizeCode(raw: unknown): string | undefined {
  return parseCode(typeof raw === "number" ? String(raw) : raw).code;
}
