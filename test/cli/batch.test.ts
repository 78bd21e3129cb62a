// `ita batch` as a district office runs it: a folder of generated agency workbooks with one bad
// file among them, on worker threads (the compiled command), every good one written, the bad one
// named with its error, exit 1, and an overview whose rows and counts are those of `ita analyze`
// run on each file alone; LibreOffice opens the overview.
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { promises as fs, existsSync } from "node:fs";
import * as path from "node:path";
import { nodeCodec } from "../../src/cli/node-codec";
import type { AnalysisJson } from "../../src/core/report/json";
import { buildOutputWorkbook } from "../../src/xlsx/write";
import { BIN, ensureBuilt, run, tableRows, tempDir } from "./helpers";
import { convert, describeWithOffice } from "./office";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the generator is a plain Node script
const { agencyWorkbook } = require("../../scripts/make-agencies.js") as {
  agencyWorkbook: (
    i: number,
    seed: number,
    bad?: boolean,
  ) => { name: string; sheets: { name: string; values: (string | number | null)[][] }[] };
};

const N = 12;
let dir: string;
let input: string;
let result: ReturnType<typeof spawnSync>;
let stderr: string;

async function writeAgency(file: string, sheets: { name: string; values: (string | number | null)[][] }[]) {
  const source = {
    sheets: sheets.map((s) => ({ name: s.name, outputName: s.name, state: "visible" as const, values: s.values })),
    date1904: false,
    sharedStrings: { items: [], rootAttrs: 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"' },
  };
  await fs.writeFile(file, buildOutputWorkbook(source, [], { codec: nodeCodec }));
}

beforeAll(async () => {
  ensureBuilt();
  dir = await tempDir();
  input = path.join(dir, "อำเภอตัวอย่าง");
  await fs.mkdir(path.join(input, "ตำบลใต้"), { recursive: true });
  for (let i = 0; i < N; i++) {
    const a = agencyWorkbook(i, 7);
    await writeAgency(path.join(input, i % 3 === 0 ? "ตำบลใต้" : "", `${a.name}.xlsx`), a.sheets);
  }
  // The bad one: a score of 105.
  const bad = agencyWorkbook(99, 7, true);
  await writeAgency(path.join(input, "ข้อมูลผิด.xlsx"), bad.sheets);
  await fs.writeFile(path.join(input, "~$ล็อกของ Excel.xlsx"), "lock"); // Excel's lock file: left out
  result = spawnSync(
    process.execPath,
    [
      BIN,
      "batch",
      input,
      "--out-dir",
      path.join(dir, "ผล"),
      "--overview",
      path.join(dir, "ภาพรวม.xlsx"),
      "--json-lines",
      path.join(dir, "lines.jsonl"),
      "--jobs",
      "2",
    ],
    { encoding: "utf8", timeout: 120_000 },
  );
  stderr = String(result.stderr);
}, 180_000);

afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

describe("ita batch on a folder with one bad file", () => {
  it("exits 1, names the bad file with its error at the end, and prints no stack", () => {
    expect(result.status).toBe(1);
    expect(stderr).toContain(`ita: วิเคราะห์ ${N + 1} ไฟล์ ด้วย 2 งานพร้อมกัน`);
    const summary = stderr.slice(stderr.indexOf("ไม่สำเร็จ 1 ไฟล์"));
    expect(summary).toContain(`(${N} done, 1 failed)`);
    expect(summary).toMatch(/- .*ข้อมูลผิด\.xlsx: พบข้อผิดพลาดในข้อมูล 1 รายการ: error คะแนนในเซลล์ คะแนนรายข้อ!C6 เป็น 105/);
    expect(stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it("writes every good agency's workbook under the output folder, in its subfolder", async () => {
    for (let i = 0; i < N; i++) {
      const a = agencyWorkbook(i, 7);
      const out = path.join(dir, "ผล", i % 3 === 0 ? "ตำบลใต้" : "", `${a.name}-ผลวิเคราะห์ITA.xlsx`);
      expect(existsSync(out)).toBe(true);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      expect(wb.worksheets.map((w) => w.name)).toContain("ITA-มาตรการ");
    }
    expect(existsSync(path.join(dir, "ผล", "ข้อมูลผิด-ผลวิเคราะห์ITA.xlsx"))).toBe(false);
    expect(existsSync(path.join(dir, "ผล", "~$ล็อกของ Excel-ผลวิเคราะห์ITA.xlsx"))).toBe(false);
  });

  it("the overview's rows and counts are those of ita analyze on each file alone", async () => {
    const alone = new Map<string, AnalysisJson>();
    for (let i = 0; i < N; i++) {
      const a = agencyWorkbook(i, 7);
      const file = path.join(input, i % 3 === 0 ? "ตำบลใต้" : "", `${a.name}.xlsx`);
      const r = await run("analyze", file, "--json", "-");
      expect(r.code).toBe(0);
      alone.set(path.join(input, path.relative(input, file)), JSON.parse(r.out) as AnalysisJson);
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "ภาพรวม.xlsx"));
    const rows = tableRows(wb.getWorksheet("ภาพรวมหน่วยงาน")!);
    expect(rows).toHaveLength(N);
    for (const row of rows) {
      const json = alone.get(String(row["ไฟล์"]))!;
      expect(json).toBeDefined();
      expect(row["หน่วยงาน"]).toBe(json.agency);
      expect(row["คะแนนรวม"]).toBe(json.overall!.score);
      expect(row["ระดับ"]).toBe(json.overall!.level);
      expect(row["IIT"]).toBe(json.tools.IIT);
      expect(row["OIT"]).toBe(json.tools.OIT);
      expect(row["ตัวชี้วัด 9"]).toBe(json.indicators["9"]);
      expect(row["เร่งด่วน (ข้อ)"]).toBe(json.items.filter((i) => i.status === "urgent").length);
    }
    // Weakest first.
    const scores = rows.map((r) => r["คะแนนรวม"] as number);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));

    const levels = tableRows(wb.getWorksheet("ระดับผลการประเมิน")!);
    const count = (level: string) => [...alone.values()].filter((j) => j.overall?.level === level).length;
    for (const l of levels) expect(l["จำนวนหน่วยงาน"]).toBe(count(String(l["ระดับ"])));
    expect(levels.reduce((s, l) => s + (l["จำนวนหน่วยงาน"] as number), 0)).toBe(N);

    const below = tableRows(wb.getWorksheet("ต่ำกว่า 85 รายเครื่องมือ")!);
    const expectedBelow = [...alone.values()].flatMap((j) =>
      (["IIT", "EIT", "OIT"] as const).filter((t) => j.tools[t] !== undefined && j.tools[t]! < 85).map((t) => `${t} ${j.agency}`),
    );
    expect(
      below
        .filter((b) => b["เครื่องมือ"])
        .map((b) => `${b["เครื่องมือ"]} ${b["หน่วยงาน"]}`)
        .sort(),
    ).toEqual(expectedBelow.sort());

    const weak = tableRows(wb.getWorksheet("ข้อที่อ่อนบ่อย")!);
    const expectedWeak = new Map<string, number>();
    for (const j of alone.values())
      for (const i of j.items)
        if (i.status === "urgent" || i.status === "improve")
          for (const issue of i.issues)
            expectedWeak.set(`${issue}|${j.framework}|${i.code}`, (expectedWeak.get(`${issue}|${j.framework}|${i.code}`) ?? 0) + 1);
    expect(weak.length).toBe(expectedWeak.size);
    for (const w of weak)
      expect(w["หน่วยงานที่อ่อน (แห่ง)"]).toBe(expectedWeak.get(`${String(w["ประเด็น"]).split(".")[0]}|${w["กรอบการประเมิน"]}|${w["ข้อ"]}`));

    const failed = tableRows(wb.getWorksheet("ไฟล์ที่วิเคราะห์ไม่ได้")!);
    expect(failed).toHaveLength(1);
    expect(String(failed[0]["ไฟล์"])).toContain("ข้อมูลผิด.xlsx");
  }, 60_000);

  it("writes one JSON line per file", async () => {
    const lines = (await fs.readFile(path.join(dir, "lines.jsonl"), "utf8"))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(N + 1);
    expect(lines.filter((l) => l.ok)).toHaveLength(N);
    const bad = lines.find((l) => !l.ok);
    expect(bad.file).toContain("ข้อมูลผิด.xlsx");
    expect(bad.error).toContain("105");
    for (const l of lines.filter((x) => x.ok)) expect(l.summary.overall).toEqual(expect.any(Number));
  });
});

describeWithOffice("the overview in LibreOffice")("the overview workbook", () => {
  it("opens in LibreOffice: every sheet converts, the level chart is drawn", async () => {
    const pdfDir = path.join(dir, "pdf");
    expect(convert(dir, "pdf", pdfDir, [path.join(dir, "ภาพรวม.xlsx")]).status).toBe(0);
    const { execFileSync } = await import("node:child_process");
    const text = execFileSync("pdftotext", ["-layout", path.join(pdfDir, "ภาพรวม.pdf"), "-"], { encoding: "utf8" });
    const bare = (s: string) => s.replace(/[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\s]/g, "");
    expect(bare(text)).toContain(bare(`จำนวนหน่วยงานตามระดับผลการประเมิน (${N} แห่ง)`));
    expect(bare(text)).toContain(bare("ข้อที่หน่วยงานได้สถานะแก้ไขโดยเร่งด่วน"));
  }, 180_000);
});
