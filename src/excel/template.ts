// Writes the score-entry sheet (core's scoreEntrySheet) into the open workbook for staff to fill:
// one Excel.run, 2 syncs (the sheet names, then every write). A new sheet with a name no sheet has;
// nothing else in the workbook is touched.
import { HEADER_COLOR, TEMPLATE_INPUT_COLOR, TITLE_FONT_SIZE, type TemplateSheet, uniqueSheetName, widthToPoints } from "../core";
import type { ExcelRun } from "./api";
import { columnLetter, rangeA1 } from "./addresses";
import { cellWrite } from "./cells";

const SCORE_FORMAT = "0.00";

/** The number format of each cell: scores "0.00", text kept as typed, the rest General. */
function formatsOf(sheet: TemplateSheet): string[][] {
  const inBox = (r: number, c: number) =>
    sheet.scoreBoxes.some((b) => r >= b.row && r < b.row + b.rows && c >= b.column && c < b.column + b.columns);
  return sheet.rows.map((row, r) => row.map((v, c) => (inBox(r, c) ? SCORE_FORMAT : cellWrite(v, undefined).format)));
}

/** Adds the sheet and selects its first score cell; returns the name it got. */
export function addTemplateSheet(run: ExcelRun, sheet: TemplateSheet): Promise<string> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();

    const name = uniqueSheetName(
      sheet.name,
      sheets.items.map((s) => s.name),
    );
    const ws = sheets.add(name);
    const columns = sheet.widths.length;
    const all = ws.getRange(rangeA1(0, 0, sheet.rows.length, columns));
    // Formats first: a cell formatted as Text keeps "i1" and anything else exactly as written.
    all.numberFormat = formatsOf(sheet);
    all.values = sheet.rows.map((row) => row.map((v) => cellWrite(v, undefined).value));
    all.format.verticalAlignment = "Top";

    sheet.widths.forEach((w, c) => {
      const letter = columnLetter(c);
      ws.getRange(`${letter}:${letter}`).format.columnWidth = widthToPoints(w);
    });
    for (const c of sheet.wrapColumns) ws.getRange(rangeA1(0, c, sheet.rows.length, 1)).format.wrapText = true;
    const title = ws.getRange(rangeA1(sheet.titleRow, 0, 1, 1));
    title.format.font.bold = true;
    title.format.font.size = TITLE_FONT_SIZE;
    // Section titles and notes are long: they spill over the empty cells to their right.
    for (const r of sheet.sectionRows) {
      const cell = ws.getRange(rangeA1(r, 0, 1, 1));
      cell.format.font.bold = true;
      cell.format.wrapText = false;
    }
    for (const r of sheet.headerRows) {
      const header = ws.getRange(rangeA1(r, 0, 1, columns));
      header.format.font.bold = true;
      header.format.font.color = "#FFFFFF";
      header.format.fill.color = HEADER_COLOR;
      header.format.wrapText = true;
    }
    for (const b of sheet.scoreBoxes) ws.getRange(rangeA1(b.row, b.column, b.rows, b.columns)).format.fill.color = TEMPLATE_INPUT_COLOR;
    // Rows as tall as their wrapped question texts and headers (Excel does not grow them by itself here).
    all.format.autofitRows();

    ws.activate();
    const first = sheet.scoreBoxes[0];
    if (first) ws.getRange(rangeA1(first.row, first.column, 1, 1)).select();
    await context.sync();
    return name;
  });
}
