// Queues every write of a run on one request context (the caller syncs once):
//   1. new sheets under temporary names: values (text kept as text), number formats, widths,
//      wrap, status fills, an Excel table with a style, the columns' rules (data validation),
//      frozen header, print titles and area, the chart,
//      then the staff cells carried over (formulas as formulas) and the sheet's marker;
//   2. only then the old sheets are deleted (or renamed to a dated copy, re-marked as a copy),
//      the new sheets and tables take their final names, and a replacing sheet the old one's place;
//      a sheet that stays as staff left it without a marker (the limitations sheet) gets one.
// If the batch fails in step 1 the workbook still has all its old sheets; cleanupTemporary()
// removes the half-written temporary ones.
import {
  layoutOf,
  MARKER_NAME,
  type Override,
  type PlannedSheet,
  type SheetLayout,
  type SheetSpec,
  TABLE_STYLE,
  TITLE_FONT_SIZE,
  TONE_COLOR,
  toneRuns,
  validationMessage,
  widthToPoints,
  type WritePlan,
} from "../core";
import type { XContext, XRange, XTable, XWorksheet } from "./api";
import { cellA1, columnLetter, rangeA1 } from "./addresses";
import { queuePrintSetup } from "./print";
import { cellWrite, GENERAL_FORMAT } from "./cells";
import { supports } from "./capabilities";

function writeMatrix(range: XRange, rows: (string | number | null | undefined)[][], formats: (string | undefined)[]): void {
  const cells = rows.map((row) => formats.map((f, c) => cellWrite(row[c], f)));
  // Number formats first: a cell already formatted as Text stores the string verbatim.
  range.numberFormat = cells.map((row) => row.map((c) => c.format));
  range.values = cells.map((row) => row.map((c) => c.value));
}

function writeSheet(ws: XWorksheet, planned: PlannedSheet): XTable {
  const spec: SheetSpec = planned.spec;
  const layout = layoutOf(spec);
  const cols = layout.columns;

  if (spec.heading.length > 0) {
    const heading = ws.getRange(rangeA1(0, 0, spec.heading.length, 1));
    writeMatrix(
      heading,
      spec.heading.map((h) => [h]),
      [undefined],
    );
    const title = ws.getRange("A1");
    title.format.font.bold = true;
    title.format.font.size = TITLE_FONT_SIZE;
  }

  const header = spec.columns.map((c) => c.header);
  const body: (string | number | null)[][] =
    spec.rows.length > 0 ? spec.rows.map((r) => Array.from({ length: cols }, (_, c) => r[c] ?? null)) : [Array(cols).fill(null)];
  const table = ws.getRange(layout.tableAddress);
  // The header row is always text; body cells take their column's number format.
  const headerRange = ws.getRange(rangeA1(layout.headerRow, 0, 1, cols));
  writeMatrix(
    headerRange,
    [header],
    header.map(() => undefined),
  );
  writeMatrix(
    ws.getRange(layout.bodyAddress),
    body,
    spec.columns.map((c) => c.numFmt),
  );
  table.format.verticalAlignment = "Top";

  spec.columns.forEach((c, i) => {
    const letter = columnLetter(i);
    ws.getRange(`${letter}:${letter}`).format.columnWidth = widthToPoints(c.width);
    if (c.wrap) ws.getRange(`${letter}${layout.firstDataRow + 1}:${letter}${layout.firstDataRow + layout.bodyRows}`).format.wrapText = true;
  });

  for (const [first, count, tone] of toneRuns(spec.tones, spec.rows.length))
    ws.getRange(rangeA1(layout.firstDataRow + first, 0, count, cols)).format.fill.color = TONE_COLOR[tone];

  const t = ws.tables.add(layout.tableAddress, true);
  t.name = planned.tempTableName;
  t.style = TABLE_STYLE;
  queueValidations(ws, layout);

  ws.freezePanes.freezeRows(layout.headerRow + 1);
  queuePrintSetup(ws, spec, layout);
  if (spec.columns.some((c) => c.wrap)) table.format.autofitRows();

  if (spec.chart) addChart(ws, spec, layout.firstDataRow, layout.chartAnchor);
  for (const o of planned.overrides) writeOverride(ws, o);
  const marker = ws.names.add(MARKER_NAME, planned.markerFormula);
  marker.visible = false;
  return t;
}

/**
 * Each validated column's rule on its body cells, with the Thai alert (core's validationMessage).
 * Data validation is ExcelApi 1.8, above the pane-only manifest's 1.7: without it staff type freely.
 * Queued with the rest of the sheet: no sync of its own.
 */
function queueValidations(ws: XWorksheet, layout: SheetLayout): void {
  if (layout.validations.length === 0 || !supports("ExcelApi", "1.8")) return;
  for (const { address, validation: v } of layout.validations) {
    const dv = ws.getRange(address).dataValidation;
    dv.rule =
      v.kind === "list"
        ? { list: { inCellDropDown: true, source: v.values.join(",") } }
        : { decimal: { formula1: v.min, formula2: v.max, operator: "Between" } };
    const { title, message } = validationMessage(v);
    dv.errorAlert = { showAlert: true, style: "Stop", title, message };
  }
}

/** A staff cell carried over: a formula stays a formula, a value keeps its type and number format. */
function writeOverride(ws: XWorksheet, o: Override): void {
  const range = ws.getRange(cellA1(o.row, o.col));
  const c = o.content;
  if (c !== null && typeof c === "object") {
    range.numberFormat = [[o.format ?? GENERAL_FORMAT]];
    range.formulas = [[c.formula]];
  } else if (typeof c === "boolean") {
    range.numberFormat = [[o.format ?? GENERAL_FORMAT]];
    range.values = [[c]];
  } else {
    const w = cellWrite(c, o.format);
    range.numberFormat = [[typeof c === "string" && w.format === GENERAL_FORMAT && o.format ? o.format : w.format]];
    range.values = [[w.value]];
  }
}

function addChart(ws: XWorksheet, spec: SheetSpec, firstDataRow: number, anchor: { from: string; to: string }): void {
  const chart = spec.chart!;
  const rows = chart.lastRow - chart.firstRow + 1;
  if (rows < 1 || chart.seriesColumns.length === 0) return;
  const column = (c: number) => ws.getRange(rangeA1(firstDataRow + chart.firstRow, c, rows, 1));
  const categories = column(chart.categoryColumn);
  const [first, ...rest] = chart.seriesColumns;
  const c = ws.charts.add("ColumnClustered", column(first), "Columns");
  c.name = "ITA";
  c.title.text = chart.title;
  c.legend.position = "Bottom";
  const s0 = c.series.getItemAt(0);
  s0.name = spec.columns[first]?.header ?? "";
  s0.setXAxisValues(categories);
  for (const col of rest) {
    const header = spec.columns[col]?.header ?? "";
    const s = c.series.add(header);
    s.setValues(column(col));
    s.setXAxisValues(categories);
    // A constant column (the 85 target) reads best as a line across the bars.
    if (spec.rows.slice(chart.firstRow, chart.lastRow + 1).every((r) => r[col] === spec.rows[chart.firstRow][col])) s.chartType = "Line";
  }
  c.setPosition(anchor.from, anchor.to);
}

export interface QueuedWrite {
  /** The new worksheets, in plan order; their `id` is loaded by the same sync. */
  added: XWorksheet[];
}

/** Queues the whole write of `plan` (no sync). */
export function queueWrite(context: XContext, plan: WritePlan): QueuedWrite {
  const { workbook } = context;
  workbook.application.suspendApiCalculationUntilNextSync();
  const added: XWorksheet[] = [];
  const tables: XTable[] = [];
  for (const p of plan.sheets) {
    const ws = workbook.worksheets.add(p.tempName);
    tables.push(writeSheet(ws, p));
    added.push(ws);
  }
  // Everything is written: now swap the old sheets for the new ones.
  for (const r of plan.remove) workbook.worksheets.getItem(r.id).delete();
  for (const c of plan.copies) {
    const old = workbook.worksheets.getItem(c.id);
    old.name = c.to;
    if (c.hadMarker) old.names.getItem(MARKER_NAME).formula = c.markerFormula;
    else old.names.add(MARKER_NAME, c.markerFormula).visible = false;
  }
  plan.sheets.forEach((p, i) => {
    added[i].name = p.name;
    tables[i].name = p.tableName;
  });
  // A sheet that replaces another takes its place (in order, so earlier moves hold).
  plan.order.forEach((entry, position) => {
    if (typeof entry === "number" && plan.sheets[entry].replaces) added[entry].position = position;
  });
  // Sheets that stay as staff left them (the limitations sheet) and lacked a marker: only the marker
  // is added, last, so that a batch failing before it leaves them exactly as they were.
  for (const m of plan.marks) {
    const ws = workbook.worksheets.getItem(m.id);
    if (m.hadMarker) ws.names.getItem(MARKER_NAME).formula = m.markerFormula;
    else ws.names.add(MARKER_NAME, m.markerFormula).visible = false;
  }
  for (const ws of added) ws.load("id,name");
  const first = plan.sheets.findIndex((p) => p.spec.key === "summary");
  added[first >= 0 ? first : 0]?.activate();
  return { added };
}

/** After a failed write: deletes the run's temporary sheets (old sheets were not touched yet). */
export async function cleanupTemporary(context: XContext, plan: WritePlan): Promise<void> {
  const found = plan.sheets.map((p) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(p.tempName);
    ws.load("name");
    return ws;
  });
  await context.sync();
  for (const ws of found) if (!ws.isNullObject) ws.delete();
  await context.sync();
}
