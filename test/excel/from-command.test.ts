// A workbook the `ita` command wrote, opened in Excel with the add-in: its sheets are known as ours
// by their markers and the settings part's records (not read as data), replaced on a run with
// what staff typed carried, never doubled. The fake is built from the file as our reader reads it,
// as Excel would show it: values, formulas, number formats, the sheet-scoped markers, the part.
import { promises as fs } from "node:fs";
import * as path from "node:path";
import * as os from "node:os";
import { COLS, defaultSettings, MARKER_NAME, parseSettings, serializeSettings, SETTINGS_NAMESPACE, SHEET_KINDS } from "../../src/core";
import { nodeCodec } from "../../src/cli/node-codec";
import { runAnalysis, scanWorkbook } from "../../src/excel/run";
import { engine } from "../../src/taskpane/engine";
import { readWorkbookFile } from "../../src/xlsx/read";
import { EXAMPLES, EXAMPLE_FILES, run } from "../cli/helpers";
import { XlsxEdit } from "../cli/xlsx-edit";
import { FakeExcel } from "./fake-excel";

async function commandOutput(): Promise<Uint8Array> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ita-from-command-"));
  try {
    const out = path.join(dir, "out.xlsx");
    expect((await run("analyze", path.join(EXAMPLES, EXAMPLE_FILES[0]), "--out", out)).code).toBe(0);
    return new Uint8Array(await fs.readFile(out));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** The file as Excel shows it to the add-in. */
function excelOf(bytes: Uint8Array): FakeExcel {
  const book = readWorkbookFile(bytes, { codec: nodeCodec });
  const excel = new FakeExcel();
  book.known.forEach((k) => {
    const sheet = excel.model.addSheet(k.name);
    const values = k.cells?.values ?? [];
    values.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (v !== null && v !== undefined && v !== "") sheet.at(r, c).value = v;
      }),
    );
    for (const [key, f] of k.formulas) sheet.at(Math.floor(key / COLS), key % COLS).formula = f;
    for (const [key, f] of k.formats) sheet.at(Math.floor(key / COLS), key % COLS).format = f;
    if (k.markerText !== undefined) sheet.names.set(MARKER_NAME, { formula: `=${k.markerText}`, visible: false });
  });
  if (book.settings) excel.model.addPart(serializeSettings(book.settings));
  return excel;
}

const saved = (excel: FakeExcel) => parseSettings(excel.model.parts.find((p) => p.namespaceUri === SETTINGS_NAMESPACE)!.xml)!.settings;

describe("a workbook the command wrote, in the add-in", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await commandOutput();
  }, 60_000);

  it("is scanned with the command's sheets as ours, not as data", async () => {
    const excel = excelOf(bytes);
    const scan = await scanWorkbook(excel.run);
    expect(scan.ownSheets.map((s) => s.name)).toEqual([
      SHEET_KINDS.summary.name,
      SHEET_KINDS.issues.name,
      SHEET_KINDS.measures.name,
      SHEET_KINDS.library.name,
      SHEET_KINDS.problems.name,
    ]);
    expect(scan.cells.sheets.map((s) => s.name)).toEqual([SHEET_KINDS.library.name, "คะแนนรายข้อ", "OIT", "สรุปตัวชี้วัด"]);
  });

  it("is run on: the sheets are replaced in place with staff edits carried, no second set, the limitations sheet left", async () => {
    const excel = excelOf(bytes);
    const book = readWorkbookFile(bytes, { codec: nodeCodec });
    const print = book.settings!.sheets.find((s) => s.key === "measures")!.print!;
    const measures = excel.model.sheet(SHEET_KINDS.measures.name);
    const finding = "ผู้รับบริการร้องเรียนเรื่องความล่าช้า 3 ครั้งในไตรมาสแรก";
    measures.at(print.headerRow + 2, 1).value = finding;
    measures.typeFormula(`E${print.headerRow + 2}`, '="กอง"&"คลัง"', "กองคลัง");
    const limits = excel.model.sheet(SHEET_KINDS.limitations.name);
    const before = names(excel);

    const out = await runAnalysis(excel.run, engine, { ...(book.settings ?? defaultSettings()) }, () => {});
    expect(out.kind).toBe("written");
    if (out.kind !== "written") return;
    expect(names(excel)).toEqual(before);
    expect(names(excel).filter((n) => / \(\d+\)$/.test(n) || n.includes("เดิม"))).toEqual([]);
    const now = excel.model.sheet(SHEET_KINDS.measures.name);
    expect(now.id).not.toBe(measures.id);
    expect(now.at(print.headerRow + 2, 1).value).toBe(finding);
    expect(now.cell(`E${print.headerRow + 2}`)!.formula).toBe('="กอง"&"คลัง"');
    expect(out).toMatchObject({ edited: 2, carried: 2, keptCopies: [] });
    // The limitations sheet staff fill in is the same sheet, untouched.
    expect(excel.model.sheet(SHEET_KINDS.limitations.name)).toBe(limits);
    expect(saved(excel).sheets.map((s) => s.key)).toEqual(["summary", "issues", "measures", "library", "problems", "limitations"]);
  });
});

describe("a workbook whose progress columns staff filled, after `ita progress` wrote its sheet", () => {
  it("keeps every progress cell and the progress sheet on an add-in run", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ita-progress-addin-"));
    try {
      const first = path.join(dir, "first.xlsx");
      expect((await run("analyze", path.join(EXAMPLES, "municipality-2567-two-years.xlsx"), "--out", first)).code).toBe(0);
      const print = readWorkbookFile(await fs.readFile(first), { codec: nodeCodec }).settings!.sheets.find(
        (s) => s.key === "measures",
      )!.print!;
      // Columns I–N: สถานะ, ร้อยละ, ผลการดำเนินงาน, ปัญหาอุปสรรค, หลักฐาน / ลิงก์, วันที่รายงาน; rows 8–16.
      const typed: [number, number, string | number][] = [
        [print.headerRow + 1, 8, "ดำเนินการแล้ว"],
        [print.headerRow + 1, 9, 100],
        [print.headerRow + 1, 12, "https://www.banmai.go.th/ita/o43/plan"],
        [print.headerRow + 2, 8, "กำลังดำเนินการ"],
        [print.headerRow + 2, 10, "เปิดระบบคิวแล้ว 2 งาน"],
        [print.headerRow + 3, 11, "รอการอนุมัติงบประมาณ"],
        [print.headerRow + 4, 13, "31/3/2568"],
      ];
      const edit = new XlsxEdit(await fs.readFile(first));
      for (const [r, c, v] of typed)
        if (typeof v === "number") edit.setCell(SHEET_KINDS.measures.name, r, c, { inner: `<v>${v}</v>` });
        else edit.text(SHEET_KINDS.measures.name, r, c, v);
      const filled = path.join(dir, "filled.xlsx");
      await fs.writeFile(filled, edit.bytes());
      const withSheet = path.join(dir, "progress.xlsx");
      expect((await run("progress", filled, "--as-of", "2568-03-31", "--out", withSheet)).code).toBe(0);

      const bytes = new Uint8Array(await fs.readFile(withSheet));
      const excel = excelOf(bytes);
      const progress = excel.model.sheet(SHEET_KINDS.progress.name);
      const book = readWorkbookFile(bytes, { codec: nodeCodec });
      const out = await runAnalysis(excel.run, engine, { ...(book.settings ?? defaultSettings()) }, () => {});
      expect(out.kind).toBe("written");
      const measures = excel.model.sheet(SHEET_KINDS.measures.name);
      for (const [r, c, v] of typed) expect([r, c, measures.at(r, c).value]).toEqual([r, c, v]);
      expect(names(excel).filter((n) => n.includes("เดิม") || / \(\d+\)$/.test(n))).toEqual([]);
      // The progress sheet is the report as of its day: an analysis run leaves it as it is, still ours.
      expect(excel.model.sheet(SHEET_KINDS.progress.name)).toBe(progress);
      expect(saved(excel).sheets.map((s) => s.key)).toContain("progress");
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

const names = (excel: FakeExcel) => excel.model.sheets.map((s) => s.name);
