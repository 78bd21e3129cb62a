// The o42 document of every example workbook opens in LibreOffice Writer and converts to PDF; the PDF's
// text holds the agency, the overall score and level as published, every weak item, every measure's
// responsible unit and timeframe and the approval line, and every page is set in a Thai font.
// Skipped, with a note, when soffice or poppler is missing (CI installs both). pdftotext -raw keeps each
// table cell's lines together, in the order LibreOffice drew them.
import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readXlsxFile } from "../../fixtures/xlsx-file";
import { analyze } from "../../../src/core/analyze";
import { buildO42Docx } from "../../../src/core/document/o42/compose";
import { o42FromAnalysis } from "../../../src/core/document/o42/from-analysis";
import type { AnalysisResult } from "../../../src/core/analysis/result";
import { format2 } from "../../../src/core/text/round";
import { normalise } from "../../fixtures/seed-text";

const EXAMPLES = path.join(__dirname, "..", "..", "..", "examples");
const FILES = ["sao-2566-questions", "municipality-2567-two-years", "eit-two-parts-2566"];
const HEAD = { name: "นางสาวทดสอบ ระบบเอกสาร", position: "ปลัดองค์การบริหารส่วนตำบล" };

const has = (cmd: string, arg: string) => spawnSync(cmd, [arg], { encoding: "utf8" }).status === 0;
const office = ["soffice", "libreoffice"].find((c) => has(c, "--version"));
const poppler = has("pdftotext", "-v") && has("pdffonts", "-v");
if (!office || !poppler) console.log("LibreOffice or poppler (pdftotext, pdffonts) not on PATH: skipping the o42 PDF test");
const maybe = office && poppler ? describe : describe.skip;

/** A Thai font, or LibreOffice's stand-in for TH SarabunPSK (TLWG Laksaman and its family). */
const THAI_FONT = /TH ?Sarabun|Laksaman|Garuda|Kinnari|Loma|Norasi|Sawasdee|Waree|Umpush|Tlwg/i;

maybe("the o42 document in LibreOffice", () => {
  let dir: string;
  const results = new Map<string, AnalysisResult>();
  const pdfText = new Map<string, string>();

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "ita-o42-"));
    const docs: string[] = [];
    for (const name of FILES) {
      const { cells } = readXlsxFile(path.join(EXAMPLES, `${name}.xlsx`));
      const result = analyze(cells);
      results.set(name, result);
      const file = path.join(dir, `${name}.docx`);
      await fs.writeFile(file, await buildO42Docx(o42FromAnalysis(result, { head: HEAD, date: "2023-10-02" })));
      docs.push(file);
    }
    const profile = `file://${path.join(dir, `lo-${process.pid}-${Date.now()}`)}`;
    const r = spawnSync(office!, [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, ...docs], {
      encoding: "utf8",
      timeout: 170_000,
    });
    if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
    for (const name of FILES) {
      const t = spawnSync("pdftotext", ["-raw", "-enc", "UTF-8", path.join(dir, `${name}.pdf`), "-"], { encoding: "utf8" });
      pdfText.set(name, t.stdout);
    }
  }, 180_000);
  afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

  it.each(FILES)("%s: agency, overall score to the cent and level", (name) => {
    const result = results.get(name)!;
    const text = normalise(pdfText.get(name)!);
    expect(text).toContain(normalise(result.agency!));
    expect(text).toContain(normalise(`ได้คะแนนรวม ${format2(result.current.overall!.value)} คะแนน`));
    expect(text).toContain(normalise(`“${result.current.level}”`));
  });

  it.each(FILES)("%s: every weak item's code, every measure's responsible unit and timeframe", (name) => {
    const result = results.get(name)!;
    const raw = pdfText.get(name)!;
    const text = normalise(raw);
    const weak = result.items.filter((i) => i.status === "urgent" || i.status === "improve").map((i) => i.code);
    expect(weak.length).toBeGreaterThan(0);
    for (const code of weak) expect(raw).toMatch(new RegExp(`(?<![A-Za-z0-9])${code}(?![0-9])`));
    expect(result.plan.rows.length).toBeGreaterThan(0);
    for (const row of result.plan.rows) {
      expect(text).toContain(normalise(row.responsible));
      expect(text).toContain(normalise(row.timeframe));
    }
  });

  it.each(FILES)("%s: the approval line with the head's name, position and date", (name) => {
    const text = normalise(pdfText.get(name)!);
    expect(text).toMatch(new RegExp(`ลงชื่อ\\.{10,}\\(${normalise(HEAD.name)}\\)ตำแหน่ง${normalise(HEAD.position)}วันที่2ตุลาคม2566`));
  });

  it.each(FILES)("%s: a Thai font on every page", async (name) => {
    const pdf = path.join(dir, `${name}.pdf`);
    const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThan(8);
    const without: number[] = [];
    for (let p = 1; p <= pages; p++) {
      const fonts = spawnSync("pdffonts", ["-f", String(p), "-l", String(p), pdf], { encoding: "utf8" }).stdout;
      if (
        !fonts
          .split("\n")
          .slice(2)
          .some((line) => THAI_FONT.test(line))
      )
        without.push(p);
    }
    expect(without).toEqual([]);
  });
});
