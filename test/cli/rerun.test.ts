// `ita analyze --out` run again on a workbook it wrote, after staff worked in it: every sheet of
// ours is known by its marker and the settings part's records, replaced in place with what staff
// typed carried (values, formulas, a filled-down shared formula, number formats, a column they
// added, the title), or kept under a dated name when it cannot be; never a second set "(2)".
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { COLS, SHEET_KINDS, type Settings, type SheetRecord } from "../../src/core";
import { nodeCodec } from "../../src/cli/node-codec";
import { type ReadWorkbook, readWorkbookFile } from "../../src/xlsx/read";
import { numberFormatsOf } from "../../src/xlsx/styles";
import { EXAMPLES, EXAMPLE_FILES, run, tempDir } from "./helpers";
import { convert, describeWithOffice } from "./office";
import { XlsxEdit } from "./xlsx-edit";

const read = async (file: string): Promise<ReadWorkbook> => readWorkbookFile(await fs.readFile(file), { codec: nodeCodec });
const record = (settings: Settings | undefined, key: string): SheetRecord => settings!.sheets.find((s) => s.key === key)!;
const sheetOf = (book: ReadWorkbook, name: string) => book.known.find((s) => s.name === name)!;
const valueAt = (book: ReadWorkbook, name: string, r: number, c: number) => sheetOf(book, name).cells?.values[r]?.[c];
const names = (book: ReadWorkbook) => book.known.map((s) => s.name);
const MEASURES = SHEET_KINDS.measures.name;
const SUMMARY = SHEET_KINDS.summary.name;
const RENAMED = "มาตรการ ปี 2568";
const FINDING = "ผู้รับบริการร้องเรียนเรื่องความล่าช้า 3 ครั้งในไตรมาสแรก";
const TITLE = "สรุปผลการประเมิน ITA (ฉบับเสนอผู้บริหาร)";
// Columns of the measures sheet: issue, finding, measure, steps, responsible (E) … evidence (H).
const FINDING_COL = 1;
const RESPONSIBLE_COL = 4;
const ADDED_COL = 8;

let dir: string;
let first: string;
beforeAll(async () => {
  dir = await tempDir();
  first = path.join(dir, "first.xlsx");
  expect((await run("analyze", path.join(EXAMPLES, EXAMPLE_FILES[0]), "--out", first)).code).toBe(0);
});
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

describe("the command's output carries its marks", () => {
  it("each sheet of ours has a marker and a record with its fingerprint; the user's sheets have none", async () => {
    const book = await read(first);
    const ours = book.known.filter((s) => s.role.kind === "generated");
    expect(ours.map((s) => s.name)).toEqual([SUMMARY, "ITA-วิเคราะห์รายประเด็น", MEASURES, "ITA-ข้อจำกัด", "ITA-คลังมาตรการ", "ITA-ปัญหาข้อมูล"]);
    expect(book.known.filter((s) => s.role.kind === "user").map((s) => s.name)).toEqual(["คะแนนรายข้อ", "OIT", "สรุปตัวชี้วัด"]);
    for (const s of ours) {
      expect(s.marker).toBeDefined();
      const r = book.settings!.sheets.find((x) => x.marker === s.marker!.token)!;
      expect(r).toMatchObject({ name: s.name, id: `file:${book.known.indexOf(s)}` });
      expect(r.print?.columns.length).toBeGreaterThan(0);
    }
    // The engine reads the user's sheets and our library only.
    expect(book.cells.sheets.map((s) => s.name)).toEqual(["ITA-คลังมาตรการ", "คะแนนรายข้อ", "OIT", "สรุปตัวชี้วัด"]);
    expect(book.cells.ownSheets).toEqual(ours.map((s) => s.name));
  });

  it("a re-run with nothing typed replaces every sheet in place and gives the same figures", async () => {
    const again = path.join(dir, "again.xlsx");
    const r = await run("analyze", first, "--out", again, "--json", "-");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).overall.score).toBe(JSON.parse((await run("analyze", first, "--json", "-")).out).overall.score);
    expect(r.err).toContain("ในชื่อและตำแหน่งเดิม (5 sheet(s) replaced in place)");
    expect(r.err).not.toContain("นำสิ่งที่เจ้าหน้าที่");
    expect(r.err).toContain("คงแผ่นงาน “ITA-ข้อจำกัด” ไว้ตามที่เจ้าหน้าที่กรอก");
    expect(names(await read(again))).toEqual(names(await read(first)));
  });
});

describe("a re-run on a workbook staff edited", () => {
  let edited: string;
  let out: string;
  let err: string;
  let header: number;
  let before: ReadWorkbook;
  let after: ReadWorkbook;
  let twoDecimals: number;

  beforeAll(async () => {
    before = await read(first);
    header = record(before.settings, "measures").print!.headerRow;
    const edit = new XlsxEdit(await fs.readFile(first));
    // A style of ours with the format 0.00 (the summary's scores), as staff would pick it.
    const formatOf = numberFormatsOf(edit.parts.get("xl/styles.xml"));
    twoDecimals = Array.from({ length: 200 }, (_, i) => i).find((i) => formatOf(i) === "0.00")!;
    const h = header + 1; // 1-based header row
    edit.text(MEASURES, header + 2, FINDING_COL, FINDING);
    edit.text(MEASURES, header, ADDED_COL, "งบประมาณ (บาท)");
    edit.setCell(MEASURES, header + 1, ADDED_COL, { inner: "<v>15000</v>", s: twoDecimals });
    edit.setCell(MEASURES, header + 3, ADDED_COL, { inner: "<v>2500</v>" });
    edit.setCell(MEASURES, header + 1, RESPONSIBLE_COL, { t: "str", inner: '<f>"กอง"&amp;"คลัง"</f><v>กองคลัง</v>' });
    // Filled down from E(h+3) to E(h+5): one shared formula, as Excel saves it.
    edit.setCell(MEASURES, header + 3, RESPONSIBLE_COL, {
      t: "str",
      inner: `<f t="shared" ref="E${h + 3}:E${h + 5}" si="0">A${h + 3}&amp;" (ผู้รับผิดชอบ)"</f><v>x</v>`,
    });
    edit.setCell(MEASURES, header + 4, RESPONSIBLE_COL, { t: "str", inner: '<f t="shared" si="0"/><v>x</v>' });
    edit.setCell(MEASURES, header + 5, RESPONSIBLE_COL, { t: "str", inner: '<f t="shared" si="0"/><v>x</v>' });
    edit.text(SUMMARY, 0, 0, TITLE);
    edit.renameSheet(MEASURES, RENAMED);
    edited = path.join(dir, "edited.xlsx");
    await fs.writeFile(edited, edit.bytes());
    out = path.join(dir, "second.xlsx");
    const r = await run("analyze", edited, "--out", out);
    expect(r.code).toBe(0);
    err = r.err;
    after = await read(out);
  });

  it("reads the shared formula of the edited file as each cell's own", async () => {
    const book = await read(edited);
    const f = sheetOf(book, RENAMED).formulas;
    const h = header + 1;
    expect([3, 4, 5].map((d) => f.get((header + d) * COLS + RESPONSIBLE_COL))).toEqual([3, 4, 5].map((d) => `=A${h + d}&" (ผู้รับผิดชอบ)"`));
    expect(f.get((header + 1) * COLS + RESPONSIBLE_COL)).toBe('="กอง"&"คลัง"');
  });

  it("gives no second set, keeps the renamed sheet's name and place, and keeps no copy", () => {
    expect(names(after)).toEqual(names(before).map((n) => (n === MEASURES ? RENAMED : n)));
    expect(names(after).filter((n) => / \(\d+\)$/.test(n) || n.includes("เดิม"))).toEqual([]);
    expect(sheetOf(after, RENAMED).role).toMatchObject({ kind: "generated", sheetKind: "measures" });
  });

  it("carries every staff value at its row id and column, the title, and says so in Thai", () => {
    expect(valueAt(after, RENAMED, header + 2, FINDING_COL)).toBe(FINDING);
    expect(valueAt(after, RENAMED, header, ADDED_COL)).toBe("งบประมาณ (บาท)");
    expect(valueAt(after, RENAMED, header + 1, ADDED_COL)).toBe(15000);
    expect(valueAt(after, RENAMED, header + 3, ADDED_COL)).toBe(2500);
    expect(valueAt(after, SUMMARY, 0, 0)).toBe(TITLE);
    // What the analysis writes is still there beside them.
    expect(valueAt(after, RENAMED, header + 2, 2)).toBe(valueAt(before, MEASURES, header + 2, 2));
    // 1 finding, the added column (header and 2 values), 4 formulas, the title.
    expect(err).toContain("นำสิ่งที่เจ้าหน้าที่พิมพ์หรือแก้ไขไว้ 9 ช่องมาใส่ในแผ่นงานใหม่แล้ว (9 of 9 staff edit(s) carried)");
    expect(err).toContain(`“${RENAMED}”`);
  });

  it("keeps formulas as formulas and a number format staff chose", () => {
    const s = sheetOf(after, RENAMED);
    const h = header + 1;
    expect(s.formulas.get((header + 1) * COLS + RESPONSIBLE_COL)).toBe('="กอง"&"คลัง"');
    for (const d of [3, 4, 5]) expect(s.formulas.get((header + d) * COLS + RESPONSIBLE_COL)).toBe(`=A${h + d}&" (ผู้รับผิดชอบ)"`);
    expect(s.formats.get((header + 1) * COLS + ADDED_COL)).toBe("0.00");
  });

  it("records the new sheets for the next run, which carries the same edits again", async () => {
    expect(after.settings!.sheets.map((r) => r.key)).toEqual(["summary", "issues", "measures", "library", "problems", "limitations"]);
    expect(record(after.settings, "measures").name).toBe(RENAMED);
    const third = path.join(dir, "third.xlsx");
    const r = await run("analyze", out, "--out", third);
    expect(r.code).toBe(0);
    const book = await read(third);
    expect(names(book)).toEqual(names(after));
    expect(valueAt(book, RENAMED, header + 2, FINDING_COL)).toBe(FINDING);
    expect(valueAt(book, RENAMED, header + 1, ADDED_COL)).toBe(15000);
    expect(sheetOf(book, RENAMED).formulas.get((header + 4) * COLS + RESPONSIBLE_COL)).toBe(`=A${header + 5}&" (ผู้รับผิดชอบ)"`);
  });
});

describe("a re-run after the settings part was lost", () => {
  it("replaces the untouched sheets by their markers and keeps the edited one under a dated name", async () => {
    const edit = new XlsxEdit(await fs.readFile(first));
    const header = record((await read(first)).settings, "measures").print!.headerRow;
    edit.text(MEASURES, header + 1, RESPONSIBLE_COL, "นางสาวใจดี มีสุข (กองคลัง)");
    edit.dropSettings();
    const input = path.join(dir, "lost.xlsx");
    await fs.writeFile(input, edit.bytes());
    expect((await read(input)).settings).toBeUndefined();
    const out = path.join(dir, "lost-out.xlsx");
    const r = await run("analyze", input, "--out", out);
    expect(r.code).toBe(0);
    const book = await read(out);
    const copy = names(book).find((n) => n.startsWith(`${MEASURES} เดิม `))!;
    expect(copy).toMatch(/^ITA-มาตรการ เดิม \d+-\d+-25\d\d$/);
    expect(names(book).filter((n) => / \(\d+\)$/.test(n))).toEqual([]);
    // Each new sheet in the place of the one it replaces (ours first), the kept copy right after it.
    const at = names(book).indexOf(SUMMARY);
    expect(names(book).slice(at, at + 4)).toEqual([SUMMARY, "ITA-วิเคราะห์รายประเด็น", MEASURES, copy]);
    // The staff text is in the kept copy (values), which is marked and recorded as one.
    expect(book.known.find((s) => s.name === copy)!.role.kind).toBe("copy");
    expect(book.settings!.sheets.find((s) => s.name === copy)?.key).toBe("copy");
    const raw = readWorkbookFile(await fs.readFile(out), { codec: nodeCodec, keepCopy: true });
    expect(raw.source.sheets.find((s) => s.name === copy)!.copy!.rows.join("")).toContain("นางสาวใจดี มีสุข (กองคลัง)");
    expect(r.err).toContain(`จึงเก็บแผ่นงานเดิมไว้ในชื่อ “${copy}”`);
  });
});

describe("a file that lost both its markers and its settings part", () => {
  it("reads our old sheets as data, and every problem about them says why and what to do", async () => {
    const edit = new XlsxEdit(await fs.readFile(first));
    edit.dropSettings();
    edit.parts.set(
      "xl/workbook.xml",
      edit.parts.get("xl/workbook.xml")!.replace(/<definedName name="ITA_SHEET"[^>]*>[^<]*<\/definedName>/g, ""),
    );
    const input = path.join(dir, "unmarked.xlsx");
    await fs.writeFile(input, edit.bytes());
    expect((await read(input)).known.every((s) => s.role.kind === "user")).toBe(true);
    const r = await run("analyze", input, "--out", path.join(dir, "unmarked-out.xlsx"));
    expect(r.code).toBe(1);
    const about = r.err.split("\n").filter((l) => l.includes(`'${SUMMARY}'!`));
    expect(about.length).toBeGreaterThan(0);
    for (const line of about) expect(line).toContain(`แผ่นงาน “${SUMMARY}” มีชื่อเหมือนแผ่นงานที่ ITA สร้าง แต่ไม่มีเครื่องหมายของ ITA`);
  });
});

describe("a user's own sheet named like ours", () => {
  it("is read as data when nothing marks it as ours", async () => {
    const book = await read(path.join(EXAMPLES, EXAMPLE_FILES[0]));
    expect(book.known.every((s) => s.role.kind === "user")).toBe(true);
    const edit = new XlsxEdit(await fs.readFile(path.join(EXAMPLES, EXAMPLE_FILES[0])));
    edit.renameSheet("คะแนนรายข้อ", SUMMARY);
    const input = path.join(dir, "named-like-ours.xlsx");
    await fs.writeFile(input, edit.bytes());
    const r = await run("analyze", input, "--json", "-");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const e13 = json.items.find((i: { code: string }) => i.code === "e13");
    expect(e13.score).toBe(82.6);
    expect(e13.cell).toBe(`'${SUMMARY}'!B51`);
  });
});

describeWithOffice("the LibreOffice open test")("the re-run's output in LibreOffice", () => {
  it("opens, and computes the formulas staff typed", async () => {
    const out = path.join(dir, "second.xlsx");
    const csv = path.join(dir, "csv");
    expect(convert(dir, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", csv, [out]).status).toBe(0);
    const text = await fs.readFile(path.join(csv, `second-${RENAMED}.csv`), "utf8");
    expect(text).toContain("กองคลัง");
    expect(text).toContain(FINDING);
    expect(text).toMatch(/ \(ผู้รับผิดชอบ\)/);
  }, 180_000);

  it("saved again by LibreOffice (markers and settings part kept), re-runs with the edits carried and no copy", async () => {
    const saved = path.join(dir, "lo");
    expect(convert(dir, "xlsx:Calc MS Excel 2007 XML", saved, [path.join(dir, "second.xlsx")]).status).toBe(0);
    const out = path.join(dir, "after-lo.xlsx");
    const r = await run("analyze", path.join(saved, "second.xlsx"), "--out", out);
    expect(r.code).toBe(0);
    expect(r.err).not.toContain("จึงเก็บแผ่นงานเดิม");
    const book = await read(out);
    expect(names(book).filter((n) => / \(\d+\)$/.test(n) || n.includes("เดิม"))).toEqual([]);
    const header = record(book.settings, "measures").print!.headerRow;
    expect(valueAt(book, RENAMED, header + 2, FINDING_COL)).toBe(FINDING);
    expect(valueAt(book, RENAMED, header + 1, ADDED_COL)).toBe(15000);
  }, 180_000);
});
