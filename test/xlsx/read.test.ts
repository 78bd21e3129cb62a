import ExcelJS from "exceljs";
import { dateToSerial, plainCellValue } from "../../src/xlsx/cell-value";
import { readXlsx } from "../../src/xlsx/read";

async function bytesOf(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("reading .xlsx into raw cell values", () => {
  it("gives numbers, text, booleans; formulas by cached result; rich text as text; dates as serials; errors as their text", async () => {
    const bytes = await bytesOf((wb) => {
      const ws = wb.addWorksheet("คะแนน");
      ws.getCell("A1").value = "ผลคะแนน ITA ปี ๒๕๖๖";
      ws.mergeCells("A1:C1");
      ws.getCell("A2").value = "i1";
      ws.getCell("B2").value = 98.5;
      ws.getCell("A3").value = { richText: [{ text: "ข้อ ", font: { bold: true } }, { text: "i2" }] };
      ws.getCell("B3").value = { formula: "B2-1", result: 97.5 };
      ws.getCell("A4").value = "i3";
      ws.getCell("B4").value = { formula: '_xldudf_ITA_SCORE("i3")', result: 91.25 };
      ws.getCell("C4").value = { formula: '_xldudf_ITA_SCORE("i4")' } as ExcelJS.CellFormulaValue;
      ws.getCell("A5").value = new Date(Date.UTC(2024, 0, 15));
      ws.getCell("B5").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
      ws.getCell("C5").value = { formula: "1/0", result: { error: "#DIV/0!" } } as unknown as ExcelJS.CellFormulaValue;
      ws.getCell("A6").value = { text: "เว็บไซต์", hyperlink: "https://example.org" };
      ws.getCell("B6").value = true;
      ws.getCell("D8").value = "๙๘.๕๐";
    });
    const { cells } = await readXlsx(bytes);
    expect(cells.sheets).toHaveLength(1);
    const s = cells.sheets[0];
    expect(s.name).toBe("คะแนน");
    expect(s.merges).toEqual(["A1:C1"]);
    const v = s.values;
    expect(v[0]).toEqual(["ผลคะแนน ITA ปี ๒๕๖๖"]); // merged cells B1, C1 are empty, like in Excel
    expect(v[1]).toEqual(["i1", 98.5]);
    expect(v[2]).toEqual(["ข้อ i2", 97.5]);
    expect(v[3]).toEqual(["i3", 91.25]);
    expect(v[4][0]).toBe(45306);
    expect(v[4].slice(1)).toEqual(["#DIV/0!", "#DIV/0!"]);
    expect(v[5]).toEqual(["เว็บไซต์", true]);
    expect(v[6]).toEqual([]);
    expect(v[7]).toEqual([null, null, null, "๙๘.๕๐"]);
  });

  it("converts dates in both date systems", () => {
    expect(dateToSerial(new Date(Date.UTC(1900, 0, 1)))).toBe(2);
    expect(dateToSerial(new Date(Date.UTC(1904, 0, 2)), true)).toBe(1);
    expect(plainCellValue(Number.NaN)).toBeNull();
    expect(plainCellValue({ sharedFormula: "B2", result: 12 })).toBe(12);
  });

  it("rejects a file that is not a workbook", async () => {
    await expect(readXlsx(Buffer.from("not a zip"))).rejects.toThrow();
  });
});
