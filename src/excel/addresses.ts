// A1 addresses and sheet-name checks: small pure helpers for the adapter and the pane.
// Unique sheet and table names come from src/core/render/sheet-names (shared with the CLI).

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AA" → 26. */
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

/** Sheet name as it appears in an address: quoted when it is not a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_\u0E00-\u0E7F][\w.\u0E00-\u0E7F]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

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

/** Excel's rules for a worksheet name; a Thai message when the name breaks one. */
export function sheetNameProblem(name: string): string | undefined {
  if (name.trim() === "") return "ชื่อแผ่นงานว่างไม่ได้";
  if (name.length > 31) return `ชื่อแผ่นงาน “${name}” ยาวเกิน 31 ตัวอักษร`;
  if (/[:\\/?*[\]]/.test(name)) return `ชื่อแผ่นงาน “${name}” มีอักขระต้องห้าม : \\ / ? * [ ]`;
  if (name.startsWith("'") || name.endsWith("'")) return `ชื่อแผ่นงาน “${name}” ขึ้นต้นหรือลงท้ายด้วย ' ไม่ได้`;
  if (name.toLowerCase() === "history") return "ชื่อแผ่นงาน History สงวนไว้โดย Excel";
  return undefined;
}
