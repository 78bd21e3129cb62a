// Staff edit the measures sheet of a workbook the command wrote (a new responsible unit, a reworded
// measure); `--docx` on that workbook prints their text, as LibreOffice's PDF of the document shows.
// Skipped, with a note, when soffice or pdftotext is missing (CI installs both).
import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { SHEET_KINDS } from "../../src/core/sheet-kinds";
import { normalise } from "../fixtures/seed-text";
import { nodeCodec } from "../../src/cli/node-codec";
import { readWorkbookFile } from "../../src/xlsx/read";
import { EXAMPLES, EXAMPLE_FILES, run, tempDir } from "./helpers";
import { XlsxEdit } from "./xlsx-edit";

const has = (cmd: string, arg: string) => spawnSync(cmd, [arg], { encoding: "utf8" }).status === 0;
const office = ["soffice", "libreoffice"].find((c) => has(c, "--version"));
const poppler = has("pdftotext", "-v");
if (!office || !poppler) console.log("LibreOffice or pdftotext not on PATH: skipping the edited-measures PDF test");
const maybe = office && poppler ? describe : describe.skip;

const RESPONSIBLE = "กองสวัสดิการสังคม (งานพัฒนาชุมชน)";
const MEASURE = "จัดทำระบบนัดหมายรับบริการล่วงหน้าทางโทรศัพท์และไลน์ทางการของหน่วยงาน";

maybe("--docx on a workbook whose measures sheet staff edited", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

  it("the PDF of the document holds the edited responsible unit and measure", async () => {
    const written = path.join(dir, "analysis.xlsx");
    expect((await run("analyze", path.join(EXAMPLES, EXAMPLE_FILES[0]), "--out", written)).code).toBe(0);
    // Edited as Excel saves it: the marks of our sheets (sheet-scoped names, the settings part) stay.
    const book = readWorkbookFile(await fs.readFile(written), { codec: nodeCodec });
    const values = book.known.find((s) => s.name === SHEET_KINDS.measures.name)!.cells!.values;
    const header = values.findIndex((row) => row?.[0] === "ประเด็น");
    const col = (name: string) => values[header].indexOf(name);
    // The shortest row: kept whole on one page, so its cells read in one piece in the PDF's text.
    const rows = values.map((_, r) => r).filter((r) => r > header && values[r]);
    const size = (r: number) => values[r].map((v) => String(v ?? "")).join("").length;
    const row = rows.sort((a, b) => size(a) - size(b))[0];
    const before = String(values[row][col("มาตรการ")]);
    const edit = new XlsxEdit(await fs.readFile(written));
    edit.text(SHEET_KINDS.measures.name, row, col("ผู้รับผิดชอบ"), RESPONSIBLE);
    edit.text(SHEET_KINDS.measures.name, row, col("มาตรการ"), MEASURE);
    const edited = path.join(dir, "edited.xlsx");
    await fs.writeFile(edited, edit.bytes());

    const docx = path.join(dir, "o42.docx");
    const r = await run("analyze", edited, "--docx", docx);
    expect(r.code).toBe(0);
    expect(r.err).toContain("ตามที่เจ้าหน้าที่แก้ไขไว้");

    const profile = `file://${path.join(dir, `lo-${process.pid}-${Date.now()}`)}`;
    const lo = spawnSync(office!, [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, docx], {
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(lo.status).toBe(0);
    const text = normalise(spawnSync("pdftotext", ["-raw", "-enc", "UTF-8", path.join(dir, "o42.pdf"), "-"], { encoding: "utf8" }).stdout);
    expect(text).toContain(normalise(RESPONSIBLE));
    expect(text).toContain(normalise(MEASURE));
    expect(text).not.toContain(normalise(before));
  }, 150_000);
});
