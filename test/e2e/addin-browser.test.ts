// End to end in a real browser: Debian's chromium driven by playwright-core against the built
// dist/ (built here when missing or stale), with office.js served from a local stub and every
// other request aborted. Outside Excel the pane runs as the browser preview: it loads an example
// workbook, runs the analysis, shows the Thai result card and offers the new workbook.
// Screenshots go to test-results/.
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { readWorkbookSettings } from "../../src/cli/workbook-settings";
import { DIST, ROOT, initialGzipKb, initialScripts } from "./dist";
import { expectFits, launch, OFFICE_JS, openPane as open, ORIGIN, RESULTS } from "./browser";
import { excelOfficeStub, type SeedSheet } from "./excel-stub";

const EXAMPLE = join(ROOT, "examples", "sao-2566-questions.xlsx");

/** The example workbook, or (before examples/ exists) a small one made here from seed 004's layout. */
async function exampleWorkbook(): Promise<{ path: string; overall?: string; level?: string }> {
  if (existsSync(EXAMPLE)) {
    const expected = JSON.parse(readFileSync(join(ROOT, "examples", "expected.json"), "utf8")) as {
      file: string;
      overall: number;
      level: string;
    }[];
    const e = expected.find((x) => x.file === "sao-2566-questions.xlsx");
    return { path: EXAMPLE, overall: e?.overall.toFixed(2), level: e?.level };
  }
  const { seed004QuestionSheet } = await import("../fixtures/seed-sheets");
  const sheet = seed004QuestionSheet();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet.name);
  sheet.values.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && (ws.getCell(r + 1, c + 1).value = v)));
  const path = join(RESULTS, "seed-004-questions.xlsx");
  await wb.xlsx.writeFile(path);
  return { path };
}

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

const openPane = (width = 400, officeJs?: string) => open(browser, { width, ...(officeJs !== undefined ? { officeJs } : {}) });

describe("the built add-in", () => {
  it("has the manifest, the pane and functions.json in dist/", () => {
    for (const f of [
      "manifest.xml",
      "manifest-pane-only.xml",
      "taskpane.html",
      "pane.html",
      "old-browser.js",
      "functions.json",
      "functions.js",
      "help.html",
      ...[16, 20, 24, 32, 40, 48, 64, 80].map((n) => `assets/icon-${n}.png`),
    ])
      expect(existsSync(join(DIST, f))).toBe(true);
    for (const [file, page] of [
      ["manifest.xml", "taskpane.html"],
      ["manifest-pane-only.xml", "pane.html"],
    ]) {
      const manifest = readFileSync(join(DIST, file), "utf8");
      expect(manifest).not.toMatch(/localhost/);
      expect(manifest).toContain(`https://ita-addin.example.org/${page}`);
      expect(manifest).toContain('<SupportUrl DefaultValue="https://ita-addin.example.org/help.html"/>');
      // Every URL of the manifest is a file of dist/.
      const urls = manifest.replace(/<!--[\s\S]*?-->/g, "").match(/https:\/\/ita-addin\.example\.org\/[^"<\s]*/g) ?? [];
      expect(urls.length).toBeGreaterThan(5);
      for (const u of urls) expect(existsSync(join(DIST, new URL(u).pathname))).toBe(true);
    }
    // The pane-only page carries no custom functions.
    expect(readFileSync(join(DIST, "pane.html"), "utf8")).not.toMatch(/functions\.js/);
    const functions = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as { functions: { id: string }[] };
    expect(functions.functions.map((f) => f.id)).toContain("ISSUE");
  });

  // A guard against a library landing in the first load by mistake; the target (250 KB) and the
  // figure are the benchmark's (taskpane_initial_js_gzip_kb), not this test's.
  it("loads well under 300 KB of gzipped JavaScript when the pane opens; exceljs only on demand", () => {
    const scripts = initialScripts();
    expect(scripts).toEqual(expect.arrayContaining(["runtime.js", "react.js", "taskpane.js", "functions.js"]));
    const kb = initialGzipKb();
    expect(kb).toBeLessThanOrEqual(300);
    for (const s of scripts) expect(readFileSync(join(DIST, s), "utf8")).not.toMatch(/exceljs|ExcelJS/);
    // The Word document's code (docx) is a chunk of its own, fetched when its button is pressed.
    for (const s of scripts) expect(readFileSync(join(DIST, s), "utf8")).not.toMatch(/wordprocessingml\/2006\/main/);
  });

  it("allows scripts only from itself and the Office CDN, and no other origin", () => {
    const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
    const csp = /Content-Security-Policy content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(csp).toContain("default-src 'self'");
    const origins = csp.match(/https?:\/\/[^\s;]+|wss?:\/\/[^\s;]+/g) ?? [];
    expect(origins).toEqual(["https://appsforoffice.microsoft.com"]);
    expect(html).toContain(`src=${OFFICE_JS}`);
    // The old-engine guard comes before every other script, and is not deferred.
    const scripts = Array.from(html.matchAll(/<script\b([^>]*)>/g), (m) => m[1]);
    expect(scripts[0]).toMatch(/src="?old-browser\.js/);
    expect(scripts[0]).not.toMatch(/defer/);
  });
});

describe("browser preview (Office.onReady gives no host)", () => {
  it("loads an example workbook, runs the analysis, shows the Thai result card and offers the new workbook", async () => {
    const example = await exampleWorkbook();
    const { page, errors, aborted } = await openPane();

    await page.getByRole("heading", { name: "เลือกไฟล์คะแนน ITA" }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __officeStub?: unknown }).__officeStub !== undefined)).toBe(true);
    await page.screenshot({ path: join(RESULTS, "addin-1-pick.png"), fullPage: true });

    await page.getByTestId("file-input").setInputFiles(example.path);
    await page.getByRole("heading", { name: "สิ่งที่พบในสมุดงาน" }).waitFor({ timeout: 30_000 });
    const main = page.getByRole("main");
    await expect(main.getByText(/พบตารางคะแนน ITA \d+ ตาราง/).isVisible()).resolves.toBe(true);
    await expect(main.getByText("ปีที่วิเคราะห์: 2566").isVisible()).resolves.toBe(true);
    await page.getByRole("button", { name: "ตั้งค่าเพิ่มเติม" }).click();
    // A wider pane (400 px) may put fields side by side: still no select text cut, nothing sideways.
    await expectFits(page, "addin-2-findings-400");
    await page.screenshot({ path: join(RESULTS, "addin-2-findings.png"), fullPage: true });

    await page.getByRole("button", { name: "วิเคราะห์และสร้างไฟล์ใหม่" }).click();
    const card = page.getByRole("region", { name: "วิเคราะห์เสร็จแล้ว" });
    await card.waitFor({ timeout: 30_000 });
    const text = await card.innerText();
    expect(text).toContain("คะแนนรวม ITA");
    expect(text).toContain("จำนวนข้อที่ต้องพัฒนาในแต่ละประเด็น");
    if (example.overall) expect(text).toContain(example.overall);
    if (example.level) expect(text).toContain(example.level);
    expect(text).toContain("ITA-มาตรการ");
    await page.screenshot({ path: join(RESULTS, "addin-3-result.png"), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "ดาวน์โหลดไฟล์ผลการวิเคราะห์" }).click(),
    ]);
    const saved = join(RESULTS, "addin-preview-output.xlsx");
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toMatch(/-ผลวิเคราะห์ITA\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["ITA-สรุปผล", "ITA-วิเคราะห์รายประเด็น", "ITA-มาตรการ", "ITA-ปัญหาข้อมูล"]));
    // The settings travel in the file (custom XML part), readable by the `ita` command.
    expect(await readWorkbookSettings(saved)).toMatchObject({ digits: "thai" });

    expect(errors).toEqual([]);
    expect(aborted).toEqual([]);
  }, 120_000);

  it("builds the o42 document from the chosen file and downloads it", async () => {
    const example = await exampleWorkbook();
    const { page, errors, aborted } = await openPane();
    await page.getByTestId("file-input").setInputFiles(example.path);
    await page.getByRole("main").getByText("สิ่งที่พบในสมุดงาน").waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 60_000 }),
      page.getByRole("button", { name: "สร้างเอกสาร o42 (Word)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("o42-2567.docx");
    const saved = join(RESULTS, "addin-preview-o42.docx");
    await download.saveAs(saved);
    const files = unzipSync(new Uint8Array(readFileSync(saved)));
    const xml = strFromU8(files["word/document.xml"]);
    expect(xml).toContain("องค์การบริหารส่วนตำบลห้วยทรายงาม");
    expect(xml).toContain("ลงชื่อ");
    expect(Object.keys(files)).toEqual(expect.arrayContaining(["word/media/image1.png", "word/media/image1.svg"]));
    await page.getByRole("main").getByText("ดาวน์โหลดเอกสาร o42-2567.docx แล้ว").waitFor();
    await expect(
      page
        .getByRole("main")
        .getByText(/ใช้มาตรการ \d+ แถวที่จัดทำใหม่จากผลการวิเคราะห์/)
        .isVisible(),
    ).resolves.toBe(true);
    await page.screenshot({ path: join(RESULTS, "addin-5-o42-document.png"), fullPage: true });
    expect(errors).toEqual([]);
    expect(aborted).toEqual([]);
  }, 120_000);

  it("tells a first-time user what to do when the file has no ITA data", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("รายชื่อ").addRows([
      ["ชื่อ", "ตำแหน่ง"],
      ["นาย ก", "ปลัด"],
    ]);
    const path = join(RESULTS, "no-ita-data.xlsx");
    await wb.xlsx.writeFile(path);
    const { page, errors } = await openPane();
    await page.getByTestId("file-input").setInputFiles(path);
    await page.getByRole("heading", { name: "ไม่พบข้อมูลคะแนน ITA ในสมุดงานนี้" }).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(RESULTS, "addin-4-nothing-found.png"), fullPage: true });
    expect(errors).toEqual([]);
  }, 60_000);
});

describe("in Excel (office.js reports Excel; Excel.run backed by the fake)", () => {
  it("scans the open workbook, writes the sheets in 6 syncs from opening the pane, and links to them", async () => {
    const { readXlsxFile } = await import("../fixtures/xlsx-file");
    const example = await exampleWorkbook();
    const { cells } = readXlsxFile(example.path);
    const sheets: SeedSheet[] = cells.sheets.map((s) => ({ name: s.name, values: s.values }));
    const { page, errors, aborted } = await openPane(400, excelOfficeStub(sheets));

    await page.getByRole("heading", { name: "สิ่งที่พบในสมุดงาน" }).waitFor({ timeout: 30_000 });
    // In Excel the task pane's title bar names the add-in: the page's own title is for screen readers.
    const title = await page.getByRole("heading", { name: "วิเคราะห์ ITA และจัดทำมาตรการ", level: 1 }).boundingBox();
    expect(title!.width).toBeLessThanOrEqual(1);
    await page.screenshot({ path: join(RESULTS, "addin-excel-1-findings.png"), fullPage: true });
    const before = await page.evaluate(() => (window as unknown as { __fakeExcel: { totalSyncs: number } }).__fakeExcel.totalSyncs);

    await page.getByRole("button", { name: "วิเคราะห์และสร้างแผ่นงาน" }).click();
    const card = page.getByRole("region", { name: "วิเคราะห์เสร็จแล้ว" });
    await card.waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(RESULTS, "addin-excel-2-result.png"), fullPage: true });
    const state = await page.evaluate(() => {
      const x = (
        window as unknown as { __fakeExcel: { model: { sheets: { name: string }[]; parts: unknown[] }; contexts: { syncCount: number }[] } }
      ).__fakeExcel;
      return { sheets: x.model.sheets.map((s) => s.name), parts: x.model.parts.length, syncs: x.contexts.map((c) => c.syncCount) };
    });
    expect(state.sheets).toEqual(
      expect.arrayContaining(["ITA-สรุปผล", "ITA-วิเคราะห์รายประเด็น", "ITA-มาตรการ", "ITA-คลังมาตรการ", "ITA-ปัญหาข้อมูล"]),
    );
    expect(state.parts).toBe(1);
    // The scan's 3, then the run's 3 (one read on the scan's layout, the write, the settings part);
    // no recalculation, the workbook has no ITA.* formulas.
    expect(state.syncs).toEqual([3, 3]);
    expect(before).toBe(3);

    await card.getByRole("button", { name: /ITA-มาตรการ/ }).click();
    await page.waitForFunction(
      () =>
        (window as unknown as { __fakeExcel: { model: { activeSheet?: { name: string } } } }).__fakeExcel.model.activeSheet?.name ===
        "ITA-มาตรการ",
    );
    const associated = await page.evaluate(() => (window as unknown as { __associated?: string[] }).__associated ?? []);
    expect(associated).toContain("ISSUE");
    expect(errors).toEqual([]);
    expect(aborted).toEqual([]);
  }, 120_000);
});

describe("the o42 document in Excel", () => {
  async function excelSheets(): Promise<SeedSheet[]> {
    const { readXlsxFile } = await import("../fixtures/xlsx-file");
    const { cells } = readXlsxFile((await exampleWorkbook()).path);
    return cells.sheets.map((s) => ({ name: s.name, values: s.values }));
  }

  it("on Windows and the web: builds it from the open workbook and offers the download", async () => {
    const { page, errors, aborted } = await openPane(400, excelOfficeStub(await excelSheets(), { platform: "PC" }));
    await page.getByRole("main").getByText("สิ่งที่พบในสมุดงาน").waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "สร้างเอกสาร o42 (Word)" }).click();
    const offer = page.getByRole("button", { name: "ดาวน์โหลดเอกสาร o42" });
    await offer.waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([page.waitForEvent("download"), offer.click()]);
    expect(download.suggestedFilename()).toBe("o42-2567.docx");
    const saved = join(RESULTS, "addin-excel-o42.docx");
    await download.saveAs(saved);
    expect(strFromU8(unzipSync(new Uint8Array(readFileSync(saved)))["word/document.xml"])).toContain("ส่วนที่ ๓ มาตรการ"); // the add-in writes Thai digits by default
    await page.screenshot({ path: join(RESULTS, "addin-excel-4-o42.png"), fullPage: true });
    expect(errors).toEqual([]);
    expect(aborted).toEqual([]);
  }, 120_000);

  it("on a Mac: says in Thai that Excel for Mac cannot download, and points to the preview page", async () => {
    const { page, errors } = await openPane(400, excelOfficeStub(await excelSheets(), { platform: "Mac" }));
    await page.getByRole("main").getByText("สิ่งที่พบในสมุดงาน").waitFor({ timeout: 30_000 });
    let downloads = 0;
    page.on("download", () => downloads++);
    await page.getByRole("button", { name: "สร้างเอกสาร o42 (Word)" }).click();
    await page.getByRole("main").getByText("Excel for Mac ไม่ให้บานหน้าต่างนี้ดาวน์โหลดไฟล์").waitFor({ timeout: 30_000 });
    await expect(page.getByRole("main").getByText(`${ORIGIN}/taskpane.html`).isVisible()).resolves.toBe(true);
    await page.getByRole("button", { name: "เปิดหน้านี้ในเบราว์เซอร์" }).click();
    const opened = await page.evaluate(() => (window as unknown as { __openedInBrowser?: string[] }).__openedInBrowser ?? []);
    expect(opened).toEqual([`${ORIGIN}/taskpane.html`]);
    await page.screenshot({ path: join(RESULTS, "addin-excel-5-o42-mac.png"), fullPage: true });
    expect(downloads).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);
});

describe("in Excel, with a bad score", () => {
  it("lists the problem with its cell, selects the cell on click, and writes nothing", async () => {
    const sheets: SeedSheet[] = [
      {
        name: "คะแนน ปี 66",
        values: [["ผลคะแนน ITA ปีงบประมาณ พ.ศ. 2566"], [], ["ข้อ", "คะแนน"], ["i1", 98.5], ["i2", 105], ["i3", "ดีมาก"], ["e1", 90]],
      },
    ];
    const { page, errors } = await openPane(400, excelOfficeStub(sheets));
    const list = page.getByRole("list", { name: /พบปัญหาในข้อมูลที่ต้องแก้ก่อน/ });
    await list.waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(RESULTS, "addin-excel-3-problems.png"), fullPage: true });
    expect(await page.getByRole("button", { name: "วิเคราะห์และสร้างแผ่นงาน" }).isDisabled()).toBe(true);
    const cell = list.getByRole("button", { name: "'คะแนน ปี 66'!B5" });
    await cell.click();
    await page.waitForFunction(
      () => (window as unknown as { __fakeExcel: { model: { selection?: string } } }).__fakeExcel.model.selection === "คะแนน ปี 66!B5",
    );
    const sheetNames = await page.evaluate(() =>
      (window as unknown as { __fakeExcel: { model: { sheets: { name: string }[] } } }).__fakeExcel.model.sheets.map((s) => s.name),
    );
    expect(sheetNames).toEqual(["คะแนน ปี 66"]);
    expect(errors).toEqual([]);
  }, 60_000);
});
