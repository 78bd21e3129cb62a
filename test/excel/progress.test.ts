// The o43 job in Excel (runProgress) against the recording fake and the real engine: staff filled
// the progress columns of the measures sheet the add-in wrote; the job writes the progress sheet
// with the counts as of the day, replaces its own earlier one in place (staff notes carried) and
// leaves every other sheet exactly as it was, in one read and two writes.
import { defaultSettings, parseSettings, SETTINGS_NAMESPACE, type Settings } from "../../src/core";
import { runProgress } from "../../src/excel/progress";
import { ExcelSession, runAnalysis, scanWorkbook } from "../../src/excel/run";
import { engine } from "../../src/taskpane/engine";
import type { ProgressOutcome } from "../../src/taskpane/host";
import { exampleExcel, fillProgress, MEASURES, PROGRESS } from "../taskpane/progress-fixture";
import type { FakeExcel, FakeSheetModel } from "./fake-excel";

const SETTINGS: Settings = { ...defaultSettings(), digits: "arabic" };
const NOW = () => new Date(2025, 3, 2, 10, 0);
type Written = Extract<ProgressOutcome, { kind: "written" }>;

/** Everything a sheet holds and how it is laid out, to compare before and after. */
function stateOf(excel: FakeExcel, sheet: FakeSheetModel): string {
  const { name, id, visibility, frozenRows, orientation, printTitleRows, printArea, autofitRows, charts } = sheet;
  return JSON.stringify({
    name,
    id,
    position: excel.model.sheets.indexOf(sheet),
    visibility,
    cells: [...sheet.cells].sort(([a], [b]) => a.localeCompare(b)),
    names: [...sheet.names],
    widths: [...sheet.columnWidths],
    validations: [...sheet.validations],
    hidden: [...sheet.hiddenColumns],
    frozenRows,
    orientation,
    printTitleRows,
    printArea,
    autofitRows,
    charts,
    tables: excel.model.tables.filter((t) => t.sheet === sheet).map((t) => [t.name, t.style, t.address]),
  });
}

const states = (excel: FakeExcel, except: string) =>
  Object.fromEntries(excel.model.sheets.filter((s) => s.name !== except).map((s) => [s.name, stateOf(excel, s)]));

/** The row of the progress sheet whose "รายการ" (column B) is `label`. */
function rowOf(sheet: FakeSheetModel, label: string): (string | number | boolean)[] {
  const box = sheet.usedBox()!;
  const row = sheet.matrix(box).find((r) => r[1] === label);
  if (!row) throw new Error(`no row ${label}`);
  return row;
}

async function analysed(): Promise<FakeExcel> {
  const excel = exampleExcel();
  const out = await runAnalysis(excel.run, engine, SETTINGS, () => {}, NOW);
  expect(out.kind).toBe("written");
  fillProgress(excel);
  return excel;
}

async function report(excel: FakeExcel, asOf: string, session?: ExcelSession): Promise<Written> {
  const out = await runProgress(excel.run, { asOf, settings: SETTINGS, agency: "เทศบาลตำบลบ้านใหม่" }, NOW, session);
  if (out.kind !== "written") throw new Error(out.kind);
  return out;
}

describe("the o43 job in Excel", () => {
  it("writes the progress sheet as of 31 March 2568: counts, late measures, the half-year round", async () => {
    const excel = await analysed();
    const out = await report(excel, "2025-03-31");
    expect(out.sheet).toBe(PROGRESS);
    expect(out.report.round).toBe("halfYear");
    expect(out.report.overall).toMatchObject({
      total: 9,
      done: 3,
      inProgress: 2,
      notStarted: 1,
      cancelled: 1,
      unreported: 2,
      percentDone: 37.5,
    });
    expect(out.report.late.map((m) => m.row)).toEqual([10, 11]);
    expect(out.report.problems.map((p) => p.cell)).toEqual([
      `'${MEASURES}'!I13`,
      `'${MEASURES}'!J13`,
      `'${MEASURES}'!M14`,
      `'${MEASURES}'!N14`,
    ]);

    const sheet = excel.model.sheet(PROGRESS);
    expect(sheet.value("A2")).toBe("เทศบาลตำบลบ้านใหม่");
    expect(sheet.value("A3")).toBe("รอบ 6 เดือน (1 ตุลาคม 2567 – 31 มีนาคม 2568) ข้อมูล ณ วันที่ 31 มีนาคม 2568");
    expect(rowOf(sheet, "มาตรการทั้งหมด").slice(2, 9)).toEqual([9, 3, 2, 1, 1, 2, 37.5]);
    const box = sheet.usedBox()!;
    const late = sheet.matrix(box).filter((r) => String(r[9]).startsWith("กำหนดเสร็จ"));
    expect(late).toHaveLength(2);
    // A table of its own, the sheet shown to staff, its marker for the next run.
    expect(excel.model.tables.filter((t) => t.sheet === sheet).map((t) => t.name)).toEqual(["ITA_Progress"]);
    expect(excel.model.activeSheet).toBe(sheet);
    expect(sheet.names.has("ITA_SHEET")).toBe(true);
  });

  it("leaves every other sheet exactly as it was, the measures sheet's progress cells included", async () => {
    const excel = await analysed();
    const before = states(excel, PROGRESS);
    await report(excel, "2025-03-31");
    expect(states(excel, PROGRESS)).toEqual(before);
    expect(excel.model.sheets.map((s) => s.name).at(-1)).toBe(PROGRESS);
  });

  it("records the sheet in the settings part, keeping every other record and the workbook's own settings", async () => {
    const excel = await analysed();
    const part = () => parseSettings(excel.model.parts.find((p) => p.namespaceUri === SETTINGS_NAMESPACE)!.xml)!.settings;
    const { sheets: before, ...settings } = part();
    await runProgress(excel.run, { asOf: "2025-03-31", settings: { ...SETTINGS, digits: "thai", agency: "พิมพ์ไว้ในบานหน้าต่าง" } }, NOW);
    const { sheets: after, ...kept } = part();
    expect(kept).toEqual(settings);
    expect(after.map((r) => r.key)).toEqual(expect.arrayContaining([...before.map((r) => r.key), "progress"]));
    expect(after.filter((r) => r.key !== "progress")).toEqual(expect.arrayContaining(before));
    expect(after.find((r) => r.key === "progress")!.id).toBe(excel.model.sheet(PROGRESS).id);
  });

  it("takes one read after the pane's scan, one write and one save: 3 syncs (5 without the scan's layout)", async () => {
    const excel = await analysed();
    const session = new ExcelSession();
    await scanWorkbook(excel.run, session);
    const start = excel.totalSyncs;
    const out = await report(excel, "2025-03-31", session);
    expect(excel.totalSyncs - start).toBe(3);
    expect(out.syncs).toBe(3);
    const context = excel.contexts.at(-1)!;
    expect(context.syncs.filter((s) => s.wrote)).toHaveLength(2);

    // The write changed the layout: the next report reads afresh.
    const again = excel.totalSyncs;
    await report(excel, "2025-03-31", session);
    expect(excel.totalSyncs - again).toBe(5);
  });

  it("a second report replaces the sheet in place, with the note staff typed beside it carried", async () => {
    const excel = await analysed();
    await report(excel, "2025-03-31");
    const first = excel.model.sheet(PROGRESS);
    const note = "ตรวจแล้ว: เสนอนายกฯ 2 เม.ย. 2568";
    first.setValues([[note]], 5, 11);
    // Staff moved it before the analysis sheets: the new one takes its place.
    excel.model.sheets.splice(excel.model.sheets.indexOf(first), 1);
    excel.model.sheets.splice(2, 0, first);
    const out = await report(excel, "2025-09-30");
    expect(out.report.round).toBe("yearEnd");
    expect(out).toMatchObject({ sheet: PROGRESS, edited: 1, carried: 1, keptCopies: [] });
    const names = excel.model.sheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith("ITA-ความก้าวหน้า"))).toEqual([PROGRESS]);
    expect(names[2]).toBe(PROGRESS);
    const sheet = excel.model.sheet(PROGRESS);
    expect(sheet.value("A3")).toMatch(/^รอบ 12 เดือน/);
    expect(sheet.value("L6")).toBe(note);
    expect(out.report.late.map((m) => m.row)).toEqual([9, 10, 11]);
  });

  it("an analysis run afterwards leaves the progress sheet as it is", async () => {
    const excel = await analysed();
    await report(excel, "2025-03-31");
    const before = stateOf(excel, excel.model.sheet(PROGRESS));
    const out = await runAnalysis(excel.run, engine, SETTINGS, () => {}, NOW);
    if (out.kind !== "written") throw new Error(out.kind);
    expect(out.sheets.map((s) => s.key)).not.toContain("progress");
    expect(stateOf(excel, excel.model.sheet(PROGRESS))).toEqual(before);
  });

  it("a workbook without our measures sheet: says so, writes nothing", async () => {
    const excel = exampleExcel();
    const before = states(excel, "");
    const out = await runProgress(excel.run, { asOf: "2025-03-31", settings: SETTINGS }, NOW);
    expect(out).toEqual({ kind: "noMeasures", syncs: 3 });
    expect(excel.contexts.some((c) => c.syncs.some((s) => s.wrote))).toBe(false);
    expect(states(excel, "")).toEqual(before);
  });
});
