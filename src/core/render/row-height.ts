import type { ColumnSpec, SpecValue } from "./spec";

// Thai vowel and tone marks above or below a consonant take no width of their own.
const ZERO_WIDTH = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u200b]/g;
/** Points per line of 11-point text; Thai glyphs with marks above and below need more than Latin ones. */
export const LINE_HEIGHT_PT = 16;

function visibleLength(text: string): number {
  return text.replace(ZERO_WIDTH, "").length;
}

/** Lines a wrapped cell needs in a column of the given width (Excel character units). */
export function wrappedLines(value: SpecValue, width: number): number {
  if (value === null || value === "") return 1;
  const perLine = Math.max(1, Math.floor(width * 1.25));
  return String(value)
    .split("\n")
    .reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(visibleLength(paragraph) / perLine)), 0);
}

/**
 * A row height (points) that shows every wrapped cell whole. Excel does not always grow rows of a
 * generated file on open, and LibreOffice never does, so the writer sets it.
 */
export function rowHeight(row: SpecValue[], columns: ColumnSpec[]): number | undefined {
  let lines = 1;
  columns.forEach((col, c) => {
    if (col.wrap) lines = Math.max(lines, wrappedLines(row[c] ?? null, col.width));
  });
  return lines > 1 ? lines * LINE_HEIGHT_PT + 2 : undefined;
}
