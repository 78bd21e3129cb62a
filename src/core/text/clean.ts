import type { CellValue } from "../types";

// One rule for the text of a cell, whoever reads it (the score reader, the catalog and library
// sheets, the add-in's carried edits): what staff see is what counts, not what a paste left behind.

/** Characters that take no space: zero-width space and joiners, word joiner, byte-order mark. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
/** Spaces other than the plain one: no-break, the Unicode space range, narrow and ideographic. */
const ODD_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
/** Anything the rules below would change (most cells need only a trim: look once first). */
const NEEDS_CLEANING = /[\u200b-\u200d\u2060\ufeff\u00a0\u2000-\u200a\u202f\u205f\u3000\t\n\r\f\v\u2028\u2029]| {2}/;

export interface CleanOptions {
  /** Keep line breaks (as "\n"), collapsing spaces within each line: a cell of steps, one per line. */
  keepLines?: boolean;
}

/**
 * The text of a cell: invisible characters removed, odd spaces made plain, runs of white space
 * collapsed to one space (line breaks too, unless keepLines), trimmed. Numbers and booleans give
 * their String form; empty cells "".
 */
export function cleanText(value: CellValue | unknown, options: CleanOptions = {}): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" ? value : String(value);
  if (!NEEDS_CLEANING.test(text)) return text.trim();
  const plain = text.replace(INVISIBLE, "").replace(ODD_SPACE, " ");
  if (!options.keepLines) return plain.replace(/\s+/g, " ").trim();
  return plain
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .join("\n")
    .trim();
}
