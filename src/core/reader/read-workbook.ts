import type { Catalog, Observation, Problem, ReadResult, SheetCells, StatedLevel, TableInfo, WorkbookCells } from "../types";
import { isCatalogSheet } from "../catalog/sheet";
import { findItem } from "../catalog/find";
import { quoteSheetName } from "../text/a1";
import { findAgency } from "./agency";
import { CodeChecker, unconfirmedWarning } from "./confirm";
import { unreadRows } from "./coverage";
import {
  BLOCK_GAP,
  buildBlocks,
  readBlock,
  scanCodes,
  scanTitles,
  type CodeCell,
  type ItemBlock,
  type ItemEnv,
  type RawCode,
  type TitleVerdict,
} from "./detect-items";
import { readSummary, scanSummaryRows, summaryTables, type SummaryRead, type SummaryRow } from "./detect-summary";
import type { Found } from "./emit";
import { excludedRows } from "./exclusions";
import { Grid } from "./grid";
import { classifyLabel, LabelContext } from "./labels";
import { tooManyCellsWarning } from "./limits";
import { statedLevels } from "./stated-level";
import { TITLES } from "./titles";
import { sheetNameYear, titleYearAbove } from "./years";
import { error, quoted, warning } from "../problems";

// The READER: from raw cell values to plain observations. Recognises per-question tables (by code,
// or by question/OIT title alone) and indicator/tool summaries anywhere on any sheet; never merges
// (the scoring step does that). Which item a row names is settled later, with the framework of the
// year being scored (reader/identify.ts): here codes are taken as written and titles as the item
// of any framework they are most like, which is enough to find the tables.

export interface ReadOptions {
  /** Sheets to leave out (for example the sheets the product itself wrote). */
  skipSheet?: (name: string) => boolean;
}

interface Prepared {
  grid: Grid;
  excluded: (r: number) => boolean;
  raw: RawCode[];
}

interface Placed {
  sheet: number;
  row: number;
  col: number;
}

/** No score anywhere in the workbook: nothing can be analysed. */
export const NO_DATA: Problem = error(
  "",
  "ไม่พบคะแนน ITA ในสมุดงานนี้: ใส่ตารางคะแนนรายข้อ (i1, e1, o1 …) หรือคะแนนรายตัวชี้วัด พร้อมปีงบประมาณในหัวตาราง",
  "no ITA scores found",
);

/** What the catalog gives every reading: label names, OCR confirmation, titles (built once per catalog). */
interface CatalogReaders {
  labels: LabelContext;
  checker: CodeChecker;
  titles: typeof TITLES;
}

const readers = new WeakMap<Catalog, CatalogReaders>();

function readersFor(catalog: Catalog): CatalogReaders {
  let r = readers.get(catalog);
  if (!r) {
    const all = catalog.frameworks;
    r = { labels: new LabelContext(catalog), checker: new CodeChecker({ texts: all, corrections: all }), titles: TITLES };
    readers.set(catalog, r);
  }
  return r;
}

/** The sheet's grid and the rows of its item tables; undefined when the sheet is too large to take in. */
function prepare(sheet: SheetCells, catalog: Catalog, r: CatalogReaders): Prepared | undefined {
  const grid = new Grid(sheet);
  if (grid.tooLarge) return undefined;
  const excluded = excludedRows(grid);
  const codes = scanCodes(grid, excluded);
  // A title names an item when it is more like an item's text than like an indicator or
  // sub-indicator name; a numbered or tool label ("ตัวชี้วัดย่อยที่ 9.1 …", "IIT") is never a title.
  const title = (text: string, row: number, col: number): TitleVerdict => {
    const label = classifyLabel(grid, row, col, r.labels);
    if (label && label.nameScore === undefined) return undefined;
    let best: { code: string; score: number } | undefined;
    for (const fw of catalog.frameworks) {
      const m = r.titles.match(text, fw);
      if (m && (!best || m.score > best.score)) best = m;
    }
    if (!best) return undefined;
    return label && label.nameScore! >= best.score ? { lostToLabel: best.code } : { code: best.code };
  };
  const labelScore = (row: number, col: number) => classifyLabel(grid, row, col, r.labels)?.nameScore ?? 0;
  // Only codes that will be read stand beside their text: a running number that merely looks like
  // OCR damage (`11`) does not hide the title next to it.
  const real = codes.filter((c) => c.written || (c.candidate && r.checker.checkCandidate(c.candidate, c.text).code));
  return { grid, excluded, raw: [...codes, ...scanTitles(grid, excluded, real, title, labelScore)] };
}

/** Codes as written, OCR candidates some framework's text confirms, and titles: the rows of item tables. */
function confirmCodes(p: Prepared, checker: CodeChecker): { cells: CodeCell[]; unconfirmed: RawCode[] } {
  const cells: CodeCell[] = [];
  const unconfirmed: RawCode[] = [];
  for (const raw of p.raw) {
    const at = {
      row: raw.row,
      col: raw.col,
      text: raw.text,
      raw: raw.raw,
      ...(raw.labelCol !== undefined ? { labelCol: raw.labelCol } : {}),
    };
    if (raw.written) cells.push({ ...at, code: raw.written, via: "code" });
    else if (raw.title) cells.push({ ...at, code: raw.title, via: "title" });
    else if (raw.candidate) {
      if (checker.checkCandidate(raw.candidate, raw.text).code) cells.push({ ...at, code: raw.candidate, via: "ocr" });
      else unconfirmed.push(raw);
    }
  }
  return { cells, unconfirmed };
}

/** A bare mean ("คะแนนเฉลี่ย", "รวม") in or right under a table of questions is that table's mean, not the ITA score. */
const BARE_MEAN_ROWS = 2;

/** Reads one sheet's tables; appends observations (with positions), tables and problems. */
function readSheet(
  index: number,
  p: Prepared,
  catalog: Catalog,
  cells: CodeCell[],
  unconfirmed: RawCode[],
  ctx: LabelContext,
  out: { found: (Found & Placed)[]; tables: TableInfo[]; problems: Problem[]; years: Set<number>; levels: StatedLevel[] },
): void {
  const { grid, excluded } = p;
  const codeAt = new Set<number>();
  const codeRowsByCol = new Map<number, number[]>();
  for (const c of cells) {
    codeAt.add(c.row * grid.cols + c.col);
    const list = codeRowsByCol.get(c.col);
    if (list) list.push(c.row);
    else codeRowsByCol.set(c.col, [c.row]);
  }
  const isCode = (r: number, c: number) => c >= 0 && c < grid.cols && codeAt.has(r * grid.cols + c);
  const codeColumnBetween = (col: number, first: number, last: number) =>
    (codeRowsByCol.get(col) ?? []).some((r) => r >= first && r <= last);
  const tableName = (top: number, left: number, bottom: number, right: number) =>
    `${quoteSheetName(grid.sheet.name)}!${grid.range(top, left, bottom, right)}`;

  const blocks = buildBlocks(cells);
  const problems: Problem[] = [];
  const summaryRows = withoutBareMeans(grid, scanSummaryRows(grid, ctx, isCode, excluded), blocks, problems);
  const dataRows = new Set<number>();
  for (const b of blocks) for (const c of b.cells) dataRows.add(c.row);
  for (const s of summaryRows) if (s.hasNumber) dataRows.add(s.row);
  const sheetYear = sheetNameYear(grid.sheet.name);
  const isData = (r: number) => dataRows.has(r);
  // The title above a table, else the title at the top of the sheet (above its first table).
  let firstData = grid.rows;
  for (const r of dataRows) if (r < firstData) firstData = r;
  const sheetTitleYear = titleYearAbove(grid, firstData, isData);
  const tableYear = (firstRow: number) => titleYearAbove(grid, firstRow, isData) ?? sheetTitleYear;

  // OCR candidates that stand in a column of codes but are not confirmed: say so (a number no
  // framework has, `131`, is no candidate at all).
  for (const raw of unconfirmed) {
    const inBlock = blocks.some((b: ItemBlock) => b.col === raw.col && raw.row >= b.first - BLOCK_GAP && raw.row <= b.last + BLOCK_GAP);
    const known = catalog.frameworks.some((f) => findItem(f, raw.candidate!));
    if (inBlock && known) problems.push(unconfirmedWarning(grid.address(raw.row, raw.col), raw.raw, raw.candidate!));
  }

  const env: ItemEnv = { grid, isCode, codeColumnBetween, tableYear };
  const itemReads = blocks
    .map((b) => ({ block: b, read: readBlock(env, b, sheetYear) }))
    .filter((x) => x.read.found.length || x.read.problems.length);
  const found: Found[] = [];
  for (const { read } of itemReads) {
    found.push(...read.found);
    problems.push(...read.problems);
    for (const y of read.years) if (y !== undefined) out.years.add(y);
  }
  // Side-by-side blocks (IIT | EIT | OIT) whose rows overlap make one table.
  const groups: (typeof itemReads)[] = [];
  for (const x of [...itemReads].sort((a, b) => a.read.top - b.read.top)) {
    const g = groups.find((list) => list.some((y) => x.read.top <= y.read.bottom && y.read.top <= x.read.bottom));
    if (g) g.push(x);
    else groups.push([x]);
  }
  const spans: { top: number; bottom: number; left: number; columns: number[]; table: string }[] = [];
  for (const g of groups) {
    const top = Math.min(...g.map((x) => x.read.top));
    const bottom = Math.max(...g.map((x) => x.read.bottom));
    const left = Math.min(...g.map((x) => x.read.left));
    const right = Math.max(...g.map((x) => x.read.right));
    const years = [...new Set(g.flatMap((x) => x.read.years))];
    const rows = new Set(g.flatMap((x) => x.read.found.map((f) => f.row))).size;
    const table = tableName(top, left, bottom, right);
    for (const x of g) {
      for (const f of x.read.found) if (f.observation.item) f.observation.item.table = table;
      spans.push({ top: x.block.first, bottom: x.block.last, left: x.block.col, columns: x.read.columns, table });
    }
    out.tables.push({ sheet: grid.sheet.name, range: grid.range(top, left, bottom, right), kind: "items", years, rows });
  }

  for (const table of summaryTables(summaryRows)) {
    const read: SummaryRead | undefined = readSummary({ grid, isCode, tableYear }, table, sheetYear);
    if (!read) continue;
    found.push(...read.found);
    problems.push(...read.problems);
    for (const y of read.years) if (y !== undefined) out.years.add(y);
    out.tables.push({
      sheet: grid.sheet.name,
      range: grid.range(read.top, read.left, read.bottom, read.right),
      kind: "summary",
      years: read.years,
      rows: read.rows,
    });
    spans.push({
      top: table[0].row,
      bottom: table[table.length - 1].row,
      left: read.left,
      columns: read.columns,
      table: tableName(read.top, read.left, read.bottom, read.right),
    });
  }

  // No silent drop: a value in a table's score column that no reading took is named.
  const named = { read: new Set(found.map((f) => f.row * grid.cols + f.col)), problems: new Set(problems.map((x) => x.cell)) };
  for (const span of spans) problems.push(...unreadRows(grid, span, named, excluded));

  for (const f of found) out.found.push({ ...f, sheet: index });
  if (out.tables.some((t) => t.sheet === grid.sheet.name) && sheetYear !== undefined) out.years.add(sheetYear);
  out.levels.push(...statedLevels(grid, (r) => tableYear(r) ?? sheetYear, excluded));
  out.problems.push(...problems);
}

/**
 * Summary rows without the bare means ("คะแนนเฉลี่ย", "รวม", not naming ITA) that stand in a table of
 * questions or right under it: that is the table's own mean, and read as the ITA score it would
 * replace the real one. Each is named.
 */
function withoutBareMeans(grid: Grid, rows: SummaryRow[], blocks: ItemBlock[], problems: Problem[]): SummaryRow[] {
  const kept: SummaryRow[] = [];
  for (const row of rows) {
    const groups = row.groups.filter((g) => {
      if (g.label.target.kind !== "overall") return true;
      const text = grid.text(row.row, g.label.col);
      if (/ITA/i.test(text)) return true;
      const inside = blocks.some(
        (b) => g.label.col >= b.col && g.label.col <= b.col + 2 && row.row >= b.first && row.row <= b.last + BARE_MEAN_ROWS,
      );
      if (!inside) return true;
      if (row.hasNumber) {
        const cell = grid.address(row.row, g.label.col);
        problems.push(
          warning(
            cell,
            `แถว ${quoted(text)} ที่ ${cell} อยู่ในตารางคะแนนรายข้อ จึงเป็นค่าเฉลี่ยของตารางนั้น ไม่ใช่คะแนนรวม ITA และไม่นำมาใช้: ถ้าเป็นคะแนนรวมที่ประกาศ ให้เขียนว่า “คะแนนรวม ITA” หรือย้ายไปไว้ในตารางสรุป`,
            `${cell}: a mean inside a table of questions, not the overall ITA score; not used`,
          ),
        );
      }
      return false;
    });
    if (groups.length) kept.push({ ...row, groups });
  }
  return kept;
}

/**
 * Reads every ITA score table of a workbook: per-question tables (one score column, EIT Public/Survey,
 * or one column per year; several code/score pairs side by side; rows told by code or by title) and
 * indicator/tool/overall summaries, and the levels the workbook states. Catalog sheets, measures-library
 * tables and sheets `skipSheet` names are left out. Never throws on bad cells.
 */
export function readWorkbook(cells: WorkbookCells, catalog: Catalog, options: ReadOptions = {}): ReadResult {
  const problems: Problem[] = [];
  const sheets = Array.isArray(cells?.sheets) ? cells.sheets : [];
  const r = readersFor(catalog);
  const prepared: { index: number; p: Prepared }[] = [];
  sheets.forEach((sheet, index) => {
    if (!sheet || typeof sheet.name !== "string") return;
    if (options.skipSheet?.(sheet.name)) return;
    if (isCatalogSheet(sheet)) return;
    const p = prepare(sheet, catalog, r);
    if (p) prepared.push({ index, p });
    else problems.push(tooManyCellsWarning(sheet.name, undefined));
  });

  const out = {
    found: [] as (Found & Placed)[],
    tables: [] as TableInfo[],
    problems,
    years: new Set<number>(),
    levels: [] as StatedLevel[],
  };
  let agency: string | undefined;
  for (const { index, p } of prepared) {
    try {
      const { cells: codeCells, unconfirmed } = confirmCodes(p, r.checker);
      const before = out.tables.length;
      readSheet(index, p, catalog, codeCells, unconfirmed, r.labels, out);
      if (agency === undefined && out.tables.length > before) agency = findAgency(p.grid);
    } catch (e) {
      // Scores on a sheet that could not be read would be missing from the figures: stop.
      problems.push(
        error(
          "",
          `อ่านแผ่นงาน “${p.grid.sheet.name}” ไม่สำเร็จ: ตรวจตารางคะแนนในแผ่นงานนี้ หรือแจ้งผู้ดูแลโปรแกรมพร้อมไฟล์`,
          `could not read sheet ${p.grid.sheet.name}: ${e instanceof Error ? e.message : String(e)}`,
        ),
      );
    }
  }
  if (agency === undefined)
    for (const { p } of prepared) {
      agency = findAgency(p.grid);
      if (agency) break;
    }

  const found = out.found.sort((a, b) => a.sheet - b.sheet || a.row - b.row || a.col - b.col);
  const observations: Observation[] = found.map((f) => f.observation);
  for (const o of observations) if (o.year !== undefined) out.years.add(o.year);
  if (out.tables.length === 0) problems.push(NO_DATA);

  const result: ReadResult = {
    observations,
    levels: out.levels,
    tables: out.tables,
    problems,
    years: [...out.years].sort((a, b) => a - b),
  };
  if (agency) result.agency = agency;
  return result;
}
