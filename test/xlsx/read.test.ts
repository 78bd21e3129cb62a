// Our .xlsx reader on workbooks written by another library (exceljs) and on hand-written XML:
// raw values as Office.js gives them, sparse rows, chunked decoding, names Excel refuses, hidden
// sheets, the filled-cell limit.
import ExcelJS from "exceljs";
import { nodeCodec } from "../../src/cli/node-codec";
import { WorkbookFileError } from "../../src/xlsx/errors";
import { readWorkbookFile } from "../../src/xlsx/read";
import { writeZip } from "../../src/xlsx/zip";

async function bytesOf(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const read = (bytes: Uint8Array, more: Partial<Parameters<typeof readWorkbookFile>[1]> = {}) =>
  readWorkbookFile(bytes, { codec: nodeCodec, ...more });

/** A minimal package around worksheet XML (no styles, no shared strings unless given). */
function handMade(sheets: { name: string; xml: string; state?: string }[], sharedStrings?: string): Uint8Array {
  const files = [
    {
      name: "[Content_Types].xml",
      data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    },
    {
      name: "_rels/.rels",
      data: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/></Relationships>',
    },
    {
      name: "xl/workbook.xml",
      data:
        '<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets>' +
        sheets
          .map((s, i) => `<x:sheet name="${s.name}" sheetId="${i + 1}" r:id="s${i + 1}"${s.state ? ` state="${s.state}"` : ""}/>`)
          .join("") +
        "</x:sheets></x:workbook>",
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data:
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        sheets
          .map(
            (_, i) =>
              `<Relationship Id="s${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/s${i + 1}.xml"/>`,
          )
          .join("") +
        (sharedStrings
          ? '<Relationship Id="ss" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/>'
          : "") +
        "</Relationships>",
    },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/s${i + 1}.xml`, data: s.xml })),
    ...(sharedStrings ? [{ name: "xl/strings.xml", data: sharedStrings }] : []),
  ];
  return writeZip(files, nodeCodec);
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
      ws.getCell("E9").value = "a & b < c";
    });
    const { cells } = read(bytes);
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
    expect(v[6]).toBeUndefined(); // an empty row is absent
    expect(v[7][3]).toBe("๙๘.๕๐");
    expect(Object.keys(v[7])).toEqual(["3"]); // and so are the empty cells before it
    expect(v[8][4]).toBe("a & b < c");
  });

  it("reads dates of a 1904 workbook as Excel shows them", async () => {
    const bytes = await bytesOf((wb) => {
      wb.properties.date1904 = true;
      wb.addWorksheet("ก").getCell("A1").value = new Date(Date.UTC(1904, 0, 2));
    });
    expect(read(bytes).cells.sheets[0].values[0][0]).toBe(1);
    expect(read(bytes).source.date1904).toBe(true);
  });

  it("reads a hand-written part: prefixed elements, inline strings, string results, ISO dates, cells without r", () => {
    const xml =
      '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:r><x:t>ข้อ </x:t></x:r><x:r><x:t>i1</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ignored</x:t></x:rPh></x:is></x:c>' +
      '<x:c r="B2" t="str"><x:f>"9"&amp;"8"</x:f><x:v>98</x:v></x:c><x:c t="d"><x:v>2024-01-15T00:00:00Z</x:v></x:c><x:c t="s"><x:v>0</x:v></x:c></x:row>' +
      '<x:row><x:c t="e"><x:v>#N/A</x:v></x:c><x:c t="b"><x:v>0</x:v></x:c><x:c><x:v>1.5E2</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c></x:row>' +
      "</x:sheetData></x:worksheet>";
    const sst =
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t xml:space="preserve"> ก_x000D_ข </t></si><si><r><t>ตัว</t></r><r><rPr><b/></rPr><t>หนา</t></r></si></sst>';
    const v = read(handMade([{ name: "ชีต", xml }], sst)).cells.sheets[0].values;
    expect(v[1]).toEqual(["ข้อ i1", "98", 45306, " ก\rข "]);
    expect(v[2]).toEqual(["#N/A", false, 150, "ตัวหนา"]); // an error is its text
  });

  it("gives the same values whatever the size of the chunks it decodes (cut after every row)", async () => {
    const bytes = await bytesOf((wb) => {
      const ws = wb.addWorksheet("ยาว");
      for (let r = 1; r <= 400; r++) {
        ws.getCell(r, 1).value = `ข้อ i${r}`;
        ws.getCell(r, 2).value = r / 7;
      }
      ws.mergeCells("C1:D1");
    });
    const whole = read(bytes, { keepCopy: true });
    const chunked = read(bytes, { keepCopy: true, chunkBytes: 64 });
    expect(chunked.cells).toEqual(whole.cells);
    expect(chunked.source.sheets[0].copy!.rows.join("")).toBe(whole.source.sheets[0].copy!.rows.join(""));
    expect(chunked.cells.sheets[0].values[399]).toEqual(["ข้อ i400", 400 / 7]);
  });

  it("keeps one stray cell at XFD1048576 as one entry, not a grid", async () => {
    const bytes = await bytesOf((wb) => {
      const ws = wb.addWorksheet("หมายเหตุ");
      ws.getCell("A1").value = "i1";
      ws.getCell("XFD1048576").value = " ";
    });
    const started = Date.now();
    const v = read(bytes).cells.sheets[0].values;
    expect(Date.now() - started).toBeLessThan(1000);
    expect(v.length).toBe(1048576);
    expect(Object.keys(v)).toEqual(["0", "1048575"]);
    expect(Object.keys(v[1048575])).toEqual(["16383"]);
  });

  it("renames, for the output only, sheets Excel refuses (History, over 31 characters, the same name twice), with a warning naming both", () => {
    const xml =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>';
    const long = "คะแนนการประเมินคุณธรรมและความโปร่งใส 2566";
    const r = read(
      handMade([
        { name: "History", xml },
        { name: long, xml },
        { name: "คะแนน", xml },
        { name: "คะแนน", xml },
      ]),
    );
    expect(r.cells.sheets.map((s) => s.name)).toEqual(["History", long, "คะแนน", "คะแนน"]);
    const out = r.source.sheets.map((s) => s.outputName);
    expect(out[0]).toBe("History-1");
    expect(out[1].length).toBeLessThanOrEqual(31);
    expect(long.startsWith(out[1])).toBe(true);
    expect(out.slice(2)).toEqual(["คะแนน", "คะแนน (2)"]);
    expect(r.problems).toHaveLength(3);
    expect(r.problems[0]).toMatchObject({ severity: "warning", cell: "" });
    expect(r.problems[0].message).toContain("“History”");
    expect(r.problems[0].message).toContain("“History-1”");
    expect(r.problems[1].message).toContain("ยาวเกิน 31 ตัวอักษร");
    expect(r.problems[2].en).toBe('sheet "คะแนน" is the same as another sheet\'s: copied as "คะแนน (2)"');
  });

  it("knows hidden and very hidden sheets", () => {
    const xml = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';
    const r = read(
      handMade([
        { name: "ก", xml },
        { name: "ข", xml, state: "hidden" },
        { name: "ค", xml, state: "veryHidden" },
      ]),
    );
    expect(r.source.sheets.map((s) => s.state)).toEqual(["visible", "hidden", "veryHidden"]);
  });

  it("refuses a workbook over the filled-cell limit, naming the sheet where the limit is crossed", async () => {
    const bytes = await bytesOf((wb) => {
      wb.addWorksheet("คะแนน").getCell("A1").value = 1;
      const big = wb.addWorksheet("ข้อมูลดิบ");
      for (let r = 1; r <= 30; r++) big.getCell(r, 1).value = r;
    });
    expect(() => read(bytes, { maxFilledCells: 20 })).toThrow(WorkbookFileError);
    try {
      read(bytes, { maxFilledCells: 20 });
    } catch (err) {
      expect((err as WorkbookFileError).sheet).toBe("ข้อมูลดิบ");
      expect((err as Error).message).toMatch(/^สมุดงานมีเซลล์ที่มีข้อมูลเกิน 20 เซลล์ \(นับถึงชีต “ข้อมูลดิบ”\): /);
    }
    expect(read(bytes, { maxFilledCells: 31 }).cells.sheets).toHaveLength(2);
  });
});

describe("the copy of an input sheet", () => {
  it("keeps the first window's view only, unselected, on the output's one workbook view", () => {
    const xml =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews>' +
      '<sheetView tabSelected="1" zoomScale="120" workbookViewId="1"><pane ySplit="3" topLeftCell="A4" state="frozen"/></sheetView>' +
      '<sheetView workbookViewId="2"/></sheetViews><sheetData><row r="1"><c r="A1" s="3"><f>1+1</f><v>2</v></c></row></sheetData>' +
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></worksheet>';
    const copy = read(handMade([{ name: "ก", xml }]), { keepCopy: true }).source.sheets[0].copy!;
    expect(copy.before).toEqual([
      '<sheetViews><sheetView zoomScale="120" workbookViewId="0"><pane ySplit="3" topLeftCell="A4" state="frozen"/></sheetView></sheetViews>',
    ]);
    expect(copy.rows.join("")).toBe('<row r="1"><c r="A1" s="3"><v>2</v></c></row>'); // the formula gone, its value and style kept
    expect(copy.after[1]).not.toContain("r:id");
  });
});
