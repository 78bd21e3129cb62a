import type { SheetCells } from "../types";

// A1 addresses as Excel writes them. Shared by the reader, the catalog and library sheets and the Office.js adapter.

/** Column index (0-based) → letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(col: number): string {
  let n = Math.floor(col) + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Letters → column index (0-based): A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0-based row/column → "B5". */
export function cellA1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** 0-based top-left and size → "A1:C10" (or "A1" for a single cell). */
export function rangeA1(row: number, col: number, rows: number, cols: number): string {
  const a = cellA1(row, col);
  return rows === 1 && cols === 1 ? a : `${a}:${cellA1(row + rows - 1, col + cols - 1)}`;
}

// A name Excel would read as a cell (ITA2567, A1) or an R1C1 reference (R, C, R1C1) must be quoted too.
const PLAIN = /^[\p{L}\p{M}_][\p{L}\p{M}\p{N}_.]*$/u;
const CELL_LIKE = /^[A-Za-z]{1,3}[0-9]+$|^[RrCc]$|^[Rr][0-9]*[Cc][0-9]*$/;

/** A sheet name as Excel writes it in a reference: quoted (with '' for ') unless it is a plain name. */
export function quoteSheetName(name: string): string {
  return PLAIN.test(name) && !CELL_LIKE.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `คะแนน!B5`, `'My sheet'!B5` for 0-based sheet coordinates. */
export function sheetAddress(sheetName: string, row: number, col: number): string {
  return `${quoteSheetName(sheetName)}!${cellA1(row, col)}`;
}

/**
 * `Sheet!B5`. With a SheetCells, row/col index its `values` (rowOffset/colOffset are added);
 * with a plain name, row/col are 0-based sheet coordinates (A1 = 0, 0).
 */
export function address(sheet: SheetCells | string, row: number, col: number): string {
  const name = typeof sheet === "string" ? sheet : sheet.name;
  const r = typeof sheet === "string" ? row : row + (sheet.rowOffset ?? 0);
  const c = typeof sheet === "string" ? col : col + (sheet.colOffset ?? 0);
  return sheetAddress(name, r, c);
}

/** `B5:D9` (no sheet name) for value indices of a sheet. */
export function rangeAddress(sheet: SheetCells, top: number, left: number, bottom: number, right: number): string {
  const r0 = sheet.rowOffset ?? 0;
  const c0 = sheet.colOffset ?? 0;
  const a = `${columnLetter(left + c0)}${top + r0 + 1}`;
  const b = `${columnLetter(right + c0)}${bottom + r0 + 1}`;
  return a === b ? a : `${a}:${b}`;
}
