import type { CellValue, SheetCells } from "../types";
import { address, columnIndex, rangeAddress } from "../text/a1";
import { cleanText } from "../text/clean";
import { MAX_FILLED_CELLS } from "./limits";

// Uniform access to a sheet's raw values (addresses: text/a1.ts). Sparse: only filled cells are
// stored, so memory and time follow what the sheet holds, not the rectangle around it (a stray
// value at XFD1048576 costs one cell). `values` may be holey: a missing row or cell is blank.

/** Cleaned text of a string cell (text/clean.ts); "" for numbers, booleans and blanks. */
export function stringText(value: CellValue): string {
  return typeof value === "string" ? cleanText(value) : "";
}

const MERGE = /^\$?([A-Za-z]{1,3})\$?([0-9]+)(?::\$?([A-Za-z]{1,3})\$?([0-9]+))?$/;
/** Cell keys r * STRIDE + c stay exact integers for any sheet Excel can hold (and far beyond). */
const STRIDE = 2 ** 21;
/** Arrays longer than this are walked by their own keys: a holey array costs its filled entries only. */
const WALK_BY_KEYS = 4096;
const NO_COLS: readonly number[] = [];

/** The indexes of an array that hold something, ascending; a long holey array costs only its filled entries. */
function filledIndexes(a: readonly unknown[]): number[] {
  if (a.length <= WALK_BY_KEYS) {
    const out: number[] = [];
    for (let i = 0; i < a.length; i++) if (a[i] !== undefined && a[i] !== null) out.push(i);
    return out;
  }
  // Own keys of an array list its integer indexes in ascending order.
  const out: number[] = [];
  for (const k of Object.keys(a)) {
    const i = Number(k);
    if (Number.isInteger(i) && a[i] !== undefined && a[i] !== null) out.push(i);
  }
  return out;
}

/** What a cell holds for reading: blanks (white space included), NaN and foreign objects hold nothing. */
function stored(v: unknown): CellValue {
  switch (typeof v) {
    case "string":
      return v.trim() === "" ? null : v;
    case "boolean":
      return v;
    case "number":
      return v !== v ? null : v; // NaN
    default:
      // Only the value kinds a workbook holds; anything else (objects from odd adapters) reads as blank.
      return null;
  }
}

/** Read-only view of one sheet: safe access to jagged or holey rows, and merged header cells filled from their anchor. */
export class Grid {
  readonly sheet: SheetCells;
  /** One past the last row and column holding a value (0-based within `values`). */
  readonly rows: number;
  readonly cols: number;
  /** How many filled cells the grid keeps: what its memory follows. */
  readonly storedCells: number;
  /** The sheet holds more than MAX_FILLED_CELLS filled cells: it was not taken in (the reader skips it). */
  readonly tooLarge: boolean;
  private readonly cells = new Map<number, CellValue>();
  private readonly texts = new Map<number, string>();
  /** Row → its filled columns, ascending. */
  private readonly colsOf = new Map<number, number[]>();
  /** Rows holding a value, ascending. */
  private readonly rowList: number[] = [];
  /** Covered cell → anchor cell (r, c) of its merge, for covered cells only. */
  private readonly mergeAnchor = new Map<number, [number, number]>();

  constructor(sheet: SheetCells) {
    this.sheet = sheet;
    const values: unknown = sheet.values;
    let rows = 0;
    let cols = 0;
    let count = 0;
    let tooLarge = false;
    if (Array.isArray(values))
      outer: for (const r of filledIndexes(values)) {
        const row: unknown = values[r];
        if (!Array.isArray(row)) continue;
        const list: number[] = [];
        for (const c of filledIndexes(row)) {
          const v = stored(row[c]);
          if (v === null) continue;
          if (++count > MAX_FILLED_CELLS) {
            tooLarge = true;
            break outer;
          }
          this.cells.set(r * STRIDE + c, v);
          list.push(c);
        }
        if (list.length === 0) continue;
        this.colsOf.set(r, list);
        this.rowList.push(r);
        rows = r + 1;
        if (list[list.length - 1] + 1 > cols) cols = list[list.length - 1] + 1;
      }
    if (tooLarge) {
      this.cells.clear();
      this.colsOf.clear();
      this.rowList.length = 0;
      rows = cols = 0;
    }
    this.rows = rows;
    this.cols = cols;
    this.storedCells = this.cells.size;
    this.tooLarge = tooLarge;
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
        for (let c = left; c <= right; c++) if (r !== top || c !== left) this.mergeAnchor.set(r * STRIDE + c, [top, left]);
    }
  }

  /** Rows that hold at least one value, ascending: what a scan of the sheet visits. */
  filledRows(): readonly number[] {
    return this.rowList;
  }

  /** The columns of row r that hold a value, ascending. */
  filledCols(r: number): readonly number[] {
    return this.colsOf.get(r) ?? NO_COLS;
  }

  /** The raw value at (r, c) of `values` (null outside, and for blanks). */
  get(r: number, c: number): CellValue {
    if (r < 0 || c < 0 || c >= STRIDE) return null;
    return this.cells.get(r * STRIDE + c) ?? null;
  }

  /** Cleaned text of a string cell ("" for other values); cached, since detectors ask for it repeatedly. */
  text(r: number, c: number): string {
    const v = this.get(r, c);
    if (typeof v !== "string") return "";
    const k = r * STRIDE + c;
    let t = this.texts.get(k);
    if (t === undefined) this.texts.set(k, (t = stringText(v)));
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
    const anchor = this.mergeAnchor.get(r * STRIDE + c);
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
    for (const c of this.filledCols(r)) if (c >= left && c <= right && !this.isBlank(r, c)) return false;
    return true;
  }

  address(r: number, c: number): string {
    return address(this.sheet, r, c);
  }

  range(top: number, left: number, bottom: number, right: number): string {
    return rangeAddress(this.sheet, top, left, bottom, right);
  }
}
