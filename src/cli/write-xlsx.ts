import ExcelJS from "exceljs";
import type { RowTone, SheetSpec, SpecValue } from "../core/render/spec";
import { copyableCellValue } from "./cell-value";
import { sheetMerges } from "./read-xlsx";

// The output workbook: a NEW workbook holding the input's sheets as values (no formulas) with their
// column widths, then one sheet per SheetSpec as a real Excel table. The input file is never saved.

export const TABLE_STYLE = "TableStyleMedium2";

/** Row fills by tone (ARGB). */
export const TONE_FILL: Record<Exclude<RowTone, undefined>, string> = {
  urgent: "FFFFC7CE",
  improve: "FFFFEB9C",
  maintain: "FFC6EFCE",
  error: "FFFF8B8B",
  warning: "FFFFD966",
};

const fill = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });

/** Copies one sheet's values, styles, merges, column widths, row heights and view. */
export function copySheetValues(src: ExcelJS.Worksheet, dst: ExcelJS.Workbook): ExcelJS.Worksheet {
  const ws = dst.addWorksheet(src.name, {
    state: src.state,
    properties: { ...src.properties },
    views: src.views?.map((v) => ({ ...v })),
  });
  (src.columns ?? []).forEach((col, i) => {
    const target = ws.getColumn(i + 1);
    if (col.width !== undefined) target.width = col.width;
    if (col.hidden) target.hidden = true;
  });
  src.eachRow({ includeEmpty: false }, (row, r) => {
    const out = ws.getRow(r);
    if (row.height !== undefined) out.height = row.height;
    if (row.hidden) out.hidden = true;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const target = out.getCell(c);
      target.value = copyableCellValue(cell.value);
      if (cell.style && Object.keys(cell.style).length) target.style = cell.style;
    });
  });
  for (const range of sheetMerges(src)) ws.mergeCells(range);
  return ws;
}

/** Header row of the table: heading lines, a blank line, then the table. */
export function tableHeaderRow(spec: SheetSpec): number {
  return spec.heading.length ? spec.heading.length + 2 : 1;
}

/** Text is written as a plain string value: "=…", "+…", "-…", "@…" stay text, never a formula. */
function cellValue(v: SpecValue): ExcelJS.CellValue {
  return v === null ? null : v;
}

/** One SheetSpec as a worksheet holding a styled Excel table. */
export function writeSpecSheet(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const header = tableHeaderRow(spec);
  const ws = wb.addWorksheet(spec.name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: header, topLeftCell: `A${header + 1}`, activeCell: `A${header + 1}` }],
  });
  spec.heading.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line;
    cell.font = i === 0 ? { bold: true, size: 14 } : { size: 11 };
  });
  ws.addTable({
    name: spec.tableName,
    ref: `A${header}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: spec.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: spec.rows.map((row) => row.map(cellValue)),
  });
  spec.columns.forEach((col, c) => {
    ws.getColumn(c + 1).width = col.width;
    const head = ws.getCell(header, c + 1);
    head.font = { bold: true, color: { argb: "FFFFFFFF" } };
    head.alignment = { wrapText: true, vertical: "middle" };
  });
  spec.rows.forEach((row, r) => {
    const tone = spec.tones?.[r];
    const excelRow = ws.getRow(header + 1 + r);
    spec.columns.forEach((col, c) => {
      const cell = excelRow.getCell(c + 1);
      if (col.numFmt && typeof row[c] === "number") cell.numFmt = col.numFmt;
      cell.alignment = { vertical: "top", wrapText: col.wrap === true };
      if (tone) cell.fill = fill(TONE_FILL[tone]);
    });
  });
  return ws;
}

/** The output workbook: the input's sheets (values) first, then the rendered sheets. */
export function buildOutputWorkbook(source: ExcelJS.Workbook | undefined, specs: SheetSpec[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "ita";
  wb.created = new Date();
  if (source) {
    wb.properties.date1904 = source.properties?.date1904 === true;
    for (const ws of source.worksheets) copySheetValues(ws, wb);
  }
  for (const spec of specs) writeSpecSheet(wb, spec);
  // Open on the summary sheet.
  const first = wb.worksheets.length - specs.length;
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: Math.max(0, first), visibility: "visible" }];
  return wb;
}

export async function workbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}
