// Where a SheetSpec goes on its worksheet, and its look. Pure.
//
//   row 1…h   heading lines (column A), the first one bold and larger
//   row h+1   blank
//   row h+2   table header (frozen), then one row per spec row
import type { ColumnValidation, RowTone, SheetSpec } from "./spec";
import { columnLetter, rangeA1 } from "../text/a1";
import { printedColumnCount } from "./print";

export { TITLE_FONT_SIZE, columnPoints as widthToPoints } from "./print";

export interface SheetLayout {
  /** 0-based row of the table header. */
  headerRow: number;
  /** 0-based first data row. */
  firstDataRow: number;
  /** Data rows in the table (at least 1: an Excel table needs a body row). */
  bodyRows: number;
  columns: number;
  /** Leading columns that print (up to the last one not screen-only); the print area stops after them. */
  printedColumns: number;
  /** "A5:F20": header and body. */
  tableAddress: string;
  /** Each heading line's cells ("A1:H1"): merged across the printed columns, so a long line wraps inside the printed table. */
  headingRanges: string[];
  /** "A6:F20": body only. */
  bodyAddress: string;
  /** Cells for the chart, below the table (beside it, it would print on a page of its own). */
  chartAnchor: { from: string; to: string };
  /** 0-based row a page break goes above, a row before the chart, so the chart prints whole on its own page. */
  chartBreakRow: number;
  /** Each validated column's body cells ("I6:I20") and its rule, for both writers. */
  validations: { address: string; validation: ColumnValidation }[];
}

/** The chart's cells: two rows under the table, across its first columns, 18 rows tall. */
function chartBelow(afterRow: number, columns: number): { from: string; to: string } {
  const top = afterRow + 2;
  return { from: `A${top + 1}`, to: `${columnLetter(Math.max(4, columns))}${top + 19}` };
}

export function layoutOf(spec: Pick<SheetSpec, "heading" | "rows" | "columns">): SheetLayout {
  const headerRow = spec.heading.length > 0 ? spec.heading.length + 1 : 0;
  const firstDataRow = headerRow + 1;
  const bodyRows = Math.max(1, spec.rows.length);
  const columns = Math.max(1, spec.columns.length);
  const printedColumns = Math.max(1, printedColumnCount(spec.columns));
  return {
    headerRow,
    firstDataRow,
    bodyRows,
    columns,
    printedColumns,
    tableAddress: rangeA1(headerRow, 0, bodyRows + 1, columns),
    headingRanges: spec.heading.map((_, i) => rangeA1(i, 0, 1, printedColumns)),
    bodyAddress: rangeA1(firstDataRow, 0, bodyRows, columns),
    chartAnchor: chartBelow(firstDataRow + bodyRows, Math.min(columns, 6)),
    chartBreakRow: firstDataRow + bodyRows + 1,
    validations: spec.columns.flatMap((c, i) =>
      c.validation ? [{ address: rangeA1(firstDataRow, i, bodyRows, 1), validation: c.validation }] : [],
    ),
  };
}

/** Consecutive rows with the same tone, as [firstRow, count, tone] (0-based within the body). */
export function toneRuns(tones: RowTone[] | undefined, rows: number): [number, number, Exclude<RowTone, undefined>][] {
  const runs: [number, number, Exclude<RowTone, undefined>][] = [];
  if (!tones) return runs;
  for (let r = 0; r < rows; r++) {
    const tone = tones[r];
    if (!tone) continue;
    const last = runs[runs.length - 1];
    if (last && last[2] === tone && last[0] + last[1] === r) last[1]++;
    else runs.push([r, 1, tone]);
  }
  return runs;
}
