// `ita analyze` end to end through main(), on the examples and on bad workbooks.
import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { ANALYSIS_KINDS, SHEET_KINDS } from "../../src/core/sheet-kinds";

const RENDERED_NAMES = ANALYSIS_KINDS.map((k) => SHEET_KINDS[k].name);
import type { AnalysisJson } from "../../src/core/report/json";
import { EXAMPLES, EXAMPLE_FILES, exists, expectedFigures, run, tableRows, tempDir, writeWorkbook } from "./helpers";

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => fs.rm(dir, { recursive: true, force: true }));

describe.each(EXAMPLE_FILES)("ita analyze %s", (file) => {
  const input = path.join(EXAMPLES, file);

  it("--out writes a new workbook: our sheets as tables, then the input's sheets", async () => {
    const out = path.join(dir, "analysis.xlsx");
    const r = await run("analyze", input, "--out", out);
    expect(r.err).not.toMatch(/^error /m);
    expect(r.code).toBe(0);
    const source = new ExcelJS.Workbook();
    await source.xlsx.readFile(input);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names = wb.worksheets.map((w) => w.name);
    // Our sheets first, so a printed workbook starts with the analysis; the input's last.
    expect(names).toEqual([...RENDERED_NAMES, ...source.worksheets.map((w) => w.name)]);
    for (const name of RENDERED_NAMES) expect(wb.getWorksheet(name)!.getTables()).toHaveLength(1);

    const measures = tableRows(wb.getWorksheet(SHEET_KINDS.measures.name)!);
    expect(measures.length).toBeGreaterThan(0);
    for (const row of measures) {
      for (const header of ["ประเด็น", "มาตรการ", "ขั้นตอน/วิธีปฏิบัติ", "ผู้รับผิดชอบ", "ระยะเวลา"])
        expect(String(row[header] ?? "").trim()).not.toBe("");
      expect(String(row["ขั้นตอน/วิธีปฏิบัติ"])).toMatch(/^1\. /);
    }
  });

  it("--json - prints the documented shape with the example's figures", async () => {
    const r = await run("analyze", input, "--json", "-");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as AnalysisJson;
    const expected = (await expectedFigures()).find((e) => e.file === file)!;
    expect(json.year).toBe(expected.year);
    expect(json.overall).toMatchObject({ score: expected.overall, level: expected.level });
    expect(json.tools).toMatchObject({ IIT: expected.IIT, EIT: expected.EIT, OIT: expected.OIT });
    expect(json.indicators).toEqual(expected.indicators);
    if (expected.previous) {
      expect(json.previous).toMatchObject({
        year: expected.previous.year,
        overall: { score: expected.previous.overall, level: expected.previous.level },
        indicators: expected.previous.indicators,
      });
      expect(json.comparison!.overall).toBe(Math.round((expected.overall - expected.previous.overall) * 100) / 100);
    } else expect(json.previous).toBeNull();
    for (const item of json.items) {
      expect(["urgent", "improve", "maintain"]).toContain(item.status);
      if (item.score !== null) expect(item.cell).toMatch(/!\$?[A-Z]+\$?\d+$/);
    }
    expect(json.issues.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const m of json.measures) {
      expect(m.measure && m.responsible && m.timeframe).toBeTruthy();
      expect(m.steps.length).toBeGreaterThan(0);
    }
    for (const p of json.problems) expect(p.severity).toBe("warning");
  });

  it("without --out or --json prints a short Thai summary", async () => {
    const r = await run("analyze", input);
    expect(r.code).toBe(0);
    expect(r.out).toContain("คะแนนรวม:");
    expect(r.out).toContain("ประเด็น");
    expect(r.out.split("\n").filter((l) => /^ {2}\d\. /.test(l))).toHaveLength(7);
  });
});

describe("ita analyze refuses to overwrite", () => {
  it("never writes to the input's path, even with --force", async () => {
    const input = path.join(dir, "คะแนน.xlsx");
    await fs.copyFile(path.join(EXAMPLES, EXAMPLE_FILES[0]), input);
    const before = await fs.readFile(input);
    for (const target of [input, path.join(dir, ".", "คะแนน.xlsx")]) {
      const r = await run("analyze", input, "--out", target, "--force");
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/input workbook/);
    }
    const r = await run("analyze", input, "--json", input, "--force");
    expect(r.code).toBe(1);
    expect(await fs.readFile(input)).toEqual(before);
  });

  it("does not replace an existing file without --force, and does with it", async () => {
    const out = path.join(dir, "out.xlsx");
    await fs.writeFile(out, "keep me");
    const r = await run("analyze", path.join(EXAMPLES, EXAMPLE_FILES[0]), "--out", out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--force/);
    expect(await fs.readFile(out, "utf8")).toBe("keep me");
    const forced = await run("analyze", path.join(EXAMPLES, EXAMPLE_FILES[0]), "--out", out, "--force");
    expect(forced.code).toBe(0);
    expect((await fs.readFile(out)).subarray(0, 2).toString()).toBe("PK");
    expect((await fs.readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("writes the JSON to a file and the workbook in one run", async () => {
    const out = path.join(dir, "a.xlsx");
    const json = path.join(dir, "a.json");
    const r = await run("analyze", path.join(EXAMPLES, EXAMPLE_FILES[2]), "--out", out, "--json", json);
    expect(r.code).toBe(0);
    expect(JSON.parse(await fs.readFile(json, "utf8")).year).toBe(2566);
    expect(await exists(out)).toBe(true);
  });

  it("reads the output workbook again: our sheets are not data, and are replaced in place (no second set)", async () => {
    const first = path.join(dir, "first.xlsx");
    const second = path.join(dir, "second.xlsx");
    expect((await run("analyze", path.join(EXAMPLES, EXAMPLE_FILES[0]), "--out", first)).code).toBe(0);
    const r = await run("analyze", first, "--out", second, "--json", "-");
    expect(r.code).toBe(0);
    const again = JSON.parse(r.out) as AnalysisJson;
    const expected = (await expectedFigures())[0];
    expect(again.overall).toMatchObject({ score: expected.overall, level: expected.level });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(second);
    expect(wb.worksheets.map((w) => w.name).filter((n) => n.startsWith(SHEET_KINDS.summary.name))).toEqual([SHEET_KINDS.summary.name]);
  });
});

describe("ita analyze on bad input: exit 1, each bad cell named, nothing written", () => {
  const codes = Array.from({ length: 30 }, (_, k) => `i${k + 1}`);

  it("a score of 105, a text score and one code twice with different scores", async () => {
    const input = path.join(dir, "bad.xlsx");
    const rows: unknown[][] = [["ผลคะแนน ITA รายข้อ ปีงบประมาณ พ.ศ. 2566"], [], ["ข้อคำถาม", "คะแนน"]];
    for (const code of codes) rows.push([code, code === "i5" ? 105 : code === "i7" ? "abc" : 98.5]);
    rows.push(["i9", 90]);
    await writeWorkbook(input, { คะแนน: rows });
    const out = path.join(dir, "out.xlsx");
    const json = path.join(dir, "out.json");
    const r = await run("analyze", input, "--out", out, "--json", json);
    expect(r.code).toBe(1);
    const errors = r.err.split("\n").filter((l) => l.startsWith("error "));
    // The Thai message names the cell, the English gist follows in brackets.
    expect(errors).toContain(
      "error คะแนนในเซลล์ คะแนน!B8 เป็น 105 ซึ่งอยู่นอกช่วง 0–100: แก้เป็นคะแนน 0 ถึง 100 หรือเว้นว่างถ้ายังไม่มีคะแนน (คะแนน!B8: 105 is outside 0–100)",
    ); // i5
    expect(errors.some((l) => l.startsWith("error เซลล์ คะแนน!B10 มีค่า “abc”") && l.endsWith("(คะแนน!B10: “abc” is not a score)"))).toBe(
      true,
    ); // i7
    expect(errors.some((l) => l.includes("คะแนน!B34") && l.includes("คะแนน!B12"))).toBe(true); // i9 twice
    expect(r.err).toMatch(/nothing written/);
    expect(await exists(out)).toBe(false);
    expect(await exists(json)).toBe(false);
    expect(r.out).toBe("");
  });

  it("--json - prints nothing when there is an error", async () => {
    const input = path.join(dir, "bad.xlsx");
    await writeWorkbook(input, { คะแนน: [["ปีงบประมาณ 2566"], ["ข้อ", "คะแนน"], ["i1", 150], ["i2", 90]] });
    const r = await run("analyze", input, "--json", "-");
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
  });

  it("a workbook with no ITA data", async () => {
    const input = path.join(dir, "shopping.xlsx");
    await writeWorkbook(input, { รายการ: [["รายการซื้อของ"], ["สินค้า", "จำนวน"], ["กระดาษ A4", 10], ["ปากกา", 24]] });
    const out = path.join(dir, "out.xlsx");
    const r = await run("analyze", input, "--out", out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^error /m);
    expect(await exists(out)).toBe(false);
  });

  it("a file that is missing, or not a workbook", async () => {
    expect((await run("analyze", path.join(dir, "none.xlsx"))).code).toBe(1);
    const junk = path.join(dir, "junk.xlsx");
    await fs.writeFile(junk, "this is not a zip");
    const r = await run("analyze", junk);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/\.xlsx/);
  });
});

describe("ita --help, --version, usage errors", () => {
  it("prints help and version", async () => {
    const help = await run("--help");
    expect(help.code).toBe(0);
    expect(help.out).toContain("ita analyze <workbook.xlsx>");
    const version = await run("--version");
    expect(version.code).toBe(0);
    expect(version.out).toMatch(/^ita \d+\.\d+\.\d+/);
  });

  it("exits 2 on a usage error", async () => {
    const r = await run("analyze", "--out");
    expect(r.code).toBe(2);
    expect(r.err).toContain("usage");
  });

  it("routes lookup", async () => {
    const r = await run("lookup", "e13", "--year", "2566");
    expect(r.code).toBe(0);
  });
});

describe("the add-in's settings saved in the workbook", () => {
  it("are applied (agency, digits, thresholds), overridden by the command line, and carried into the output", async () => {
    const { defaultSettings } = await import("../../src/core");
    const { readWorkbookSettings } = await import("../../src/cli/workbook-settings");
    const { withSettingsPart } = await import("../../src/xlsx/settings-part");
    const settings = {
      ...defaultSettings(),
      agency: "อบต.จากการตั้งค่า",
      digits: "thai" as const,
      classification: { mode: "threshold" as const, urgentBelow: 90, improveBelow: 99, lowestPerIssue: 3 },
      sheets: [{ id: "{1}", key: "summary" as const, name: "สรุป", writtenAt: "2024-11-23T08:00:00.000Z" }],
    };
    const input = path.join(dir, "with-settings.xlsx");
    const bytes = await fs.readFile(path.join(EXAMPLES, EXAMPLE_FILES[0]));
    const { nodeCodec } = await import("../../src/cli/node-codec");
    await fs.writeFile(input, withSettingsPart(bytes, settings, nodeCodec));

    const r = await run("analyze", input, "--json", "-");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as AnalysisJson;
    expect(json.agency).toBe("อบต.จากการตั้งค่า");
    expect(json.items.find((i) => i.code === "i29")!.status).toBe("urgent"); // 86.61 < 90

    const flagged = JSON.parse((await run("analyze", input, "--json", "-", "--agency", "อื่น")).out) as AnalysisJson;
    expect(flagged.agency).toBe("อื่น");

    const out = path.join(dir, "out.xlsx");
    expect((await run("analyze", input, "--out", out)).code).toBe(0);
    const carried = await readWorkbookSettings(out);
    // The saved settings stay; the records are of the new workbook's sheets (the input's described other sheets).
    expect(carried).toMatchObject({ agency: "อบต.จากการตั้งค่า", digits: "thai" });
    expect(carried!.sheets.map((s) => s.key)).toEqual(["summary", "issues", "measures", "limitations", "library", "problems"]);
    expect(carried!.sheets.map((s) => s.name)).not.toContain("สรุป");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(String(wb.getWorksheet(SHEET_KINDS.summary.name)!.getCell(1, 1).value)).toContain("๒๕๖๖");
  });
});
