// The add-in's side of the print setup (core/render/print.ts decides it; the .xlsx writer has its
// own side): the Thai document font on the sheet's cells, internal columns hidden, and, where
// Excel has the print API (ExcelApi 1.9), A4 landscape at the scale the widths were chosen for, the
// margins, the footer with the agency, the year and the page number, and the print area that
// leaves screen-only columns out. Rows are fitted by Excel itself (autofitRows in write.ts), which
// measures the font it really has.
import { BODY_FONT_SIZE, DOCUMENT_FONT, type SheetLayout, type SheetSpec, TITLE_FONT_SIZE, printSetup } from "../core";
import type { XWorksheet } from "./api";
import { columnLetter, rangeA1 } from "./addresses";
import { supports } from "./capabilities";

const POINTS_PER_INCH = 72;
/** Header/footer text: "&" is a code there, so a literal one is doubled. */
const footerText = (text: string) => text.replace(/&/g, "&&");

export function queuePrintSetup(ws: XWorksheet, spec: SheetSpec, layout: SheetLayout): void {
  const print = printSetup(spec, layout);
  const used = ws.getRange(rangeA1(0, 0, layout.firstDataRow + layout.bodyRows, layout.columns));
  used.format.font.name = DOCUMENT_FONT;
  used.format.font.size = BODY_FONT_SIZE;
  if (spec.heading.length > 0) ws.getRange("A1").format.font.size = TITLE_FONT_SIZE;
  for (const c of print.hiddenColumns) ws.getRange(`${columnLetter(c)}:${columnLetter(c)}`).columnHidden = true;
  // Print setup is ExcelApi 1.9; the pane-only manifest runs on 1.7, where the sheets print as Excel's default.
  if (!supports("ExcelApi", "1.9")) return;
  const page = ws.pageLayout;
  page.orientation = "Landscape";
  page.paperSize = "A4";
  page.zoom = { scale: print.scale };
  page.leftMargin = print.margins.left * POINTS_PER_INCH;
  page.rightMargin = print.margins.right * POINTS_PER_INCH;
  page.topMargin = print.margins.top * POINTS_PER_INCH;
  page.bottomMargin = print.margins.bottom * POINTS_PER_INCH;
  page.headerMargin = print.margins.header * POINTS_PER_INCH;
  page.footerMargin = print.margins.footer * POINTS_PER_INCH;
  page.headersFooters.defaultForAllPages.leftFooter = footerText(print.footerLeft);
  page.headersFooters.defaultForAllPages.rightFooter = `${footerText(print.footerPage.before)}&P${footerText(print.footerPage.between)}&N`;
  page.setPrintTitleRows(`$${print.titleRow}:$${print.titleRow}`);
  if (print.printArea) page.setPrintArea(print.printArea);
}
