import type { CellValue, Problem } from "../types";
import { parseCode } from "../text/code";
import { parseScore } from "../text/score";
import { toArabicDigits } from "../text/digits";
import type { Grid } from "./grid";
import {
  cellKind,
  columnHeader,
  columnStats,
  headerTop,
  holdsDeltas,
  holdsScores,
  loneUnitWarnings,
  type ColumnHeader,
  type ColumnStats,
} from "./columns";
import { scoreObservation, type Found, type TableRead } from "./emit";
import { error, warning } from "../problems";
import { partsByNumberWarning } from "./eit-parts";
import { toolOfCode } from "../vocabulary";

// Per-question tables: a column of codes (alone or with the question text), and to its right the score
// column(s): one score, EIT Public + Survey, or one column per year. Several code/score pairs may stand
// side by side in one table.

/** A code as found in a cell, before the catalog confirms it. */
export interface RawCode {
  row: number;
  col: number;
  /** The cell as written, for messages. */
  raw: string;
  /** Canonical code spelled in the cell. */
  written?: string;
  /** OCR candidate (`119 …` → i19) that needs the text to confirm it. */
  candidate?: string;
  /** No code: the item (of any framework) the cell's text is most like. */
  title?: string;
  /** A title standing in the text column of a code column, its code cell blank: the column it was read from (col is the code column's). */
  labelCol?: number;
  /** Question text or item title beside the code (same cell or the next one). */
  text: string;
}

/** A code cell (or a title cell) the reader takes as an item row. */
export interface CodeCell {
  row: number;
  col: number;
  /** The code as written, the OCR candidate, or the item the title is most like in any framework. */
  code: string;
  text: string;
  via: "code" | "ocr" | "title";
  /** The cell as written, for messages. */
  raw: string;
  /** Where the text is, when not at col (a title beside a blank code cell). */
  labelCol?: number;
}

export interface ItemBlock {
  col: number;
  cells: CodeCell[];
  first: number;
  last: number;
}

/** Rows without a code that may separate code rows of one block (header lines, blank rows). */
export const BLOCK_GAP = 6;
/** How far right of the code column a score column may sit. */
const MAX_SPAN = 8;

function isTextValue(v: CellValue): v is string {
  return typeof v === "string" && parseScore(v).kind === "unreadable";
}

/** The text beside a code: the rest of its cell, else the next text cell to the right. */
function besideText(grid: Grid, r: number, c: number, own: string): string {
  if (own) return own;
  for (let k = c + 1; k <= c + 2 && k < grid.cols; k++) {
    const v = grid.get(r, k);
    if (v === null || v === undefined || (typeof v === "string" && grid.text(r, k) === "")) continue;
    if (!isTextValue(v)) return "";
    const t = grid.text(r, k);
    const p = parseCode(t);
    return p.code || p.ocrCandidate ? "" : t;
  }
  return "";
}

/** Every cell of a sheet that starts with an item code (or looks like OCR damage of one). */
export function scanCodes(grid: Grid, excluded: (r: number) => boolean): RawCode[] {
  const found: RawCode[] = [];
  for (const r of grid.filledRows()) {
    if (excluded(r)) continue;
    for (const c of grid.filledCols(r)) {
      const v = grid.get(r, c);
      let parsed: ReturnType<typeof parseCode>;
      let raw: string;
      if (typeof v === "string") {
        raw = grid.text(r, c);
        if (!raw) continue;
        parsed = parseCode(raw);
      } else if (typeof v === "number" && Number.isInteger(v) && v >= 11 && v <= 130) {
        raw = String(v);
        parsed = { text: "" };
      } else continue;
      // `119` alone in its cell, the question text in the next one: may be i19 with the i lost.
      if (!parsed.code && !parsed.ocrCandidate) {
        if (raw.length > 3) continue;
        const bare = /^1([0-9]{1,2})$/.exec(toArabicDigits(raw));
        const n = bare ? Number(bare[1]) : 0;
        if (n >= 1 && n <= 30) parsed = { ocrCandidate: `i${n}`, text: "" };
      }
      if (!parsed.code && !parsed.ocrCandidate) continue;
      const text = besideText(grid, r, c, parsed.text);
      if (parsed.ocrCandidate && !text) continue;
      found.push({
        row: r,
        col: c,
        raw,
        text,
        ...(parsed.code ? { written: parsed.code } : { candidate: parsed.ocrCandidate }),
      });
    }
  }
  return found;
}

/** A value right of a title that makes its row a score row: a number, an Excel error or a missing mark ("-"). */
function valueToTheRight(grid: Grid, r: number, c: number): boolean {
  for (let k = c + 1; k < grid.cols && k <= c + MAX_SPAN; k++) {
    const kind = cellKind(grid.get(r, k));
    if (kind === "number" || kind === "error" || kind === "missing") return true;
  }
  return false;
}

const HAS_LETTER = /\p{L}/u;
/** A title is a line of text: longer cells are notes or findings. */
const MAX_TITLE = 400;

/** What a text cell is, as a title: an item, an item that lost to a label named alike, or nothing. */
export type TitleVerdict = { code: string } | { lostToLabel: string } | undefined;

/** A name-only label this close to its name is the label even among titles ("การป้องกันการทุจริต"). */
const LABEL_EXACT = 0.95;
/** Items (codes or titles) in the same column within BLOCK_GAP rows that make a column of items. */
const TITLE_NEIGHBOURS = 2;

/**
 * Text cells that may name an item by its text alone (a question or an OIT title with no code): not a
 * code, not the text beside one, on a row with a score to its right. `title` says which item, if any.
 * A table's kind is decided from all its rows: a cell that lost to an indicator or sub-indicator name
 * ("แผนป้องกันการทุจริต" is like indicator 10) is an item title after all when it stands in a column
 * of items, unless it is that name as written.
 */
export function scanTitles(
  grid: Grid,
  excluded: (r: number) => boolean,
  codes: RawCode[],
  title: (text: string, r: number, c: number) => TitleVerdict,
  labelScore: (r: number, c: number) => number,
): RawCode[] {
  const besideCode = new Set<number>();
  const codeAt = new Set<number>();
  for (const raw of codes) {
    codeAt.add(raw.row * grid.cols + raw.col);
    for (let k = 1; k <= 2 && raw.col + k < grid.cols; k++) besideCode.add(raw.row * grid.cols + raw.col + k);
  }
  const found: RawCode[] = [];
  const lost: RawCode[] = [];
  // Only filled cells can be titles: a scan follows them, not the rectangle around them.
  for (const r of grid.filledRows()) {
    if (excluded(r)) continue;
    for (const c of grid.filledCols(r)) {
      const at = r * grid.cols + c;
      if (codeAt.has(at) || besideCode.has(at) || typeof grid.get(r, c) !== "string") continue;
      const text = grid.text(r, c);
      if (text.length < 2 || text.length > MAX_TITLE || !HAS_LETTER.test(text)) continue;
      if (!valueToTheRight(grid, r, c)) continue;
      const verdict = title(text, r, c);
      if (verdict && "code" in verdict) found.push({ row: r, col: c, raw: text, text, title: verdict.code });
      else if (verdict) lost.push({ row: r, col: c, raw: text, text, title: verdict.lostToLabel });
    }
  }
  // Items around it in its column, told by code or by title.
  const around = (col: number, row: number) =>
    [...found, ...codes].filter((f) => f.col === col && f.row !== row && Math.abs(f.row - row) <= BLOCK_GAP).length;
  // (or in the code column left of it, its own code cell blank)
  const column = (x: RawCode) =>
    around(x.col, x.row) >= TITLE_NEIGHBOURS ||
    (x.col > 0 && grid.isBlank(x.row, x.col - 1) && around(x.col - 1, x.row) >= TITLE_NEIGHBOURS);
  for (const x of lost) if (labelScore(x.row, x.col) < LABEL_EXACT && column(x)) found.push(x);
  // A title in the text column of a column of codes, its own code cell blank: a row of that table
  // (near a code of that column, or between two of them).
  // Titles moved there count as rows of it for the next ones (a run of titles after the last code).
  found.sort((a, b) => a.row - b.row || a.col - b.col);
  for (let moved = true; moved;) {
    moved = false;
    for (const x of found) {
      const left = x.col - 1;
      if (x.labelCol !== undefined || left < 0 || !grid.isBlank(x.row, left)) continue;
      const rows = [...codes, ...found.filter((f) => f.labelCol !== undefined)].filter((k) => k.col === left).map((k) => k.row);
      const near = rows.some((r) => Math.abs(r - x.row) <= BLOCK_GAP);
      const between = rows.some((r) => r < x.row) && rows.some((r) => r > x.row);
      if (near || between) {
        x.labelCol = x.col;
        x.col = left;
        moved = true;
      }
    }
  }
  return found.sort((a, b) => a.row - b.row || a.col - b.col);
}

/** Code cells grouped by column, split where more than BLOCK_GAP rows pass without a code. */
export function buildBlocks(cells: CodeCell[]): ItemBlock[] {
  const byCol = new Map<number, CodeCell[]>();
  for (const cell of cells) {
    const list = byCol.get(cell.col);
    if (list) list.push(cell);
    else byCol.set(cell.col, [cell]);
  }
  const blocks: ItemBlock[] = [];
  for (const [col, list] of byCol) {
    list.sort((a, b) => a.row - b.row);
    let current: CodeCell[] = [];
    for (const cell of list) {
      if (current.length && cell.row - current[current.length - 1].row > BLOCK_GAP + 1) {
        blocks.push({ col, cells: current, first: current[0].row, last: current[current.length - 1].row });
        current = [];
      }
      current.push(cell);
    }
    if (current.length) blocks.push({ col, cells: current, first: current[0].row, last: current[current.length - 1].row });
  }
  return blocks.sort((a, b) => a.first - b.first || a.col - b.col);
}

interface ScoreColumn {
  col: number;
  header: ColumnHeader;
  stats: ColumnStats;
  part?: "public" | "survey";
}

export type BlockRead = TableRead;

export interface ItemEnv {
  grid: Grid;
  /** Is there a code cell at (r, c)? */
  isCode: (r: number, c: number) => boolean;
  /** Columns holding codes between rows first..last (other blocks stop the score search). */
  codeColumnBetween: (col: number, first: number, last: number) => boolean;
  /** The year a table's title or sheet name gives, for tables whose columns do not say. */
  tableYear: (firstRow: number) => number | undefined;
}

/** Which of the columns right of the codes carry the scores, and what each one is. */
function scoreColumns(env: ItemEnv, block: ItemBlock): { columns: ScoreColumn[]; top: number; numberedParts: boolean; blockedAt?: number } {
  const { grid } = env;
  const rows = block.cells.map((c) => c.row);
  const end = Math.min(grid.cols, block.col + 1 + MAX_SPAN);
  let stop = end;
  for (let k = block.col + 1; k < stop; k++) {
    if (env.codeColumnBetween(k, block.first, block.last)) {
      stop = k;
      break;
    }
  }
  // Scores beyond another column of codes: this block's own scores may stand there (its rows
  // mixed with rows told by title one column right), so finding none is not "no table".
  const beyond = (): boolean => {
    for (let k = stop; k < end; k++) if (holdsScores(columnStats(grid, k, rows))) return true;
    return false;
  };
  const top = headerTop(grid, block.first, block.col, stop - 1, 4, (r) => {
    for (let k = block.col; k < stop; k++) if (env.isCode(r, k)) return true;
    return false;
  });
  const describe = (k: number): ScoreColumn => ({
    col: k,
    header: top < block.first ? columnHeader(grid, k, top, block.first - 1) : { text: "" },
    stats: columnStats(grid, k, rows),
  });
  const usable = (s: ScoreColumn) => holdsScores(s.stats) && !holdsDeltas(s.stats);

  // The nearest column of scores (skipping running numbers, counts and differences) …
  let first: ScoreColumn | undefined;
  let k = block.col + 1;
  for (; k < stop; k++) {
    const s = describe(k);
    if (!holdsScores(s.stats)) continue;
    if (s.header.ignore || holdsDeltas(s.stats)) continue;
    first = s;
    break;
  }
  if (!first) return { columns: [], top, numberedParts: false, ...(stop < end && beyond() ? { blockedAt: stop } : {}) };
  // … then the columns of scores right after it, when the headers say they are years or EIT parts.
  const run: ScoreColumn[] = [first];
  for (k = first.col + 1; k < stop; k++) {
    const s = describe(k);
    if (!holdsScores(s.stats)) break;
    run.push(s);
  }
  const live = run.filter((s) => !s.header.ignore && usable(s));
  const isPart = (s: ScoreColumn) => s.header.part !== undefined || s.header.partNumber !== undefined;
  let columns: ScoreColumn[];
  if (first.header.year !== undefined) columns = live.filter((s) => s.header.year !== undefined);
  else if (isPart(first)) columns = live.filter((s) => isPart(s) || (s.header.scoreWord && s.header.year === undefined));
  else columns = [first];

  let numberedParts = false;
  for (const s of columns) {
    if (s.header.part) s.part = s.header.part;
    else if (s.header.partNumber) {
      s.part = s.header.partNumber === 1 ? "public" : "survey";
      numberedParts = true;
    }
  }
  return { columns, top, numberedParts };
}

/** Reads one block of codes: an observation per code and score column, problems for bad scores. */
export function readBlock(env: ItemEnv, block: ItemBlock, sheetYear: number | undefined): BlockRead {
  const { grid } = env;
  const { columns, top, numberedParts, blockedAt } = scoreColumns(env, block);
  const found: Found[] = [];
  const problems: Problem[] = [];
  if (blockedAt !== undefined) {
    const at = grid.address(block.first, block.col);
    const other = grid.address(block.first, blockedAt);
    problems.push(
      error(
        at,
        `รหัสข้อในคอลัมน์ที่เริ่มที่ ${at} มีคอลัมน์รหัสหรือชื่อข้ออีกคอลัมน์ (${other}) คั่นอยู่ก่อนถึงคะแนน จึงอ่านคะแนนของข้อเหล่านี้ไม่ได้: ใส่รหัสข้อในคอลัมน์เดียวกันทุกแถว หรือย้ายคะแนนให้อยู่ติดกับรหัสข้อ`,
        `${at}: codes whose scores stand beyond another column of codes or titles (${other}); not read`,
      ),
    );
  }
  const fallbackYear = columns.some((s) => s.header.year === undefined) ? (env.tableYear(block.first) ?? sheetYear) : undefined;
  const years = [...new Set(columns.map((s) => s.header.year ?? fallbackYear))];
  if (columns.length === 0)
    return { found, problems, top, left: block.col, right: block.col, bottom: block.last, years: [], rows: 0, columns: [] };

  const right = Math.max(...columns.map((s) => s.col));
  const tableCells = grid.range(top, block.col, block.last, right);
  if (numberedParts) problems.push(partsByNumberWarning(grid.address(top, columns[0].col), "header"));
  for (const s of columns)
    if (s.stats.fractions) {
      const cell = grid.address(block.first, s.col);
      problems.push(
        warning(
          cell,
          `คะแนนในคอลัมน์ที่เริ่มที่ ${cell} (ตาราง ${tableCells}) อยู่ระหว่าง 0–1 จึงอ่านเป็นร้อยละ (คูณ 100): ถ้าไม่ใช่ให้กรอกคะแนนเต็ม 100`,
          `scores between 0 and 1 read as percentages (×100) in ${tableCells}`,
        ),
      );
    }

  for (const s of columns) problems.push(...loneUnitWarnings(grid, s.col, s.stats));
  const plain = columns.filter((s) => !s.part);
  let rowsRead = 0;
  for (const cell of block.cells) {
    const eit = toolOfCode(cell.code) === "EIT";
    // Public/Survey parts are EIT's; any other code reads its plain column, else its first part column.
    const use = eit ? columns : plain.length ? plain : columns.slice(0, 1);
    let any = false;
    for (const s of use) {
      const v = grid.get(cell.row, s.col);
      if (cellKind(v) === "skip") continue;
      const part = eit ? s.part : undefined;
      const target = { kind: "item" as const, code: cell.code, ...(part ? { part } : {}) };
      const year = s.header.year ?? fallbackYear;
      const out = scoreObservation(grid, cell.row, s.col, v, target, year, s.stats.fractions, cell.text);
      // The table is named once the side-by-side blocks are grouped (readSheet).
      if (out.found)
        out.found.observation.item = { via: cell.via, at: grid.address(cell.row, cell.labelCol ?? cell.col), raw: cell.raw, table: "" };
      if (out.found) found.push(out.found);
      if (out.problem) problems.push(out.problem);
      any = true;
    }
    if (any) rowsRead++;
  }
  return { found, problems, top, left: block.col, right, bottom: block.last, years, rows: rowsRead, columns: columns.map((s) => s.col) };
}
