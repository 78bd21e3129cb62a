// The chart of a sheet spec as DrawingML parts written by us: a clustered column chart of the
// first series over the categories, and any series that is the same on every row (the pass mark
// 85) as a line across the bars, as the add-in draws it with Office.js. Both the drawing part
// (where the chart sits) and the chart part (what it shows, with cached values so that it draws
// before any recalculation) are plain strings.
import { type SheetSpec, columnLetter } from "../core";
import { parseRef } from "./sheet-scan";
import { escapeAttr, escapeText, formulaSheet } from "./xml";

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

const SERIES_COLORS = ["4472C4", "C00000", "ED7D31", "70AD47"];

type ChartSheet = Pick<SheetSpec, "name" | "columns" | "rows" | "chart">;

function richTitle(text: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="th-TH" sz="1200" b="1"/><a:t>${escapeText(text)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`
  );
}

/** The chart part of a sheet with a chart spec (firstDataRow: 0-based row of the table's first body row). */
export function chartXml(sheet: ChartSheet, firstDataRow: number): string {
  const chart = sheet.chart!;
  const ref = (col: number, from: number, to: number) => {
    const c = `$${columnLetter(col)}`;
    return `${formulaSheet(sheet.name)}!${c}$${from + 1}${to > from ? `:${c}$${to + 1}` : ""}`;
  };
  const top = firstDataRow + chart.firstRow;
  const bottom = firstDataRow + chart.lastRow;
  const rows = sheet.rows.slice(chart.firstRow, chart.lastRow + 1);
  const headerRow = firstDataRow - 1;
  const strCache = (texts: string[]) =>
    `<c:strCache><c:ptCount val="${texts.length}"/>${texts.map((t, i) => `<c:pt idx="${i}"><c:v>${escapeText(t)}</c:v></c:pt>`).join("")}</c:strCache>`;
  const numCache = (values: (number | null)[]) =>
    `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>` +
    values.map((v, i) => (typeof v === "number" && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : "")).join("") +
    "</c:numCache>";
  const categories = `<c:cat><c:strRef><c:f>${escapeText(ref(chart.categoryColumn, top, bottom))}</c:f>${strCache(rows.map((r) => String(r[chart.categoryColumn] ?? "")))}</c:strRef></c:cat>`;
  const series = (col: number, i: number, line: boolean) => {
    const values = rows.map((r) => (typeof r[col] === "number" ? (r[col] as number) : null));
    const color = SERIES_COLORS[i % SERIES_COLORS.length];
    const look = line
      ? `<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>`
      : `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`;
    return (
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
      `<c:tx><c:strRef><c:f>${escapeText(ref(col, headerRow, headerRow))}</c:f>${strCache([sheet.columns[col]?.header ?? ""])}</c:strRef></c:tx>` +
      look +
      categories +
      `<c:val><c:numRef><c:f>${escapeText(ref(col, top, bottom))}</c:f>${numCache(values)}</c:numRef></c:val>` +
      (line ? '<c:smooth val="0"/>' : "") +
      "</c:ser>"
    );
  };
  // A series with one value on every row (the 85 target) reads best as a line across the bars.
  const constant = (col: number) => rows.length > 1 && rows.every((r) => r[col] === rows[0][col]);
  const [first, ...rest] = chart.seriesColumns;
  const bars = [first, ...rest.filter((c) => !constant(c))];
  const lines = rest.filter(constant);
  const axes = '<c:axId val="50010"/><c:axId val="50020"/>';
  const barChart =
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    bars.map((c, i) => series(c, i, false)).join("") +
    `<c:gapWidth val="80"/>${axes}</c:barChart>`;
  const lineChart = lines.length
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines.map((c, i) => series(c, bars.length + i, true)).join("")}<c:marker val="1"/>${axes}</c:lineChart>`
    : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}">` +
    `<c:roundedCorners val="0"/><c:chart>${richTitle(chart.title)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    barChart +
    lineChart +
    `<c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="50020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="50010"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** The drawing part that places the chart (relationship rId1) between two cells of the sheet. */
export function drawingXml(anchor: { from: string; to: string }, name: string): string {
  const [fromRow, fromCol] = parseRef(anchor.from)!;
  const [toRow, toCol] = parseRef(anchor.to)!;
  const marker = (tag: string, row: number, col: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}">` +
    `<xdr:twoCellAnchor editAs="oneCell">${marker("from", fromRow, fromCol)}${marker("to", toRow, toCol)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeAttr(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}
