// Each written workbook opens in LibreOffice (headless conversion of every sheet to CSV).
// Skipped, with a note, when soffice/libreoffice is not on PATH.
import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { RENDERED_KINDS, SHEET_KINDS } from "../../src/core/sheet-kinds";
import { EXAMPLES, EXAMPLE_FILES, run, tempDir } from "./helpers";

function findOffice(): string | undefined {
  for (const cmd of ["soffice", "libreoffice"]) {
    const r = spawnSync(cmd, ["--version"], { encoding: "utf8" });
    if (r.status === 0) return cmd;
  }
  return undefined;
}

const office = findOffice();
if (!office) console.log("LibreOffice (soffice/libreoffice) not on PATH: skipping the LibreOffice open test");
const maybe = office ? describe : describe.skip;

// All sheets, UTF-8, comma-separated (LibreOffice ≥ 7.2).
const CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

maybe("the written workbooks open in LibreOffice", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

  it("converts every sheet of every example's output, with a full measures table", async () => {
    const outputs: string[] = [];
    for (const file of EXAMPLE_FILES) {
      const out = path.join(dir, file.replace(/\.xlsx$/, "-out.xlsx"));
      expect((await run("analyze", path.join(EXAMPLES, file), "--out", out)).code).toBe(0);
      outputs.push(out);
    }
    const csvDir = path.join(dir, "csv");
    const profile = `file://${path.join(dir, "lo-profile")}`;
    const r = spawnSync(
      office!,
      [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", CSV_ALL_SHEETS, "--outdir", csvDir, ...outputs],
      {
        encoding: "utf8",
        timeout: 120_000,
      },
    );
    expect(r.status).toBe(0);
    for (const out of outputs) {
      const base = path.basename(out, ".xlsx");
      const measures = await fs.readFile(path.join(csvDir, `${base}-${SHEET_KINDS.measures.name}.csv`), "utf8");
      expect(measures).toContain("ขั้นตอน/วิธีปฏิบัติ");
      expect(measures).toContain("ผู้รับผิดชอบ");
      const summary = await fs.readFile(path.join(csvDir, `${base}-${SHEET_KINDS.summary.name}.csv`), "utf8");
      expect(summary).toContain("คะแนนรวม ITA");
      for (const name of RENDERED_KINDS.map((k) => SHEET_KINDS[k].name))
        expect((await fs.stat(path.join(csvDir, `${base}-${name}.csv`))).size).toBeGreaterThan(0);
    }
  }, 180_000);
});
