import type { CellValue, SheetCells } from "../types";
import { address, columnIndex, rangeAddress } from "../text/a1";
import { cleanText } from "../text/clean";

// Uniform access to a sheet's raw values (addresses: text/a1.ts).

/** Cleaned text of a string cell (text/clean.ts); "" for numbers, booleans and blanks. */
export function stringText(value: CellValue): string {
  return typeof value === "string" ? cleanText(value) : "";
}

const MERGE = /^\$?([A-Za-z]{1,3})\$?([0-9]+)(?::\$?([A-Za-z]{1,3})\$?([0-9]+))?$/;

/** Read-only view of one sheet: safe access to jagged rows, and merged header cells filled from their anchor. */
export class Grid {
  readonly sheet: SheetCells;
  readonly rows: number;
  readonly cols: number;
  /** Rows of the sheet; anything that is not an array reads as an empty row. */
  private readonly data: CellValue[][];
  /** Covered cell (r * cols + c) → anchor cell (r, c) of its merge, for covered cells only. */
  private readonly mergeAnchor = new Map<number, [number, number]>();
  private texts: (string | undefined)[] | undefined;

  constructor(sheet: SheetCells) {
    this.sheet = sheet;
    const values: unknown = sheet.values;
    const rows: CellValue[][] = [];
    let cols = 0;
    if (Array.isArray(values))
      for (let r = 0; r < values.length; r++) {
        const row: unknown = values[r];
        rows.push(Array.isArray(row) ? row : []);
        if (Array.isArray(row) && row.length > cols) cols = row.length;
      }
    this.data = rows;
    this.rows = rows.length;
    this.cols = cols;
    this.readMerges(sheet.merges);
  }

  private readMerges(merges: string[] | undefined): void {
    if (!Array.isArray(merges)) return;
    const r0 = this.sheet.rowOffset ?? 0;
    const c0 = this.sheet.colOffset ?? 0;
    for (const m of merges) {
      const match = typeof m === "string" ? MERGE.exec(m.trim()) : null;
      if (!match) continue;
      const top = Number(match[2]) - 1 - r0;
      const left = columnIndex(match[1]) - c0;
      const bottom = (match[4] ? Number(match[4]) : Number(match[2])) - 1 - r0;
      const right = (match[3] ? columnIndex(match[3]) : columnIndex(match[1])) - c0;
      // Only merges inside the values block, of a sane size (a whole-column merge is not a header).
      if (top < 0 || left < 0 || bottom >= this.rows || right >= this.cols || bottom < top || right < left) continue;
      if ((bottom - top + 1) * (right - left + 1) > 5000) continue;
      for (let r = top; r <= bottom; r++)
        for (let c = left; c <= right; c++) if (r !== top || c !== left) this.mergeAnchor.set(r * this.cols + c, [top, left]);
    }
  }

  /** The raw value at (r, c) of `values` (null outside). */
  get(r: number, c: number): CellValue {
    const row = this.data[r];
    if (row === undefined || c < 0) return null;
    const v: unknown = row[c];
    if (v === null || v === undefined) return null;
    switch (typeof v) {
      case "string":
      case "boolean":
        return v;
      case "number":
        return v !== v ? null : v; // NaN
      default:
        // Only the value kinds a workbook holds; anything else (objects from odd adapters) reads as blank.
        return null;
    }
  }

  /** Cleaned text of a string cell ("" for other values); cached, since detectors ask for it repeatedly. */
  text(r: number, c: number): string {
    if (r < 0 || c < 0 || r >= this.rows || c >= this.cols) return "";
    const k = r * this.cols + c;
    this.texts ??= new Array<string | undefined>(this.rows * this.cols);
    let t = this.texts[k];
    if (t === undefined) this.texts[k] = t = stringText(this.get(r, c));
    return t;
  }

  isBlank(r: number, c: number): boolean {
    const v = this.get(r, c);
    return v === null || v === undefined || (typeof v === "string" && this.text(r, c) === "");
  }

  /** A value for header reading: a cell covered by a merge shows its anchor's value. */
  headerValue(r: number, c: number): CellValue {
    const own = this.get(r, c);
    if (own !== null && own !== undefined && !(typeof own === "string" && own.trim() === "")) return own;
    const anchor = this.mergeAnchor.get(r * this.cols + c);
    return anchor ? this.get(anchor[0], anchor[1]) : own;
  }

  /** Header text of a cell (merged anchors included), numbers as their digits. */
  headerText(r: number, c: number): string {
    const v = this.headerValue(r, c);
    if (typeof v === "number") return String(v);
    return stringText(v);
  }

  /** True when no cell of row r between columns left..right (inclusive) holds anything. */
  rowBlank(r: number, left = 0, right = this.cols - 1): boolean {
    for (let c = Math.max(0, left); c <= right; c++) if (!this.isBlank(r, c)) return false;
    return true;
  }

  address(r: number, c: number): string {
    return address(this.sheet, r, c);
  }

  range(top: number, left: number, bottom: number, right: number): string {
    return rangeAddress(this.sheet, top, left, bottom, right);
  }
}
