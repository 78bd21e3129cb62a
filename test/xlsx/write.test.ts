// The output workbook written by our own writer, read back by an independent reader (exceljs).
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { HEADER_COLOR, TONE_COLOR, layoutOf } from "../../src/core";
import { nodeCodec } from "../../src/cli/node-codec";
import { readWorkbookFile } from "../../src/xlsx/read";
import { buildOutputWorkbook } from "../../src/xlsx/write";
import { renderSheets } from "../../src/core/render/sheets";
import type { SheetSpec } from "../../src/core/render/spec";
import { result2566 } from "../core/render/fixture";

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

async function sourceBytes(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("คะแนน");
  ws.getColumn(1).width = 55;
  ws.getCell("A1").value = "ผลคะแนนรายข้อ";
  ws.getCell("A1").font = { bold: true, size: 16, name: "TH SarabunPSK" };
  ws.mergeCells("A1:B1");
  ws.getCell("A2").value = "i1";
  ws.getCell("B2").value = 98.5;
  ws.getCell("B2").numFmt = "0.00";
  ws.getCell("B3").value = { formula: "B2-1", result: 97.5 };
  ws.getCell("A4").value = { richText: [{ text: "ตัวหนา", font: { bold: true } }, { text: " ธรรมดา" }] };
  ws.getCell("A5").value = { formula: 'CONCATENATE("ข้อ ","i2")', result: "ข้อ i2" };
  ws.getCell("A6").value = new Date(Date.UTC(2024, 0, 15));
  ws.getRow(7).height = 30;
  ws.getCell("A7").value = "สูง";
  const hidden = wb.addWorksheet("ซ่อน", { state: "hidden" });
  hidden.getCell("A1").value = "ข้อมูลที่ซ่อน";
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("the output workbook", () => {
  let out: ExcelJS.Workbook;
  let specs: SheetSpec[];
  let bytes: Uint8Array;

  beforeAll(async () => {
    const result = result2566({
      agency: '=HYPERLINK("http://example.org")',
      problems: [{ severity: "error", cell: "คะแนน!B5", message: "-105 is outside 0–100" }],
    });
    const read = readWorkbookFile(await sourceBytes(), { codec: nodeCodec, keepCopy: true });
    specs = renderSheets(result, { existingNames: read.source.sheets.map((s) => s.outputName) });
    bytes = buildOutputWorkbook(read.source, specs, { codec: nodeCodec });
    out = new ExcelJS.Workbook();
    await out.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  });

  it("holds one sheet per spec, then the input's sheets as values (printed last), with widths, merges, fonts, formats and heights", () => {
    expect(out.worksheets.map((w) => w.name)).toEqual([...specs.map((s) => s.name), "คะแนน", "ซ่อน"]);
    const ws = out.getWorksheet("คะแนน")!;
    expect(ws.getColumn(1).width).toBe(55);
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 16, name: "TH SarabunPSK" });
    expect(ws.getCell("B2").value).toBe(98.5);
    expect(ws.getCell("B2").numFmt).toBe("0.00");
    expect(ws.getCell("B3").value).toBe(97.5); // the formula became its value
    expect(ws.getCell("B3").formula).toBeUndefined();
    expect(ws.getCell("A5").value).toBe("ข้อ i2"); // a text formula result too
    expect(ws.getCell("A4").value).toEqual({
      richText: [{ text: "ตัวหนา", font: expect.objectContaining({ bold: true }) }, { text: " ธรรมดา" }],
    });
    expect(ws.getCell("A6").value).toEqual(new Date(Date.UTC(2024, 0, 15))); // a date stays a date
    expect(ws.getRow(7).height).toBe(30);
    expect(ws.getCell("B1").isMerged).toBe(true);
    expect(out.getWorksheet("ซ่อน")!.state).toBe("hidden");
  });

  it("writes each spec as a real Excel table with header row, widths, formats, wrap and frozen header", () => {
    for (const spec of specs) {
      const ws = out.getWorksheet(spec.name)!;
      const header = layoutOf(spec).headerRow + 1;
      // exceljs types getTables() wrongly; it returns the Table objects.
      const tables = ws.getTables() as unknown as { name: string; table: { tableRef: string } }[];
      expect(tables.map((t) => t.name)).toEqual([spec.tableName]);
      const lastColumn = String.fromCharCode(64 + spec.columns.length);
      expect(tables[0].table.tableRef).toBe(`A${header}:${lastColumn}${header + Math.max(1, spec.rows.length)}`);
      spec.heading.forEach((line, i) => expect(ws.getCell(i + 1, 1).value).toBe(line));
      spec.columns.forEach((c, i) => {
        expect(ws.getCell(header, i + 1).value).toBe(c.header);
        expect((ws.getCell(header, i + 1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(argb(HEADER_COLOR));
        expect(ws.getColumn(i + 1).width).toBe(c.width);
      });
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: header });
      spec.rows.forEach((row, r) => {
        row.forEach((v, c) => {
          const cell = ws.getCell(header + 1 + r, c + 1);
          expect(cell.value ?? null).toEqual(v === "" ? null : v);
          if (spec.columns[c].numFmt && typeof v === "number") expect(cell.numFmt).toBe(spec.columns[c].numFmt);
          if (spec.columns[c].wrap) expect(cell.alignment?.wrapText).toBe(true);
        });
        const tone = spec.tones?.[r];
        const fill = ws.getCell(header + 1 + r, 1).fill as ExcelJS.FillPattern | undefined;
        if (tone) expect(fill?.fgColor?.argb).toBe(argb(TONE_COLOR[tone]));
      });
    }
  });

  it("writes text that begins with = + - @ as text, never as a formula", () => {
    const summary = out.getWorksheet(specs[0].name)!;
    const agency = summary.getCell(2, 1);
    expect(agency.value).toBe('=HYPERLINK("http://example.org")');
    expect(agency.type).toBe(ExcelJS.ValueType.String);
    expect(agency.formula).toBeUndefined();
    const problemsSpec = specs.find((s) => s.key === "problems")!;
    const problems = out.getWorksheet(problemsSpec.name)!;
    const cell = problems.getCell(layoutOf(problemsSpec).headerRow + 2, 3);
    expect(cell.value).toBe("-105 is outside 0–100");
    expect(cell.type).toBe(ExcelJS.ValueType.String);
  });

  it("puts a chart part on the summary sheet: columns of the 10 indicators, the 85 mark as a line, the chart's title", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
    expect(chart).toContain(specs[0].chart!.title);
    expect(chart).toContain("<c:barChart>");
    expect(chart).toContain("<c:lineChart>");
    expect((chart.match(/<c:pt idx=/g) ?? []).length).toBeGreaterThanOrEqual(10 * 3);
    const summaryPart = `xl/worksheets/sheet1.xml`;
    expect(await zip.file(summaryPart)!.async("string")).toContain('<drawing r:id="rId2"/>');
    expect(await zip.file("xl/worksheets/_rels/sheet1.xml.rels")!.async("string")).toContain("../drawings/drawing1.xml");
    expect(await zip.file("xl/drawings/_rels/drawing1.xml.rels")!.async("string")).toContain("../charts/chart1.xml");
    expect(await zip.file("[Content_Types].xml")!.async("string")).toContain("drawingml.chart+xml");
  });

  it("reads back through our own reader with the same values", () => {
    const again = readWorkbookFile(bytes, { codec: nodeCodec });
    const summary = again.cells.sheets.find((s) => s.name === specs[0].name)!;
    const header = layoutOf(specs[0]).headerRow;
    expect(summary.values[header + 1].slice(0, 3)).toEqual(specs[0].rows[0].slice(0, 3));
  });
});
