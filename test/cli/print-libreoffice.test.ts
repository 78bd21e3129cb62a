// The generated sheets printed by LibreOffice (A4, as an officer would print them), read back from
// the PDF word by word: body text at least 12 points, no wrapped row's text running into the next
// row (text that does not fit its row is drawn over the row below, and its words overlap), page
// numbers in the footer, the measures sheet in a Thai document font, and its screen-only progress
// columns left out of print.
import { execFileSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SHEET_KINDS } from "../../src/core/sheet-kinds";
import { DOCUMENT_FONT } from "../../src/core/render/print";
import { MEASURE_COLUMNS, PROGRESS_COLUMNS } from "../../src/core/render/measures";
import { EXAMPLE_FILES, tempDir, writeExampleOutputs } from "./helpers";
import { convert, describeWithOffice } from "./office";

interface Word {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

interface Page {
  height: number;
  words: Word[];
}

/** pdftotext's word boxes, page by page. */
function pdfWords(pdf: string): Page[] {
  const xml = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 1 << 28 });
  return xml
    .split("<page ")
    .slice(1)
    .map((p) => ({
      height: Number(/height="([\d.]+)"/.exec(p)![1]),
      words: Array.from(p.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g), (m) => ({
        x0: Number(m[1]),
        y0: Number(m[2]),
        x1: Number(m[3]),
        y1: Number(m[4]),
        text: m[5],
      })),
    }));
}

/** Each page's text in the PDF's drawing order (-raw): a wrapped cell's lines stay together. */
const pdfPages = (pdf: string) => execFileSync("pdftotext", ["-raw", pdf, "-"], { encoding: "utf8", maxBuffer: 1 << 28 }).split("\f");

/** A word's box is its font's ascent to descent: 1.30 em in Laksaman (LibreOffice's TH SarabunPSK), measured at 16 points unscaled. */
const BOX_EM = 1.299;
/** The footer band at the bottom of the page. */
const FOOTER_BAND = 45;

const joined = (words: Word[]) => words.map((w) => w.text).join("");
/** Thai comes out of a PDF with its vowel and tone marks moved about: compare without them. */
const bare = (s: string) => s.replace(/[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\s]/g, "");

describeWithOffice("the print test")("the generated sheets printed by LibreOffice", () => {
  let dir: string;
  const outputs: string[] = [];
  const pdfs: string[] = [];
  beforeAll(async () => {
    dir = await tempDir();
    outputs.push(...(await writeExampleOutputs(dir)));
    const pdfDir = path.join(dir, "pdf");
    expect(convert(dir, "pdf", pdfDir, outputs).status).toBe(0);
    for (const out of outputs) pdfs.push(path.join(pdfDir, path.basename(out, ".xlsx") + ".pdf"));
  }, 240_000);
  afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

  /** Pages of our sheets: their footer says the results year (the copied input sheets print with their own). */
  const ourPages = (pdf: string) =>
    pdfWords(pdf).filter((p) => joined(p.words.filter((w) => w.y0 > p.height - FOOTER_BAND)).includes("ผลการประเมินITAปีงบประมาณ"));

  it.each(EXAMPLE_FILES.map((f, i) => [f, i]))("%s: body text is at least 12 points and no row's text runs into the next", (_f, i) => {
    const pages = ourPages(pdfs[i as number]);
    expect(pages.length).toBeGreaterThan(5);
    let words = 0;
    for (const page of pages) {
      // The chart's axis labels are the chart's, not the tables' body text.
      if (bare(joined(page.words)).includes(bare("คะแนนรายตัวชี้วัดเทียบเกณฑ์"))) continue;
      const body = page.words.filter((w) => w.y1 < page.height - FOOTER_BAND);
      words += body.length;
      const small = body.filter((w) => (w.y1 - w.y0) / BOX_EM < 12);
      expect(small.map((w) => w.text)).toEqual([]);
      const overlapping: string[] = [];
      for (let a = 0; a < body.length; a++)
        for (let b = a + 1; b < body.length; b++) {
          const [p, q] = [body[a], body[b]];
          const across = Math.min(p.x1, q.x1) - Math.max(p.x0, q.x0);
          const down = Math.min(p.y1, q.y1) - Math.max(p.y0, q.y0);
          if (across > 1 && down > 3) overlapping.push(`${p.text} / ${q.text}`);
        }
      expect(overlapping).toEqual([]);
    }
    expect(words).toBeGreaterThan(1000);
  });

  it("numbers the pages and names the agency and year in the footer", () => {
    const pages = ourPages(pdfs[0]);
    const foot = (n: number) => joined(pages[n].words.filter((w) => w.y0 > pages[n].height - FOOTER_BAND));
    expect(foot(0)).toContain("องค์การบริหารส่วนตำบลห้วยทรายงาม");
    expect(foot(0)).toContain("พ.ศ.2566");
    expect(foot(0)).toMatch(/หน้า1จาก\d+/);
    expect(foot(1)).toMatch(/หน้า2จาก\d+/);
  });

  it("prints the measures sheet in a Thai document font: TH SarabunPSK in the workbook, its clone Laksaman in the PDF", async () => {
    const zip = await JSZip.loadAsync(await fs.readFile(outputs[0]));
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const id = new RegExp(`<sheet name="${SHEET_KINDS.measures.name}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1];
    const sheet = await zip.file(`xl/${target}`)!.async("string");
    const styles = await zip.file("xl/styles.xml")!.async("string");
    const fonts = Array.from(/<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)![1].matchAll(/<font>([\s\S]*?)<\/font>/g), (m) => m[1]);
    const xfs = Array.from(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].matchAll(/<xf [^>]*fontId="(\d+)"/g), (m) =>
      Number(m[1]),
    );
    // Every cell of the measures table (its header row on) is in the document font at 16 points or more.
    const cells = Array.from(sheet.matchAll(/<c r="[A-Z]+(\d+)" s="(\d+)"/g), (m) => ({ row: Number(m[1]), style: Number(m[2]) }));
    const table = cells.filter((c) => c.row >= 5);
    expect(table.length).toBeGreaterThan(50);
    for (const c of table) {
      const font = fonts[xfs[c.style]];
      expect(/<name val="([^"]+)"/.exec(font)![1]).toBe(DOCUMENT_FONT);
      expect(Number(/<sz val="([\d.]+)"/.exec(font)![1])).toBeGreaterThanOrEqual(16);
    }
    const pdfFonts = execFileSync("pdffonts", [pdfs[0]], { encoding: "utf8" });
    expect(pdfFonts).toMatch(/Laksaman|Sarabun/);
  });

  it.each(EXAMPLE_FILES.map((f, i) => [f, i]))(
    "%s: the measures sheet holds the progress columns, its printed pages only the o42 columns",
    async (_f, i) => {
      const header = (key: string) => [...MEASURE_COLUMNS, ...PROGRESS_COLUMNS].find((c) => c.key === key)!.header;
      const [finding, steps, percent, status] = ["finding", "steps", "progressPercent", "progressStatus"].map(header);
      // In the sheet (read back by exceljs): the progress headers in the table's header row, after the o42 ones.
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(outputs[i as number]);
      const rows = book.getWorksheet(SHEET_KINDS.measures.name)!.getSheetValues() as unknown[][];
      const headerRow = rows.find((r) => r?.includes(finding))!; // 1-based: index = column number
      expect(headerRow.indexOf(status)).toBe(MEASURE_COLUMNS.length + 1);
      expect(headerRow.indexOf(percent)).toBe(MEASURE_COLUMNS.length + 2);
      // On paper: the measures pages (the header row repeated on each) have the o42 headers, not the progress ones.
      const pages = pdfPages(pdfs[i as number]).filter((p) => bare(p).includes(bare(finding)));
      expect(pages.length).toBeGreaterThan(3);
      for (const page of pages) {
        expect(bare(page)).toContain(bare(steps));
        expect(bare(page)).not.toContain(bare(percent));
      }
    },
  );
});
