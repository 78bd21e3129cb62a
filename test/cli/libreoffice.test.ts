// Each written workbook opens in LibreOffice: every sheet converts to CSV, and the summary's chart
// (a part we write ourselves) is drawn: the PDF of the workbook holds the chart's title.
import { execFileSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { ANALYSIS_KINDS, SHEET_KINDS } from "../../src/core/sheet-kinds";
import { EXAMPLES, EXAMPLE_FILES, run, tempDir, writeExampleOutputs } from "./helpers";
import { convert, describeWithOffice } from "./office";

// All sheets, UTF-8, comma-separated (LibreOffice ≥ 7.2).
const CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

describeWithOffice("the LibreOffice open test")("the written workbooks open in LibreOffice", () => {
  let dir: string;
  const outputs: string[] = [];
  beforeAll(async () => {
    dir = await tempDir();
    outputs.push(...(await writeExampleOutputs(dir)));
  });
  afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

  it("converts every sheet of every example's output, with a full measures table", async () => {
    const csvDir = path.join(dir, "csv");
    expect(convert(dir, CSV_ALL_SHEETS, csvDir, outputs).status).toBe(0);
    for (const out of outputs) {
      const base = path.basename(out, ".xlsx");
      const measures = await fs.readFile(path.join(csvDir, `${base}-${SHEET_KINDS.measures.name}.csv`), "utf8");
      expect(measures).toContain("ขั้นตอน/วิธีปฏิบัติ");
      expect(measures).toContain("ผู้รับผิดชอบ");
      // The staff's progress columns are in the sheet (print-libreoffice.test.ts: not on its printed pages).
      expect(measures).toContain("ร้อยละความก้าวหน้า");
      const summary = await fs.readFile(path.join(csvDir, `${base}-${SHEET_KINDS.summary.name}.csv`), "utf8");
      expect(summary).toContain("คะแนนรวม ITA");
      for (const name of ANALYSIS_KINDS.map((k) => SHEET_KINDS[k].name))
        expect((await fs.stat(path.join(csvDir, `${base}-${name}.csv`))).size).toBeGreaterThan(0);
    }
  }, 180_000);

  it("draws the summary's chart: the PDF page of the summary holds the chart's title", async () => {
    const out = outputs[0];
    const zip = await JSZip.loadAsync(await fs.readFile(out));
    const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
    const title = /<a:t>([^<]+)<\/a:t>/.exec(chart)![1]; // "คะแนนรายตัวชี้วัดเทียบเกณฑ์ 85 ปี 2566"
    const pdfDir = path.join(dir, "pdf");
    expect(convert(dir, "pdf", pdfDir, [out]).status).toBe(0);
    const pdf = path.join(pdfDir, path.basename(out, ".xlsx") + ".pdf");
    // The title is drawn only by the chart (no cell holds it); Thai text comes out of the PDF with
    // its combining marks in other places, so compare without them and without spaces.
    const bare = (s: string) => s.replace(/[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\s]/g, "");
    const pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f");
    const summaryPage = pages.findIndex((p) => bare(p).includes(bare(title))); // the chart prints on a page of its own
    expect(summaryPage).toBeGreaterThanOrEqual(0);
    expect(bare(pages[summaryPage])).toContain(bare(title));
    // And only the chart draws it: without the chart part the page does not hold it.
    const cells = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => f.startsWith("xl/worksheets/") || f === "xl/sharedStrings.xml")
        .map((f) => zip.file(f)!.async("string")),
    );
    expect(cells.some((x) => x.includes(title))).toBe(false);
  }, 180_000);

  it("says what an .ods and an .xls saved by LibreOffice are, and reads the CSV it exports from a sheet", async () => {
    const copies = path.join(dir, "saved-as");
    const input = path.join(EXAMPLES, EXAMPLE_FILES[0]);
    // The CSV as staff save one: the first sheet, UTF-8 (LibreOffice's default here would be ASCII).
    for (const to of ["ods", "xls", "csv:Text - txt - csv (StarCalc):44,34,76,1"]) expect(convert(dir, to, copies, [input]).status).toBe(0);
    const base = path.join(copies, path.basename(input, ".xlsx"));
    const ods = await run("analyze", `${base}.ods`);
    expect(ods.code).toBe(1);
    expect(ods.err).toContain("ไฟล์นี้เป็นสมุดงาน OpenDocument (.ods)");
    const xls = await run("analyze", `${base}.xls`);
    expect(xls.code).toBe(1);
    expect(xls.err).toContain("ไฟล์นี้เป็นสมุดงาน Excel แบบเก่า (.xls)");
    expect(xls.err).toContain("File › Save As");
    // The CSV holds the first sheet (IIT and EIT per question): read as that sheet, e13 where it was.
    const csv = await run("analyze", `${base}.csv`, "--json", "-");
    expect(csv.code).toBe(0);
    const e13 = JSON.parse(csv.out).items.find((i: { code: string }) => i.code === "e13");
    expect(e13).toMatchObject({ score: 82.6, cell: "'sao-2566-questions'!B51" });
  }, 180_000);
});
