import ExcelJS from "exceljs";
import {
  HEADER_COLOR,
  rowHeight,
  type RowTone,
  type SheetSpec,
  type SpecValue,
  TABLE_STYLE,
  TONE_COLOR,
  layoutOf,
  TITLE_FONT_SIZE,
} from "../core";
import { copyableCellValue } from "./cell-value";
import { sheetMerges } from "./read";

// The output workbook: a NEW workbook holding the input's sheets as values (no formulas) with their
// column widths, then one sheet per SheetSpec as a real Excel table. The input file is never saved.

/** exceljs wants ARGB: "#FFC7CE" → "FFFFC7CE". */
const argb = (hex: string): string => `FF${hex.slice(1).toUpperCase()}`;

/** The status fills as exceljs wants them (ARGB); TONE_COLOR is the same colours as #RRGGBB. */
export const TONE_ARGB = Object.fromEntries(Object.entries(TONE_COLOR).map(([tone, hex]) => [tone, argb(hex)])) as Record<
  Exclude<RowTone, undefined>,
  string
>;

export const HEADER_ARGB = argb(HEADER_COLOR);

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

/** The 1-based row of the table header (core/render/layout: heading lines, a blank line, the table). */
export function tableHeaderRow(spec: SheetSpec): number {
  return layoutOf(spec).headerRow + 1;
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
    // Printed on A4 landscape, one page wide, the header row repeated on every page.
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${header}:${header}`,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
  });
  spec.heading.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line;
    cell.font = i === 0 ? { bold: true, size: TITLE_FONT_SIZE } : { size: 11 };
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
  // One shared style object per distinct look: exceljs then resolves each style once, not per cell.
  // The header fill is explicit: LibreOffice does not draw Excel table styles, and white bold text
  // would vanish on its white background.
  const headerStyle: Partial<ExcelJS.Style> = {
    font: { bold: true, color: { argb: "FFFFFFFF" } },
    fill: fill(HEADER_ARGB),
    alignment: { wrapText: true, vertical: "middle" },
  };
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const styleOf = (c: number, numeric: boolean, tone: RowTone): Partial<ExcelJS.Style> => {
    const key = `${c}|${numeric}|${tone ?? ""}`;
    let style = styles.get(key);
    if (!style) {
      const col = spec.columns[c];
      style = { alignment: { vertical: "top", wrapText: col.wrap === true } };
      if (numeric && col.numFmt) style.numFmt = col.numFmt;
      if (tone) style.fill = fill(TONE_ARGB[tone]);
      styles.set(key, style);
    }
    return style;
  };
  spec.columns.forEach((col, c) => {
    ws.getColumn(c + 1).width = col.width;
    ws.getCell(header, c + 1).style = headerStyle;
  });
  spec.rows.forEach((row, r) => {
    const tone = spec.tones?.[r];
    const excelRow = ws.getRow(header + 1 + r);
    const height = rowHeight(row, spec.columns);
    if (height !== undefined) excelRow.height = height;
    for (let c = 0; c < spec.columns.length; c++) excelRow.getCell(c + 1).style = styleOf(c, typeof row[c] === "number", tone);
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
