// How every generated sheet looks on screen and on paper, in one place for both writers (the
// command's and the preview's .xlsx writer, the add-in's Office.js writer): the Thai document font
// and its sizes, row heights from the wrapped text in that font, and the page setup (A4, the scale
// the column widths allow, margins, the repeated header row, the footer, the columns left out).
import type { SheetLayout } from "./layout";
import type { ColumnSpec, SheetSpec, SpecValue } from "./spec";
import { wrappedLineCount } from "./text-metrics";
import { columnLetter } from "../text/a1";

/**
 * The document font of Thai government papers. Where it is not installed, Excel falls back to its
 * own Thai font and LibreOffice to Laksaman (its metric clone, fonts-thai-tlwg).
 */
export const DOCUMENT_FONT = "TH SarabunPSK";
/** Body and header text (points): TH SarabunPSK at 16, as in the o42 documents agencies publish. */
export const BODY_FONT_SIZE = 16;
/** The sheet's title line. */
export const TITLE_FONT_SIZE = 18;
/** Excel's tallest row (points). */
export const MAX_ROW_HEIGHT = 409;

/**
 * One line of the document font: LibreOffice spaces Laksaman (TH SarabunPSK's clone) at 1.66 em (its
 * typographic ascent, descent and gap), measured from its PDF; a little more, for Excel's rounding.
 */
const LINE_EM = 1.7;
/** Space above and below the text inside a cell (points). */
const CELL_PADDING_PT = 3;
/** Text stops short of the cell's edges: LibreOffice and Excel keep about 2 px each side. */
const CELL_INSET_PT = 4;
/** What the estimate may be off by (kerning, a word break placed differently): the line is taken as this much narrower. */
const WIDTH_SAFETY = 0.93;

export const lineHeight = (sizePt: number): number => Math.ceil(sizePt * LINE_EM * 4) / 4;

/** Excel column width (character units of the workbook's Calibri 11 default) → points: 7 px a unit and 5 px of padding. */
export function columnPoints(chars: number): number {
  return Math.round((Math.max(1, chars) * 7 + 5) * 0.75 * 100) / 100;
}

/** Lines a value takes in its column (1 for an unwrapped one). */
export function cellLines(value: SpecValue, column: ColumnSpec, sizePt = BODY_FONT_SIZE, bold = false): number {
  if (value === null || value === "") return 1;
  if (!column.wrap) return String(value).split("\n").length;
  const width = (columnPoints(column.width) - CELL_INSET_PT) * WIDTH_SAFETY;
  return wrappedLineCount(String(value), width, sizePt, bold);
}

/**
 * A row height (points) that shows every cell whole in the document font. Excel does not grow the
 * rows of a generated file on open, and LibreOffice never does, so the writer sets every one.
 */
export function rowHeight(row: SpecValue[], columns: ColumnSpec[], sizePt = BODY_FONT_SIZE, bold = false): number {
  let lines = 1;
  columns.forEach((col, c) => {
    // Internal columns are grouped away: they neither print nor set the height. Screen-only ones
    // do count: they are on screen, where the row must show them whole (and they are written blank).
    if (!col.internal) lines = Math.max(lines, cellLines(row[c] ?? null, col, sizePt, bold));
  });
  return Math.min(MAX_ROW_HEIGHT, lines * lineHeight(sizePt) + CELL_PADDING_PT);
}

/**
 * Leading columns inside the print area: up to the last one that is not screen-only (screen-only
 * columns come last, beside the printed table). All of them when none is screen-only.
 */
export function printedColumnCount(columns: readonly ColumnSpec[]): number {
  let n = columns.length;
  while (n > 0 && columns[n - 1].screenOnly) n--;
  return n > 0 ? n : columns.length;
}

/** Points across the columns a heading line is merged over: the print area's, less the hidden internal ones. */
export function printedWidth(columns: ColumnSpec[]): number {
  return columns
    .slice(0, printedColumnCount(columns))
    .filter((c) => !c.internal)
    .reduce((sum, c) => sum + columnPoints(c.width), 0);
}

/** Height of a heading line, wrapped across the table's printed width (the title larger and bold). */
export function headingRowHeight(text: string, index: number, columns: ColumnSpec[]): number {
  const size = index === 0 ? TITLE_FONT_SIZE : BODY_FONT_SIZE;
  const width = (Math.max(printedWidth(columns), 200) - CELL_INSET_PT) * WIDTH_SAFETY;
  const lines = text === "" ? 1 : wrappedLineCount(text, width, size, index === 0);
  return Math.min(MAX_ROW_HEIGHT, lines * lineHeight(size) + CELL_PADDING_PT);
}

/** A4 (paper size 9) landscape, in points: 11.69 in across, 8.27 in down. */
const A4_LANDSCAPE_PT = { width: 841.9, height: 595.3 };
/** Margins in inches: narrow at the sides (the tables are wide), room for the footer below. */
export const PRINT_MARGINS = { left: 0.35, right: 0.35, top: 0.5, bottom: 0.6, header: 0.25, footer: 0.3 };

export interface PrintSetup {
  orientation: "landscape";
  /** Excel's paper size number: 9 = A4. */
  paperSize: 9;
  /**
   * Printed one page wide, as many pages down as it takes: each application scales by its own
   * column widths. The widths are chosen so that Excel (Calibri 11 as the width unit) needs no
   * shrinking; `scale` is that expected percentage, for tests and the record.
   */
  fitToWidth: true;
  scale: number;
  margins: typeof PRINT_MARGINS;
  /** 1-based row repeated at the top of every printed page (the table header). */
  titleRow: number;
  /** Footer: the agency and the results year on the left, the page number on the right (plain text). */
  footerLeft: string;
  /** "หน้า {page} จาก {pages}": each writer puts its own page fields in. */
  footerPage: { before: string; between: string };
  /** 0-based columns left out of print (internal ones): hidden, in a collapsed group staff can open. */
  hiddenColumns: number[];
  /**
   * The print area, whole columns ("$A:$H"), when the sheet has screen-only columns: they stay out
   * of print, where hiding them would hide them on screen too. Whole columns, so rows staff add
   * below the table print as well; Excel and LibreOffice print only as far down as cells are used.
   */
  printArea?: string;
}

/**
 * The page setup of a sheet: A4 landscape, one page wide (the sheets' printed columns are at most
 * 145 width units, so Excel prints them at 100 %: 16-point text at 16 points; LibreOffice without
 * Calibri's metric clone measures the units in a wider font and shrinks to about 78 %, 12.5 points),
 * the header row repeated, a footer naming the agency and year with the page number, internal
 * columns left out, screen-only columns outside the print area.
 */
export function printSetup(
  spec: Pick<SheetSpec, "columns" | "footer">,
  layout: Pick<SheetLayout, "headerRow" | "printedColumns">,
): PrintSetup {
  const hiddenColumns = spec.columns.flatMap((c, i) => (c.internal ? [i] : []));
  const printed = printedWidth(spec.columns);
  const across = A4_LANDSCAPE_PT.width - (PRINT_MARGINS.left + PRINT_MARGINS.right) * 72;
  const scale = Math.max(10, Math.min(100, Math.floor((across / Math.max(1, printed)) * 100)));
  return {
    orientation: "landscape",
    paperSize: 9,
    fitToWidth: true,
    scale,
    margins: PRINT_MARGINS,
    titleRow: layout.headerRow + 1,
    footerLeft: spec.footer ?? "",
    footerPage: { before: "หน้า ", between: " จาก " },
    hiddenColumns,
    ...(layout.printedColumns < spec.columns.length ? { printArea: `$A:$${columnLetter(layout.printedColumns - 1)}` } : {}),
  };
}
