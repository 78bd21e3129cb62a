/** @jest-environment jsdom */
// The task pane's states with React Testing Library: nothing found, problems found, ready,
// running, done, error (and the browser preview's file picker), against a fake host and the
// real engine on small workbooks.
import "../setup-dom";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { BUILTIN_CATALOG, defaultSettings, frameworkById, type Settings, type TemplateSheet } from "../../src/core";
import type { CellValue, WorkbookCells } from "../../src/core/types";
import type { Progress } from "../../src/taskpane/host";
import { App } from "../../src/taskpane/App";
import { engine } from "../../src/taskpane/engine";
import { previewHost } from "../../src/taskpane/preview/preview-host";
import { score2 } from "../../src/taskpane/strings";
import { LeftoverSheetsError, type PaneHost, type PaneRunOutcome, type ScanOutcome, type WrittenOutcome } from "../../src/taskpane/host";
import { seed004IndicatorSheet, seed004QuestionSheet } from "../fixtures/seed-sheets";

function scanOf(cells: WorkbookCells, patch: Partial<ScanOutcome> = {}): ScanOutcome {
  return { cells, settings: defaultSettings(), hasSettings: false, problems: [], ownSheets: [], ...patch };
}

const seed004 = (): WorkbookCells => ({ sheets: [seed004QuestionSheet()] });

interface Deferred<T> {
  promise: Promise<T>;
  resolve(v: T): void;
  reject(e: unknown): void;
}
function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((a, b) => ((resolve = a), (reject = b)));
  return { promise, resolve, reject };
}

interface FakeHost extends PaneHost {
  scans: number;
  runs: { settings: Settings; progress: Progress; done: Deferred<PaneRunOutcome> }[];
  selected: string[];
  opened: string[];
  published: number;
  /** Make publishing fail (Excel could not recalculate). */
  publishFails?: Error;
}

function excelHost(scan: ScanOutcome | (() => ScanOutcome)): FakeHost {
  const host: FakeHost = {
    kind: "excel",
    scans: 0,
    runs: [],
    selected: [],
    opened: [],
    published: 0,
    scan: async () => {
      host.scans++;
      return typeof scan === "function" ? scan() : scan;
    },
    run: (settings, progress) => {
      const done = deferred<PaneRunOutcome>();
      host.runs.push({ settings, progress, done });
      return done.promise;
    },
    selectCell: async (ref) => {
      host.selected.push(ref);
      return true;
    },
    openSheet: async (name) => {
      host.opened.push(name);
    },
    publish: async () => {
      host.published++;
      if (host.publishFails) throw host.publishFails;
    },
  };
  return host;
}

function written(cells: WorkbookCells, patch: Partial<WrittenOutcome> = {}): WrittenOutcome {
  return {
    kind: "written",
    result: engine.analyze(cells, { classification: defaultSettings().classification }),
    sheets: [
      { key: "summary", name: "ITA-สรุปผล" },
      { key: "measures", name: "ITA-มาตรการ" },
    ],
    edited: 0,
    carried: 0,
    ...patch,
  };
}

const runButton = () => screen.getByRole("button", { name: "วิเคราะห์และสร้างแผ่นงาน" });
/** The pane's own content (the live region, outside it, repeats some texts for screen readers). */
const main = () => within(screen.getByRole("main"));
/** Fluent keeps a disabled primary action focusable (disabledFocusable): it is aria-disabled. */
const isDisabled = (b: HTMLElement) => b.getAttribute("aria-disabled") === "true" || (b as HTMLButtonElement).disabled;
const live = () => screen.getByTestId("live").textContent ?? "";

// The pane logs each failure's original for support (console.warn): kept here to check, not printed.
let warned: unknown[][];
beforeEach(() => {
  warned = [];
  jest.spyOn(console, "warn").mockImplementation((...args: unknown[]) => void warned.push(args));
});
afterEach(() => jest.restoreAllMocks());

describe("the task pane in Excel", () => {
  it("nothing found: says so, explains the expected layout, and scans again on request", async () => {
    const host = excelHost(
      scanOf({
        sheets: [
          {
            name: "รายชื่อ",
            values: [
              ["ชื่อ", "ตำแหน่ง"],
              ["นาย ก", "ปลัด"],
            ],
          },
        ],
      }),
    );
    render(<App host={host} engine={engine} />);
    expect(main().getByRole("heading", { name: "กำลังตรวจสมุดงาน…" })).toBeTruthy();
    await screen.findByRole("heading", { name: "ไม่พบข้อมูลคะแนน ITA ในสมุดงานนี้" });
    await waitFor(() => expect(live()).toBe("ไม่พบข้อมูลคะแนน ITA ในสมุดงานนี้"));
    expect(main().getByText(/คอลัมน์รหัสข้อ.*แล้วกด “ตรวจอีกครั้ง”/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "วิเคราะห์และสร้างแผ่นงาน" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "ตรวจอีกครั้ง" }));
    await waitFor(() => expect(host.scans).toBe(2));
  });

  it("problems found: lists every problem with its cell, selects the cell on click, and blocks the run", async () => {
    const sheet = seed004QuestionSheet();
    const bad: CellValue[][] = sheet.values.map((r) => [...r]);
    bad[4][1] = "105";
    bad[6][1] = "ดีมาก";
    const host = excelHost(scanOf({ sheets: [{ ...sheet, values: bad }] }));
    render(<App host={host} engine={engine} />);
    const alert = await screen.findByRole("list", { name: /พบปัญหาในข้อมูลที่ต้องแก้ก่อน \d+ รายการ/ });
    const cells = within(alert).getAllByRole("button", { name: /^รายข้อ!B\d+$/ });
    expect(cells.map((c) => c.textContent)).toEqual(expect.arrayContaining(["รายข้อ!B5", "รายข้อ!B7"]));
    fireEvent.click(within(alert).getByRole("button", { name: "รายข้อ!B5" }));
    await waitFor(() => expect(host.selected).toEqual(["รายข้อ!B5"]));
    expect(isDisabled(runButton())).toBe(true);
    // The hint under the button says why it is disabled; the problems take the focus.
    expect(main().getByText(/ยังวิเคราะห์ไม่ได้: แก้ปัญหาในข้อมูล \d+ รายการด้านบนก่อน/)).toBeTruthy();
    expect(document.activeElement?.textContent).toMatch(/^พบปัญหาในข้อมูลที่ต้องแก้ก่อน/);
    // Every message starts in Thai, the cell inside it.
    for (const li of within(alert).getAllByTestId("problem")) expect(li.textContent).toMatch(/^[\u0e01-\u0e4e“]/);
  });

  it("a problem's cell that no longer exists: says so and what to do, instead of nothing", async () => {
    const sheet = seed004QuestionSheet();
    const bad: CellValue[][] = sheet.values.map((r) => [...r]);
    bad[4][1] = "105";
    const host = excelHost(scanOf({ sheets: [{ ...sheet, values: bad }] }));
    host.selectCell = async (ref) => {
      host.selected.push(ref);
      return false;
    };
    render(<App host={host} engine={engine} />);
    const list = await screen.findByRole("list", { name: /พบปัญหาในข้อมูลที่ต้องแก้ก่อน/ });
    fireEvent.click(within(list).getByRole("button", { name: "รายข้อ!B5" }));
    expect(
      await main().findByText("ไม่พบเซลล์ รายข้อ!B5 ในสมุดงานแล้ว (แผ่นงานอาจถูกเปลี่ยนชื่อหรือลบ): กด “ตรวจอีกครั้ง” เพื่อตรวจสมุดงานใหม่"),
    ).toBeTruthy();
    await waitFor(() => expect(live()).toContain("ไม่พบเซลล์ รายข้อ!B5"));
  });

  it("ready: shows what was found and the settings with their defaults; the run button is enabled", async () => {
    const host = excelHost(scanOf(seed004(), { ownSheets: [{ key: "summary", name: "ITA-สรุปผล" }] }));
    render(<App host={host} engine={engine} />);
    await screen.findByRole("heading", { name: "สิ่งที่พบในสมุดงาน" });
    expect(document.activeElement?.textContent).toBe("สิ่งที่พบในสมุดงาน");
    await waitFor(() => expect(live()).toMatch(/^สิ่งที่พบในสมุดงาน: พบตารางคะแนน ITA 1 ตาราง มีคะแนน \d+ ข้อ/));
    expect(main().getByText(/พบตารางคะแนน ITA 1 ตาราง/)).toBeTruthy();
    expect(main().getByText(/แผ่นงาน “รายข้อ” ช่วง/)).toBeTruthy();
    expect(main().getByText("ปีที่วิเคราะห์: 2566")).toBeTruthy();
    expect(main().getByText(/กรอบการประเมิน: /)).toBeTruthy();
    expect(main().getByText(/มีคะแนน \d+ ข้อ จากทั้งหมด \d+ ข้อ/)).toBeTruthy();
    expect(main().getByText(/แผ่นงานจากการวิเคราะห์ครั้งก่อน: “ITA-สรุปผล”/)).toBeTruthy();
    expect(screen.getByRole("option", { name: "อัตโนมัติ (2566)" })).toBeTruthy();
    expect(screen.getByRole("option", { name: "อัตโนมัติ (กรอบปี 2566)" })).toBeTruthy();
    // Short options that fit the select; the framework's full label under it.
    expect(screen.getByRole("option", { name: "กรอบปี 2567" })).toBeTruthy();
    expect(main().getByText(/^ใช้: ITA 2566 \(IIT 30 ข้อ/)).toBeTruthy();
    expect(isDisabled(runButton())).toBe(false);
    expect(host.published).toBeGreaterThan(0);

    // More settings: thresholds, mode, digits, fiscal year; a bad threshold blocks the run.
    fireEvent.click(screen.getByRole("button", { name: "ตั้งค่าเพิ่มเติม" }));
    expect((screen.getByRole("radio", { name: "เลขไทย (๑๒๓)" }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole("radio", { name: "เลขอารบิก (123)" }));
    const improve = screen.getByLabelText("“พัฒนาให้ดีขึ้น” เมื่อคะแนนต่ำกว่า");
    fireEvent.change(improve, { target: { value: "80" } });
    // Both thresholds are marked (the rule is about the two), and the hint says why the button is off.
    expect(main().getAllByText(/ต้องไม่สูงกว่าเกณฑ์/)).toHaveLength(2);
    expect(improve.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByLabelText("“แก้ไขโดยเร่งด่วน” เมื่อคะแนนต่ำกว่า").getAttribute("aria-invalid")).toBe("true");
    expect(main().getByText("ยังวิเคราะห์ไม่ได้: แก้การตั้งค่าที่มีเครื่องหมายสีแดงก่อน")).toBeTruthy();
    expect(isDisabled(runButton())).toBe(true);
    fireEvent.change(improve, { target: { value: "96" } });
    expect(improve.getAttribute("aria-invalid")).not.toBe("true");
    expect(isDisabled(runButton())).toBe(false);
    fireEvent.click(runButton());
    expect(host.runs[0].settings).toMatchObject({ digits: "arabic", classification: { improveBelow: 96, urgentBelow: 85 } });
  });

  it("uses the settings saved in the workbook", async () => {
    const saved: Settings = { ...defaultSettings(), agency: "เทศบาลตำบลตัวอย่าง", digits: "arabic", fiscalYear: 2569 };
    const host = excelHost(scanOf(seed004(), { settings: saved, hasSettings: true }));
    render(<App host={host} engine={engine} />);
    await screen.findByRole("heading", { name: "สิ่งที่พบในสมุดงาน" });
    expect((screen.getByLabelText("ชื่อหน่วยงาน") as HTMLInputElement).value).toBe("เทศบาลตำบลตัวอย่าง");
    fireEvent.click(runButton());
    expect(host.runs[0].settings).toMatchObject({ agency: "เทศบาลตำบลตัวอย่าง", digits: "arabic", fiscalYear: 2569 });
  });

  it("running: shows the step in progress and disables the button and the settings", async () => {
    const host = excelHost(scanOf(seed004()));
    render(<App host={host} engine={engine} />);
    await main().findByText("สิ่งที่พบในสมุดงาน");
    fireEvent.click(runButton());
    expect(main().getByText("กำลังอ่านข้อมูลจากสมุดงาน…")).toBeTruthy();
    await waitFor(() => expect(live()).toBe("กำลังอ่านข้อมูลจากสมุดงาน…"));
    act(() => host.runs[0].progress("write"));
    expect(main().getByText("กำลังเขียนแผ่นงาน…")).toBeTruthy();
    await waitFor(() => expect(live()).toBe("กำลังเขียนแผ่นงาน…"));
    expect(screen.getAllByRole("progressbar").length).toBeGreaterThan(0);
    expect(isDisabled(runButton())).toBe(true);
    // The button keeps the focus while it works (never the page's body).
    expect(document.activeElement).not.toBe(document.body);
    expect((screen.getByLabelText("ชื่อหน่วยงาน") as HTMLInputElement).disabled).toBe(true);
  });

  it("done: the result card with overall score, level, tools, urgent/improve per issue and links to the new sheets", async () => {
    const host = excelHost(scanOf(seed004()));
    render(<App host={host} engine={engine} />);
    await main().findByText("สิ่งที่พบในสมุดงาน");
    fireEvent.click(runButton());
    const outcome = written(
      { sheets: [seed004QuestionSheet(), seed004IndicatorSheet()] },
      { edited: 2, carried: 2, keptCopies: ["ITA-มาตรการ เดิม 1-10-2567"] },
    );
    expect(outcome.result.current.overall?.value).toBeCloseTo(93.57, 2);
    await act(async () => host.runs[0].done.resolve(outcome));
    const card = await screen.findByLabelText("วิเคราะห์เสร็จแล้ว");
    const c = within(card);
    const overall = outcome.result.current.overall!.value;
    expect(c.getByText(overall.toFixed(2))).toBeTruthy();
    expect(c.getByLabelText(`ระดับผลการประเมิน ${outcome.result.current.level}`)).toBeTruthy();
    expect(c.getByText("IIT")).toBeTruthy();
    const table = c.getByRole("table", { name: "จำนวนข้อที่ต้องพัฒนาในแต่ละประเด็น" });
    expect(within(table).getAllByRole("row")).toHaveLength(1 + outcome.result.issues.length);
    const urgent = outcome.result.issues[0].items.filter((i) => i.status === "urgent").length;
    expect(within(within(table).getAllByRole("row")[1]).getAllByRole("cell")[1].textContent).toBe(String(urgent));
    expect(c.getByText("นำสิ่งที่เจ้าหน้าที่พิมพ์หรือแก้ไขไว้ 2 ช่องมาใส่ในแผ่นงานใหม่แล้ว")).toBeTruthy();
    expect(c.getByText(/เก็บแผ่นงานเดิมไว้ในชื่อ “ITA-มาตรการ เดิม 1-10-2567”/)).toBeTruthy();
    // Announced with its figures; the focus on its heading.
    await waitFor(() => expect(live()).toBe(`วิเคราะห์เสร็จแล้ว คะแนนรวม ITA ${score2(overall)} ระดับ${outcome.result.current.level}`));
    expect(document.activeElement?.textContent).toBe("วิเคราะห์เสร็จแล้ว");
    expect(c.getByRole("heading", { name: "คะแนนรายเครื่องมือ" })).toBeTruthy();
    expect(card.textContent).not.toMatch(/EIT Public|EIT Survey/);
    // The next steps are one list of actions (a new output adds one entry).
    expect(
      within(c.getByTestId("result-actions"))
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["วิเคราะห์อีกครั้ง"]);
    fireEvent.click(c.getByRole("button", { name: /ITA-มาตรการ/ }));
    await waitFor(() => expect(host.opened).toEqual(["ITA-มาตรการ"]));
    fireEvent.click(c.getByRole("button", { name: "วิเคราะห์อีกครั้ง" }));
    await main().findByText("สิ่งที่พบในสมุดงาน");
    expect(host.scans).toBe(2);
  });

  it("done: provisional figures carry the note, a stated level shows its cell and, where it differs, the level the scores give", async () => {
    // 2568 per question: OIT, the overall and the level rest on the OIT grouping not yet confirmed.
    const fw = frameworkById(BUILTIN_CATALOG, "2568")!;
    const cells2568: WorkbookCells = {
      sheets: [{ name: "รายข้อ", values: [["ผลการประเมิน ITA ปี 2568"], ["ข้อ", "คะแนน"], ...fw.items.map((i) => [i.code, 96])] }],
    };
    const host = excelHost(scanOf(cells2568));
    render(<App host={host} engine={engine} />);
    await main().findByText("สิ่งที่พบในสมุดงาน");
    fireEvent.click(runButton());
    const outcome = written(cells2568);
    expect(outcome.result.provisionalNote).toBeDefined();
    await act(async () => host.runs[0].done.resolve(outcome));
    const card = within(await screen.findByLabelText("วิเคราะห์เสร็จแล้ว"));
    expect(card.getByTestId("provisional-note").textContent).toBe(`หมายเหตุ: ${outcome.result.provisionalNote}`);
    expect(card.getByText("คำนวณจากคะแนนในสมุดงาน (รายการ OIT ยังไม่ยืนยัน)")).toBeTruthy();
    expect(card.getByText("OIT (รายการ OIT ยังไม่ยืนยัน)")).toBeTruthy();
    expect(card.getByText("IIT")).toBeTruthy();
    expect(card.getByTestId("level-source").textContent).toBe("ระดับชั่วคราว (รายการ OIT ยังไม่ยืนยัน)");
  });

  it("done: a level the workbook states wins, with its cell and the level the scores give beside it", async () => {
    const sheet = seed004QuestionSheet();
    const stated: WorkbookCells = {
      sheets: [{ ...sheet, values: [...sheet.values, [], ["ระดับผลการประเมิน: ผ่าน"]] }, seed004IndicatorSheet()],
    };
    const host = excelHost(scanOf(stated));
    render(<App host={host} engine={engine} />);
    await main().findByText("สิ่งที่พบในสมุดงาน");
    fireEvent.click(runButton());
    const outcome = written(stated);
    const ls = outcome.result.current.levelSource!;
    expect([outcome.result.current.level, ls.source, ls.computed]).toEqual(["ผ่าน", "official", "ผ่านดี"]);
    await act(async () => host.runs[0].done.resolve(outcome));
    const card = within(await screen.findByLabelText("วิเคราะห์เสร็จแล้ว"));
    expect(card.getByLabelText("ระดับผลการประเมิน ผ่าน")).toBeTruthy();
    expect(card.getByTestId("level-source").textContent).toBe(`ระดับตามที่กรอกไว้ในสมุดงาน (${ls.cell}) · ระดับที่ได้จากคะแนน: ผ่านดี`);
    expect(card.queryByTestId("provisional-note")).toBeNull();
  });

  it("error: says nothing was written and offers to try again", async () => {
    const host = excelHost(scanOf(seed004()));
    render(<App host={host} engine={engine} />);
    await main().findByText("สิ่งที่พบในสมุดงาน");
    fireEvent.click(runButton());
    await act(async () => host.runs[0].done.reject(new Error("RichApi.Error: The request payload size has exceeded the limit")));
    expect(await screen.findByRole("heading", { name: "เกิดข้อผิดพลาด" })).toBeTruthy();
    expect(document.activeElement?.textContent).toBe("เกิดข้อผิดพลาด");
    expect(main().getByText(/ไม่ได้เขียนสิ่งใดลงสมุดงาน/)).toBeTruthy();
    // What to do instead of Excel's own text.
    expect(main().getByText(/ข้อมูลในสมุดงานมากเกินกว่าที่ Excel ส่งได้ในครั้งเดียว/)).toBeTruthy();
    expect(screen.queryByText(/payload|RichApi/)).toBeNull();
    // The original is not lost: it went to the console for whoever supports the add-in.
    expect(warned.some((w) => String(w[1]).includes("payload size"))).toBe(true);
    await waitFor(() => expect(live()).toMatch(/^เกิดข้อผิดพลาด ข้อมูลในสมุดงานมากเกิน/));
    fireEvent.click(screen.getByRole("button", { name: "ลองอีกครั้ง" }));
    await main().findByText("สิ่งที่พบในสมุดงาน");
  });

  it("error: names the temporary sheets that could not be removed, instead of saying nothing was written", async () => {
    const host = excelHost(scanOf(seed004()));
    render(<App host={host} engine={engine} />);
    await main().findByText("สิ่งที่พบในสมุดงาน");
    fireEvent.click(runButton());
    await act(async () => host.runs[0].done.reject(new LeftoverSheetsError(new Error("RichApi.Error: busy"), "~ita-abc-")));
    expect(await main().findByText(/ลบแผ่นงานที่ชื่อขึ้นต้นด้วย “~ita-abc-”/)).toBeTruthy();
    expect(screen.queryByText(/ไม่ได้เขียนสิ่งใดลงสมุดงาน/)).toBeNull();
  });

  it("an engine fault is shown as one, never hidden behind an earlier analysis", async () => {
    const host = excelHost(scanOf(seed004()));
    const broken = {
      ...engine,
      analyze: () => {
        throw new Error("engine fault: index out of range");
      },
    };
    render(<App host={host} engine={broken} />);
    expect(await screen.findByRole("heading", { name: /วิเคราะห์ข้อมูลไม่สำเร็จ/ })).toBeTruthy();
    // The program's own text only under "details", for whoever supports the add-in.
    expect(main().getByText("รายละเอียดสำหรับผู้ดูแลโปรแกรม").closest("details")?.textContent).toMatch(/engine fault: index out of range/);
    expect(screen.queryByText("สิ่งที่พบในสมุดงาน")).toBeNull();
  });

  it("tells staff to recalculate when Excel could not recalculate the ITA.* formulas", async () => {
    const host = excelHost(scanOf(seed004()));
    host.publishFails = new Error("RichApi.Error: The workbook is in cell-edit mode");
    render(<App host={host} engine={engine} />);
    await main().findByText("สิ่งที่พบในสมุดงาน");
    expect(await main().findByText(/ออกจากเซลล์ที่กำลังแก้ไข \(ถ้ามี\) แล้วกด Ctrl\+Alt\+F9 เพื่อคำนวณใหม่$/)).toBeTruthy();
    expect(screen.queryByText(/RichApi|cell-edit/)).toBeNull();
  });

  it("a run that finds errors in changed data writes nothing and shows them", async () => {
    const host = excelHost(scanOf(seed004()));
    render(<App host={host} engine={engine} />);
    await main().findByText("สิ่งที่พบในสมุดงาน");
    fireEvent.click(runButton());
    const sheet = seed004QuestionSheet();
    const changed = { sheets: [{ ...sheet, values: sheet.values.map((r, i) => (i === 4 ? [r[0], "105"] : r)) }] };
    const result = engine.analyze(changed, { classification: defaultSettings().classification });
    await act(async () => host.runs[0].done.resolve({ kind: "invalid", cells: changed, result, problems: result.problems }));
    expect(await main().findByText(/ข้อมูลในสมุดงานเปลี่ยนไปและมีข้อผิดพลาด/)).toBeTruthy();
    expect(screen.getByRole("list", { name: /พบปัญหาในข้อมูลที่ต้องแก้ก่อน/ })).toBeTruthy();
  });

  it("scans again when the pane is shown again (the shared runtime keeps the page alive)", async () => {
    let shown: (() => void) | undefined;
    const host = excelHost(scanOf(seed004()));
    host.onShown = (listener) => {
      shown = listener;
      return () => (shown = undefined);
    };
    render(<App host={host} engine={engine} />);
    await main().findByText("สิ่งที่พบในสมุดงาน");
    expect(host.scans).toBe(1);
    act(() => shown!());
    await main().findByText("สิ่งที่พบในสมุดงาน");
    await waitFor(() => expect(host.scans).toBe(2));
  });

  it("an error while scanning is shown with a retry", async () => {
    let fail = true;
    const host = excelHost(() => {
      if (fail) throw new Error("GeneralException");
      return scanOf(seed004());
    });
    render(<App host={host} engine={engine} />);
    expect(await main().findByText("อ่านสมุดงานไม่สำเร็จ")).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByRole("button", { name: "ลองอีกครั้ง" }));
    await main().findByText("สิ่งที่พบในสมุดงาน");
  });
});

describe("the task pane in Excel: what this Excel can do, and an empty workbook", () => {
  it("an Excel that cannot read and write for the pane: says so and what to use instead, and never scans", async () => {
    const host = excelHost(scanOf(seed004()));
    host.capabilities = () => ({ canRun: false, limits: ["Excel รุ่นนี้อ่านและเขียนสมุดงานให้ add-in ไม่ได้: ใช้หน้าทดลองในเบราว์เซอร์"] });
    render(<App host={host} engine={engine} />);
    expect(await screen.findByRole("heading", { name: "Excel รุ่นนี้ใช้ add-in วิเคราะห์ ITA ไม่ได้" })).toBeTruthy();
    expect(main().getByText(/ใช้หน้าทดลองในเบราว์เซอร์/)).toBeTruthy();
    await waitFor(() => expect(live()).toMatch(/^Excel รุ่นนี้ใช้ add-in วิเคราะห์ ITA ไม่ได้/));
    expect(host.scans).toBe(0);
  });

  it("what this Excel lacks is listed, folded, and the pane works as usual", async () => {
    const host = excelHost(scanOf(seed004()));
    host.capabilities = () => ({ canRun: true, limits: ["ตั้งหน้ากระดาษแนวนอนไม่ได้: ตั้งเองก่อนพิมพ์"] });
    render(<App host={host} engine={engine} />);
    await screen.findByRole("heading", { name: "สิ่งที่พบในสมุดงาน" });
    expect(main().getByText("สิ่งที่ Excel รุ่นนี้ทำไม่ได้ (1 ข้อ)").closest("details")?.textContent).toMatch(/ตั้งเองก่อนพิมพ์/);
    expect(isDisabled(runButton())).toBe(false);
  });

  it("an empty workbook: offers the score-entry sheet of the chosen framework, adds it, and says what to do next", async () => {
    const empty = scanOf({ sheets: [{ name: "Sheet1", values: [["บันทึก"]] }] });
    const host = excelHost(empty);
    const added: TemplateSheet[] = [];
    host.addTemplate = async (sheet) => {
      added.push(sheet);
      return `${sheet.name} (2)`;
    };
    render(<App host={host} engine={engine} />);
    await screen.findByRole("heading", { name: "ไม่พบข้อมูลคะแนน ITA ในสมุดงานนี้" });
    const offer = main().getByRole("heading", { name: "เพิ่มแผ่นงานกรอกคะแนน" }).closest("div")!.parentElement!;
    fireEvent.change(within(offer).getByLabelText("ปีที่ประเมิน (พ.ศ.)"), { target: { value: "2567" } });
    fireEvent.click(within(offer).getByRole("button", { name: "เพิ่มแผ่นงานกรอกคะแนน" }));
    await waitFor(() => expect(host.scans).toBe(2));
    expect(added).toHaveLength(1);
    const framework = frameworkById(BUILTIN_CATALOG, "2567")!;
    expect(added[0].rows.filter((r) => typeof r[0] === "string" && /^[ieo]\d+$/.test(r[0])).map((r) => r[0])).toEqual(
      framework.items.map((i) => i.code),
    );
    const note = "เพิ่มแผ่นงาน “แบบกรอกคะแนน ITA 2567 (2)” แล้ว: กรอกคะแนนในช่องสีเหลือง (เว้นว่างข้อที่ไม่มีคะแนน) แล้วกด “ตรวจอีกครั้ง”";
    expect(await main().findByText(note)).toBeTruthy();
    await waitFor(() => expect(live()).toBe(note));
    // The choice survives the scan that followed.
    expect((main().getByLabelText("ปีที่ประเมิน (พ.ศ.)") as HTMLSelectElement).value).toBe("2567");
  });

  it("adding the score-entry sheet fails: what to do, never Excel's text", async () => {
    const host = excelHost(scanOf({ sheets: [{ name: "Sheet1", values: [["บันทึก"]] }] }));
    host.addTemplate = async () => {
      throw Object.assign(new Error("AccessDenied: The workbook is protected"), { code: "AccessDenied" });
    };
    render(<App host={host} engine={engine} />);
    await screen.findByRole("heading", { name: "ไม่พบข้อมูลคะแนน ITA ในสมุดงานนี้" });
    fireEvent.click(main().getByRole("button", { name: "เพิ่มแผ่นงานกรอกคะแนน" }));
    expect(await main().findByText("เพิ่มแผ่นงานกรอกคะแนนไม่สำเร็จ")).toBeTruthy();
    expect(main().getByText(/ยกเลิกการป้องกัน/)).toBeTruthy();
    expect(screen.queryByText(/AccessDenied|protected/)).toBeNull();
  });
});

describe("the browser preview: files it cannot open", () => {
  const open = async (name: string, bytes: Uint8Array) => {
    render(<App host={previewHost(engine)} engine={engine} />);
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [new File([bytes as BlobPart], name)] } });
    // The reader (the command's: src/xlsx/file-kind.ts) loads on demand: slower than the pane.
    await screen.findByRole("heading", { name: "เปิดไฟล์นี้ไม่ได้" }, { timeout: 15_000 });
    return main().getByRole("heading", { name: "เปิดไฟล์นี้ไม่ได้" }).parentElement!.textContent ?? "";
  };

  it.each([
    [
      "a text file named .xlsx",
      "คะแนน.xlsx",
      new Uint8Array(Buffer.from("ข้อ,คะแนน\ni1,90")),
      /ไฟล์ข้อความ ไม่ใช่สมุดงาน \.xlsx.*เปลี่ยนนามสกุลเป็น \.csv/,
    ],
    [
      "an .xls",
      "คะแนน.xls",
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      /สมุดงาน Excel แบบเก่า \(\.xls\).*บันทึกเป็น \.xlsx/,
    ],
    ["a password-protected .xlsx", "คะแนน.xlsx", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /ตั้งรหัสผ่านไว้/],
    ["a damaged zip", "คะแนน.xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), /เสียหายหรือดาวน์โหลดมาไม่ครบ/],
    ["an empty file", "คะแนน.xlsx", new Uint8Array(0), /ว่างเปล่า/],
    ["a PDF", "คะแนน.pdf", new Uint8Array(Buffer.from("%PDF-1.7\n")), /เป็น PDF/],
  ])("%s: says what to do, in Thai, without the library's text", async (_what, name, bytes, want) => {
    const text = await open(name, bytes);
    expect(text).toMatch(want);
    expect(document.body.textContent).not.toMatch(/zip|central directory|stuk\.github\.io|Error/);
    expect(screen.getAllByRole("button", { name: "เลือกไฟล์อื่น" }).length).toBeGreaterThan(0);
  });

  it("reads a CSV exported from a score sheet, as the command does", async () => {
    render(<App host={previewHost(engine)} engine={engine} />);
    const csv = "ข้อ,คะแนน\n" + ["i1,98.5", "i2,97", "e1,88", "o1,100"].join("\n");
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [new File([csv], "คะแนน.csv")] } });
    await main().findByText("สิ่งที่พบในสมุดงาน", undefined, { timeout: 15_000 });
    expect(main().getByText("ไฟล์: คะแนน.csv")).toBeTruthy();
  });
});

describe("the browser preview", () => {
  it("asks for a file, then shows the same findings; the result offers the download", async () => {
    const opened: string[] = [];
    let run: Deferred<PaneRunOutcome> | undefined;
    const host: PaneHost = {
      kind: "preview",
      open: async (file) => {
        opened.push(file.name);
        return scanOf(seed004());
      },
      scan: async () => scanOf(seed004()),
      run: () => (run = deferred<PaneRunOutcome>()).promise,
    };
    render(<App host={host} engine={engine} />);
    expect(main().getByText("เลือกไฟล์คะแนน ITA")).toBeTruthy();
    const input = screen.getByTestId("file-input") as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(["x"], "คะแนน.xlsx")] } });
    await main().findByText("สิ่งที่พบในสมุดงาน");
    expect(opened).toEqual(["คะแนน.xlsx"]);
    expect(main().getByText("ไฟล์: คะแนน.xlsx")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "วิเคราะห์และสร้างไฟล์ใหม่" }));
    const blob = new Blob(["xlsx"]);
    await act(async () => run!.resolve(written(seed004(), { file: { name: "คะแนน-ผลวิเคราะห์ITA.xlsx", blob } })));
    const card = await screen.findByLabelText("วิเคราะห์เสร็จแล้ว");
    expect(within(card).getByText("ไฟล์ คะแนน-ผลวิเคราะห์ITA.xlsx")).toBeTruthy();
    // Sheets are listed as text (no Excel to open them in); the download is a button.
    expect(within(card).queryByRole("button", { name: /ITA-มาตรการ/ })).toBeNull();
    const created: Blob[] = [];
    URL.createObjectURL = (b: Blob) => (created.push(b), "blob:x");
    URL.revokeObjectURL = () => {};
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    fireEvent.click(within(card).getByRole("button", { name: "ดาวน์โหลดไฟล์ผลการวิเคราะห์" }));
    expect(created).toEqual([blob]);
    expect(click).toHaveBeenCalled();
  });
});

describe("the o42 document button", () => {
  it("in Excel: builds the document from the workbook as read, then offers it with what it was made from", async () => {
    const host = excelHost(scanOf(seed004()));
    const reads: number[] = [];
    host.readForDocument = async () => {
      reads.push(1);
      return { data: seed004(), book: { sheets: seed004().sheets }, settings: defaultSettings() };
    };
    host.canDownload = true;
    render(<App host={host} engine={engine} />);
    await main().findByText("สิ่งที่พบในสมุดงาน");
    fireEvent.click(screen.getByRole("button", { name: "สร้างเอกสาร o42 (Word)" }));
    await waitFor(() => expect(screen.getByLabelText("เอกสาร o42").textContent).toMatch(/พร้อมแล้ว/), { timeout: 10_000 });
    expect(reads).toEqual([1]);
    expect(main().getByText(/ใช้มาตรการ \d+ แถวที่จัดทำใหม่จากผลการวิเคราะห์/)).toBeTruthy();
    const created: Blob[] = [];
    URL.createObjectURL = (b: Blob) => (created.push(b), "blob:x");
    URL.revokeObjectURL = () => {};
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    fireEvent.click(screen.getByRole("button", { name: "ดาวน์โหลดเอกสาร o42" }));
    expect(created).toHaveLength(1);
    expect(created[0].type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(click).toHaveBeenCalled();
    await main().findByText("ดาวน์โหลดเอกสาร o42-2567.docx แล้ว");
  });

  it("says in Thai when the data has errors, and on Excel for Mac builds nothing", async () => {
    const sheet = seed004QuestionSheet();
    const bad: CellValue[][] = sheet.values.map((r) => [...r]);
    bad[4][1] = "105";
    const host = excelHost(scanOf(seed004()));
    host.readForDocument = async () => ({
      data: { sheets: [{ ...sheet, values: bad }] },
      book: { sheets: [] },
      settings: defaultSettings(),
    });
    render(<App host={host} engine={engine} />);
    await main().findByText("สิ่งที่พบในสมุดงาน");
    fireEvent.click(screen.getByRole("button", { name: "สร้างเอกสาร o42 (Word)" }));
    await main().findByText(/ข้อมูลในสมุดงานมีข้อผิดพลาด จึงยังจัดทำเอกสารไม่ได้/);
  });

  it("on Excel for Mac: says the pane cannot download and points to the preview page", async () => {
    const host = excelHost(scanOf(seed004()));
    let reads = 0;
    host.readForDocument = async () => {
      reads++;
      return { data: seed004(), book: { sheets: [] }, settings: defaultSettings() };
    };
    host.canDownload = false;
    const opened: string[] = [];
    host.openInBrowser = (url) => opened.push(url);
    render(<App host={host} engine={engine} />);
    await main().findByText("สิ่งที่พบในสมุดงาน");
    fireEvent.click(screen.getByRole("button", { name: "สร้างเอกสาร o42 (Word)" }));
    await main().findByText("Excel for Mac ไม่ให้บานหน้าต่างนี้ดาวน์โหลดไฟล์");
    fireEvent.click(screen.getByRole("button", { name: "เปิดหน้านี้ในเบราว์เซอร์" }));
    expect(opened).toHaveLength(1);
    expect(reads).toBe(0);
  });
});
