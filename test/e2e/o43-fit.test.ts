// The o43 report ("รายงานผลการดำเนินงาน (o43)") in the built pane at the narrowest task pane
// (320×700), in Excel (the recording fake) and in the browser preview: the date field, the round
// beside it and the button fit with no sideways scroll; the document's code is fetched only when
// the button is pressed; the progress sheet is written and the Word report downloads.
// Screenshots: test-results/fit-320-*-o43-*.png.
import { promises as fs } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { readXlsxFile } from "../fixtures/xlsx-file";
import { run as ita } from "../cli/helpers";
import { fillWorkbook } from "../fixtures/progress-fill";
import { COL, EXAMPLE, FILLED, MEASURES, PROGRESS } from "../taskpane/progress-fixture";
import { expectAnnounced, expectFits, launch, openPane, RESULTS } from "./browser";
import { excelOfficeStub } from "./excel-stub";

const WIDTH = 320;
const HEIGHT = 700;
const HALF_YEAR = "รอบ 6 เดือน (1 ตุลาคม 2567 – 31 มีนาคม 2568)";
const BUTTON = "รายงานผลการดำเนินงาน (o43)";
const PANEL = "ผลการดำเนินงานตามมาตรการ (o43)";

let browser: Browser;
let filledFile: string;

beforeAll(async () => {
  browser = await launch();
  // The command's output, then the progress columns filled as staff would in Excel.
  const first = join(RESULTS, "o43-first.xlsx");
  expect((await ita("analyze", EXAMPLE, "--out", first, "--force")).code).toBe(0);

  filledFile = join(RESULTS, "บ้านใหม่-ผลวิเคราะห์ITA.xlsx");
  await fs.writeFile(filledFile, fillWorkbook(await fs.readFile(first)));
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

/** The requests for the document engine's chunk (docx with it). */
function documentRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (r) => {
    if (/o42-(document|vendors)/.test(r.url())) seen.push(r.url());
  });
  return seen;
}

/** The date field and the button sit inside the pane, whole. */
async function expectPanelInside(page: Page): Promise<void> {
  const panel = page.getByRole("group", { name: PANEL });
  for (const box of [await panel.getByLabel("ข้อมูล ณ วันที่").boundingBox(), await panel.getByRole("button", { name: BUTTON }).boundingBox()]) {
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(WIDTH);
  }
}

describe("the o43 report at 320×700", () => {
  it("in Excel: after the run, staff fill the progress columns; the date, the round, the sheet written, the report downloaded", async () => {
    const sheets = readXlsxFile(EXAMPLE).cells.sheets.map((s) => ({ name: s.name, values: s.values }));
    const { page, errors, aborted } = await openPane(browser, { width: WIDTH, height: HEIGHT, officeJs: excelOfficeStub(sheets) });
    const fetched = documentRequests(page);
    await page.getByRole("heading", { name: "สิ่งที่พบในสมุดงาน" }).waitFor({ timeout: 30_000 });
    // No measures sheet yet: no o43 before the run.
    expect(await page.getByRole("group", { name: PANEL }).count()).toBe(0);
    await page.getByRole("button", { name: "วิเคราะห์และสร้างแผ่นงาน" }).click();
    await page.getByRole("heading", { name: "วิเคราะห์เสร็จแล้ว" }).waitFor({ timeout: 30_000 });

    await page.evaluate(
      ({ filled, col, measures }) => {
        const sheet = (
          window as unknown as { __fakeExcel: { model: { sheet(n: string): { setValues(v: unknown[][], r: number, c: number): void } } } }
        ).__fakeExcel.model.sheet(measures);
        for (const [row, cells] of Object.entries(filled))
          for (const [field, value] of Object.entries(cells)) sheet.setValues([[value]], Number(row) - 1, col[field as keyof typeof col]);
      },
      { filled: FILLED, col: COL, measures: MEASURES },
    );
    const date = page.getByRole("group", { name: PANEL }).getByLabel("ข้อมูล ณ วันที่");
    await date.fill("31/3/2568");
    await page.getByRole("group", { name: PANEL }).getByText(HALF_YEAR).waitFor();
    await date.scrollIntoViewIfNeeded();
    await expectFits(page, `fit-${WIDTH}-excel-o43-1-date`);
    await expectPanelInside(page);
    await page.getByRole("group", { name: PANEL }).screenshot({ path: "/tmp/o43-320-excel-date.png" });
    expect(fetched).toEqual([]);

    const said = await page.evaluate(() => (window as unknown as { __live: string[] }).__live.length);
    const syncs = () => page.evaluate(() => (window as unknown as { __fakeExcel: { totalSyncs: number } }).__fakeExcel.totalSyncs);
    const before = await syncs();
    await page.getByRole("group", { name: PANEL }).getByRole("button", { name: BUTTON }).click();
    await page.getByText(`เขียนแผ่นงาน “${PROGRESS}” แล้ว`).first().waitFor({ timeout: 30_000 });
    await expectAnnounced(page, said, /เขียนแผ่นงาน “ITA-ความก้าวหน้า” แล้ว .*ดำเนินการแล้ว 3 จาก 9 มาตรการ/);
    // After the run's write, the read starts afresh (3), then the sheet and the settings part.
    expect((await syncs()) - before).toBe(5);
    expect(fetched.some((u) => /o42-document/.test(u))).toBe(true);
    const names = await page.evaluate(() =>
      (window as unknown as { __fakeExcel: { model: { sheets: { name: string }[] } } }).__fakeExcel.model.sheets.map((s) => s.name),
    );
    expect(names.filter((n) => n === PROGRESS)).toHaveLength(1);

    await page.getByRole("group", { name: PANEL }).getByRole("button", { name: BUTTON }).scrollIntoViewIfNeeded();
    await expectFits(page, `fit-${WIDTH}-excel-o43-2-written`);
    await expectPanelInside(page);
    await page.getByRole("group", { name: PANEL }).screenshot({ path: "/tmp/o43-320-excel-written.png" });
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 30_000 }),
      page.getByRole("button", { name: "ดาวน์โหลดรายงาน o43 (Word)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("o43-2568-6m.docx");
    expect(errors).toEqual([]);
    expect(aborted).toEqual([]);
  }, 120_000);

  it("in the preview: the chosen file's report downloads, then the file with the progress sheet", async () => {
    const { page, errors, aborted } = await openPane(browser, { width: WIDTH, height: HEIGHT });
    await page.getByRole("heading", { name: "เลือกไฟล์คะแนน ITA" }).waitFor();
    await page.getByTestId("file-input").setInputFiles(filledFile);
    await page.getByRole("heading", { name: "สิ่งที่พบในสมุดงาน" }).waitFor({ timeout: 30_000 });
    const panel = page.getByRole("group", { name: PANEL });
    await panel.getByLabel("ข้อมูล ณ วันที่").fill("31/3/2568");
    await panel.getByText(HALF_YEAR).waitFor();
    // The panel is the last thing above the sticky run button: at the bottom of the page, whole.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expectFits(page, `fit-${WIDTH}-preview-o43-1-date`);
    const footer = await page.locator("footer").boundingBox();
    const pressed = await panel.getByRole("button", { name: BUTTON }).boundingBox();
    expect(pressed!.y + pressed!.height).toBeLessThanOrEqual(footer!.y);
    await expectPanelInside(page);

    const [doc] = await Promise.all([
      page.waitForEvent("download", { timeout: 30_000 }),
      panel.getByRole("button", { name: BUTTON }).click(),
    ]);
    expect(doc.suggestedFilename()).toBe("o43-2568-6m.docx");
    await panel.getByText(`จัดทำรายงานและแผ่นงาน “${PROGRESS}” แล้ว`).waitFor({ timeout: 30_000 });
    const [book] = await Promise.all([
      page.waitForEvent("download", { timeout: 30_000 }),
      panel.getByRole("button", { name: "ดาวน์โหลดไฟล์ที่มีแผ่นงาน ITA-ความก้าวหน้า" }).click(),
    ]);
    expect(book.suggestedFilename()).toBe("บ้านใหม่-ความก้าวหน้าITA.xlsx");
    await panel.scrollIntoViewIfNeeded();
    await expectFits(page, `fit-${WIDTH}-preview-o43-2-written`);
    await panel.screenshot({ path: "/tmp/o43-320-preview-written.png" });
    expect(errors).toEqual([]);
    expect(aborted).toEqual([]);
  }, 120_000);
});
