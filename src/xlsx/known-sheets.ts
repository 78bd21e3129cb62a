// A workbook file's sheets as core/keep sees them, as the add-in sees the open workbook: each
// sheet's marker (the sheet-scoped defined name ITA_SHEET), its role from identify.ts with the
// settings part's records, and for ours the formulas and number formats staff may have typed.
// A file has no worksheet IDs: each sheet's key is "file:<index>", which never equals an Office.js
// ID (those are GUIDs), so a record the add-in wrote is found by its marker only.
import { type KnownSheet, MARKER_NAME, type SheetCells, type SheetRecord, identifySheets, isRead, parseMarker } from "../core";
import { attribute, decodeText, elements } from "./xml";

/** The file's key of the sheet at `index` among its worksheets. */
export const fileSheetId = (index: number): string => `file:${index}`;

/** The markers' texts by localSheetId (the sheet's index among the workbook's <sheet> elements). */
export function markersOf(workbookXml: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const e of elements(workbookXml, "definedName")) {
    const local = attribute(e.attrs, "localSheetId");
    if (attribute(e.attrs, "name") !== MARKER_NAME || local === undefined || !/^\d+$/.test(local)) continue;
    out.set(Number(local), decodeText(workbookXml.slice(e.innerStart, e.innerEnd)).trim());
  }
  return out;
}

export interface FileSheet {
  /** The sheet's name in the output workbook. */
  name: string;
  cells: SheetCells;
  markerText?: string;
  formulas?: Map<number, string>;
  /** Style index by COLS key. */
  styles?: Map<number, number>;
}

/** Every sheet, in file order, with its role; values kept only for the sheets a run reads (as the add-in). */
export function knownSheets(
  sheets: readonly FileSheet[],
  records: readonly SheetRecord[],
  formatOf: (style: number) => string | undefined,
): KnownSheet[] {
  const withMarkers = sheets.map((s, i) => ({ ...s, id: fileSheetId(i), position: i, marker: parseMarker(s.markerText) }));
  const roles = identifySheets(withMarkers, records);
  return withMarkers.map((s, i) => {
    const formats = new Map<number, string>();
    for (const [key, style] of s.styles ?? []) {
      const f = formatOf(style);
      if (f !== undefined) formats.set(key, f);
    }
    const sheet: KnownSheet = {
      id: s.id,
      name: s.name,
      tableNames: [],
      ...(s.markerText !== undefined ? { markerText: s.markerText } : {}),
      ...(s.marker ? { marker: s.marker } : {}),
      role: roles[i],
      formulas: s.formulas ?? new Map(),
      formats,
    };
    return isRead(sheet) ? { ...sheet, cells: s.cells } : sheet;
  });
}
