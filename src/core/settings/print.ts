// What the add-in wrote into a sheet, kept so that the next run can tell every cell staff typed
// from the add-in's own text: a fingerprint (hash) per generated cell, keyed by the row's id and
// the column's key (never by Thai header text), and a marker written into the sheet itself (a
// sheet-scoped defined name) that names the sheet's kind and the whole content's hash, so that the
// sheet is recognised without its worksheet ID, and even without the settings part. Pure.
import { layoutOf } from "../render/layout";
import type { SheetSpec } from "../render/spec";
import { textHash } from "../text/hash";

/** A cell as compared across runs: what it holds, or the formula staff typed there. */
export type CellContent = string | number | boolean | { formula: string } | null;

export interface PrintColumn {
  /** The column's key (ColumnSpec.key). */
  key: string;
  /** Hash of the header the add-in wrote. */
  header: string;
  /** Staff fill this column: what they wrote is always carried by row id. */
  staff?: boolean;
}

export interface PrintRow {
  /** The row's id (SheetSpec.rowIds), unique within the sheet. */
  id: string;
  /** Hash per column, in column order; "" for a cell written blank. */
  cells: string[];
}

export interface SheetPrint {
  /** 0-based sheet row of the table header (the table starts in column A). */
  headerRow: number;
  /** Hash per heading line (column A, from row 1). */
  heading: string[];
  columns: PrintColumn[];
  rows: PrintRow[];
}

/** Fingerprint of one cell; "" for a blank cell. Line-ending style does not count. */
export function cellHash(v: CellContent | undefined): string {
  if (v === null || v === undefined || v === "") return "";
  if (typeof v === "object") return textHash(`f:${v.formula}`);
  if (typeof v === "number") return Number.isFinite(v) ? textHash(`n:${v}`) : "";
  if (typeof v === "boolean") return textHash(`b:${v}`);
  return textHash(`s:${v.replace(/\r\n?/g, "\n")}`);
}

/** A column's key: its spec key, else its position. */
export function columnKeyOf(spec: SheetSpec, index: number): string {
  return spec.columns[index]?.key ?? `#${index}`;
}

/** Row ids of a spec, unique within it (a repeated id gets "~2", "~3" …; a missing one its position). */
export function rowIdsOf(spec: SheetSpec): string[] {
  const seen = new Map<string, number>();
  return spec.rows.map((_, i) => {
    const base = spec.rowIds?.[i] ?? `#${i}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}~${n}`;
  });
}

/** The fingerprint of a spec as the writers lay it out (layout.ts). */
export function printOf(spec: SheetSpec): SheetPrint {
  const ids = rowIdsOf(spec);
  return {
    headerRow: layoutOf(spec).headerRow,
    heading: spec.heading.map((h) => cellHash(h)),
    columns: spec.columns.map((c, i) => ({
      key: columnKeyOf(spec, i),
      header: cellHash(c.header),
      ...(c.owner === "staff" ? { staff: true } : {}),
    })),
    rows: spec.rows.map((row, r) => ({ id: ids[r], cells: spec.columns.map((_, c) => cellHash(row[c] ?? null)) })),
  };
}

/** A filled cell of a sheet, at 0-based sheet coordinates. */
export interface PlacedCell {
  row: number;
  col: number;
  content: CellContent;
}

/** One hash of everything a sheet holds, for "has anyone changed this sheet?" without a fingerprint. */
export function contentHash(cells: Iterable<PlacedCell>): string {
  const parts: [number, number, string][] = [];
  for (const c of cells) {
    const h = cellHash(c.content);
    if (h !== "") parts.push([c.row, c.col, h]);
  }
  parts.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return textHash(parts.map(([r, c, h]) => `${r},${c}:${h}`).join(";"));
}

/** The sheet-scoped defined name that carries the marker. */
export const MARKER_NAME = "ITA_SHEET";
const MARKER_PREFIX = "ITA1";

export interface SheetMarker {
  /** The sheet kind, as in SHEET_KINDS. */
  kind: string;
  /** Unique to the sheet and the run that wrote it; the settings part records it. */
  token: string;
  /** contentHash of the sheet as written. */
  hash: string;
  /** ISO time of the run that wrote it. */
  writtenAt: string;
}

/** The marker as the formula of the defined name (a text constant). */
export function markerFormula(m: SheetMarker): string {
  return `="${[MARKER_PREFIX, m.kind, m.token, m.hash, m.writtenAt].join("|")}"`;
}

/** A marker from the name's formula (="…") or value; undefined when it is not ours. */
export function parseMarker(text: unknown): SheetMarker | undefined {
  if (typeof text !== "string") return undefined;
  const body = /^=?"?([^"]*)"?$/.exec(text.trim())?.[1] ?? "";
  const [prefix, kind, token, hash, writtenAt] = body.split("|");
  if (prefix !== MARKER_PREFIX || !kind || !token || hash === undefined) return undefined;
  return { kind, token, hash, writtenAt: writtenAt ?? "" };
}
