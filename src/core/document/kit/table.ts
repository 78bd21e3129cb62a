import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import type { DocContext } from "./context";
import type { Orientation } from "./page";
import { cm, textArea } from "./page";
import { fitsOnPage, estimatedRowHeight } from "./row-fit";
import { SIZE, STYLE } from "./styles";

// Tables of an official document: thin black borders, a grey header row repeated at the top of every
// page, rows kept whole on one page where they fit, column widths fixed so Word does not reflow them.

export interface Column {
  header: string;
  /** Width in cm; the widths of a table add up to the text width of its page. */
  width: number;
  align?: "left" | "center" | "right";
}

/** A cell: its text, one paragraph per line; or that text in bold, or a web address printed as a clickable link. */
export type Cell = string | { text: string; bold?: boolean; link?: string };

const textOf = (c: Cell) => (typeof c === "string" ? c : c.text);

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };
const HEAD_FILL = "D9D9D9";
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const MARGIN = { top: cm(0.05), bottom: cm(0.05), left: cm(0.15), right: cm(0.15) };

function cellParagraphs(ctx: DocContext, c: Cell, style: string, align?: Column["align"]): Paragraph[] {
  const at = align ? { alignment: ALIGN[align] } : {};
  // A web address is printed as it is, digits and all, so a reader of the paper can type it in.
  if (typeof c !== "string" && c.link)
    return [
      new Paragraph({
        style,
        ...at,
        children: [new ExternalHyperlink({ link: c.link, children: [new TextRun({ text: c.text, style: "Hyperlink" })] })],
      }),
    ];
  const bold = typeof c !== "string" && c.bold ? { bold: true, boldComplexScript: true } : {};
  const text = textOf(c);
  const lines = text === "" ? [""] : text.split("\n");
  return lines.map((line) => new Paragraph({ style, ...at, children: line === "" ? [] : [new TextRun({ text: ctx.t(line), ...bold })] }));
}

function cell(ctx: DocContext, c: Cell, column: Column, head: boolean): TableCell {
  return new TableCell({
    children: cellParagraphs(ctx, c, head ? STYLE.tableHead : STYLE.table, head ? "center" : column.align),
    width: { size: cm(column.width), type: WidthType.DXA },
    // Margins are the table's and top alignment is Word's default: written once, not in every cell.
    ...(head ? { verticalAlign: VerticalAlign.CENTER } : {}),
    ...(head ? { shading: { fill: HEAD_FILL, color: "auto", type: "clear" } } : {}),
  });
}

export function table(ctx: DocContext, columns: Column[], rows: Cell[][], orientation: Orientation): Table {
  const widths = columns.map((c) => c.width);
  const page = textArea(orientation).height;
  const headerHeight = estimatedRowHeight(
    columns.map((c) => c.header),
    widths,
    SIZE.table,
  );
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c) => cell(ctx, c.header, c, true)),
  });
  // The header keeps with the first row through its style's keep-with-next, so it never stands alone at
  // the foot of a page. Data rows are not kept with the next: LibreOffice turns that into the whole table
  // kept with what follows it, and pushes whole tables to the next page.
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: fitsOnPage(
          row.map((c) => ctx.t(textOf(c))),
          widths,
          SIZE.table,
          page,
          headerHeight,
        ),
        children: row.map((c, i) => cell(ctx, c, columns[i], false)),
      }),
  );
  return new Table({
    rows: [head, ...body],
    columnWidths: widths.map(cm),
    width: { size: widths.reduce((a, b) => a + cm(b), 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    margins: { ...MARGIN, marginUnitType: WidthType.DXA },
  });
}
