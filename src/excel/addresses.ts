// A1 addresses and sheet-name checks: small pure helpers for the adapter and the pane.
// Unique sheet and table names come from src/core/render/sheet-names (shared with the CLI).

export { cellA1, columnIndex, columnLetter, quoteSheetName, rangeA1, sheetNameProblem } from "../core";

export interface CellRef {
  sheet: string;
  /** "B5" or "B5:C7", without $. */
  address: string;
}

/** "คะแนน!B5", "'My sheet'!$B$5", "'It''s'!A1:B2" → sheet + address; undefined when not a reference. */
export function parseCellRef(ref: string): CellRef | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const a = `${m[3].toUpperCase()}${m[4]}`;
  return { sheet, address: m[5] ? `${a}:${m[5].toUpperCase()}${m[6]}` : a };
}
