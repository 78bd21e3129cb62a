import type { Catalog, Observation, Problem, ReadResult, SheetCells, StatedLevel, TableInfo, WorkbookCells } from "../types";
import { isCatalogSheet } from "../catalog/sheet";
import { findAgency } from "./agency";
import { CodeChecker, candidateFrameworks, correctionWarning, hintOf, unconfirmedWarning } from "./confirm";
import { BLOCK_GAP, buildBlocks, readBlock, scanCodes, type CodeCell, type ItemBlock, type ItemEnv, type RawCode } from "./detect-items";
import { readSummary, scanSummaryRows, summaryTables, type SummaryRead } from "./detect-summary";
import type { Found } from "./emit";
import { excludedRows } from "./exclusions";
import { Grid } from "./grid";
import { LabelContext } from "./labels";
import { sheetNameYear, titleYearAbove } from "./years";
import { statedLevels } from "./stated-level";
import { error, warning } from "../problems";

// The READER: from raw cell values to plain observations. Recognises per-question tables and
// indicator/tool summaries anywhere on any sheet; never merges (the scoring step does that).

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

function prepare(sheet: SheetCells): Prepared {
  const grid = new Grid(sheet);
  const excluded = excludedRows(grid);
  return { grid, excluded, raw: scanCodes(grid, excluded) };
}

/** Confirms codes against the catalog texts: OCR candidates, and codes whose text is another item's. */
function confirmCodes(p: Prepared, checker: CodeChecker, problems: Problem[]): { cells: CodeCell[]; unconfirmed: RawCode[] } {
  const cells: CodeCell[] = [];
  const unconfirmed: RawCode[] = [];
  for (const raw of p.raw) {
    if (raw.written) {
      const check = checker.checkWritten(raw.written, raw.text);
      if (check.corrected)
        problems.push(correctionWarning(p.grid.address(raw.row, raw.col), raw.raw, check.corrected.from, check.corrected.to));
      cells.push({ row: raw.row, col: raw.col, code: check.code ?? raw.written, text: raw.text });
    } else if (raw.candidate) {
      const check = checker.checkCandidate(raw.candidate, raw.text);
      if (check.code) cells.push({ row: raw.row, col: raw.col, code: check.code, text: raw.text });
      else unconfirmed.push(raw);
    }
  }
  return { cells, unconfirmed };
}

/** Reads one sheet's tables; appends observations (with positions), tables and problems. */
function readSheet(
  index: number,
  p: Prepared,
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

  const blocks = buildBlocks(cells);
  const summaryRows = scanSummaryRows(grid, ctx, isCode, excluded);
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
  const problems: Problem[] = [];

  // OCR candidates that stand in a column of codes but are not confirmed: say so.
  for (const raw of unconfirmed) {
    const inBlock = blocks.some((b: ItemBlock) => b.col === raw.col && raw.row >= b.first - BLOCK_GAP && raw.row <= b.last + BLOCK_GAP);
    if (inBlock) problems.push(unconfirmedWarning(grid.address(raw.row, raw.col), raw.raw, raw.candidate!));
  }

  const env: ItemEnv = { grid, isCode, codeColumnBetween, tableYear };
  const itemReads = blocks
    .map((b) => ({ block: b, read: readBlock(env, b, sheetYear) }))
    .filter((x) => x.read.found.length || x.read.problems.length);
  for (const { read } of itemReads) {
    for (const f of read.found) out.found.push({ ...f, sheet: index });
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
  for (const g of groups) {
    const top = Math.min(...g.map((x) => x.read.top));
    const bottom = Math.max(...g.map((x) => x.read.bottom));
    const left = Math.min(...g.map((x) => x.read.left));
    const right = Math.max(...g.map((x) => x.read.right));
    const years = [...new Set(g.flatMap((x) => x.read.years))];
    const rows = new Set(g.flatMap((x) => x.read.found.map((f) => f.row))).size;
    out.tables.push({ sheet: grid.sheet.name, range: grid.range(top, left, bottom, right), kind: "items", years, rows });
  }

  for (const table of summaryTables(summaryRows)) {
    const read: SummaryRead | undefined = readSummary({ grid, isCode, tableYear }, table, sheetYear);
    if (!read) continue;
    for (const f of read.found) out.found.push({ ...f, sheet: index });
    problems.push(...read.problems);
    for (const y of read.years) if (y !== undefined) out.years.add(y);
    out.tables.push({
      sheet: grid.sheet.name,
      range: grid.range(read.top, read.left, read.bottom, read.right),
      kind: "summary",
      years: read.years,
      rows: read.rows,
    });
  }
  if (out.tables.some((t) => t.sheet === grid.sheet.name) && sheetYear !== undefined) out.years.add(sheetYear);
  out.levels.push(...statedLevels(grid, (r) => tableYear(r) ?? sheetYear, excluded));
  out.problems.push(...problems);
}

/**
 * Reads every ITA score table of a workbook: per-question tables (one score column, EIT Public/Survey,
 * or one column per year; several code/score pairs side by side) and indicator/tool/overall summaries.
 * Catalog sheets, measures-library tables and sheets `skipSheet` names are left out. Never throws on bad cells.
 */
// Both hold only what the catalog implies (names, texts, their bigrams, verdicts on code + text),
// so one per catalog serves every workbook read with it.
const labelContexts = new WeakMap<Catalog, LabelContext>();
const checkers = new WeakMap<Catalog, Map<string, CodeChecker>>();

function labelContextFor(catalog: Catalog): LabelContext {
  let ctx = labelContexts.get(catalog);
  if (!ctx) labelContexts.set(catalog, (ctx = new LabelContext(catalog)));
  return ctx;
}

function checkerFor(catalog: Catalog, hint: ReturnType<typeof hintOf>): CodeChecker {
  let byHint = checkers.get(catalog);
  if (!byHint) checkers.set(catalog, (byHint = new Map()));
  let checker = byHint.get(hint ?? "");
  if (!checker) byHint.set(hint ?? "", (checker = new CodeChecker(candidateFrameworks(catalog, hint))));
  return checker;
}

export function readWorkbook(cells: WorkbookCells, catalog: Catalog, options: ReadOptions = {}): ReadResult {
  const problems: Problem[] = [];
  const sheets = Array.isArray(cells?.sheets) ? cells.sheets : [];
  const prepared: { index: number; p: Prepared }[] = [];
  sheets.forEach((sheet, index) => {
    if (!sheet || typeof sheet.name !== "string") return;
    if (options.skipSheet?.(sheet.name)) return;
    if (isCatalogSheet(sheet)) return;
    prepared.push({ index, p: prepare(sheet) });
  });

  // The codes as written decide which frameworks' texts confirm them.
  const written: string[] = [];
  for (const { p } of prepared) for (const raw of p.raw) if (raw.written) written.push(raw.written);
  const checker = checkerFor(catalog, hintOf(written));
  const ctx = labelContextFor(catalog);

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
      const { cells: codeCells, unconfirmed } = confirmCodes(p, checker, problems);
      const before = out.tables.length;
      readSheet(index, p, codeCells, unconfirmed, ctx, out);
      if (agency === undefined && out.tables.length > before) agency = findAgency(p.grid);
    } catch (e) {
      problems.push(
        warning(
          "",
          `อ่านแผ่นงาน “${p.grid.sheet.name}” ไม่สำเร็จ จึงข้ามแผ่นงานนี้: ตรวจตารางคะแนนในแผ่นงานนี้ หรือแจ้งผู้ดูแลโปรแกรมพร้อมไฟล์`,
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

  const itemCodes = observations.flatMap((o) => (o.target.kind === "item" ? [o.target.code] : []));
  const frameworkHint = hintOf(itemCodes);
  const result: ReadResult = {
    observations,
    levels: out.levels,
    tables: out.tables,
    problems,
    years: [...out.years].sort((a, b) => a - b),
  };
  if (frameworkHint) result.frameworkHint = frameworkHint;
  if (agency) result.agency = agency;
  return result;
}
