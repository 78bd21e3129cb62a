// Reading the workbook: every sheet's used range (raw values, never formatted text) and our
// settings part, in a fixed number of round trips:
//   sync 1  the sheets (id, name, position) and the custom XML parts in our namespace
//   sync 2  each sheet's used-range size and table names; each part's XML
//   sync 3  the values, at most CHUNK_CELLS cells per sync (one sync for any ordinary workbook;
//           each further 100,000 cells, e.g. a huge unrelated sheet, adds one)
import {
  type CellValue,
  defaultSettings,
  parseSettings,
  type Problem,
  type Settings,
  SETTINGS_NAMESPACE,
  type SheetCells,
  type SheetKind,
  problem,
} from "../core";
import type { XContext, XCustomXmlPart, XRange, XWorksheet } from "./api";
import { fromExcelValue } from "./cells";

/** At most this many cells are read per request (Excel on the web caps a response at 5 MB). */
export const CHUNK_CELLS = 100_000;
/** Sheets larger than this are not score sheets: skipped with a warning. */
export const MAX_SHEET_CELLS = 2_000_000;

export interface SheetInfo {
  id: string;
  name: string;
  position: number;
  /** Values, when the sheet was read. */
  cells?: SheetCells;
  /** This sheet is one the add-in wrote (per the settings part), of this kind. */
  ownKey?: SheetKind;
  tableNames: string[];
}

export interface WorkbookSnapshot {
  sheets: SheetInfo[];
  settings: Settings;
  /** True when the workbook had our settings part. */
  hasSettings: boolean;
  /** Our parts, first = the one in force (others are duplicates to remove on write). */
  parts: XCustomXmlPart[];
  /** Problems found by the adapter itself (sheets too large, damaged settings). */
  problems: Problem[];
  /** How many context.sync() calls the read took. */
  syncs: number;
}

interface Pending {
  sheet: SheetInfo;
  used: XRange;
}

interface ChunkRead {
  sheet: SheetInfo;
  worksheet: XWorksheet;
  used: XRange;
  /** Rows of the used range in this chunk. */
  row: number;
  rows: number;
  whole: boolean;
}

/**
 * Reads the workbook. `readOwn(key)` decides which of the add-in's own sheets are read too
 * (the measures sheet, to carry staff edits; the library, which staff may edit).
 */
export async function readSnapshot(context: XContext, readOwn: (kind: SheetKind) => boolean = () => false): Promise<WorkbookSnapshot> {
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await context.sync();
  };
  const { workbook } = context;

  // 1. Sheets and our parts.
  const worksheets = workbook.worksheets;
  worksheets.load("items/id,items/name,items/position");
  const scoped = workbook.customXmlParts.getByNamespace(SETTINGS_NAMESPACE);
  scoped.load("items/id");
  await sync();

  // 2. Sizes, table names and the parts' XML.
  const sheetItems: XWorksheet[] = worksheets.items;
  const parts: XCustomXmlPart[] = scoped.items;
  const xmls = parts.map((p) => p.getXml());
  const pending: Pending[] = sheetItems.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    ws.tables.load("items/name");
    return { sheet: { id: ws.id, name: ws.name, position: ws.position, tableNames: [] }, used };
  });
  await sync();

  const problems: Problem[] = [];
  let settings: Settings = defaultSettings();
  let hasSettings = false;
  for (const x of xmls) {
    const parsed = parseSettings(x.value);
    if (!parsed) continue;
    settings = parsed.settings;
    hasSettings = true;
    for (const w of parsed.warnings) problems.push(problem("warning", "", w, "saved settings partly unusable: defaults used"));
    break;
  }
  const own = new Map(settings.sheets.map((s) => [s.id, s.key]));

  // 3. Values, chunked.
  const chunks: ChunkRead[][] = [[]];
  let budget = CHUNK_CELLS;
  pending.forEach(({ sheet, used }, i) => {
    sheet.tableNames = sheetItems[i].tables.items.map((t) => t.name);
    sheet.ownKey = own.get(sheet.id);
    if (used.isNullObject) return;
    if (sheet.ownKey !== undefined && !readOwn(sheet.ownKey)) return;
    const { rowCount, columnCount } = used;
    if (rowCount * columnCount > MAX_SHEET_CELLS) {
      const size = `${rowCount.toLocaleString("en-US")} แถว × ${columnCount} คอลัมน์`;
      problems.push(
        problem(
          "warning",
          "",
          `แผ่นงาน “${sheet.name}” มีข้อมูลมากเกินไป (${size}) จึงไม่ได้อ่าน: ถ้ามีคะแนน ITA ในแผ่นงานนี้ให้ย้ายไปไว้ในแผ่นงานที่เล็กกว่า`,
          `sheet ${sheet.name} too large (${rowCount} × ${columnCount}): not read`,
        ),
      );
      return;
    }
    sheet.cells = { name: sheet.name, values: [], rowOffset: used.rowIndex, colOffset: used.columnIndex };
    const rowsPerChunk = Math.max(1, Math.floor(CHUNK_CELLS / columnCount));
    for (let r = 0; r < rowCount; r += rowsPerChunk) {
      const rows = Math.min(rowsPerChunk, rowCount - r);
      const cells = rows * columnCount;
      if (cells > budget && chunks[chunks.length - 1].length > 0) {
        chunks.push([]);
        budget = CHUNK_CELLS;
      }
      budget -= cells;
      chunks[chunks.length - 1].push({ sheet, worksheet: sheetItems[i], used, row: r, rows, whole: r === 0 && rows === rowCount });
    }
  });
  // One sync per group of chunks: a request never carries more than CHUNK_CELLS cells.
  for (const group of chunks) {
    if (group.length === 0) continue;
    const ranges = group.map((c) => {
      const range = c.whole
        ? c.used
        : c.worksheet.getRangeByIndexes(c.used.rowIndex + c.row, c.used.columnIndex, c.rows, c.used.columnCount);
      range.load("values");
      return range;
    });
    await sync();
    group.forEach(({ sheet }, k) => {
      const values: CellValue[][] = ranges[k].values.map((row: unknown[]) => row.map(fromExcelValue));
      sheet.cells!.values.push(...values);
    });
  }

  return {
    sheets: pending.map((p) => p.sheet).sort((a, b) => a.position - b.position),
    settings,
    hasSettings,
    parts,
    problems,
    syncs,
  };
}
