// Where a SheetSpec goes on its worksheet, and its look. Pure.
//
//   row 1…h   heading lines (column A), the first one bold and larger
//   row h+1   blank
//   row h+2   table header (frozen), then one row per spec row
import type { RowTone, SheetSpec } from "./spec";
import { columnLetter, rangeA1 } from "../text/a1";

/** Points of the first heading line (the sheet's title); the other lines are the default 11. */
export const TITLE_FONT_SIZE = 14;

export interface SheetLayout {
  /** 0-based row of the table header. */
  headerRow: number;
  /** 0-based first data row. */
  firstDataRow: number;
  /** Data rows in the table (at least 1: an Excel table needs a body row). */
  bodyRows: number;
  columns: number;
  /** "A5:F20": header and body. */
  tableAddress: string;
  /** "A6:F20": body only. */
  bodyAddress: string;
  /** Columns for the chart, to the right of the table. */
  chartAnchor: { from: string; to: string };
}

export function layoutOf(spec: Pick<SheetSpec, "heading" | "rows" | "columns">): SheetLayout {
  const headerRow = spec.heading.length > 0 ? spec.heading.length + 1 : 0;
  const firstDataRow = headerRow + 1;
  const bodyRows = Math.max(1, spec.rows.length);
  const columns = Math.max(1, spec.columns.length);
  const chartCol = columns + 1;
  return {
    headerRow,
    firstDataRow,
    bodyRows,
    columns,
    tableAddress: rangeA1(headerRow, 0, bodyRows + 1, columns),
    bodyAddress: rangeA1(firstDataRow, 0, bodyRows, columns),
    chartAnchor: { from: `${columnLetter(chartCol)}${headerRow + 1}`, to: `${columnLetter(chartCol + 9)}${headerRow + 22}` },
  };
}

/** Excel column width in character units (as in the spec) → points for format.columnWidth. */
export function widthToPoints(chars: number): number {
  return Math.round((Math.max(1, chars) * 7 + 5) * 0.75 * 100) / 100;
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
