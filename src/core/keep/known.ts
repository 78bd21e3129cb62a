// A workbook's sheets as every adapter that keeps staff edits sees them (the add-in on the open
// workbook, the command and the browser preview on a file): who wrote each sheet (identify.ts),
// what it holds, and from that, the one rule for what the engine reads, what the o42 document
// reads, which of ours are still there and which names stay. Pure.
import type { SheetMarker } from "../settings/print";
import { SHEET_KINDS, type SheetKind } from "../sheet-kinds";
import type { SheetCells, WorkbookCells } from "../types";
import type { WorkbookForDocument } from "../document/read/workbook";
import type { SheetRole } from "./identify";

/** Key of a cell in the per-sheet maps: row * COLS + column (0-based sheet coordinates). */
export const COLS = 16_384;

export interface KnownSheet {
  /** The worksheet ID (Office.js), or the adapter's own key for a sheet of a file. */
  id: string;
  /** The sheet's name as the workbook (or the output workbook) has it. */
  name: string;
  /** Table names on the sheet (the add-in keeps them unique in the workbook). */
  tableNames: string[];
  /** The marker's defined-name text, when the sheet has one (ours or not). */
  markerText?: string;
  marker?: SheetMarker;
  role: SheetRole;
  /** Values, when the sheet was read (rows and cells may be holey). */
  cells?: SheetCells;
  /** Formulas typed in the sheet ("=…"), by COLS key. */
  formulas: Map<number, string>;
  /** Our own sheets: number formats other than General, by COLS key. */
  formats: Map<number, string>;
}

/** Whether a sheet's cells are read at all: the user's (data) and ours that a run replaces or keeps (staff edits). */
export const isRead = (s: Pick<KnownSheet, "role">): boolean => s.role.kind === "user" || s.role.kind === "generated";

/** The engine reads the user's sheets and, of ours, those it takes as data (the library: staff may edit it). */
const isInput = (s: KnownSheet) =>
  s.role.kind === "user" || (s.role.kind === "generated" && SHEET_KINDS[s.role.sheetKind].readBack === "input");

/** The engine's input: the workbook's own sheets and those of ours it reads as data. */
export function engineCells(sheets: readonly KnownSheet[]): WorkbookCells {
  return {
    sheets: sheets.filter((s) => s.cells && isInput(s)).map((s) => s.cells!),
    // Ours by the settings part or marker, not by name: a user's sheet named like ours is data.
    ownSheets: sheets.filter((s) => s.role.kind !== "user").map((s) => s.name),
  };
}

/**
 * The workbook as staff left it, for the o42 document: every sheet read, ours with the kinds
 * identify.ts found (by marker, so a renamed sheet still counts; a staff copy of one of ours is not read).
 */
export function documentBook(sheets: readonly KnownSheet[]): WorkbookForDocument {
  const read = sheets.filter((s) => s.cells);
  return {
    sheets: read.map((s) => s.cells!),
    kinds: Object.fromEntries(read.flatMap((s) => (s.role.kind === "generated" ? [[s.cells!.name, s.role.sheetKind]] : []))),
  };
}

/** The kinds of the sheets we wrote that are still in the workbook (a create-once kind is then not written again). */
export function generatedKinds(sheets: readonly KnownSheet[]): SheetKind[] {
  return sheets.flatMap((s) => (s.role.kind === "generated" ? [s.role.sheetKind] : []));
}

/** The sheets a run replaces, for the pane to list: not a create-once sheet (the limitations), which is staff's from the start. */
export function replacedSheets(sheets: readonly KnownSheet[]): { key: SheetKind; name: string }[] {
  return sheets.flatMap((s) =>
    s.role.kind === "generated" && !SHEET_KINDS[s.role.sheetKind].createOnce ? [{ key: s.role.sheetKind, name: s.name }] : [],
  );
}

/** The sheets that stay whatever the run writes (the user's, kept copies, others' output): their names and tables are taken. */
export function stayingSheets(sheets: readonly KnownSheet[]): KnownSheet[] {
  return sheets.filter((s) => s.role.kind !== "generated");
}
