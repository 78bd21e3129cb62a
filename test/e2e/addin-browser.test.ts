// End to end in a real browser: Debian's chromium driven by playwright-core against the built
// dist/ (built here when missing or stale), with office.js served from a local stub and every
// other request aborted. Outside Excel the pane runs as the browser preview: it loads an example
// workbook, runs the analysis, shows the Thai result card and offers the new workbook.
// Screenshots go to test-results/.
import ExcelJS from "exceljs";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { readWorkbookSettings } from "../../src/cli/workbook-settings";
import { DIST, ROOT, ensureDist, initialGzipKb, initialScripts } from "./dist";
import { excelOfficeStub, type SeedSheet } from "./excel-stub";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ORIGIN = "https://addin.test";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const RESULTS = join(ROOT, "test-results");
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

function contentType(path: string): string {
  if (path.endsWith(".html")) return "text/html; charset=utf-8";
  if (path.endsWith(".js")) return "application/javascript";
  if (path.endsWith(".json")) return "application/json";
  if (path.endsWith(".png")) return "image/png";
  if (path.endsWith(".xml")) return "application/xml";
  return "application/octet-stream";
}

let browser: Browser;

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  ensureDist();
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium fonts-thai-tlwg (see .ci/run)`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  errors: string[];
  aborted: string[];
}

async function openPane(width = 400, officeJs?: string): Promise<Opened> {
  const context = await browser.newContext({
    viewport: { width, height: 1000 },
    acceptDownloads: true,
    locale: "th-TH",
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const aborted: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.split("?")[0] === OFFICE_JS)
      return officeJs !== undefined
        ? route.fulfill({ body: officeJs, contentType: "application/javascript" })
        : route.fulfill({ path: join(__dirname, "office-stub.js"), contentType: "application/javascript" });
    if (url.startsWith(`${ORIGIN}/`)) {
      const file = join(DIST, decodeURIComponent(new URL(url).pathname));
      if (file.startsWith(DIST) && existsSync(file)) return route.fulfill({ path: file, contentType: contentType(file) });
      return route.fulfill({ status: 404, body: "not found" });
    }
    aborted.push(url);
    return route.abort();
  });
  await page.goto(`${ORIGIN}/taskpane.html`);
  return { page, errors, aborted };
}

describe("the built add-in", () => {
  it("has the manifest, the pane and functions.json in dist/", () => {
    for (const f of [
      "manifest.xml",
      "taskpane.html",
      "functions.json",
      "functions.js",
      "help.html",
      "assets/icon-16.png",
      "assets/icon-80.png",
    ])
      expect(existsSync(join(DIST, f))).toBe(true);
    const manifest = readFileSync(join(DIST, "manifest.xml"), "utf8");
    expect(manifest).not.toMatch(/localhost/);
    expect(manifest).toContain("https://ita-addin.example.org/taskpane.html");
    // Every URL of the manifest is a file of dist/.
    const urls = manifest.replace(/<!--[\s\S]*?-->/g, "").match(/https:\/\/ita-addin\.example\.org\/[^"<\s]*/g) ?? [];
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(existsSync(join(DIST, new URL(u).pathname))).toBe(true);
    const functions = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as { functions: { id: string }[] };
    expect(functions.functions.map((f) => f.id)).toContain("ISSUE");
  });

  it("loads at most 250 KB of gzipped JavaScript when the pane opens; exceljs only on demand", () => {
    const scripts = initialScripts();
    expect(scripts).toEqual(expect.arrayContaining(["runtime.js", "react.js", "taskpane.js", "functions.js"]));
    const kb = initialGzipKb();
    expect(kb).toBeLessThanOrEqual(250);
    for (const s of scripts) expect(readFileSync(join(DIST, s), "utf8")).not.toMatch(/exceljs|ExcelJS/);
  });

  it("allows scripts only from itself and the Office CDN, and no other origin", () => {
    const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
    const csp = /Content-Security-Policy content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(csp).toContain("default-src 'self'");
    const origins = csp.match(/https?:\/\/[^\s;]+|wss?:\/\/[^\s;]+/g) ?? [];
    expect(origins).toEqual(["https://appsforoffice.microsoft.com"]);
    expect(html).toContain(`src=${OFFICE_JS}`);
  });
});

describe("browser preview (Office.onReady gives no host)", () => {
  it("loads an example workbook, runs the analysis, shows the Thai result card and offers the new workbook", async () => {
    const example = await exampleWorkbook();
    const { page, errors, aborted } = await openPane();

    await page.getByText("เลือกไฟล์คะแนน ITA").waitFor();
    expect(await page.evaluate(() => (window as unknown as { __officeStub?: unknown }).__officeStub !== undefined)).toBe(true);
    await page.screenshot({ path: join(RESULTS, "addin-1-pick.png"), fullPage: true });

    await page.getByTestId("file-input").setInputFiles(example.path);
    await page.getByText("สิ่งที่พบในสมุดงาน").waitFor({ timeout: 30_000 });
    await expect(page.getByText(/พบตารางคะแนน ITA \d+ ตาราง/).isVisible()).resolves.toBe(true);
    await expect(page.getByText("ปีที่วิเคราะห์: 2566").isVisible()).resolves.toBe(true);
    await page.getByRole("button", { name: "ตั้งค่าเพิ่มเติม" }).click();
    await page.screenshot({ path: join(RESULTS, "addin-2-findings.png"), fullPage: true });

    await page.getByRole("button", { name: "วิเคราะห์และสร้างไฟล์ใหม่" }).click();
    const card = page.getByRole("group", { name: "วิเคราะห์เสร็จแล้ว" }).or(page.getByLabel("วิเคราะห์เสร็จแล้ว"));
    await card.first().waitFor({ timeout: 30_000 });
    const text = await card.first().innerText();
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
    await page.getByText("ไม่พบข้อมูลคะแนน ITA ในสมุดงานนี้").waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(RESULTS, "addin-4-nothing-found.png"), fullPage: true });
    expect(errors).toEqual([]);
  }, 60_000);
});

describe("in Excel (office.js reports Excel; Excel.run backed by the fake)", () => {
  it("scans the open workbook, writes the sheets in 5 syncs and links to them", async () => {
    const { readXlsxFile } = await import("../fixtures/xlsx-file");
    const example = await exampleWorkbook();
    const { cells } = readXlsxFile(example.path);
    const sheets: SeedSheet[] = cells.sheets.map((s) => ({ name: s.name, values: s.values }));
    const { page, errors, aborted } = await openPane(400, excelOfficeStub(sheets));

    await page.getByText("สิ่งที่พบในสมุดงาน").waitFor({ timeout: 30_000 });
    expect(await page.getByText("อ่านคะแนน ITA จากสมุดงานนี้", { exact: false }).isVisible()).toBe(true);
    await page.screenshot({ path: join(RESULTS, "addin-excel-1-findings.png"), fullPage: true });
    const before = await page.evaluate(() => (window as unknown as { __fakeExcel: { totalSyncs: number } }).__fakeExcel.totalSyncs);

    await page.getByRole("button", { name: "วิเคราะห์และสร้างแผ่นงาน" }).click();
    const card = page.getByLabel("วิเคราะห์เสร็จแล้ว");
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
    // The run is the one Excel.run with 5 syncs (others: the scan's 3, and recalculating ITA.* formulas).
    expect(state.syncs).toContain(5);
    expect(Math.max(...state.syncs)).toBeLessThanOrEqual(6);
    expect(before).toBeGreaterThanOrEqual(3);

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
    const cell = list.getByRole("button", { name: /B5$/ });
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
