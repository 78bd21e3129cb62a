// One SheetSpec as worksheet XML holding a real Excel table: heading lines, the styled table (header
// fill, number formats, wrap, status fills, row heights), frozen header, A4 landscape one page wide
// with the header repeated, and its table part. Where the cells go is core's layoutOf, shared with
// the add-in's writer.
import {
  BODY_FONT_SIZE,
  DOCUMENT_FONT,
  HEADER_COLOR,
  type Override,
  type PrintSetup,
  type SheetLayout,
  type SheetSpec,
  TABLE_STYLE,
  TONE_COLOR,
  cellA1,
  headingRowHeight,
  layoutOf,
  printSetup,
  rowHeight,
  validationMessage,
} from "../core";
import { staffCellXml } from "./staff-cells";
import type { SharedStrings } from "./strings";
import type { StyleSheet } from "./styles";
import { escapeAttr, escapeText } from "./xml";

/** A sheet spec whatever its kind: the analysis's sheets and the overview's alike. */
export type TableSheet = Omit<SheetSpec, "key">;

export interface SpecSheetParts {
  sheet: string;
  table: string;
  /** "$5:$5": the header row, repeated on every printed page. */
  printTitles: string;
  /** "$A:$H": the columns that print, when some are screen-only (core's printSetup). */
  printArea?: string;
  hasChart: boolean;
}

const WORKSHEET_ROOT =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Column names of an Excel table must be unique and not blank: "ชื่อ", "ชื่อ 2"… */
export function tableColumnNames(headers: string[]): string[] {
  const seen = new Set<string>();
  return headers.map((h, i) => {
    let name = h.trim() === "" ? `คอลัมน์${i + 1}` : h;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${h} ${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

const numberText = (n: number) => (Number.isFinite(n) ? String(n) : "");

/** Header/footer text: "&" is a code there, so a literal one is doubled. */
const footerText = (text: string) => text.replace(/&/g, "&&");

/** Margins, A4 at the setup's scale, and the footer (agency and year left, page of pages right), in the document font. */
export function pageXml(print: PrintSetup): string {
  const m = print.margins;
  const font = `&"${DOCUMENT_FONT},Regular"&12`;
  const footer =
    `&L${font}${footerText(print.footerLeft)}` +
    `&R${font}${footerText(print.footerPage.before)}&P${footerText(print.footerPage.between)}&N`;
  return (
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<pageSetup paperSize="${print.paperSize}" orientation="${print.orientation}" fitToWidth="1" fitToHeight="0"/>` +
    `<headerFooter><oddFooter>${escapeText(footer)}</oddFooter></headerFooter>`
  );
}

/** A list rule's values as its formula: one quoted text, a quote in it doubled (Excel splits the list at commas). */
const listFormula = (values: readonly string[]) => `"${values.map((v) => v.replace(/"/g, '""')).join(",")}"`;

/**
 * The columns' rules on their body cells, with the Thai message Excel shows when a cell breaks one.
 * A list shows its drop-down arrow by default (showDropDown="1" would hide it). Blank cells are
 * allowed: staff fill these columns through the year.
 */
export function dataValidationsXml(validations: SheetLayout["validations"]): string {
  if (validations.length === 0) return "";
  const items = validations.map(({ address, validation: v }) => {
    const { title, message } = validationMessage(v);
    const common = `allowBlank="1" showErrorMessage="1" errorTitle="${escapeAttr(title)}" error="${escapeAttr(message)}" sqref="${address}"`;
    return v.kind === "list"
      ? `<dataValidation type="list" ${common}><formula1>${escapeText(listFormula(v.values))}</formula1></dataValidation>`
      : `<dataValidation type="decimal" operator="between" ${common}><formula1>${v.min}</formula1><formula2>${v.max}</formula2></dataValidation>`;
  });
  return `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
}

export function specSheetParts(
  spec: TableSheet,
  o: {
    styles: StyleSheet;
    strings: SharedStrings;
    tableId: number;
    selected: boolean;
    /** Staff cells carried from the old sheet (core/keep), written over and around the generated ones. */
    overrides?: readonly Override[];
  },
): SpecSheetParts {
  const { styles, strings } = o;
  const layout = layoutOf(spec);
  const cols = layout.columns;
  const names = tableColumnNames(spec.columns.map((c) => c.header));
  const header = layout.headerRow; // 0-based
  // Sparse by row and column: staff cells land anywhere, and holes keep both in order for free.
  const rows: { attrs: string; cells: string[] }[] = [];
  const put = (r: number, c: number, xml: string) => {
    (rows[r] ??= { attrs: "", cells: [] }).cells[c] = xml;
  };
  const str = (r: number, c: number, text: string, s: number) => `<c r="${cellA1(r, c)}" s="${s}" t="s"><v>${strings.of(text)}</v></c>`;

  const title = styles.index({ font: "title", wrap: true, vertical: "top" });
  const line = styles.index({ font: "normal", wrap: true, vertical: "top" });
  const ht = (h: number) => ` ht="${h}" customHeight="1"`;
  spec.heading.forEach((text, i) => {
    put(i, 0, str(i, 0, text, i === 0 ? title : line));
    rows[i].attrs = ht(headingRowHeight(text, i, spec.columns));
  });
  const merges = layout.printedColumns > 1 ? layout.headingRanges : [];

  const headerStyle = styles.index({ font: "header", fill: HEADER_COLOR, wrap: true, vertical: "center" });
  const headerHeight = rowHeight(
    names,
    spec.columns.map((c) => ({ ...c, wrap: true })),
    BODY_FONT_SIZE,
    true,
  );
  names.forEach((n, c) => put(header, c, str(header, c, n, headerStyle)));
  if (rows[header]) rows[header].attrs = ht(headerHeight);

  // One style per column, tone and kind of value, looked up once (not once per cell).
  const bodyStyles = new Map<string, number>();
  const bodyStyle = (c: number, numeric: boolean, fill: string | undefined, format?: string) => {
    const key = `${c}|${numeric ? 1 : 0}|${fill ?? ""}|${format ?? ""}`;
    let s = bodyStyles.get(key);
    if (s === undefined) {
      const column = spec.columns[c];
      const numFmt = format ?? (numeric ? column?.numFmt : undefined);
      s = styles.index({
        font: "normal",
        vertical: "top",
        wrap: column?.wrap === true,
        ...(fill ? { fill } : {}),
        ...(numFmt ? { numFmt } : {}),
      });
      bodyStyles.set(key, s);
    }
    return s;
  };
  for (let r = 0; r < layout.bodyRows; r++) {
    const values = spec.rows[r] ?? [];
    const tone = spec.tones?.[r];
    const fill = tone ? TONE_COLOR[tone] : undefined;
    const at = layout.firstDataRow + r;
    const height = spec.rows[r] ? rowHeight(values, spec.columns) : undefined;
    for (let c = 0; c < cols; c++) {
      const v = values[c] ?? null;
      const numeric = typeof v === "number";
      const s = bodyStyle(c, numeric, fill);
      if (numeric) put(at, c, `<c r="${cellA1(at, c)}" s="${s}"><v>${numberText(v)}</v></c>`);
      else if (typeof v === "string" && v !== "") put(at, c, str(at, c, v, s));
      else put(at, c, `<c r="${cellA1(at, c)}" s="${s}"/>`);
    }
    if (height !== undefined) rows[at].attrs = ` ht="${height}" customHeight="1"`;
  }

  const bodyEnd = layout.firstDataRow + layout.bodyRows - 1;
  let lastRow = bodyEnd;
  let widest = Math.max(cols, 1);
  // Staff cells: in the table they keep its look (with their own number format), elsewhere plain.
  for (const ov of o.overrides ?? []) {
    const inBody = ov.row >= layout.firstDataRow && ov.row <= bodyEnd && ov.col < cols;
    const fill = inBody ? spec.tones?.[ov.row - layout.firstDataRow] : undefined;
    const s =
      ov.row === header && ov.col < cols
        ? headerStyle
        : inBody
          ? bodyStyle(ov.col, typeof ov.content === "number", fill ? TONE_COLOR[fill] : undefined, ov.format)
          : styles.index({ font: ov.row === 0 && ov.col === 0 ? "title" : "normal", ...(ov.format ? { numFmt: ov.format } : {}) });
    put(ov.row, ov.col, staffCellXml(ov, s, strings));
    lastRow = Math.max(lastRow, ov.row);
    widest = Math.max(widest, ov.col + 1);
  }
  const rowsXml: string[] = [];
  rows.forEach((row, r) => rowsXml.push(`<row r="${r + 1}"${row.attrs}>${row.cells.join("")}</row>`));
  const print = printSetup(spec, layout);
  // Internal columns: hidden in a group (the + above the column letters shows them), so they never print.
  const colsXml = spec.columns
    .map((c, i) => {
      const group = c.internal ? ' hidden="1" outlineLevel="1"' : print.hiddenColumns.includes(i - 1) ? ' collapsed="1"' : "";
      return `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"${group}/>`;
    })
    .join("");
  // A group ending at the last column is closed by a marker on the column after it.
  const closing = spec.columns[spec.columns.length - 1]?.internal
    ? `<col min="${spec.columns.length + 1}" max="${spec.columns.length + 1}" width="9" collapsed="1"/>`
    : "";
  const grouped = print.hiddenColumns.length > 0;
  const frozen = header + 1;
  const top = cellA1(frozen, 0);
  const view =
    `<sheetView workbookViewId="0"${o.selected ? ' tabSelected="1"' : ""}>` +
    `<pane ySplit="${frozen}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView>`;
  const hasChart = spec.chart !== undefined && spec.chart.lastRow >= spec.chart.firstRow && spec.chart.seriesColumns.length > 0;
  const sheet =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${WORKSHEET_ROOT}>` +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` +
    `<dimension ref="A1:${cellA1(lastRow, widest - 1)}"/>` +
    `<sheetViews>${view}</sheetViews><sheetFormatPr defaultRowHeight="15"${grouped ? ' outlineLevelCol="1"' : ""}/>` +
    (colsXml ? `<cols>${colsXml}${closing}</cols>` : "") +
    `<sheetData>${rowsXml.join("")}</sheetData>` +
    (merges.length ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>` : "") +
    // CT_Worksheet's order: dataValidations after mergeCells, before the page setup (else Excel calls the file damaged).
    dataValidationsXml(layout.validations) +
    pageXml(print) +
    // The chart starts a page: split by a page break, the repeated header row would print over it.
    (hasChart ? `<rowBreaks count="1" manualBreakCount="1"><brk id="${layout.chartBreakRow}" max="16383" man="1"/></rowBreaks>` : "") +
    (hasChart ? '<drawing r:id="rId2"/>' : "") +
    '<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>';

  const ref = layout.tableAddress;
  const table =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
    `id="${o.tableId}" name="${escapeAttr(spec.tableName)}" displayName="${escapeAttr(spec.tableName)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${cols}">` +
    names.map((n, i) => `<tableColumn id="${i + 1}" name="${escapeAttr(n)}"/>`).join("") +
    `</tableColumns><tableStyleInfo name="${TABLE_STYLE}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;
  return { sheet, table, printTitles: `$${frozen}:$${frozen}`, ...(print.printArea ? { printArea: print.printArea } : {}), hasChart };
}
