import ExcelJS from "exceljs";
import { readXlsx } from "../../src/xlsx/read";
import { workbookBuffer } from "../../src/cli/workbook-bytes";
import { HEADER_ARGB, TONE_ARGB, buildOutputWorkbook, tableHeaderRow } from "../../src/xlsx/write";
import { renderSheets } from "../../src/core/render/sheets";
import type { SheetSpec } from "../../src/core/render/spec";
import { result2566 } from "../core/render/fixture";

async function sourceWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("คะแนน");
  ws.getColumn(1).width = 55;
  ws.getCell("A1").value = "ผลคะแนนรายข้อ";
  ws.mergeCells("A1:B1");
  ws.getCell("A2").value = "i1";
  ws.getCell("B2").value = 98.5;
  ws.getCell("B2").numFmt = "0.00";
  ws.getCell("B3").value = { formula: "B2-1", result: 97.5 };
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return (await readXlsx(bytes)).workbook;
}

describe("the output workbook", () => {
  let out: ExcelJS.Workbook;
  let specs: SheetSpec[];

  beforeAll(async () => {
    const result = result2566({
      agency: '=HYPERLINK("http://example.org")',
      problems: [{ severity: "error", cell: "คะแนน!B5", message: "-105 is outside 0–100" }],
    });
    const source = await sourceWorkbook();
    specs = renderSheets(result, { existingNames: source.worksheets.map((w) => w.name) });
    const bytes = await workbookBuffer(buildOutputWorkbook(source, specs));
    out = new ExcelJS.Workbook();
    await out.xlsx.load(bytes as unknown as ArrayBuffer);
  });

  it("holds the input's sheets as values first, with widths and merges, then one sheet per spec", () => {
    expect(out.worksheets.map((w) => w.name)).toEqual(["คะแนน", ...specs.map((s) => s.name)]);
    const ws = out.getWorksheet("คะแนน")!;
    expect(ws.getColumn(1).width).toBe(55);
    expect(ws.getCell("B2").value).toBe(98.5);
    expect(ws.getCell("B2").numFmt).toBe("0.00");
    expect(ws.getCell("B3").value).toBe(97.5); // the formula became its value
    expect(ws.getCell("B3").formula).toBeUndefined();
    expect(ws.getCell("B1").isMerged).toBe(true);
  });

  it("writes each spec as a real Excel table with header row, widths, formats, wrap and frozen header", () => {
    for (const spec of specs) {
      const ws = out.getWorksheet(spec.name)!;
      const header = tableHeaderRow(spec);
      // exceljs types getTables() wrongly; it returns the Table objects.
      const tables = ws.getTables() as unknown as { name: string; table: { tableRef: string } }[];
      expect(tables.map((t) => t.name)).toEqual([spec.tableName]);
      const lastColumn = String.fromCharCode(64 + spec.columns.length);
      expect(tables[0].table.tableRef).toBe(`A${header}:${lastColumn}${header + spec.rows.length}`);
      spec.heading.forEach((line, i) => expect(ws.getCell(i + 1, 1).value).toBe(line));
      spec.columns.forEach((c, i) => {
        expect(ws.getCell(header, i + 1).value).toBe(c.header);
        expect((ws.getCell(header, i + 1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(HEADER_ARGB);
        expect(ws.getColumn(i + 1).width ?? 9).toBe(c.width); // exceljs leaves its default width 9 unwritten
      });
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: header });
      spec.rows.forEach((row, r) => {
        row.forEach((v, c) => {
          const cell = ws.getCell(header + 1 + r, c + 1);
          expect(cell.value ?? null).toEqual(v);
          if (spec.columns[c].numFmt && typeof v === "number") expect(cell.numFmt).toBe(spec.columns[c].numFmt);
          if (spec.columns[c].wrap) expect(cell.alignment?.wrapText).toBe(true);
        });
        const tone = spec.tones?.[r];
        const fill = ws.getCell(header + 1 + r, 1).fill as ExcelJS.FillPattern | undefined;
        if (tone) expect(fill?.fgColor?.argb).toBe(TONE_ARGB[tone]);
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
    const header = tableHeaderRow(problemsSpec);
    const cell = problems.getCell(header + 1, 3);
    expect(cell.value).toBe("-105 is outside 0–100");
    expect(cell.type).toBe(ExcelJS.ValueType.String);
  });
});
