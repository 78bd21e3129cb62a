// The command and the files staff really have (issue 8): no stack trace for a user's mistake, a
// clear limit, every kind of wrong file named, sheet names Excel refuses, hidden sheets, and one
// writer per output file.
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { promises as fs, existsSync } from "node:fs";
import * as path from "node:path";
import { CliError, fileError } from "../../src/cli/errors";
import { writeOutput } from "../../src/cli/files";
import { BIN, EXAMPLES, EXAMPLE_FILES, ensureBuilt, exists, run, tempDir } from "./helpers";

let dir: string;
beforeAll(() => ensureBuilt(), 120_000);
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => fs.rm(dir, { recursive: true, force: true }));

const example = path.join(EXAMPLES, EXAMPLE_FILES[0]);
const STACK = /\n\s+at .+:\d+:\d+/;

function bin(args: string[], options: { shell?: string } = {}) {
  const r = options.shell
    ? spawnSync("bash", ["-c", options.shell], { encoding: "utf8" })
    : spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** One line on stderr, Thai first, the English in brackets at the end. */
function expectOneThaiLine(stderr: string) {
  const lines = stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^ita: .*[\u0e00-\u0e7f].*\([^()]*[a-z][^()]*\)$/);
  expect(stderr).not.toMatch(STACK);
}

describe("no stack trace for a user's mistake: one Thai line, exit 1", () => {
  it("a file too large to read, refused before it is read", async () => {
    const big = path.join(dir, "ใหญ่.xlsx");
    await fs.writeFile(big, "");
    await fs.truncate(big, 60 * 1024 * 1024); // sparse: 60 MB on paper
    const r = bin(["analyze", big]);
    expect(r.status).toBe(1);
    expectOneThaiLine(r.stderr);
    expect(r.stderr).toContain("มีขนาด 60 MB เกินขนาดที่อ่านได้ 50 MB");
  });

  it("a pipe closed by its reader (--json - | head)", () => {
    const r = bin([], { shell: `set -o pipefail; "${process.execPath}" "${BIN}" analyze "${example}" --json - | head -c 100 > /dev/null` });
    expect(r.status).toBe(1);
    expectOneThaiLine(r.stderr);
    expect(r.stderr).toContain("(broken pipe: output incomplete)");
  });

  (existsSync("/dev/full") ? it : it.skip)("a full disk (writing to /dev/full)", () => {
    const r = bin(["analyze", example, "--json", "/dev/full"]);
    expect(r.status).toBe(1);
    expectOneThaiLine(r.stderr);
    expect(r.stderr).toContain("พื้นที่ดิสก์เต็ม");
    expect(r.stderr).toContain("disk full)");
  });

  const root = process.getuid?.() === 0;
  (root ? it.skip : it)("a file the user may not read", async () => {
    const locked = path.join(dir, "ล็อก.xlsx");
    await fs.copyFile(example, locked);
    await fs.chmod(locked, 0o000);
    const r = bin(["analyze", locked]);
    expect(r.status).toBe(1);
    expectOneThaiLine(r.stderr);
    expect(r.stderr).toContain("permission denied)");
  });

  it("says why in Thai for every system error it knows, and names an unknown one by its code", () => {
    const sys = (code: string) => Object.assign(new Error(`${code}: boom`), { code });
    expect(fileError(sys("EACCES"), "ก.xlsx", "read").message).toBe(
      "อ่านไฟล์ ก.xlsx ไม่ได้ เพราะไม่มีสิทธิ์เข้าถึง: ขอสิทธิ์อ่าน/เขียนไฟล์นี้จากผู้ดูแลเครื่อง หรือคัดลอกไฟล์ไปไว้ในโฟลเดอร์ของตนเองแล้วลองอีกครั้ง (cannot read ก.xlsx: permission denied)",
    );
    expect(fileError(sys("ENOSPC"), "ข.xlsx", "write").message).toMatch(
      /^เขียนไฟล์ ข\.xlsx ไม่ได้ เพราะพื้นที่ดิสก์เต็ม: .*\(cannot write ข\.xlsx: disk full\)$/,
    );
    expect(fileError(sys("ERR_FS_FILE_TOO_LARGE"), "ค.xlsx", "read").message).toContain("(cannot read ค.xlsx: file too large)");
    expect(fileError(sys("EWHATEVER"), "ง.xlsx", "read").message).toContain("ระบบแจ้งข้อผิดพลาด EWHATEVER");
    // Not a system error: a bug, thrown on.
    expect(() => fileError(new TypeError("x is undefined"), "ก.xlsx", "read")).toThrow(TypeError);
  });
});

describe("every kind of wrong file has its own message", () => {
  it("a text file named .xlsx, an empty file, a Word file renamed", async () => {
    const text = path.join(dir, "คะแนน.xlsx");
    await fs.writeFile(text, "ข้อ,คะแนน\ni1,98\n");
    let r = await run("analyze", text);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^ita: .*คะแนน\.xlsx: ไฟล์นี้เป็นไฟล์ข้อความ/);
    const empty = path.join(dir, "ว่าง.xlsx");
    await fs.writeFile(empty, "");
    r = await run("analyze", empty);
    expect(r.err).toContain("ไฟล์นี้ว่างเปล่า");
  });

  it("reads a CSV exported from a sheet as that sheet", async () => {
    const csv = path.join(dir, "คะแนน.csv");
    const rows = [["ผลคะแนน ITA รายข้อ ปีงบประมาณ พ.ศ. 2566"], [], ["ข้อ", "คะแนน"]];
    for (let k = 1; k <= 30; k++) rows.push([`i${k}`, String(90 + (k % 9))]);
    await fs.writeFile(csv, rows.map((r) => r.join(",")).join("\r\n"));
    const r = await run("analyze", csv, "--json", "-");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.year).toBe(2566);
    expect(json.items.find((i: { code: string }) => i.code === "i1")).toMatchObject({ score: 91, cell: "คะแนน!B4" });
    const out = path.join(dir, "ผล.xlsx");
    expect((await run("analyze", csv, "--out", out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toContain("คะแนน");
    expect(wb.getWorksheet("คะแนน")!.getCell("B4").value).toBe(91);
  });
});

describe("sheet names Excel refuses, and hidden sheets", () => {
  async function exampleWith(edit: (wb: ExcelJS.Workbook) => void): Promise<string> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(example);
    edit(wb);
    const file = path.join(dir, "แก้.xlsx");
    await wb.xlsx.writeFile(file);
    return file;
  }

  it("copies a sheet named History or longer than 31 characters under a safe name, with a warning naming both", async () => {
    // exceljs refuses both names, so they are set in the XML after it writes.
    const file = await exampleWith((wb) => {
      wb.getWorksheet("สรุปตัวชี้วัด")!.name = "HISTORYX";
      wb.getWorksheet("OIT")!.name = "LONGNAMEX";
    });
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    const long = "ผลการประเมินการเปิดเผยข้อมูลสาธารณะ OIT";
    const workbook = (await zip.file("xl/workbook.xml")!.async("string")).replace("HISTORYX", "History").replace("LONGNAMEX", long);
    zip.file("xl/workbook.xml", workbook);
    await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));

    const out = path.join(dir, "ผล.xlsx");
    const r = await run("analyze", file, "--out", out);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^warning ชื่อชีต “History” เป็นชื่อที่ Excel สงวนไว้ จึงคัดลอกชีตนี้ลงสมุดงานใหม่ในชื่อ “History-1”: /m);
    expect(r.err).toContain(`ชื่อชีต “${long}” ยาวเกิน 31 ตัวอักษร`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toContain("History-1");
    const short = names.find((n) => n !== long && long.startsWith(n.trim()))!;
    expect(short.length).toBeLessThanOrEqual(31);
    expect(wb.getWorksheet(short)!.getCell("A4").value).toBe("o1 โครงสร้าง"); // the data came along
    expect(wb.getWorksheet("History-1")!.getCell("D15").value).toEqual(expect.any(Number));
    // The analysis read them like any sheet: the usual figures.
    const json = JSON.parse((await run("analyze", file, "--json", "-")).out);
    expect(json.overall).toMatchObject({ score: 92.59, level: "ผ่านดี" });
  });

  it("names a hidden or very hidden sheet in every problem about it", async () => {
    const file = await exampleWith((wb) => {
      const hidden = wb.addWorksheet("คะแนนเก่า", { state: "hidden" });
      hidden.addRows([["ปีงบประมาณ 2566"], ["ข้อ", "คะแนน"], ["i1", 150]]);
      const very = wb.addWorksheet("สำรอง", { state: "veryHidden" });
      very.addRows([["ปีงบประมาณ 2566"], ["ข้อ", "คะแนน"], ["i2", 120]]);
    });
    const r = await run("analyze", file);
    expect(r.code).toBe(1);
    const lines = r.err.split("\n");
    const i1 = lines.find((l) => l.includes("คะแนนเก่า!B3"))!;
    expect(i1).toContain("ชีต “คะแนนเก่า” ถูกซ่อนอยู่: คลิกขวาที่แถบชื่อชีต");
    expect(i1).toMatch(/sheet "คะแนนเก่า" is hidden\)$/);
    const i2 = lines.find((l) => l.includes("สำรอง!B3"))!;
    expect(i2).toContain("ชีต “สำรอง” ถูกซ่อนแบบพิเศษ (very hidden)");
    expect(i2).toContain("Alt+F11");
  });
});

describe("one writer per output file", () => {
  it("without --force the file is created exclusively when it is written: a file that appeared meanwhile is not replaced", async () => {
    const out = path.join(dir, "ผล.xlsx");
    await writeOutput(out, "first", false);
    await expect(writeOutput(out, "second", false)).rejects.toThrow(CliError);
    await expect(writeOutput(out, "second", false)).rejects.toThrow(/มีไฟล์ .*ผล\.xlsx อยู่แล้ว: ใช้ --force/);
    expect(await fs.readFile(out, "utf8")).toBe("first");
    await writeOutput(out, "third", true);
    expect(await fs.readFile(out, "utf8")).toBe("third");
  });

  it("of four runs writing the same new file at once, one writes it and three fail with a clear message", async () => {
    const out = path.join(dir, "พร้อมกัน.xlsx");
    const runs = await Promise.all([0, 1, 2, 3].map(() => run("analyze", example, "--out", out)));
    expect(runs.filter((r) => r.code === 0)).toHaveLength(1);
    const failed = runs.filter((r) => r.code !== 0);
    expect(failed).toHaveLength(3);
    for (const f of failed) expect(f.err).toMatch(/^ita: มีไฟล์ .*พร้อมกัน\.xlsx อยู่แล้ว: ใช้ --force เพื่อเขียนทับ/m);
    expect(await exists(out)).toBe(true);
    expect((await fs.readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("a stray cell far out on a sheet", () => {
  // Reading is sparse (test/xlsx/read.test.ts) and so is the engine's grid (test/core/reader/grid.test.ts):
  // one cell at XFD1048576 costs one entry, on whichever sheet it is. How long it takes, as a whole
  // process, is `far_cell_ms` in `npm run bench` (target: under 2 s).
  it.each(["คะแนนรายข้อ", "OIT", "สรุปตัวชี้วัด"])("a space at XFD1048576 on sheet %s gives the normal result", async (sheet) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(example);
    expect(wb.worksheets.map((w) => w.name)).toContain(sheet);
    wb.getWorksheet(sheet)!.getCell("XFD1048576").value = " ";
    const file = path.join(dir, "ไกล.xlsx");
    await wb.xlsx.writeFile(file);
    const r = await run("analyze", file, "--json", "-");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).overall).toMatchObject({ score: 92.59, level: "ผ่านดี" });
  });
});
