// The pane at the sizes Excel gives it (320×700 and 350×800), walked through its states as a Thai
// officer would, in the browser preview and in Excel (the recording fake). In every state: no
// sideways scroll, no select whose text is cut, no problem message that starts in English, no
// library or Excel text; once a workbook is read the run button is on screen; each change of state
// reaches the live region; after a pick, a run and a rescan the focus is on the new content.
// Screenshots: test-results/fit-<width>-<state>.png.
import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { readXlsxFile } from "../fixtures/xlsx-file";
import { ROOT } from "./dist";
import { expectAnnounced, expectFits, expectRunInView, launch, openPane, RESULTS } from "./browser";
import { excelOfficeStub, type SeedSheet } from "./excel-stub";

const EXAMPLES = join(ROOT, "examples");
const EXAMPLE_FILES = ["sao-2566-questions.xlsx", "municipality-2567-two-years.xlsx", "eit-two-parts-2566.xlsx"];
const SIZES = [
  [320, 700],
  [350, 800],
] as const;

let browser: Browser;
let noData: string;
let notXlsx: string;
let oldXls: string;

beforeAll(async () => {
  browser = await launch();
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("รายชื่อ").addRows([
    ["ชื่อ", "ตำแหน่ง"],
    ["นาย ก", "ปลัด"],
  ]);
  noData = join(RESULTS, "fit-no-data.xlsx");
  await wb.xlsx.writeFile(noData);
  // A text file saved as .xlsx (jszip: "Can't find end of central directory … stuk.github.io").
  notXlsx = join(RESULTS, "fit-not-really.xlsx");
  writeFileSync(notXlsx, "ข้อ,คะแนน\ni1,90\n");
  // An Excel 97–2003 file: an OLE container.
  oldXls = join(RESULTS, "fit-old.xls");
  writeFileSync(oldXls, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

const live = (page: Page) => page.evaluate(() => (window as unknown as { __live: string[] }).__live.length);
const focusIsNotBody = async (page: Page) => expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe("BODY");

async function sheetsOf(file: string): Promise<SeedSheet[]> {
  const { cells } = readXlsxFile(join(EXAMPLES, file));
  return cells.sheets.map((s) => ({ name: s.name, values: s.values }));
}

describe.each(SIZES)("the browser preview at %i×%i", (width, height) => {
  it("pick, a wrong file, an .xls, a workbook, a bad setting, the run, another file with nothing in it, several files", async () => {
    const { page, errors, aborted } = await openPane(browser, { width, height });
    const shot = (name: string) => expectFits(page, `fit-${width}-preview-${name}`);
    await page.getByRole("heading", { name: "เลือกไฟล์คะแนน ITA" }).waitFor();
    let said = await expectAnnounced(page, 0, /เลือกไฟล์คะแนน ITA/);
    await shot("1-pick");

    // Not an .xlsx at all: what to do, never jszip's text.
    await page.getByTestId("file-input").setInputFiles(notXlsx);
    await page.getByRole("heading", { name: "เปิดไฟล์นี้ไม่ได้" }).waitFor({ timeout: 30_000 });
    said = await expectAnnounced(page, said, /ไม่ใช่สมุดงาน \.xlsx.*บันทึกเป็น/);
    await focusIsNotBody(page);
    await shot("2-not-xlsx");

    await page.getByTestId("file-input").setInputFiles(oldXls);
    await page
      .getByRole("main")
      .getByText(/สมุดงาน Excel แบบเก่า \(\.xls\)/)
      .waitFor({ timeout: 30_000 });
    said = await expectAnnounced(page, said, /แบบเก่า \(\.xls\)/);
    await shot("3-xls");

    // A workbook: what was found, with the run button on screen and the focus on the findings.
    await page.getByTestId("file-input").setInputFiles(join(EXAMPLES, "sao-2566-questions.xlsx"));
    await page.getByRole("heading", { name: "สิ่งที่พบในสมุดงาน" }).waitFor({ timeout: 30_000 });
    said = await expectAnnounced(page, said, /พบตารางคะแนน ITA 3 ตาราง/);
    await focusIsNotBody(page);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("สิ่งที่พบในสมุดงาน");
    expectRunInView(await shot("4-findings"));
    expect(await page.getByRole("main").getByText("ไฟล์: sao-2566-questions.xlsx").isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "เลือกไฟล์อื่น" }).first().isVisible()).toBe(true);

    // A bad threshold: the field is marked, the hint under the (still visible) button says why.
    await page.getByRole("button", { name: "ตั้งค่าเพิ่มเติม" }).click();
    const improve = page.getByLabel("“พัฒนาให้ดีขึ้น” เมื่อคะแนนต่ำกว่า");
    await improve.fill("80");
    expect(await improve.getAttribute("aria-invalid")).toBe("true");
    await page.getByRole("main").getByText("ยังวิเคราะห์ไม่ได้: แก้การตั้งค่าที่มีเครื่องหมายสีแดงก่อน").waitFor();
    const blocked = await shot("5-bad-setting");
    expectRunInView(blocked);
    expect(await page.getByRole("button", { name: "วิเคราะห์และสร้างไฟล์ใหม่" }).isDisabled()).toBe(true);
    await improve.fill("95");
    expect(await improve.getAttribute("aria-invalid")).not.toBe("true");

    // The run: each step and the result announced, the result at the top with the focus on it.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.getByRole("button", { name: "วิเคราะห์และสร้างไฟล์ใหม่" }).click();
    said = await expectAnnounced(page, said, /วิเคราะห์เสร็จแล้ว คะแนนรวม ITA 92\.59 ระดับผ่านดี/);
    const heading = page.getByRole("heading", { name: "วิเคราะห์เสร็จแล้ว" });
    await heading.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("วิเคราะห์เสร็จแล้ว");
    const top = (await heading.boundingBox())!.y;
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(120);
    await shot("6-result");
    const actions = page.getByTestId("result-actions");
    expect(await actions.getByRole("button", { name: "ดาวน์โหลดไฟล์ผลการวิเคราะห์" }).isVisible()).toBe(true);

    // Another file at any time: this one has no scores.
    await actions.getByRole("button", { name: "เลือกไฟล์อื่น" }).click();
    await page.getByTestId("file-input").setInputFiles(noData);
    await page.getByRole("heading", { name: "ไม่พบข้อมูลคะแนน ITA ในสมุดงานนี้" }).waitFor({ timeout: 30_000 });
    said = await expectAnnounced(page, said, /ไม่พบข้อมูลคะแนน ITA/);
    await focusIsNotBody(page);
    // The hint names a button that is there.
    expect(
      await page
        .getByRole("main")
        .getByText(/กด “เลือกไฟล์อื่น”/)
        .isVisible(),
    ).toBe(true);
    expect(await page.getByRole("button", { name: "เลือกไฟล์อื่น" }).first().isVisible()).toBe(true);
    await shot("7-nothing");

    // Several agencies' files at once: their overview is downloaded, said, and fits.
    const [overview] = await Promise.all([
      page.waitForEvent("download", { timeout: 60_000 }),
      page.getByTestId("file-input").setInputFiles([...EXAMPLE_FILES.map((f) => join(EXAMPLES, f)), notXlsx]),
    ]);
    expect(overview.suggestedFilename()).toBe("ภาพรวมITA.xlsx");
    await page.getByRole("heading", { name: "สมุดงานภาพรวมหลายหน่วยงาน" }).waitFor({ timeout: 30_000 });
    await expectAnnounced(page, said, new RegExp(`ดาวน์โหลดสมุดงานภาพรวม ${EXAMPLE_FILES.length} หน่วยงานแล้ว \\(ไฟล์ที่วิเคราะห์ไม่ได้ 1 ไฟล์`));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("สมุดงานภาพรวมหลายหน่วยงาน");
    await shot("8-overview");

    expect(errors).toEqual([]);
    expect(aborted).toEqual([]);
  }, 180_000);
});

describe.each(SIZES)("in Excel at %i×%i", (width, height) => {
  it.each(EXAMPLE_FILES)(
    "%s: found, the run button on screen, the run announced and focused",
    async (file) => {
      const { page, errors, aborted } = await openPane(browser, { width, height, officeJs: excelOfficeStub(await sheetsOf(file)) });
      const name = file.replace(/\.xlsx$/, "");
      await page.getByRole("heading", { name: "สิ่งที่พบในสมุดงาน" }).waitFor({ timeout: 30_000 });
      let said = await expectAnnounced(page, 0, /สิ่งที่พบในสมุดงาน/);
      await focusIsNotBody(page);
      expectRunInView(await expectFits(page, `fit-${width}-excel-${name}-1-findings`));

      await page.getByRole("button", { name: "วิเคราะห์และสร้างแผ่นงาน" }).click();
      said = await expectAnnounced(page, said, /วิเคราะห์เสร็จแล้ว คะแนนรวม ITA \d+\.\d\d/);
      await page.getByRole("heading", { name: "วิเคราะห์เสร็จแล้ว" }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("วิเคราะห์เสร็จแล้ว");
      await expectFits(page, `fit-${width}-excel-${name}-2-result`);

      // Analyse again: a rescan, the focus back on the findings.
      await page.getByRole("button", { name: "วิเคราะห์อีกครั้ง" }).click();
      await page.getByRole("heading", { name: "สิ่งที่พบในสมุดงาน" }).waitFor();
      await expectAnnounced(page, said, /สิ่งที่พบในสมุดงาน/);
      await page.waitForFunction(() => document.activeElement?.textContent === "สิ่งที่พบในสมุดงาน");
      expect(errors).toEqual([]);
      expect(aborted).toEqual([]);
    },
    120_000,
  );

  it("bad scores: Thai-first problems, a click selects the cell, a renamed sheet is said, a failed write is advice", async () => {
    const sheets: SeedSheet[] = [
      {
        name: "คะแนน ปี 66",
        values: [["ผลคะแนน ITA ปีงบประมาณ พ.ศ. 2566"], [], ["ข้อ", "คะแนน"], ["i1", 98.5], ["i2", 105], ["i3", "ดีมาก"], ["e1", 90]],
      },
      {
        name: "OIT",
        values: [
          ["ข้อ", "คะแนน 2566"],
          ["o1", 100],
          ["o2", 150],
        ],
      },
    ];
    const { page, errors } = await openPane(browser, { width, height, officeJs: excelOfficeStub(sheets) });
    const list = page.getByRole("list", { name: /พบปัญหาในข้อมูลที่ต้องแก้ก่อน/ });
    await list.waitFor({ timeout: 30_000 });
    await expectAnnounced(page, 0, /พบปัญหาในข้อมูลที่ต้องแก้ก่อน 3 รายการ/);
    const m = await expectFits(page, `fit-${width}-excel-problems`);
    expectRunInView(m);
    expect(await page.getByRole("button", { name: "วิเคราะห์และสร้างแผ่นงาน" }).isDisabled()).toBe(true);
    await page.getByRole("main").getByText("ยังวิเคราะห์ไม่ได้: แก้ปัญหาในข้อมูล 3 รายการด้านบนก่อน").waitFor();

    await list.getByRole("button", { name: "'คะแนน ปี 66'!B5" }).click();
    await page.waitForFunction(
      () => (window as unknown as { __fakeExcel: { model: { selection?: string } } }).__fakeExcel.model.selection === "คะแนน ปี 66!B5",
    );

    // The sheet renamed since the scan: the click says so instead of doing nothing.
    const said = await live(page);
    await page.evaluate(() => {
      (window as unknown as { __fakeExcel: { model: { sheets: { name: string }[] } } }).__fakeExcel.model.sheets[0].name = "คะแนนใหม่";
    });
    await list.getByRole("button", { name: "'คะแนน ปี 66'!B6" }).click();
    await page
      .getByRole("main")
      .getByText(/ไม่พบเซลล์ 'คะแนน ปี 66'!B6 ในสมุดงานแล้ว/)
      .waitFor();
    await expectAnnounced(page, said, /ไม่พบเซลล์ 'คะแนน ปี 66'!B6/);
    await expectFits(page, `fit-${width}-excel-cell-gone`);
    expect(errors).toEqual([]);
  }, 60_000);

  it("a write that Excel refuses: Thai advice, no GeneralException, nothing left behind", async () => {
    const { page, errors } = await openPane(browser, {
      width,
      height,
      officeJs: excelOfficeStub(await sheetsOf("sao-2566-questions.xlsx")),
    });
    await page.getByRole("heading", { name: "สิ่งที่พบในสมุดงาน" }).waitFor({ timeout: 30_000 });
    await page.evaluate(() => {
      (window as unknown as { __fakeExcel: { failOn?: RegExp } }).__fakeExcel.failOn = /chart/i;
    });
    const said = await live(page);
    await page.getByRole("button", { name: "วิเคราะห์และสร้างแผ่นงาน" }).click();
    await page.getByRole("heading", { name: "เกิดข้อผิดพลาด" }).waitFor({ timeout: 30_000 });
    await expectAnnounced(page, said, /เกิดข้อผิดพลาด Excel ทำคำสั่งนี้ไม่สำเร็จ/);
    await focusIsNotBody(page);
    await page
      .getByRole("main")
      .getByText(/ไม่ได้เขียนสิ่งใดลงสมุดงาน/)
      .waitFor();
    await expectFits(page, `fit-${width}-excel-write-failed`);
    const names = await page.evaluate(() =>
      (window as unknown as { __fakeExcel: { model: { sheets: { name: string }[] } } }).__fakeExcel.model.sheets.map((s) => s.name),
    );
    expect(names).toEqual(["คะแนนรายข้อ", "OIT", "สรุปตัวชี้วัด"]);
    // The original error went to the console as a warning (for support), not to the page.
    expect(errors).toEqual([]);
  }, 60_000);
});

describe("in Excel at 320×700, the rest of the states", () => {
  it("an empty workbook: the score-entry sheet is added, filled, read and analysed", async () => {
    const { cells } = readXlsxFile(join(EXAMPLES, "sao-2566-questions.xlsx"));
    const { analyze, scoreEntrySheet } = await import("../../src/core");
    const { filledTemplate } = await import("../fixtures/template-fill");
    const source = analyze(cells, {});
    const { page, errors } = await openPane(browser, {
      width: 320,
      height: 700,
      officeJs: excelOfficeStub([{ name: "Sheet1", values: [["บันทึกของเจ้าหน้าที่"]] }]),
    });
    await page.getByRole("heading", { name: "ไม่พบข้อมูลคะแนน ITA ในสมุดงานนี้" }).waitFor({ timeout: 30_000 });
    expect(
      await page
        .getByRole("main")
        .getByText(/กด “ตรวจอีกครั้ง”/)
        .isVisible(),
    ).toBe(true);
    await expectFits(page, "fit-320-excel-empty");
    await page.getByLabel("ปีที่ประเมิน (พ.ศ.)").selectOption("2566");
    let said = await live(page);
    await page.getByRole("button", { name: "เพิ่มแผ่นงานกรอกคะแนน" }).click();
    said = await expectAnnounced(page, said, /เพิ่มแผ่นงาน “แบบกรอกคะแนน ITA 2566” แล้ว/);
    await expectFits(page, "fit-320-excel-template-added");
    const model = await page.evaluate(() => {
      const x = (window as unknown as { __fakeExcel: { model: { sheets: { name: string }[]; activeSheet?: { name: string } } } })
        .__fakeExcel;
      return { names: x.model.sheets.map((s) => s.name), active: x.model.activeSheet?.name };
    });
    expect(model).toEqual({ names: ["Sheet1", "แบบกรอกคะแนน ITA 2566"], active: "แบบกรอกคะแนน ITA 2566" });

    // Staff type the example's scores into the yellow cells, then ask for a rescan.
    const typed = filledTemplate(
      scoreEntrySheet(source.framework, { year: 2566 }),
      source.read.observations.filter((o) => o.score !== null),
    ).typed;
    await page.evaluate((cells) => {
      const sheet = (
        window as unknown as { __fakeExcel: { model: { sheet(n: string): { at(r: number, c: number): { value: unknown } } } } }
      ).__fakeExcel.model.sheet("แบบกรอกคะแนน ITA 2566");
      for (const [r, c, v] of cells) sheet.at(r, c).value = v;
    }, typed);
    await page.getByRole("button", { name: "ตรวจอีกครั้ง" }).click();
    await page.getByRole("heading", { name: "สิ่งที่พบในสมุดงาน" }).waitFor();
    said = await expectAnnounced(page, said, /สิ่งที่พบในสมุดงาน/);
    await page.getByRole("button", { name: "วิเคราะห์และสร้างแผ่นงาน" }).click();
    await expectAnnounced(page, said, /คะแนนรวม ITA 92\.59 ระดับผ่านดี/);
    await expectFits(page, "fit-320-excel-template-result");
    expect(errors).toEqual([]);
  }, 90_000);

  it("an Excel that cannot read and write for the pane says so, with what to use instead", async () => {
    const { page, errors } = await openPane(browser, {
      width: 320,
      height: 700,
      officeJs: excelOfficeStub([], { lacks: ["ExcelApi 1.2"] }),
    });
    await page.getByRole("heading", { name: "Excel รุ่นนี้ใช้ add-in วิเคราะห์ ITA ไม่ได้" }).waitFor({ timeout: 30_000 });
    await expectAnnounced(page, 0, /หน้าทดลองในเบราว์เซอร์.*ita/);
    expect(await page.getByRole("main").getByText("https://addin.test/taskpane.html", { exact: false }).isVisible()).toBe(true);
    await expectFits(page, "fit-320-excel-unsupported");
    expect(await page.evaluate(() => (window as unknown as { __fakeExcel: { totalSyncs: number } }).__fakeExcel.totalSyncs)).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);

  it("Excel 2019-like (no print setup, no shared runtime): says what it cannot do, and the run still writes", async () => {
    const { page, errors } = await openPane(browser, {
      width: 320,
      height: 700,
      officeJs: excelOfficeStub(await sheetsOf("sao-2566-questions.xlsx"), { lacks: ["ExcelApi 1.8", "SharedRuntime 1.1"] }),
    });
    await page.getByRole("heading", { name: "สิ่งที่พบในสมุดงาน" }).waitFor({ timeout: 30_000 });
    // Folded to one line, so the findings stay in view; opened, each limit says what to use instead.
    expectRunInView(await expectFits(page, "fit-320-excel-2019"));
    await page.getByRole("main").getByText("สิ่งที่ Excel รุ่นนี้ทำไม่ได้ (3 ข้อ)").click();
    expect(
      await page
        .getByRole("main")
        .getByText(/ตั้งหน้ากระดาษแนวนอน.*ตั้งเองที่แท็บ เค้าโครงหน้ากระดาษ/)
        .isVisible(),
    ).toBe(true);
    expect(
      await page
        .getByRole("main")
        .getByText(/สูตร ITA\.\* ใช้ไม่ได้ใน Excel รุ่นนี้/)
        .isVisible(),
    ).toBe(true);
    await expectFits(page, "fit-320-excel-2019-limits");
    await page.getByRole("button", { name: "วิเคราะห์และสร้างแผ่นงาน" }).click();
    await page.getByRole("heading", { name: "วิเคราะห์เสร็จแล้ว" }).waitFor({ timeout: 30_000 });
    const state = await page.evaluate(() => {
      const x = (window as unknown as { __fakeExcel: { model: { sheets: { name: string; orientation: string }[] }; contexts: unknown[] } })
        .__fakeExcel;
      return { orientation: x.model.sheets.find((s) => s.name === "ITA-มาตรการ")?.orientation, runs: x.contexts.length };
    });
    // Print setup skipped (ExcelApi 1.9); no recalculation of formulas there are none of (no shared runtime).
    expect(state).toEqual({ orientation: "Portrait", runs: 2 });
    expect(errors).toEqual([]);
  }, 60_000);

  it("the pane-only page (pane.html): no custom functions loaded, says the formulas are absent, runs", async () => {
    const { page, errors } = await openPane(browser, {
      width: 320,
      height: 700,
      path: "pane.html",
      officeJs: excelOfficeStub(await sheetsOf("eit-two-parts-2566.xlsx")),
    });
    await page.getByRole("heading", { name: "สิ่งที่พบในสมุดงาน" }).waitFor({ timeout: 30_000 });
    await page.getByRole("main").getByText("สิ่งที่ Excel รุ่นนี้ทำไม่ได้ (1 ข้อ)").click();
    expect(
      await page
        .getByRole("main")
        .getByText(/ติดตั้งแบบบานหน้าต่างอย่างเดียว/)
        .isVisible(),
    ).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __associated?: string[] }).__associated ?? [])).toEqual([]);
    const scripts = await page.evaluate(() => Array.from(document.scripts, (s) => s.src.replace(/^.*\//, "")));
    expect(scripts).not.toContain("functions.js");
    expectRunInView(await expectFits(page, "fit-320-pane-only"));
    await page.getByRole("button", { name: "วิเคราะห์และสร้างแผ่นงาน" }).click();
    await page.getByRole("heading", { name: "วิเคราะห์เสร็จแล้ว" }).waitFor({ timeout: 30_000 });
    await expectFits(page, "fit-320-pane-only-result");
    expect(errors).toEqual([]);
  }, 60_000);

  it("Office's dark theme gives a dark pane", async () => {
    const { page, errors } = await openPane(browser, {
      width: 320,
      height: 700,
      officeJs: excelOfficeStub(await sheetsOf("municipality-2567-two-years.xlsx"), { bodyBackground: "#262626" }),
    });
    await page.getByRole("heading", { name: "สิ่งที่พบในสมุดงาน" }).waitFor({ timeout: 30_000 });
    const m = await expectFits(page, "fit-320-excel-dark");
    expectRunInView(m);
    const luminance = await page.evaluate(() => {
      const c = getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor.match(/\d+/g)!.map(Number);
      return (0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]) / 255;
    });
    expect(luminance).toBeLessThan(0.3);
    expect(errors).toEqual([]);
  }, 60_000);
});
