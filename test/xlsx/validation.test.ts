// The measures sheet of a written example: the staff's progress columns carry their rules (a list of
// statuses, a percentage 0–100) on exactly their body cells, and the print area stops at the last
// o42 column, so the progress columns are on screen and never on paper.
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { analyzeWorkbook, outputWorkbook } from "../../src/cli/agency";
import { readInput } from "../../src/cli/input";
import { SHEET_KINDS } from "../../src/core/sheet-kinds";
import { dataValidationsXml } from "../../src/xlsx/spec-sheet";

const EXAMPLE = path.join(__dirname, "..", "..", "examples", "sao-2566-questions.xlsx");

/** The workbook part, and the part of the sheet named `name`, of a written file. */
async function parts(bytes: Uint8Array, name: string): Promise<{ workbook: string; sheet: string; index: number }> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const sheets = Array.from(workbook.matchAll(/<sheet name="([^"]+)"[^>]*r:id="([^"]+)"/g), (m) => ({ name: m[1], id: m[2] }));
  const index = sheets.findIndex((s) => s.name === name);
  const target = new RegExp(`Id="${sheets[index].id}"[^>]*Target="([^"]+)"`).exec(rels)![1];
  return { workbook, sheet: await zip.file(`xl/${target}`)!.async("string"), index };
}

describe("the measures sheet of sao-2566-questions, written", () => {
  let bytes: Uint8Array;
  let rows: number;
  beforeAll(async () => {
    const read = await readInput(EXAMPLE, { keepCopy: true });
    const analysis = analyzeWorkbook(read, {}, true);
    rows = analysis.specs.find((s) => s.key === "measures")!.rows.length;
    bytes = outputWorkbook(read, analysis, new Date(2025, 0, 6)).bytes;
  });

  it("has 20 measures under 5 heading lines, the table A7:N27 with the progress columns I–N after the o42 columns A–H", async () => {
    expect(rows).toBe(20);
    const { sheet } = await parts(bytes, SHEET_KINDS.measures.name);
    expect(sheet).toContain('<dimension ref="A1:N27"/>');
  });

  it("limits the status column (I8:I27) to the four statuses and the percent column (J8:J27) to 0–100, with Thai messages", async () => {
    const { sheet } = await parts(bytes, SHEET_KINDS.measures.name);
    const rules = /<dataValidations count="2">([\s\S]*?)<\/dataValidations>/.exec(sheet)![1];
    expect(rules).toBe(
      '<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorTitle="เลือกจากรายการ" ' +
        'error="เลือกหนึ่งในรายการ: ยังไม่เริ่ม / กำลังดำเนินการ / ดำเนินการแล้ว / ยกเลิก" sqref="I8:I27">' +
        '<formula1>"ยังไม่เริ่ม,กำลังดำเนินการ,ดำเนินการแล้ว,ยกเลิก"</formula1></dataValidation>' +
        '<dataValidation type="decimal" operator="between" allowBlank="1" showErrorMessage="1" errorTitle="ตัวเลขไม่ถูกต้อง" ' +
        'error="กรอกตัวเลขตั้งแต่ 0 ถึง 100" sqref="J8:J27"><formula1>0</formula1><formula2>100</formula2></dataValidation>',
    );
    // The arrow shows: showDropDown="1" would hide it.
    expect(sheet).not.toContain("showDropDown");
    // CT_Worksheet's order: after the merged heading lines, before the page setup.
    const at = (tag: string) => sheet.indexOf(`<${tag}`);
    expect(at("mergeCells")).toBeGreaterThan(at("sheetData"));
    expect(at("dataValidations")).toBeGreaterThan(at("mergeCells"));
    expect(at("pageMargins")).toBeGreaterThan(at("dataValidations"));
  });

  it("is read back by an independent reader (exceljs) with the rules on the body cells only", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(SHEET_KINDS.measures.name)!;
    expect(ws.getCell("I7").value).toBe("สถานะ");
    expect(ws.getCell("J7").value).toBe("ร้อยละความก้าวหน้า");
    expect(ws.getCell("I8").dataValidation).toMatchObject({ type: "list", formulae: ['"ยังไม่เริ่ม,กำลังดำเนินการ,ดำเนินการแล้ว,ยกเลิก"'] });
    expect(ws.getCell("J27").dataValidation).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 100] });
    for (const free of ["I7", "I28", "J7", "J28", "K8", "H8"]) expect(ws.getCell(free).dataValidation).toBeUndefined();
  });

  it("prints columns A–H only: the print area beside the repeated header row, on the measures sheet alone", async () => {
    const { workbook, index } = await parts(bytes, SHEET_KINDS.measures.name);
    const names = Array.from(workbook.matchAll(/<definedName name="(_xlnm\.[^"]+)" localSheetId="(\d+)">([^<]*)<\/definedName>/g), (m) => ({
      name: m[1],
      sheet: Number(m[2]),
      ref: m[3],
    }));
    expect(names.filter((n) => n.sheet === index)).toEqual([
      { name: "_xlnm.Print_Titles", sheet: index, ref: "'ITA-มาตรการ'!$7:$7" },
      { name: "_xlnm.Print_Area", sheet: index, ref: "'ITA-มาตรการ'!$A:$H" },
    ]);
    // The other sheets have no screen-only columns: no print area.
    expect(names.filter((n) => n.name === "_xlnm.Print_Area")).toHaveLength(1);
  });

  it("writes the heading lines merged across the printed columns A–H, not the progress ones", async () => {
    const { sheet } = await parts(bytes, SHEET_KINDS.measures.name);
    const merges = Array.from(sheet.matchAll(/<mergeCell ref="([^"]+)"\/>/g), (m) => m[1]);
    expect(merges).toEqual(["A1:H1", "A2:H2", "A3:H3", "A4:H4", "A5:H5"]);
  });
});

describe("dataValidationsXml", () => {
  it("writes nothing without rules, and escapes a list's quotes and XML characters", () => {
    expect(dataValidationsXml([])).toBe("");
    const xml = dataValidationsXml([{ address: "B2:B4", validation: { kind: "list", values: ['ก "ข"', "ค & ง"] } }]);
    expect(xml).toContain('<formula1>"ก ""ข"",ค &amp; ง"</formula1>');
    expect(xml).toContain('error="เลือกหนึ่งในรายการ: ก &quot;ข&quot; / ค &amp; ง"');
  });
});
