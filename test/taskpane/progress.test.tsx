/** @jest-environment jsdom */
// The pane's "รายงานผลการดำเนินงาน (o43)", as an officer uses it: in Excel (the real Excel host over
// the recording fake) and in the browser preview (the real preview host on a file). The date is
// typed in the Buddhist era, the round it gives is shown before anything runs; the button writes
// the progress sheet and offers the Word report; every warning names its cell.
import "../setup-dom";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { defaultSettings, type Settings } from "../../src/core";
import { nodeCodec } from "../../src/cli/node-codec";
import { runAnalysis } from "../../src/excel/run";
import { App } from "../../src/taskpane/App";
import { engine } from "../../src/taskpane/engine";
import { excelHost, type ExcelPlatform } from "../../src/taskpane/excel-host";
import { todayText } from "../../src/taskpane/hooks/useProgress";
import { previewHost } from "../../src/taskpane/preview/preview-host";
import { T } from "../../src/taskpane/strings";
import { readWorkbookFile } from "../../src/xlsx/read";
import { run as ita } from "../cli/helpers";
import type { FakeExcel } from "../excel/fake-excel";
import { fillWorkbook } from "../fixtures/progress-fill";
import { EXAMPLE, exampleExcel, fillProgress, MEASURES, PROGRESS } from "./progress-fixture";

const SETTINGS: Settings = { ...defaultSettings(), digits: "arabic" };
const HALF_YEAR = "รอบ 6 เดือน (1 ตุลาคม 2567 – 31 มีนาคม 2568)";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const main = () => within(screen.getByRole("main"));
const panel = () => within(screen.getByRole("group", { name: T.o43Title }));
/** The panel's code is fetched the first time it shows (React.lazy): wait for it. */
const shown = () => screen.findByRole("group", { name: T.o43Title }, { timeout: 10_000 });
const dateField = () => panel().getByLabelText(T.o43Date) as HTMLInputElement;
const button = () => panel().getByRole("button", { name: T.o43Button }) as HTMLButtonElement;
const live = () => screen.getByTestId("live").textContent ?? "";

/** Everything each sheet holds, by name (cells with formats, names, tables), to compare. */
function sheetsOf(excel: FakeExcel, except: string): Record<string, string> {
  return Object.fromEntries(
    excel.model.sheets
      .filter((s) => s.name !== except)
      .map((s) => [
        s.name,
        JSON.stringify([
          s.id,
          [...s.cells],
          [...s.names],
          [...s.validations],
          excel.model.tables.filter((t) => t.sheet === s).map((t) => t.address),
        ]),
      ]),
  );
}

async function analysedExcel(): Promise<FakeExcel> {
  const excel = exampleExcel();
  const out = await runAnalysis(excel.run, engine, SETTINGS, () => {});
  expect(out.kind).toBe("written");
  fillProgress(excel);
  return excel;
}

/** Downloads the pane starts (an anchor clicked on a blob URL), kept instead of saved. */
function captureDownloads(): { blobs: Blob[]; names: string[] } {
  const got = { blobs: [] as Blob[], names: [] as string[] };
  URL.createObjectURL = (b: Blob) => (got.blobs.push(b), "blob:x");
  URL.revokeObjectURL = () => {};
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    got.names.push(this.download);
  });
  return got;
}

function renderExcel(excel: FakeExcel, where: ExcelPlatform = {}) {
  render(<App host={excelHost(engine, excel.run, where)} engine={engine} />);
}

beforeEach(() => jest.spyOn(console, "warn").mockImplementation(() => {}));
afterEach(() => jest.restoreAllMocks());

describe("the o43 button in Excel", () => {
  it("on a workbook with our measures sheet: writes the progress sheet as of 31/3/2568 and offers the report", async () => {
    const excel = await analysedExcel();
    renderExcel(excel);
    await main().findByText("สิ่งที่พบในสมุดงาน");
    await shown();
    expect(dateField().value).toBe(todayText());
    fireEvent.change(dateField(), { target: { value: "31/3/2568" } });
    expect(panel().getByText(HALF_YEAR)).toBeTruthy();

    const untouched = sheetsOf(excel, PROGRESS);
    const before = excel.totalSyncs;
    fireEvent.click(button());
    await panel().findByText(`เขียนแผ่นงาน “${PROGRESS}” แล้ว`, undefined, { timeout: 10_000 });
    // One read (the scan's layout checked in the same request), the sheet, the settings part.
    expect(excel.totalSyncs - before).toBe(3);
    expect(sheetsOf(excel, PROGRESS)).toEqual(untouched);

    const sheet = excel.model.sheet(PROGRESS);
    expect(sheet.value("A3")).toBe(`${HALF_YEAR} ข้อมูล ณ วันที่ 31 มีนาคม 2568`);
    const overall = sheet.matrix(sheet.usedBox()!).find((r) => r[1] === "มาตรการทั้งหมด")!;
    expect(overall.slice(2, 9)).toEqual([9, 3, 2, 1, 1, 2, 37.5]);

    // What was written, in the officer's words.
    expect(panel().getByText(`${HALF_YEAR} ข้อมูล ณ วันที่ 31 มีนาคม 2568`)).toBeTruthy();
    expect(panel().getByText("ดำเนินการแล้ว 3 จาก 9 มาตรการ (ร้อยละ 37.50 ไม่นับมาตรการที่ยกเลิก)")).toBeTruthy();
    expect(panel().getByText("เลยกำหนดแล้วยังไม่เสร็จ 2 มาตรการ (รายชื่ออยู่ในแผ่นงาน)")).toBeTruthy();
    expect(panel().getByText("ยังไม่มีหลักฐาน 4 มาตรการ")).toBeTruthy();
    await waitFor(() => expect(live()).toContain(`เขียนแผ่นงาน “${PROGRESS}” แล้ว`));

    // Each warning names its cell; a click selects it.
    const warnings = panel().getByRole("list", { name: T.o43Warnings(4) });
    expect(within(warnings).getAllByTestId("problem")).toHaveLength(3);
    fireEvent.click(panel().getByRole("button", { name: T.showAll(4) }));
    const cells = within(warnings).getAllByRole("button", { name: new RegExp(`^'${MEASURES}'!`) });
    expect(cells.map((c) => c.textContent)).toEqual([`'${MEASURES}'!I13`, `'${MEASURES}'!J13`, `'${MEASURES}'!M14`, `'${MEASURES}'!N14`]);
    fireEvent.click(cells[0]);
    await waitFor(() => expect(excel.model.selection).toBe(`${MEASURES}!I13`));

    // The Word report, offered for staff to save.
    expect(panel().getByText(/เอกสาร o43-2568-6m\.docx พร้อมแล้ว/)).toBeTruthy();
    const downloads = captureDownloads();
    fireEvent.click(panel().getByRole("button", { name: T.o43DocDownload }));
    expect(downloads.names).toEqual(["o43-2568-6m.docx"]);
    expect(downloads.blobs[0].type).toBe(DOCX);
    expect(downloads.blobs[0].size).toBeGreaterThan(5000);
    await panel().findByText(/ดาวน์โหลดเอกสาร o43-2568-6m\.docx แล้ว/);
  });

  it("reads the date as staff type it: the round beside it, a day that is not one blocks the button", async () => {
    renderExcel(await analysedExcel());
    await main().findByText("สิ่งที่พบในสมุดงาน");
    await shown();
    fireEvent.change(dateField(), { target: { value: "30/9/2568" } });
    expect(panel().getByText("รอบ 12 เดือน (1 ตุลาคม 2567 – 30 กันยายน 2568)")).toBeTruthy();
    fireEvent.change(dateField(), { target: { value: "31 มี.ค. 2568" } });
    expect(panel().getByText(HALF_YEAR)).toBeTruthy();
    fireEvent.change(dateField(), { target: { value: "๓๑/๓/๒๕๖๘" } });
    expect(panel().getByText(HALF_YEAR)).toBeTruthy();
    expect(button().disabled).toBe(false);
    fireEvent.change(dateField(), { target: { value: "31/2/2568" } });
    expect(panel().getByText(T.o43DateInvalid)).toBeTruthy();
    expect(dateField().getAttribute("aria-invalid")).toBe("true");
    expect(button().disabled).toBe(true);
  });

  it("a workbook without our measures sheet: no o43 before the run; after it, the round of the sheet just written", async () => {
    const excel = exampleExcel();
    renderExcel(excel);
    await main().findByText("สิ่งที่พบในสมุดงาน");
    expect(screen.queryByRole("group", { name: T.o43Title })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "วิเคราะห์และสร้างแผ่นงาน" }));
    await main().findByRole("heading", { name: "วิเคราะห์เสร็จแล้ว" });
    await shown();
    fireEvent.change(dateField(), { target: { value: "31/3/2568" } });
    expect(panel().getByText(HALF_YEAR)).toBeTruthy();
    const before = excel.totalSyncs;
    fireEvent.click(button());
    await panel().findByText(`เขียนแผ่นงาน “${PROGRESS}” แล้ว`, undefined, { timeout: 10_000 });
    // After a write the layout is new: the read starts afresh (3), then the sheet and the settings.
    expect(excel.totalSyncs - before).toBe(5);
    expect(panel().getByText("ดำเนินการแล้ว 0 จาก 9 มาตรการ (ร้อยละ 0.00 ไม่นับมาตรการที่ยกเลิก)")).toBeTruthy();
  });

  it("the measures sheet deleted since the scan: says to run the analysis first, writes nothing", async () => {
    const excel = await analysedExcel();
    renderExcel(excel);
    await main().findByText("สิ่งที่พบในสมุดงาน");
    await shown();
    const measures = excel.model.sheet(MEASURES);
    excel.model.sheets = excel.model.sheets.filter((s) => s !== measures);
    excel.model.tables = excel.model.tables.filter((t) => t.sheet !== measures);
    const writes = excel.contexts.filter((c) => c.syncs.some((s) => s.wrote)).length;
    fireEvent.click(button());
    await panel().findByText(T.o43NoMeasuresExcel);
    expect(excel.contexts.filter((c) => c.syncs.some((s) => s.wrote)).length).toBe(writes);
    expect(excel.model.sheets.some((s) => s.name === PROGRESS)).toBe(false);
  });

  it("on Excel for Mac: writes the sheet, and points to the preview page for the Word report", async () => {
    const excel = await analysedExcel();
    renderExcel(excel, { platform: "Mac" });
    await main().findByText("สิ่งที่พบในสมุดงาน");
    await shown();
    fireEvent.change(dateField(), { target: { value: "31/3/2568" } });
    fireEvent.click(button());
    await panel().findByText(`เขียนแผ่นงาน “${PROGRESS}” แล้ว`, undefined, { timeout: 10_000 });
    expect(panel().getByText(T.docMacTitle)).toBeTruthy();
    expect(panel().queryByRole("button", { name: T.o43DocDownload })).toBeNull();
    expect(excel.model.sheets.some((s) => s.name === PROGRESS)).toBe(true);
  });
});

describe("the o43 button in the browser preview", () => {
  let dir: string;
  let filled: Uint8Array;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "ita-pane-o43-"));
    const first = path.join(dir, "first.xlsx");
    expect((await ita("analyze", EXAMPLE, "--out", first)).code).toBe(0);
    filled = fillWorkbook(await fs.readFile(first));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  const open = (bytes: Uint8Array, name: string) => {
    render(<App host={previewHost(engine, () => import("../../src/taskpane/preview/xlsx"))} engine={engine} />);
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [new File([bytes as BlobPart], name)] } });
  };

  it("builds the report from the chosen file: the Word report downloaded, the file with the progress sheet offered", async () => {
    open(filled, "บ้านใหม่-ผลวิเคราะห์ITA.xlsx");
    await main().findByText("สิ่งที่พบในสมุดงาน", undefined, { timeout: 10_000 });
    await shown();
    fireEvent.change(dateField(), { target: { value: "31/3/2568" } });
    expect(panel().getByText(HALF_YEAR)).toBeTruthy();
    const downloads = captureDownloads();
    fireEvent.click(button());
    await panel().findByText(`จัดทำรายงานและแผ่นงาน “${PROGRESS}” แล้ว`, undefined, { timeout: 10_000 });
    expect(downloads.names).toEqual(["o43-2568-6m.docx"]);
    expect(downloads.blobs[0].type).toBe(DOCX);
    expect(panel().getByText("ดำเนินการแล้ว 3 จาก 9 มาตรการ (ร้อยละ 37.50 ไม่นับมาตรการที่ยกเลิก)")).toBeTruthy();
    // The preview cannot select a cell: each warning shows it as text.
    expect(within(panel().getByRole("list", { name: T.o43Warnings(4) })).queryAllByRole("button")).toHaveLength(0);

    fireEvent.click(panel().getByRole("button", { name: T.o43WorkbookDownload }));
    expect(downloads.names[1]).toBe("บ้านใหม่-ความก้าวหน้าITA.xlsx");
    const before = readWorkbookFile(filled, { codec: nodeCodec });
    const after = readWorkbookFile(new Uint8Array(await downloads.blobs[1].arrayBuffer()), { codec: nodeCodec });
    expect(after.known.map((s) => s.name)).toEqual([PROGRESS, ...before.known.map((s) => s.name)]);
    for (const s of before.known) expect(after.known.find((k) => k.name === s.name)!.cells?.values).toEqual(s.cells?.values);
    const overall = after.known.find((s) => s.name === PROGRESS)!.cells!.values.find((r) => r?.[1] === "มาตรการทั้งหมด")!;
    expect(overall.slice(2, 9)).toEqual([9, 3, 2, 1, 1, 2, 37.5]);
  });

  it("a file without our measures sheet: after the run, says how to get one instead of a button", async () => {
    open(new Uint8Array(await fs.readFile(EXAMPLE)), "บ้านใหม่.xlsx");
    await main().findByText("สิ่งที่พบในสมุดงาน", undefined, { timeout: 10_000 });
    expect(screen.queryByRole("group", { name: T.o43Title })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "วิเคราะห์และสร้างไฟล์ใหม่" }));
    await main().findByRole("heading", { name: "วิเคราะห์เสร็จแล้ว" }, { timeout: 10_000 });
    await shown();
    expect(panel().getByText(T.o43NoMeasuresPreview)).toBeTruthy();
    expect(panel().queryByRole("button", { name: T.o43Button })).toBeNull();
  });
});
