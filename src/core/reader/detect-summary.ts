import type { Problem } from "../types";
import type { Grid } from "./grid";
import {
  cellKind,
  columnHeader,
  columnStats,
  headerTop,
  holdsDeltas,
  holdsScores,
  loneUnitWarnings,
  type CellKind,
  type ColumnHeader,
  type ColumnStats,
} from "./columns";
import { scoreObservation, type Found, type TableRead } from "./emit";
import { classifyLabel, indicatorTarget, numberIn, type LabelContext, type RowLabel } from "./labels";
import { partsByNumberWarning } from "./eit-parts";

// Indicator, sub-indicator, tool and overall summaries: rows labelled `ตัวชี้วัดที่ ๑ …`, `๑. …`,
// `IIT | ๑ | การปฏิบัติหน้าที่`, `EIT (เข้าตอบเอง)`, `คะแนนเฉลี่ย` …, with one or more score (year) columns.

/** Labels of one row that read as one: the most specific names the row, the cells after it hold its scores. */
export interface LabelGroup {
  label: RowLabel;
  firstCol: number;
  /** Columns owned by the group: from..to (inclusive). */
  from: number;
  to: number;
}

export interface SummaryRow {
  row: number;
  groups: LabelGroup[];
  /** Some group owns a number: a data row (a row of labels only is a header or a title). */
  hasNumber: boolean;
}

/** A number, or an Excel error where a number should be. */
const holdsValue = (kind: CellKind): boolean => kind === "number" || kind === "error";

/** Label rows further apart than this start a new table. */
const TABLE_GAP = 3;
const NUMBER_HEADER = /^ตัวชี้วัด(?:ย่อย)?\s*(?:ที่)?$/;

/** A number under a "ตัวชี้วัดที่" header: indicator 1–10, or a sub-indicator id (9.1 …). */
function numberLabel(value: unknown, col: number, ctx: LabelContext): RowLabel | undefined {
  const n = numberIn(value);
  if (n === undefined) return undefined;
  if (Number.isInteger(n)) {
    const target = indicatorTarget(n);
    return target ? { target, col, strength: 3 } : undefined;
  }
  const id = String(n);
  return ctx.subIds.has(id) ? { target: { kind: "subIndicator", id }, col, strength: 3 } : undefined;
}

/** Label groups of every row of a sheet (cells holding codes, and the text right of a code, are not labels). */
export function scanSummaryRows(
  grid: Grid,
  ctx: LabelContext,
  isCode: (r: number, c: number) => boolean,
  excluded: (r: number) => boolean,
): SummaryRow[] {
  const rows: SummaryRow[] = [];
  // Columns headed "ตัวชี้วัดที่" / "ตัวชี้วัดย่อย": their numbers name the row even without a name beside.
  const numbered = new Map<number, { blanks: number }>();
  let previous = -1;
  for (const r of grid.filledRows()) {
    if (excluded(r)) continue;
    // The rows skipped hold nothing: a blank in every numbered column.
    for (let q = previous + 1; q < r && numbered.size; q++)
      if (!excluded(q)) for (const [c, state] of numbered) if (++state.blanks > TABLE_GAP) numbered.delete(c);
    previous = r;
    const labels: RowLabel[] = [];
    let rowHasCode = false;
    for (const c of grid.filledCols(r)) if (!rowHasCode) rowHasCode = isCode(r, c);
    const visit = numbered.size ? [...new Set([...grid.filledCols(r), ...numbered.keys()])].sort((a, b) => a - b) : grid.filledCols(r);
    for (const c of visit) {
      if (isCode(r, c) || (c > 0 && isCode(r, c - 1))) continue;
      const v = grid.get(r, c);
      if (numbered.size && numbered.has(c)) {
        const state = numbered.get(c)!;
        if (v === null || (typeof v === "string" && grid.text(r, c) === "")) {
          if (++state.blanks > TABLE_GAP) numbered.delete(c);
          continue;
        }
        state.blanks = 0;
        const label = numberLabel(v, c, ctx);
        if (!label) numbered.delete(c);
        else if (!rowHasCode) {
          labels.push(label);
          continue;
        }
      }
      if (typeof v !== "string") continue;
      if (NUMBER_HEADER.test(grid.text(r, c))) {
        numbered.set(c, { blanks: 0 });
        continue;
      }
      const label = classifyLabel(grid, r, c, ctx);
      if (label) labels.push(label);
    }
    if (!labels.length) continue;
    const groups = groupLabels(grid, r, labels, isCode);
    if (!groups.length) continue;
    let hasNumber = false;
    for (const g of groups) for (let c = g.from; c <= g.to && !hasNumber; c++) hasNumber = holdsValue(cellKind(grid.get(r, c)));
    rows.push({ row: r, groups, hasNumber });
  }
  return rows;
}

function groupLabels(grid: Grid, r: number, labels: RowLabel[], isCode: (r: number, c: number) => boolean): LabelGroup[] {
  const consumed = new Set(labels.map((l) => l.numberCol).filter((c): c is number => c !== undefined));
  const hasNumberBetween = (a: number, b: number) => {
    for (let c = a + 1; c < b; c++) if (!consumed.has(c) && holdsValue(cellKind(grid.get(r, c)))) return true;
    return false;
  };
  const sets: RowLabel[][] = [];
  for (const label of labels) {
    const last = sets[sets.length - 1];
    if (last && !hasNumberBetween(last[last.length - 1].col, label.numberCol ?? label.col)) last.push(label);
    else sets.push([label]);
  }
  const groups: LabelGroup[] = [];
  sets.forEach((set, i) => {
    let best = set[0];
    for (const l of set) if (l.strength >= best.strength) best = l;
    const labelCol = set[set.length - 1].col;
    const next = sets[i + 1];
    const limit = next ? (next[0].numberCol ?? next[0].col) - 1 : grid.cols - 1;
    let to = labelCol;
    for (let c = labelCol + 1; c <= limit && !isCode(r, c); c++) to = c;
    // A label left of an item code names a group of questions (`IIT | 1 | i1 … | 100`): the numbers
    // between them are running numbers, not the label's score.
    if (to < limit) return;
    groups.push({ label: best, firstCol: set[0].numberCol ?? set[0].col, from: labelCol + 1, to });
  });
  return groups;
}

/**
 * Rows of label groups, split into tables where more than TABLE_GAP rows pass without a label; label-only
 * rows at either end (titles, headers) are left to the header search.
 */
export function summaryTables(rows: SummaryRow[]): SummaryRow[][] {
  const tables: SummaryRow[][] = [];
  let current: SummaryRow[] = [];
  const flush = () => {
    let a = 0;
    let b = current.length;
    while (a < b && !current[a].hasNumber) a++;
    while (b > a && !current[b - 1].hasNumber) b--;
    if (b > a) tables.push(current.slice(a, b));
    current = [];
  };
  for (const row of rows) {
    if (current.length && row.row - current[current.length - 1].row > TABLE_GAP + 1) flush();
    current.push(row);
  }
  flush();
  return tables;
}

export type SummaryRead = TableRead;

export interface SummaryEnv {
  grid: Grid;
  isCode: (r: number, c: number) => boolean;
  tableYear: (firstRow: number) => number | undefined;
}

interface Column {
  header: ColumnHeader;
  stats: ColumnStats;
  usable: boolean;
}

/** Reads one summary table: per label group, its year columns, or its nearest score column. */
export function readSummary(env: SummaryEnv, table: SummaryRow[], sheetYear: number | undefined): SummaryRead | undefined {
  const { grid } = env;
  const first = table[0].row;
  const bottom = table[table.length - 1].row;
  // Which rows own each column.
  const owners = new Map<number, number[]>();
  let left = grid.cols;
  let maxCol = 0;
  for (const row of table)
    for (const g of row.groups) {
      left = Math.min(left, g.firstCol);
      for (let c = g.from; c <= g.to; c++) {
        const list = owners.get(c);
        if (list) list.push(row.row);
        else owners.set(c, [row.row]);
        maxCol = Math.max(maxCol, c);
      }
    }
  const top = headerTop(grid, first, left, Math.max(left, maxCol), 4, (r) => {
    for (let c = left; c <= maxCol; c++) if (env.isCode(r, c)) return true;
    return false;
  });
  const columns = new Map<number, Column>();
  for (const [c, rows] of owners) {
    const stats = columnStats(grid, c, rows);
    if (!holdsScores(stats)) continue;
    const header = top < first ? columnHeader(grid, c, top, first - 1) : { text: "" };
    columns.set(c, { header, stats, usable: !header.ignore && !holdsDeltas(stats) });
  }
  const yearColumns = [...columns.values()].some((col) => col.usable && col.header.year !== undefined);
  let fallback: number | undefined | null = null;
  const tableYear = () => (fallback === null ? (fallback = env.tableYear(first) ?? sheetYear) : fallback);

  const found: Found[] = [];
  const problems: Problem[] = [];
  const years = new Set<number | undefined>();
  let right = left;
  let rowsRead = 0;
  let numbered = false;
  const usedColumns = new Set<number>();
  for (const row of table) {
    let any = false;
    for (const g of row.groups) {
      const picked: number[] = [];
      for (let c = g.from; c <= g.to; c++) {
        const col = columns.get(c);
        if (!col?.usable) continue;
        if (yearColumns ? col.header.year !== undefined : picked.length === 0) picked.push(c);
      }
      for (const c of picked) {
        const v = grid.get(row.row, c);
        const kind = cellKind(v);
        if (kind === "blank" || kind === "skip") continue;
        const col = columns.get(c)!;
        const year = col.header.year ?? g.label.year ?? tableYear();
        const out = scoreObservation(grid, row.row, c, v, g.label.target, year, col.stats.fractions);
        if (out.found) found.push(out.found);
        if (out.problem) problems.push(out.problem);
        years.add(year);
        usedColumns.add(c);
        right = Math.max(right, c);
        any = true;
        if (g.label.partByNumber) numbered = true;
      }
    }
    if (any) rowsRead++;
  }
  if (!found.length && !problems.length) return undefined;
  for (const c of usedColumns) problems.push(...loneUnitWarnings(grid, c, columns.get(c)!.stats));
  if (numbered) problems.push(partsByNumberWarning(grid.address(first, left), "label"));
  return { found, problems, top, left, right, bottom, years: [...years], rows: rowsRead, columns: [...usedColumns] };
}
