/** @jest-environment jsdom */
// Running the add-in again on a workbook staff have worked in, against the recording fake Excel and
// the real engine: whatever staff typed into the sheets it wrote is carried into the new sheets or
// kept in a dated copy, and the pane's result card says which.
import "../setup-dom";
import { render } from "@testing-library/react";
import { strFromU8, unzipSync } from "fflate";
import {
  analyzeOptionsFrom,
  defaultSettings,
  MARKER_NAME,
  parseMarker,
  parseSettings,
  serializeSettings,
  SETTINGS_NAMESPACE,
  type Settings,
} from "../../src/core";
import { o42Docx, sourcesText } from "../../src/core/document";
import { readForDocument, runAnalysis, scanWorkbook } from "../../src/excel/run";
import { ResultCard } from "../../src/taskpane/components/ResultCard";
import { engine } from "../../src/taskpane/engine";
import type { RunOutcome } from "../../src/taskpane/host";
import { T } from "../../src/taskpane/strings";
import { seed004IndicatorSheet, seed004QuestionSheet } from "../fixtures/seed-sheets";
import { FakeExcel, type FakeSheetModel, parseAddress } from "./fake-excel";

/** The marker the add-in left in a sheet (a sheet-scoped defined name). */
const parseMarkerOf = (sheet: FakeSheetModel) => parseMarker(sheet.names.get(MARKER_NAME)?.formula);

type Written = Extract<RunOutcome, { kind: "written" }>;
const NOW = () => new Date(2024, 10, 23, 9, 30);
const LATER = () => new Date(2025, 0, 6, 14, 0);

function seedWorkbook(): FakeExcel {
  const excel = new FakeExcel();
  for (const s of [seed004QuestionSheet(), seed004IndicatorSheet()])
    excel.model.addSheet(s.name).setValues(s.values.map((r) => r.map((v) => (v === null || v === undefined ? "" : v))));
  return excel;
}

async function run(excel: FakeExcel, patch: Partial<Settings> = {}, now = NOW): Promise<Written> {
  const out = await runAnalysis(excel.run, engine, { ...defaultSettings(), ...patch }, () => {}, now);
  if (out.kind !== "written") throw new Error(`not written: ${JSON.stringify(out.problems.slice(0, 3))}`);
  return out;
}

/** What the pane's result card says after the run. */
function paneSays(out: Written): string {
  const { container, unmount } = render(<ResultCard outcome={out} actions={[]} />);
  const text = container.textContent ?? "";
  unmount();
  return text;
}

/** The table the add-in wrote on a sheet: 0-based header row and last row. */
function tableOf(excel: FakeExcel, sheet: FakeSheetModel): { header: number; last: number; cols: number } {
  const t = excel.model.tables.find((x) => x.sheet === sheet)!;
  const b = parseAddress(t.address);
  return { header: b.r0, last: b.r0 + b.rows - 1, cols: b.cols };
}

/** Every cell in the workbook holding this value (or this formula). */
function whereIs(excel: FakeExcel, typed: string | number): string[] {
  const out: string[] = [];
  for (const s of excel.model.sheets)
    for (const [k, cell] of s.cells) if (cell.value === typed || cell.formula === typed) out.push(`${s.name}!${k}`);
  return out;
}

const saved = (excel: FakeExcel) => parseSettings(excel.model.parts.find((p) => p.namespaceUri === SETTINGS_NAMESPACE)!.xml)!.settings;
const names = (excel: FakeExcel) => excel.model.sheets.map((s) => s.name);
const LIMITS = "ITA-ข้อจำกัด";
/** The sheets the first run writes, in order; every one but the limitations sheet is replaced by a re-run. */
const OURS = ["ITA-สรุปผล", "ITA-วิเคราะห์รายประเด็น", "ITA-มาตรการ", LIMITS, "ITA-คลังมาตรการ", "ITA-ปัญหาข้อมูล"];
const REPLACED = OURS.filter((n) => n !== LIMITS);

/** Everything a sheet holds (cells with formats, names, widths, layout, charts, tables), to compare. */
function stateOf(excel: FakeExcel, sheet: FakeSheetModel): string {
  const { name, visibility, frozenRows, orientation, printTitleRows, autofitRows, charts } = sheet;
  return JSON.stringify({
    name,
    visibility,
    cells: [...sheet.cells].sort(([a], [b]) => a.localeCompare(b)),
    names: [...sheet.names],
    widths: [...sheet.columnWidths],
    frozenRows,
    orientation,
    printTitleRows,
    autofitRows,
    charts,
    tables: excel.model.tables.filter((t) => t.sheet === sheet).map((t) => [t.name, t.style, t.address]),
  });
}

/** The text of the o42 document the pane builds from the workbook as it is now. */
async function documentText(excel: FakeExcel, settings: Settings): Promise<{ text: string; sources: string[] }> {
  const read = await readForDocument(excel.run);
  const result = engine.analyze(read.data, analyzeOptionsFrom(settings));
  const built = await o42Docx(read.book, result, { digits: settings.digits, date: "2025-01-06" });
  return { text: strFromU8(unzipSync(built.bytes)["word/document.xml"]), sources: sourcesText(built.sources) };
}

describe("running again keeps what staff typed", () => {
  it("an edited finding is carried into the same measure's row", async () => {
    const excel = seedWorkbook();
    await run(excel);
    const measures = excel.model.sheet("ITA-มาตรการ");
    const { header } = tableOf(excel, measures);
    const finding = "ผู้รับบริการร้องเรียนเรื่องความล่าช้า 3 ครั้งในไตรมาสแรก (ข้อมูลจากกองคลัง)";
    const measureText = measures.at(header + 2, 2).value;
    measures.at(header + 2, 1).value = finding;
    // Arabic digits this time: every generated text with a digit changes, the staff text stays.
    const out = await run(excel, { digits: "arabic" });
    const now = excel.model.sheet("ITA-มาตรการ");
    expect(now.id).not.toBe(measures.id);
    expect(now.at(header + 2, 2).value).toBe(measureText);
    expect(now.at(header + 2, 1).value).toBe(finding);
    expect(out).toMatchObject({ edited: 1, carried: 1, keptCopies: [] });
    expect(paneSays(out)).toContain(T.carried(1));
    expect(paneSays(out)).not.toContain("เก็บแผ่นงานเดิม");
  });

  it("a column staff added is carried, by measure id, beside the same neighbour", async () => {
    const excel = seedWorkbook();
    await run(excel);
    const measures = excel.model.sheet("ITA-มาตรการ");
    const { header, last } = tableOf(excel, measures);
    // Insert a column after มาตรการ (C): D… move one to the right.
    const moved = [...measures.cells].filter(([k]) => Number(k.split(",")[1]) >= 3);
    for (const [k] of moved) measures.cells.delete(k);
    for (const [k, cell] of moved) measures.cells.set(`${k.split(",")[0]},${Number(k.split(",")[1]) + 1}`, cell);
    measures.at(header, 3).value = "งบประมาณ (บาท)";
    measures.at(header + 1, 3).value = 15000;
    measures.at(last, 3).value = 2500;
    const first = measures.at(header + 1, 2).value;
    const out = await run(excel, { fiscalYear: 2569 });
    const now = excel.model.sheet("ITA-มาตรการ");
    expect(now.at(header, 3).value).toBe("งบประมาณ (บาท)");
    expect(now.at(header, 4).value).toBe("ขั้นตอน/วิธีปฏิบัติ");
    expect(now.at(header + 1, 2).value).toBe(first);
    expect(now.at(header + 1, 3).value).toBe(15000);
    expect(now.at(last, 3).value).toBe(2500);
    // The eight o42 columns, the one staff inserted and the six progress columns.
    expect(tableOf(excel, now).cols).toBe(15);
    expect(out).toMatchObject({ carried: 3, keptCopies: [] });
    expect(paneSays(out)).toContain(T.carried(3));
    // And again: the column is now one staff own, carried by measure id.
    const again = await run(excel, { fiscalYear: 2570 });
    expect(excel.model.sheet("ITA-มาตรการ").at(header + 1, 3).value).toBe(15000);
    expect(again.keptCopies).toEqual([]);
  });

  it("the title staff edited stays, while the rest of the heading follows the new analysis", async () => {
    const excel = seedWorkbook();
    await run(excel, { fiscalYear: 2567 });
    const measures = excel.model.sheet("ITA-มาตรการ");
    const title = "มาตรการส่งเสริมคุณธรรมและความโปร่งใส เทศบาลเมืองเพชรบูรณ์ (ฉบับผู้บริหารลงนาม)";
    measures.at(0, 0).value = title;
    const out = await run(excel, { fiscalYear: 2568 });
    const now = excel.model.sheet("ITA-มาตรการ");
    expect(now.value("A1")).toBe(title);
    expect(out).toMatchObject({ carried: 1, keptCopies: [] });
    expect(paneSays(out)).toContain(T.carried(1));
  });

  it("a formula staff typed stays a formula", async () => {
    const excel = seedWorkbook();
    await run(excel);
    const measures = excel.model.sheet("ITA-มาตรการ");
    const { header, last } = tableOf(excel, measures);
    const total = `=COUNTA(C${header + 2}:C${last + 1})`;
    measures.typeFormula(`C${last + 4}`, total, last - header);
    measures.typeFormula(`E${header + 2}`, "=บันทึก!A1", "กองคลัง");
    excel.model.addSheet("บันทึก", [["กองคลัง"]]);
    const out = await run(excel, { digits: "arabic" });
    const now = excel.model.sheet("ITA-มาตรการ");
    expect(now.cell(`E${header + 2}`)!.formula).toBe("=บันทึก!A1");
    expect(now.cell(`C${last + 4}`)!.formula).toBe(total);
    expect(out).toMatchObject({ carried: 2, keptCopies: [] });
    expect(paneSays(out)).toContain(T.carried(2));
  });

  it("a renamed sheet keeps its name (and its place)", async () => {
    const excel = seedWorkbook();
    await run(excel);
    const measures = excel.model.sheet("ITA-มาตรการ");
    measures.name = "มาตรการ ปี 2568";
    const position = excel.model.sheets.indexOf(measures);
    const out = await run(excel, { digits: "arabic" });
    expect(names(excel)).not.toContain("ITA-มาตรการ");
    expect(excel.model.sheets[position].name).toBe("มาตรการ ปี 2568");
    expect(excel.model.sheets[position].id).not.toBe(measures.id);
    expect(out.sheets.map((s) => s.name)).toContain("มาตรการ ปี 2568");
    expect(paneSays(out)).toContain("มาตรการ ปี 2568");
  });

  it("a lost settings part gives no second set: untouched sheets are replaced, an edited one is kept and named", async () => {
    const excel = seedWorkbook();
    await run(excel);
    const measures = excel.model.sheet("ITA-มาตรการ");
    const { header } = tableOf(excel, measures);
    measures.at(header + 1, 4).value = "นางสาวใจดี มีสุข (กองคลัง)";
    excel.model.parts = [];
    const out = await run(excel, {}, LATER);
    expect(names(excel).filter((n) => / \(\d+\)$/.test(n))).toEqual([]);
    expect(names(excel).slice(2)).toEqual([...OURS.slice(0, 3), "ITA-มาตรการ เดิม 6-1-2568", ...OURS.slice(3)]);
    // Without the fingerprint the edit cannot be told from the add-in's text: the old sheet is kept whole.
    expect(excel.model.sheet("ITA-มาตรการ เดิม 6-1-2568").id).toBe(measures.id);
    expect(whereIs(excel, "นางสาวใจดี มีสุข (กองคลัง)")).toEqual([`ITA-มาตรการ เดิม 6-1-2568!${header + 1},4`]);
    expect(out.keptCopies).toEqual(["ITA-มาตรการ เดิม 6-1-2568"]);
    expect(paneSays(out)).toContain(T.keptCopies(["ITA-มาตรการ เดิม 6-1-2568"]));
    // The copy is recorded as one now, and the next run leaves it alone; the limitations sheet,
    // found by its marker alone, is recorded again and stays as it was.
    expect(saved(excel).sheets.map((s) => s.key)).toEqual(["summary", "issues", "measures", "library", "problems", "copy", "limitations"]);
    const third = await run(excel, {}, LATER);
    expect(third.keptCopies).toEqual([]);
    expect(names(excel)).toHaveLength(2 + OURS.length + 1);
  });

  it("every worksheet ID changing between runs changes nothing: the markers find the sheets", async () => {
    const excel = seedWorkbook();
    await run(excel);
    const issues = excel.model.sheet("ITA-วิเคราะห์รายประเด็น");
    const { header, last } = tableOf(excel, issues);
    const note = "ตรวจสอบกับคณะทำงานแล้ว";
    issues.at(header + 1, 8).value = note; // a note beside the table
    issues.at(last + 3, 0).value = "หมายเหตุ: ใช้ประกอบการประชุมคณะทำงาน 12 ธ.ค.";
    excel.model.renewIds();
    const out = await run(excel, { digits: "arabic" });
    expect(names(excel)).toEqual(["รายข้อ", "ตัวชี้วัด", ...OURS]);
    const now = excel.model.sheet("ITA-วิเคราะห์รายประเด็น");
    expect(now.at(header + 1, 8).value).toBe(note);
    expect(now.at(last + 3, 0).value).toBe("หมายเหตุ: ใช้ประกอบการประชุมคณะทำงาน 12 ธ.ค.");
    expect(out).toMatchObject({ carried: 2, keptCopies: [] });
    expect(paneSays(out)).toContain(T.carried(2));
  });

  it("a staff copy of a generated sheet is left alone and not read as data; a user sheet named like ours is data", async () => {
    const excel = seedWorkbook();
    await run(excel);
    excel.model.copySheet("ITA-สรุปผล", "สรุป ฉบับส่งนายก");
    const out = await run(excel, { digits: "arabic" });
    expect(names(excel)).toEqual(["รายข้อ", "ตัวชี้วัด", "ITA-สรุปผล", "สรุป ฉบับส่งนายก", ...OURS.slice(1)]);
    expect(out.result.read.tables.map((t) => t.sheet)).toEqual(["รายข้อ", "ตัวชี้วัด"]);

    // A workbook whose own score sheet is called ITA-สรุปผล: read as data, ours is written beside it.
    const mine = new FakeExcel();
    const s = seed004QuestionSheet();
    mine.model.addSheet("ITA-สรุปผล").setValues(s.values.map((r) => r.map((v) => (v === null || v === undefined ? "" : v))));
    const first = await run(mine);
    expect(first.result.read.tables.map((t) => t.sheet)).toEqual(["ITA-สรุปผล"]);
    expect(names(mine)[1]).toBe("ITA-สรุปผล (2)");
    const second = await run(mine);
    expect(second.result.read.tables.map((t) => t.sheet)).toEqual(["ITA-สรุปผล"]);
    expect(names(mine)).toEqual(["ITA-สรุปผล", "ITA-สรุปผล (2)", ...OURS.slice(1)]);
  });

  it("text typed where it cannot follow a row keeps the old sheet as a dated copy, named in the pane", async () => {
    const excel = seedWorkbook();
    await run(excel);
    const measures = excel.model.sheet("ITA-มาตรการ");
    const { last } = tableOf(excel, measures);
    // A measure of the agency's own, typed as a new row of the table.
    measures.at(last + 1, 0).value = "8. มาตรการเพิ่มเติม";
    measures.at(last + 1, 2).value = "จัดอบรมจริยธรรมให้พนักงานจ้างใหม่";
    const out = await run(excel, { digits: "arabic" });
    expect(out.keptCopies).toEqual(["ITA-มาตรการ เดิม 23-11-2567"]);
    expect(whereIs(excel, "จัดอบรมจริยธรรมให้พนักงานจ้างใหม่")).toEqual([`ITA-มาตรการ เดิม 23-11-2567!${last + 1},2`]);
    const says = paneSays(out);
    expect(says).toContain("ITA-มาตรการ เดิม 23-11-2567");
    expect(says).toContain(T.keptCopies(["ITA-มาตรการ เดิม 23-11-2567"]));
  });

  it("a re-run with nothing typed replaces every sheet and says nothing about edits", async () => {
    const excel = seedWorkbook();
    await run(excel);
    const ids = excel.model.sheets.map((s) => s.id);
    const out = await run(excel, { digits: "arabic" });
    expect(out).toMatchObject({ edited: 0, carried: 0, keptCopies: [] });
    expect(names(excel)).toEqual(["รายข้อ", "ตัวชี้วัด", ...OURS]);
    // Every sheet replaced but the limitations sheet, written once and staff's since.
    expect(excel.model.sheets.slice(2).filter((s) => ids.includes(s.id))).toEqual([excel.model.sheet(LIMITS)]);
    expect(out.sheets.map((s) => s.name)).toEqual(REPLACED);
    const says = paneSays(out);
    expect(says).not.toContain("มาใส่ในแผ่นงานใหม่");
    expect(says).not.toContain("เก็บแผ่นงานเดิม");
  });

  it("the scan lists the sheets of the last run under their current names", async () => {
    const excel = seedWorkbook();
    await run(excel);
    excel.model.sheet("ITA-สรุปผล").name = "สรุปผล 2566";
    const scan = await scanWorkbook(excel.run);
    // The sheets a run will replace: not the limitations sheet.
    expect(scan.ownSheets.map((s) => s.name)).toEqual(["สรุปผล 2566", ...REPLACED.slice(1)]);
    expect(scan.cells.sheets.map((s) => s.name)).toEqual(["รายข้อ", "ตัวชี้วัด", "ITA-คลังมาตรการ"]);
  });
});

describe("the limitations sheet is staff's from the moment it exists", () => {
  const ALONE = "มีเจ้าหน้าที่รับผิดชอบงานคุณธรรมและความโปร่งใสเพียงคนเดียว";
  const MORE = "ระบบสารสนเทศของหน่วยงานยังไม่รองรับการเผยแพร่ข้อมูลแบบเปิด";

  /** Staff fill in the sheet: a side's detail, a side of their own in a new row, a cleared prompt, a note below. */
  function fillIn(excel: FakeExcel): FakeSheetModel {
    const limits = excel.model.sheet(LIMITS);
    const { header, last } = tableOf(excel, limits);
    expect(limits.at(header + 1, 0).value).toBe("บุคลากร");
    limits.at(header + 1, 1).value = ALONE;
    limits.at(header + 2, 1).value = "";
    limits.at(last + 1, 0).value = "ข้อมูล";
    limits.at(last + 1, 1).value = MORE;
    limits.at(last + 3, 0).value = "ที่ประชุมคณะทำงานเห็นชอบแล้ว";
    limits.name = "ข้อจำกัด อบต.";
    return limits;
  }

  it("survives two re-runs untouched (IDs renewed, then the settings part lost), and the o42 document reads it as staff left it", async () => {
    const excel = seedWorkbook();
    await run(excel);
    const limits = fillIn(excel);
    const before = stateOf(excel, limits);
    const position = excel.model.sheets.indexOf(limits);

    // Re-run 1: every worksheet ID changes (another host): the marker, not the ID or the name, finds it.
    excel.model.renewIds();
    const first = await run(excel, { digits: "arabic" });
    // Re-run 2: the settings part is gone too: the marker alone.
    excel.model.parts = [];
    const second = await run(excel, { digits: "arabic", fiscalYear: 2569 }, LATER);

    for (const out of [first, second]) {
      expect(out.sheets.map((s) => s.name)).toEqual(REPLACED);
      expect(out).toMatchObject({ edited: 0, carried: 0, keptCopies: [] });
    }
    expect(excel.model.sheets[position]).toBe(limits);
    expect(stateOf(excel, limits)).toBe(before);
    // Never a second limitations sheet, never a dated copy, never the prompts again.
    expect(names(excel).filter((n) => n.startsWith(LIMITS) || n.includes("เดิม"))).toEqual([]);
    expect(whereIs(excel, ALONE)).toEqual([`ข้อจำกัด อบต.!${tableOf(excel, limits).header + 1},1`]);
    // Still recorded as ours, under the marker it was written with.
    const record = saved(excel).sheets.find((s) => s.key === "limitations")!;
    expect(record).toMatchObject({ id: limits.id, name: "ข้อจำกัด อบต." });
    expect(parseMarkerOf(limits)).toMatchObject({ kind: "limitations", token: record.marker });

    const doc = await documentText(excel, { ...defaultSettings(), digits: "arabic" });
    expect(doc.text).toContain(ALONE);
    expect(doc.text).toContain(MORE);
    expect(doc.sources).toContain("ส่วนที่ 4 ใช้ข้อจำกัดจากแผ่นงาน ข้อจำกัด อบต.");
  });

  it("one written before markers (a record by ID only) is given a marker, its cells untouched, and is known by it afterwards", async () => {
    const excel = seedWorkbook();
    await run(excel);
    const limits = fillIn(excel);
    // As the version before markers left it: no marker in the sheet, a record by worksheet ID only.
    limits.names.clear();
    const part = excel.model.parts.find((p) => p.namespaceUri === SETTINGS_NAMESPACE)!;
    const settings = saved(excel);
    part.xml = serializeSettings({
      ...settings,
      sheets: settings.sheets.map((r) => (r.key === "limitations" ? { id: r.id, key: r.key, name: r.name, writtenAt: r.writtenAt } : r)),
    });
    const cells = JSON.stringify([...limits.cells]);

    await run(excel, { digits: "arabic" });
    expect(excel.model.sheets).toContain(limits);
    expect(JSON.stringify([...limits.cells])).toBe(cells);
    const marker = parseMarkerOf(limits)!;
    expect(marker).toMatchObject({ kind: "limitations" });
    expect(saved(excel).sheets.find((s) => s.key === "limitations")!.marker).toBe(marker.token);

    // Now the ID may change: the marker finds it.
    excel.model.renewIds();
    const again = await run(excel);
    expect(again.sheets.map((s) => s.name)).toEqual(REPLACED);
    expect(excel.model.sheets).toContain(limits);
    expect(JSON.stringify([...limits.cells])).toBe(cells);
    expect(names(excel).filter((n) => n.startsWith(LIMITS))).toEqual([]);
  });
});
