// Issue 7 end to end: the workbooks of scripts/make-trust-workbooks.js through the installed command
// (`node bin/ita.js`, on the compiled build/), as a user runs it: exit codes, figures, cells named.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, promises as fs, readdirSync, statSync } from "node:fs";
import * as path from "node:path";
import type { AnalysisJson } from "../../src/core/report/json";
import { ROOT, tempDir } from "./helpers";

const WORKBOOKS = path.join(ROOT, "test", "fixtures", "workbooks");
const entry = path.join(ROOT, "build", "cli", "main.js");

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

beforeAll(() => {
  const sources = Math.max(...["core", "xlsx", "cli"].map((d) => newest(path.join(ROOT, "src", d))));
  if (!existsSync(entry) || statSync(entry).mtimeMs < sources)
    execFileSync(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT });
}, 120_000);

function ita(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "ita.js"), ...args], { encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const json = (file: string, ...extra: string[]) => {
  const r = ita("analyze", path.join(WORKBOOKS, file), "--json", "-", ...extra);
  return { ...r, json: r.code === 0 ? (JSON.parse(r.out) as AnalysisJson) : undefined };
};

describe("ita analyze on the issue 7 workbooks", () => {
  it("OIT titles without codes: exit 0, 93.57 ผ่านดี, OIT computed 90.00, five urgent items with their cells", () => {
    const r = json("oit-titles-2566.xlsx");
    expect(r.code).toBe(0);
    expect(r.json!.overall).toMatchObject({ score: 93.57, level: "ผ่านดี", source: "computed" });
    expect(r.json!.figures.tools.OIT).toMatchObject({ score: 90, source: "computed" });
    expect(r.json!.items.filter((i) => i.status === "urgent").map((i) => [i.code, i.cell])).toEqual([
      ["o13", "OIT!B17"],
      ["o17", "OIT!B21"],
      ["o22", "OIT!B27"],
      ["o26", "OIT!B32"],
      ["o30", "OIT!B37"],
    ]);
    expect(r.err).toMatch(/^warning แถวที่ OIT!A4 ไม่มีรหัสข้อ .* จึงอ่านเป็นข้อ o1: .*\(OIT!A4: no code; the text is o1.s \(2566\): read as o1\)$/m);
  });

  it("a stated level: exit 0, ผ่าน with the computed ผ่านดี in a warning and in the JSON", () => {
    const r = json("stated-level-2566.xlsx");
    expect(r.code).toBe(0);
    expect(r.json!.overall).toMatchObject({ level: "ผ่าน", levelSource: "official", levelCell: "ผลการประเมิน!A15", computedLevel: "ผ่านดี" });
    expect(r.err).toMatch(/^warning ระดับผลการประเมินที่ ผลการประเมิน!A15 คือ “ผ่าน” ต่างจาก/m);
  });

  it("error values: exit 1, no JSON written, each cell named", () => {
    const r = json("error-values-2566.xlsx");
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    for (const cell of ["คะแนน!C4", "คะแนน!C6", "คะแนน!C8"]) expect(r.err).toContain(`error เซลล์ ${cell} มีค่าผิดพลาด`);
  });

  it("a 2567 table under a 2566 title: exit 1 naming the 2567 framework; with --framework 2567, exit 0", () => {
    const refused = json("questions-2567-title-2566.xlsx");
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^error ข้อความในตาราง IIT!A1:C17 .* ตรงกับข้อคำถามของกรอบปี 2567/m);
    const chosen = json("questions-2567-title-2566.xlsx", "--framework", "2567");
    expect(chosen.code).toBe(0);
    expect(chosen.json!.framework).toBe("2567");
    expect(chosen.json!.items.find((i) => i.code === "i5")!.finding).toContain("เบิกจ่ายเงินเป็นเท็จ");
  });

  it("a summary-only workbook: exit 0, and the measures sheet answers indicator 9 at the indicator level", async () => {
    const dir = await tempDir();
    try {
      const out = path.join(dir, "out.xlsx");
      const r = ita("analyze", path.join(WORKBOOKS, "summary-only-2566.xlsx"), "--out", out, "--json", path.join(dir, "a.json"));
      expect(r.code).toBe(0);
      const a = JSON.parse(await fs.readFile(path.join(dir, "a.json"), "utf8")) as AnalysisJson;
      expect(a.measures.find((m) => m.indicators.includes(9))).toMatchObject({ issue: 3, status: "urgent" });
      expect(existsSync(out)).toBe(true);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

describe("the workbooks are what the script makes", () => {
  it("scripts/make-trust-workbooks.js writes the same bytes and figures as the committed fixtures", async () => {
    const dir = await tempDir();
    try {
      execFileSync(process.execPath, [path.join(ROOT, "scripts", "make-trust-workbooks.js"), dir], { cwd: ROOT });
      const files = readdirSync(WORKBOOKS).sort();
      expect(readdirSync(dir).sort()).toEqual(files);
      for (const f of files)
        expect([f, (await fs.readFile(path.join(dir, f))).equals(await fs.readFile(path.join(WORKBOOKS, f)))]).toEqual([f, true]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
