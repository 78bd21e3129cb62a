// Staff edits survive a new run. The settings part keeps a fingerprint of every cell the add-in
// wrote into a sheet (core/settings/print.ts): on the next run every cell of the old sheet is
// compared with it, and whatever staff typed, changed or cleared is carried into the new sheet:
//   table cells           by the row's id and the column's key (never by Thai header text);
//   header cells          by the column's key;
//   columns staff added   into the new table beside the same neighbour, then carried by row id (and
//                         from then on "staff columns": always carried, like ColumnSpec.owner "staff");
//   cells beside a table  by row id, at the same distance right of the table;
//   text above the table  at the same place (the heading grows if staff used more rows);
//   text below the table  at the same distance below it.
// Formulas stay formulas (their text is carried as typed); number formats of carried cells go with them.
// What cannot be carried (a row or column staff added or deleted, a row the new analysis no longer has)
// makes the caller keep the old sheet as a dated copy. A sheet with no fingerprint counts as unchanged
// only when the marker's content hash says so. Pure.
import { layoutOf } from "../render/layout";
import type { ColumnSpec, SheetSpec, SpecValue } from "../render/spec";
import { type CellContent, cellHash, columnKeyOf, contentHash, type PlacedCell, rowIdsOf, type SheetPrint } from "../settings/print";
import { COLS, type KnownSheet } from "./known";

/** A staff cell to write over (or around) what the new spec generates, at 0-based sheet coordinates. */
export interface Override {
  row: number;
  col: number;
  content: CellContent;
  /** Its number format, when not General. */
  format?: string;
}

export interface OldSheet {
  /** Every filled cell: its value, or its formula as typed. */
  cells: PlacedCell[];
  /** Number formats other than General, by row * COLS + col. */
  formats: Map<number, string>;
}

export interface CarryResult {
  /** The new spec: staff columns added, the heading padded to the rows staff used. */
  spec: SheetSpec;
  overrides: Override[];
  /** Staff cells found in the old sheet (typed, changed or cleared). */
  edited: number;
  /** Of those, carried into the new sheet. */
  carried: number;
  /** Staff cells (and added or deleted rows or columns) that could not be carried. */
  lost: number;
  /** The old sheet cannot be compared (no fingerprint, or its table is gone): keep it whole. */
  unreadable: boolean;
}

/** The old sheet as the carry sees it: filled cells with formulas, and formats. */
export function oldSheetOf(info: Pick<KnownSheet, "cells" | "formulas" | "formats">): OldSheet {
  const cells: PlacedCell[] = [];
  const seen = new Set<number>();
  const values = info.cells?.values ?? [];
  const r0 = info.cells?.rowOffset ?? 0;
  const c0 = info.cells?.colOffset ?? 0;
  values.forEach((row, i) =>
    row?.forEach((v, j) => {
      if (v === null || v === undefined) return;
      const k = (r0 + i) * COLS + (c0 + j);
      seen.add(k);
      const f = info.formulas.get(k);
      cells.push({ row: r0 + i, col: c0 + j, content: f !== undefined ? { formula: f } : v });
    }),
  );
  // A formula whose result is blank is still staff's.
  for (const [k, f] of info.formulas) if (!seen.has(k)) cells.push({ row: Math.floor(k / COLS), col: k % COLS, content: { formula: f } });
  return { cells, formats: info.formats };
}

const blankContent = (v: CellContent | undefined) => v === null || v === undefined || v === "";

/** What a sheet holds as the add-in writes it from `spec` plus `overrides`, for the marker's content hash. */
export function writtenCells(spec: SheetSpec, overrides: readonly Override[]): PlacedCell[] {
  const layout = layoutOf(spec);
  const at = new Map<number, PlacedCell>();
  const put = (row: number, col: number, content: CellContent) => at.set(row * COLS + col, { row, col, content });
  spec.heading.forEach((h, r) => put(r, 0, h));
  spec.columns.forEach((c, i) => put(layout.headerRow, i, c.header));
  spec.rows.forEach((row, r) => spec.columns.forEach((_, c) => put(layout.firstDataRow + r, c, toContent(row[c]))));
  for (const o of overrides) put(o.row, o.col, o.content);
  return [...at.values()].filter((c) => !blankContent(c.content));
}

function toContent(v: SpecValue | undefined): CellContent {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" && !Number.isFinite(v)) return null;
  return v;
}

interface Located {
  header: number;
  /** Recorded column index → physical column. */
  colOf: (number | undefined)[];
  /** Physical column → recorded column index. */
  keyAt: Map<number, number>;
}

/** The header row: the row holding the most of the recorded headers (nearest the recorded place on a tie). */
function locateHeader(print: SheetPrint, byRow: Map<number, PlacedCell[]>): Located | undefined {
  const wanted = print.columns.map((c) => c.header);
  const needed = Math.max(1, Math.ceil(wanted.filter((h) => h !== "").length / 2));
  let best: { row: number; score: number } | undefined;
  for (const [row, cells] of byRow) {
    const left = [...wanted];
    let score = 0;
    for (const cell of cells) {
      const k = left.indexOf(cellHash(cell.content));
      if (k >= 0 && left[k] !== "") {
        left[k] = "\u0000";
        score++;
      }
    }
    if (!best || score > best.score || (score === best.score && Math.abs(row - print.headerRow) < Math.abs(best.row - print.headerRow)))
      best = { row, score };
  }
  if (!best || best.score < needed) return undefined;
  const header = best.row;
  const colOf: (number | undefined)[] = print.columns.map(() => undefined);
  const keyAt = new Map<number, number>();
  const cells = [...(byRow.get(header) ?? [])].sort((a, b) => a.col - b.col);
  for (const cell of cells) {
    const h = cellHash(cell.content);
    const k = print.columns.findIndex((c, i) => colOf[i] === undefined && c.header === h && h !== "");
    if (k >= 0) {
      colOf[k] = cell.col;
      keyAt.set(cell.col, k);
    }
  }
  // A renamed header: the one unmatched column between two matched neighbours, where the recorded
  // column was (as many unmatched recorded columns as unmatched header cells between them).
  const nonBlank = new Set(cells.filter((c) => !blankContent(c.content)).map((c) => c.col));
  for (let k = 0; k < print.columns.length; k++) {
    if (colOf[k] !== undefined) continue;
    let a = k - 1;
    while (a >= 0 && colOf[a] === undefined) a--;
    let b = k + 1;
    while (b < print.columns.length && colOf[b] === undefined) b++;
    const from = a >= 0 ? colOf[a]! + 1 : 0;
    const to = b < print.columns.length ? colOf[b]! - 1 : from + (b - a - 2);
    const slots: number[] = [];
    for (let c = from; c <= to; c++) if (!keyAt.has(c)) slots.push(c);
    if (slots.length !== b - a - 1 || !slots.every((c) => nonBlank.has(c))) continue;
    for (let j = a + 1; j < b; j++) {
      colOf[j] = slots[j - a - 1];
      keyAt.set(slots[j - a - 1], j);
    }
  }
  return { header, colOf, keyAt };
}

/** Matches the old sheet's rows below the header to the recorded rows: exact first, then by most cells alike. */
function matchRows(print: SheetPrint, loc: Located, byRow: Map<number, PlacedCell[]>, hashAt: (r: number, c: number) => string) {
  const candidates = [...byRow.keys()].filter((r) => r > loc.header).sort((a, b) => a - b);
  const vector = (r: number) => print.columns.map((_, k) => (loc.colOf[k] === undefined ? "?" : hashAt(r, loc.colOf[k]!)));
  const recorded = print.rows.map((row) => row.cells.map((h, k) => (loc.colOf[k] === undefined ? "?" : h)));
  const rowOf = new Map<number, number>(); // recorded index → sheet row
  const idxOf = new Map<number, number>(); // sheet row → recorded index
  const link = (i: number, r: number) => {
    rowOf.set(i, r);
    idxOf.set(r, i);
  };
  const expected = (i: number) => loc.header + 1 + i;
  const bySig = new Map<string, number[]>();
  recorded.forEach((v, i) => bySig.set(v.join(","), [...(bySig.get(v.join(",")) ?? []), i]));
  const vectors = new Map(candidates.map((r) => [r, vector(r)]));
  for (const r of candidates) {
    const list = bySig.get(vectors.get(r)!.join(","));
    if (!list?.length) continue;
    list.sort((x, y) => Math.abs(expected(x) - r) - Math.abs(expected(y) - r));
    link(list.shift()!, r);
  }
  const pairs: { i: number; r: number; score: number }[] = [];
  for (const r of candidates) {
    if (idxOf.has(r)) continue;
    const v = vectors.get(r)!;
    recorded.forEach((rec, i) => {
      if (rowOf.has(i)) return;
      let score = 0;
      for (let k = 0; k < rec.length; k++) if (rec[k] !== "" && rec[k] !== "?" && rec[k] === v[k]) score++;
      if (score > 0) pairs.push({ i, r, score });
    });
  }
  pairs.sort((x, y) => y.score - x.score || Math.abs(expected(x.i) - x.r) - Math.abs(expected(y.i) - y.r));
  for (const p of pairs) if (!rowOf.has(p.i) && !idxOf.has(p.r)) link(p.i, p.r);
  // A row written blank (an empty library) has nothing to match by: it stays where it was.
  recorded.forEach((rec, i) => {
    if (!rowOf.has(i) && rec.every((h) => h === "" || h === "?") && !byRow.has(expected(i))) link(i, expected(i));
  });
  return { rowOf, idxOf };
}

/**
 * Carries staff edits of `old` (as read now) into `spec`. `print` is what the add-in last wrote;
 * without it, `markerHash` (the content hash in the sheet's marker) can still tell an untouched sheet.
 */
export function carryStaffEdits(
  old: OldSheet,
  print: SheetPrint | undefined,
  markerHash: string | undefined,
  specIn: SheetSpec,
): CarryResult {
  const result: CarryResult = { spec: specIn, overrides: [], edited: 0, carried: 0, lost: 0, unreadable: false };
  if (!print) {
    if (markerHash !== undefined && contentHash(old.cells) === markerHash) return result;
    return { ...result, unreadable: true };
  }
  const at = new Map<number, PlacedCell>();
  const byRow = new Map<number, PlacedCell[]>();
  for (const c of old.cells) {
    at.set(c.row * COLS + c.col, c);
    byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
  }
  const hashAt = (r: number, c: number) => cellHash(at.get(r * COLS + c)?.content ?? null);
  const loc = locateHeader(print, byRow);
  if (!loc) return { ...result, unreadable: true, edited: old.cells.length };
  const { rowOf, idxOf } = matchRows(print, loc, byRow, hashAt);

  // Where the old table stands: its last row, its right edge, the columns staff added inside it.
  const mapped = loc.colOf.filter((c): c is number => c !== undefined);
  let tableRight = mapped.length ? Math.max(...mapped) : print.columns.length - 1;
  const tableBottom = rowOf.size ? Math.max(...rowOf.values()) : loc.header + print.rows.length;
  const bandRows = [...byRow.keys()].filter((r) => r >= loc.header && r <= tableBottom);
  const used = new Set<number>();
  for (const r of bandRows) for (const c of byRow.get(r)!) used.add(c.col);
  // Excel widens a table when staff type right beside it: those columns are in it.
  while (used.has(tableRight + 1) && !loc.keyAt.has(tableRight + 1)) tableRight++;
  const recordedKeys = print.columns.map((c) => c.key);
  const specKeys = specIn.columns.map((_, i) => columnKeyOf(specIn, i));
  // Columns staff own: those they added now, and those they added before that the new spec lacks.
  const staffCols = [...used]
    .filter(
      (c) =>
        c <= tableRight &&
        (!loc.keyAt.has(c) || (print.columns[loc.keyAt.get(c)!].staff && !specKeys.includes(recordedKeys[loc.keyAt.get(c)!]))),
    )
    .sort((a, b) => a - b);

  // The new spec: staff columns beside the same neighbour, their key and header kept.
  const spec: SheetSpec = { ...specIn, columns: [...specIn.columns], rows: specIn.rows.map((r) => [...r]) };
  const newKeys = spec.columns.map((_, i) => columnKeyOf(specIn, i));
  const staffKeyOf = new Map<number, string>();
  for (const c of staffCols) {
    const headerCell = at.get(loc.header * COLS + c)?.content;
    const header = typeof headerCell === "string" && headerCell.trim() !== "" ? headerCell : `คอลัมน์ที่เพิ่ม ${staffKeyOf.size + 1}`;
    const recorded = loc.keyAt.get(c);
    let key = recorded !== undefined ? recordedKeys[recorded] : `staff:${header.trim()}`;
    for (let n = 2; recorded === undefined && (newKeys.includes(key) || recordedKeys.includes(key)); n++)
      key = `staff:${header.trim()}~${n}`;
    // After the nearest column to its left that the new spec has (or a staff column placed before).
    let left = c - 1;
    let insertAt = 0;
    for (; left >= 0; left--) {
      const k = loc.keyAt.get(left);
      const leftKey = staffKeyOf.get(left) ?? (k !== undefined ? recordedKeys[k] : undefined);
      const j = leftKey !== undefined ? newKeys.indexOf(leftKey) : -1;
      if (j >= 0) {
        insertAt = j + 1;
        break;
      }
    }
    const column: ColumnSpec = { key, header, width: 18, wrap: true, owner: "staff" };
    spec.columns.splice(insertAt, 0, column);
    newKeys.splice(insertAt, 0, key);
    for (const row of spec.rows) row.splice(insertAt, 0, null);
    if (spec.chart) {
      const shift = (i: number) => (i >= insertAt ? i + 1 : i);
      spec.chart = { ...spec.chart, categoryColumn: shift(spec.chart.categoryColumn), seriesColumns: spec.chart.seriesColumns.map(shift) };
    }
    staffKeyOf.set(c, key);
  }
  // The heading: the old rows above the table in their order, each line the add-in wrote there
  // written afresh, rows staff typed or cleared kept as theirs; new lines the add-in has now go after.
  const lineAt = new Map<number, number>(); // old row → generated heading line
  const unused = print.heading.map((_, i) => i);
  for (let r = 0; r < loc.header - 1; r++) {
    const h = hashAt(r, 0);
    const i = unused.find((j) => h !== "" && print.heading[j] === h);
    if (i === undefined) continue;
    lineAt.set(r, i);
    unused.splice(unused.indexOf(i), 1);
  }
  const fresh = specIn.heading;
  const heading: string[] = [];
  for (let r = 0; r < loc.header - 1; r++) heading.push(lineAt.has(r) ? (fresh[lineAt.get(r)!] ?? "") : "");
  const placed = new Set(lineAt.values());
  // Lines of the new analysis that had no place (a line the old heading did not have, or one staff replaced).
  const replaced =
    loc.header === print.headerRow ? new Set(print.heading.map((_, i) => i).filter((i) => !placed.has(i))) : new Set<number>();
  fresh.forEach((line, i) => {
    if (!placed.has(i) && !replaced.has(i)) heading.push(line);
  });
  spec.heading = heading;
  const layout = layoutOf(spec);
  const newRowOf = new Map(rowIdsOf(spec).map((id, i) => [id, layout.firstDataRow + i]));
  const newTableRight = spec.columns.length - 1;
  const newBottom = layout.firstDataRow + layout.bodyRows - 1;

  /** Where a column of the old sheet goes in the new one. */
  const colTo = (c: number): number | undefined => {
    const staffKey = staffKeyOf.get(c);
    if (staffKey !== undefined) return newKeys.indexOf(staffKey);
    const k = loc.keyAt.get(c);
    if (k !== undefined) {
      const j = newKeys.indexOf(recordedKeys[k]);
      return j >= 0 ? j : undefined;
    }
    if (c > tableRight) return newTableRight + (c - tableRight);
    return c;
  };
  const carry = (row: number | undefined, col: number | undefined, from: PlacedCell | undefined, oldRow: number, oldCol: number) => {
    result.edited++;
    if (row === undefined || col === undefined) {
      result.lost++;
      return;
    }
    const format = old.formats.get(oldRow * COLS + oldCol);
    result.overrides.push({ row, col, content: from?.content ?? null, ...(format ? { format } : {}) });
    result.carried++;
  };

  // Rows and columns of the old table that are gone: staff deleted them.
  const recordedIds = print.rows.map((r) => r.id);
  for (let i = 0; i < print.rows.length; i++) if (!rowOf.has(i)) result.lost++;
  for (let k = 0; k < print.columns.length; k++) if (loc.colOf[k] === undefined) result.lost++;
  if (result.lost > 0) result.edited += result.lost;

  for (const cell of old.cells) {
    const { row: r, col: c } = cell;
    if (r < loc.header) {
      // Above the table: a heading line the add-in wrote, unchanged, is written afresh.
      if (c === 0 && lineAt.has(r)) continue;
      const to = r === loc.header - 1 ? layout.headerRow - 1 : r;
      carry(to, colTo(c), cell, r, c);
    } else if (r === loc.header) {
      const k = loc.keyAt.get(c);
      if (k !== undefined && !staffKeyOf.has(c) && cellHash(cell.content) === print.columns[k].header) continue;
      if (staffKeyOf.has(c)) {
        // The staff column's header is its spec header.
        result.edited++;
        result.carried++;
        continue;
      }
      carry(layout.headerRow, colTo(c), cell, r, c);
    } else if (r <= tableBottom || r === tableBottom + 1) {
      const i = idxOf.get(r);
      if (i === undefined) {
        // A row staff added to the table: it has no id to follow.
        carry(undefined, undefined, cell, r, c);
        continue;
      }
      const to = newRowOf.get(recordedIds[i]);
      const k = loc.keyAt.get(c);
      if (k !== undefined && !print.columns[k].staff && cellHash(cell.content) === print.rows[i].cells[k]) continue;
      carry(to, colTo(c), cell, r, c);
    } else {
      // Below the table: the same distance below the new one.
      carry(newBottom + (r - tableBottom), colTo(c), cell, r, c);
    }
  }
  // Cells staff cleared: the blank is carried too (what they removed stays removed).
  for (const [i, r] of rowOf) {
    const to = newRowOf.get(recordedIds[i]);
    print.columns.forEach((_, k) => {
      const c = loc.colOf[k];
      if (c === undefined || print.rows[i].cells[k] === "" || at.has(r * COLS + c)) return;
      carry(to, colTo(c), undefined, r, c);
    });
  }
  // Heading lines staff cleared (or replaced) stay as they left them: the blank rows above are theirs.
  for (const i of replaced) if (print.heading[i] !== "" && !at.has(i * COLS)) carry(i, 0, undefined, i, 0);
  return { ...result, spec };
}
