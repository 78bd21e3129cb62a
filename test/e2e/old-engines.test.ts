// Excel 2016 and 2019 open add-ins in Internet Explorer 11 or the old Edge, where the pane's
// scripts (React 18, Fluent UI v9, modern syntax) cannot run. The page's ES5 guard
// (src/taskpane/boot/old-browser.js) must then show a Thai message, not a blank pane: tested here by
// loading the built page with a Trident user agent and scripts of a modern syntax that fail, and by
// the other ways a pane can fail to start.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "acorn";
import type { Browser, Page } from "playwright-core";
import { DIST } from "./dist";
import { expectFits, launch, openPane } from "./browser";
import { excelOfficeStub } from "./excel-stub";

const TRIDENT = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16; rv:11.0) like Gecko";
const EDGE_HTML =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045";
/** What IE 11 makes of an arrow function and optional chaining: a SyntaxError in every engine. */
const MODERN_SYNTAX_FAILING = "const pick = (o) => o?.value ?? ;\n";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
}, 300_000);
afterAll(async () => {
  await browser?.close();
});

const alertText = (page: Page) => page.getByRole("alert").innerText();

describe("the old-engine guard", () => {
  it("is ES5 (it must run where nothing else does)", () => {
    expect(() => parse(readFileSync(join(DIST, "old-browser.js"), "utf8"), { ecmaVersion: 5 })).not.toThrow();
  });

  it("Internet Explorer (Trident) with scripts of a modern syntax failing: a Thai message with what to do", async () => {
    const { page } = await openPane(browser, {
      width: 320,
      height: 700,
      userAgent: TRIDENT,
      scripts: MODERN_SYNTAX_FAILING,
      officeJs: excelOfficeStub([]),
    });
    await page.getByRole("heading", { name: "บานหน้าต่างวิเคราะห์ ITA เปิดใน Excel รุ่นนี้ไม่ได้" }).waitFor();
    const text = await alertText(page);
    expect(text).toContain("Internet Explorer");
    expect(text).toContain("Microsoft 365, Excel 2021 ขึ้นไป หรือ Excel บนเว็บ");
    expect(text).toContain("WebView2");
    expect(text).toContain("https://addin.test/taskpane.html");
    expect(text).toContain("คำสั่ง ita");
    expect(text).not.toMatch(/SyntaxError|Unexpected/);
    await expectFits(page, "old-engine-ie-320");
  }, 60_000);

  it("Internet Explorer even where the scripts would run: the pane does not start behind the message", async () => {
    const { page, errors } = await openPane(browser, { width: 320, height: 700, userAgent: TRIDENT, officeJs: excelOfficeStub([]) });
    await page.getByRole("heading", { name: "บานหน้าต่างวิเคราะห์ ITA เปิดใน Excel รุ่นนี้ไม่ได้" }).waitFor();
    await page.waitForLoadState("load");
    await page.waitForTimeout(300);
    expect(await page.locator("main").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __fakeExcel: { totalSyncs: number } }).__fakeExcel.totalSyncs)).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);

  it("the old Edge (EdgeHTML): the same message, naming it", async () => {
    const { page } = await openPane(browser, { width: 320, height: 700, userAgent: EDGE_HTML, scripts: MODERN_SYNTAX_FAILING });
    await page.getByRole("heading", { name: "บานหน้าต่างวิเคราะห์ ITA เปิดใน Excel รุ่นนี้ไม่ได้" }).waitFor();
    expect(await alertText(page)).toContain("EdgeHTML");
  }, 60_000);

  it("any engine whose syntax the scripts outgrew (an old Safari on a Mac): the message, not a blank pane", async () => {
    const { page } = await openPane(browser, { width: 320, height: 700, scripts: MODERN_SYNTAX_FAILING });
    await page.getByRole("heading", { name: "บานหน้าต่างวิเคราะห์ ITA เปิดใน Excel รุ่นนี้ไม่ได้" }).waitFor();
    expect(await alertText(page)).toContain("เบราว์เซอร์รุ่นเก่า");
  }, 60_000);

  it("scripts that never arrived: says to check the connection and reopen, not that the browser is old", async () => {
    const { page } = await openPane(browser, { width: 320, height: 700, dropScripts: true });
    await page.getByRole("heading", { name: "บานหน้าต่างวิเคราะห์ ITA เปิดใน Excel รุ่นนี้ไม่ได้" }).waitFor();
    const text = await alertText(page);
    expect(text).toContain("ตรวจการเชื่อมต่ออินเทอร์เน็ต");
    expect(text).not.toContain("เบราว์เซอร์รุ่นเก่า");
  }, 60_000);

  it("a modern engine with working scripts: the guard stays out of the way", async () => {
    const { page, errors } = await openPane(browser, { width: 320, height: 700 });
    await page.getByRole("heading", { name: "เลือกไฟล์คะแนน ITA" }).waitFor();
    expect(await page.getByRole("alert").count()).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);
});
