// Shared by the browser tests: Debian's chromium driven by playwright-core against the built dist/
// (built when missing or stale), office.js routed to a stand-in, every other request aborted; and
// the checks every state of the pane must pass at the task pane's real sizes.
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { DIST, ROOT, ensureDist } from "./dist";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const ORIGIN = "https://addin.test";
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const RESULTS = join(ROOT, "test-results");

export async function launch(): Promise<Browser> {
  mkdirSync(RESULTS, { recursive: true });
  ensureDist();
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium fonts-thai-tlwg (see .ci/run)`);
  return chromium.launch({
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
}

function contentType(path: string): string {
  if (path.endsWith(".html")) return "text/html; charset=utf-8";
  if (path.endsWith(".js")) return "application/javascript";
  if (path.endsWith(".json")) return "application/json";
  if (path.endsWith(".png")) return "image/png";
  if (path.endsWith(".xml")) return "application/xml";
  return "application/octet-stream";
}

export interface Opened {
  page: Page;
  /** Page errors and console errors (none is allowed). */
  errors: string[];
  /** Requests to anywhere but the add-in and office.js (none is allowed). */
  aborted: string[];
}

export interface OpenOptions {
  width?: number;
  height?: number;
  /** The office.js stand-in's source (default: office-stub.js, which reports no host). */
  officeJs?: string;
  /** The page to open (taskpane.html, or pane.html of the pane-only manifest). */
  path?: string;
  userAgent?: string;
  /** Serve this instead of the add-in's own scripts (old-browser.js excepted). */
  scripts?: string;
  /** Drop the add-in's own scripts (old-browser.js excepted), as a failed download would. */
  dropScripts?: boolean;
  colorScheme?: "light" | "dark";
}

/**
 * Every text the pane's live region receives, in order (window.__live): the values a batch of
 * mutations passed through are read from their records, so two changes in one task both count.
 */
const RECORD_LIVE = `(() => {
  window.__live = [];
  let last = "";
  const push = (t) => { if (t && t !== last) { last = t; window.__live.push(t); } };
  const inLive = (n) => { for (; n; n = n.parentNode) if (n.dataset && n.dataset.testid === "live") return true; return false; };
  new MutationObserver((records) => {
    for (const r of records) {
      if (!inLive(r.target)) continue;
      if (r.type === "characterData") push(r.oldValue || "");
      else push(Array.from(r.removedNodes, (n) => n.textContent || "").join(""));
    }
    const el = document.querySelector('[data-testid="live"]');
    push(el ? el.textContent || "" : "");
  }).observe(document, { subtree: true, childList: true, characterData: true, characterDataOldValue: true });
})();`;

export async function openPane(browser: Browser, o: OpenOptions = {}): Promise<Opened> {
  const context = await browser.newContext({
    viewport: { width: o.width ?? 400, height: o.height ?? 1000 },
    acceptDownloads: true,
    locale: "th-TH",
    deviceScaleFactor: 1,
    ...(o.userAgent ? { userAgent: o.userAgent } : {}),
    ...(o.colorScheme ? { colorScheme: o.colorScheme } : {}),
  });
  await context.addInitScript(RECORD_LIVE);
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
      return o.officeJs !== undefined
        ? route.fulfill({ body: o.officeJs, contentType: "application/javascript" })
        : route.fulfill({ path: join(__dirname, "office-stub.js"), contentType: "application/javascript" });
    if (url.startsWith(`${ORIGIN}/`)) {
      const path = decodeURIComponent(new URL(url).pathname);
      const own = path.endsWith(".js") && !path.endsWith("/old-browser.js");
      if (own && o.dropScripts) return route.abort();
      if (own && o.scripts !== undefined) return route.fulfill({ body: o.scripts, contentType: "application/javascript" });
      const file = join(DIST, path);
      if (file.startsWith(DIST) && existsSync(file)) return route.fulfill({ path: file, contentType: contentType(file) });
      return route.fulfill({ status: 404, body: "not found" });
    }
    aborted.push(url);
    return route.abort();
  });
  await page.goto(`${ORIGIN}/${o.path ?? "taskpane.html"}`);
  return { page, errors, aborted };
}

export interface PaneCheck {
  /** Sideways scroll (px beyond the viewport). */
  overflowX: number;
  /** Selects whose shown text is wider than their box. */
  cutSelects: string[];
  /** Problem messages that do not start with Thai. */
  englishFirst: string[];
  /** Library or Excel texts that reached the page. */
  libraryText: string[];
  /** Where the run button is, if there is one. */
  runButton?: { top: number; bottom: number; viewport: number };
  /** What has the focus ("BODY" when nothing). */
  focus: string;
  live: string[];
}

const RUN_NAMES = ["วิเคราะห์และสร้างแผ่นงาน", "วิเคราะห์และสร้างไฟล์ใหม่"];

/** What the checks look at, measured in the page. */
export function measure(page: Page): Promise<PaneCheck> {
  return page.evaluate((runNames) => {
    const doc = document.documentElement;
    const canvas = document.createElement("canvas").getContext("2d")!;
    const cutSelects = Array.from(document.querySelectorAll("select")).flatMap((sel) => {
      const style = getComputedStyle(sel);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = sel.selectedOptions[0]?.textContent ?? "";
      const room = sel.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return canvas.measureText(text).width > room + 0.5 ? [`${text} (${Math.ceil(canvas.measureText(text).width)} > ${room})`] : [];
    });
    const englishFirst = Array.from(document.querySelectorAll('[data-testid="problem"]'))
      .map((li) => (li as HTMLElement).innerText.trim())
      .filter((t) => !/^[“"(]?[\u0e01-\u0e4e]/.test(t));
    const text = document.body.innerText;
    const libraryText = (
      text.match(/zip|GeneralException|stuk\.github\.io|central directory|RichApi|InvalidArgument|TypeError|undefined/gi) ?? []
    ).map(String);
    const run = Array.from(document.querySelectorAll("button")).find((b) => runNames.includes((b.textContent ?? "").trim()));
    const box = run?.getBoundingClientRect();
    const active = document.activeElement;
    return {
      overflowX: Math.max(0, doc.scrollWidth - doc.clientWidth),
      cutSelects,
      englishFirst,
      libraryText,
      ...(box ? { runButton: { top: box.top, bottom: box.bottom, viewport: window.innerHeight } } : {}),
      focus: active ? `${active.tagName}${active.textContent ? `: ${active.textContent.slice(0, 60)}` : ""}` : "none",
      live: (window as unknown as { __live: string[] }).__live.slice(),
    };
  }, RUN_NAMES);
}

/** The checks of the issue for one state: fits, nothing cut, Thai first, no library text. */
export async function expectFits(page: Page, shot: string): Promise<PaneCheck> {
  await page.screenshot({ path: join(RESULTS, `${shot}.png`) });
  const m = await measure(page);
  expect({ shot, overflowX: m.overflowX, cutSelects: m.cutSelects, englishFirst: m.englishFirst, libraryText: m.libraryText }).toEqual({
    shot,
    overflowX: 0,
    cutSelects: [],
    englishFirst: [],
    libraryText: [],
  });
  return m;
}

/** The run button is on screen, whole. */
export function expectRunInView(m: PaneCheck): void {
  expect(m.runButton).toBeDefined();
  expect(m.runButton!.top).toBeGreaterThanOrEqual(0);
  expect(m.runButton!.bottom).toBeLessThanOrEqual(m.runButton!.viewport);
}

/** Waits until the live region has said something matching `re` after `before` announcements. */
export async function expectAnnounced(page: Page, before: number, re: RegExp): Promise<number> {
  await page.waitForFunction(
    ({ before, source, flags }) => {
      const live = (window as unknown as { __live: string[] }).__live;
      return live.slice(before).some((t) => new RegExp(source, flags).test(t));
    },
    { before, source: re.source, flags: re.flags },
    { timeout: 30_000 },
  );
  return page.evaluate(() => (window as unknown as { __live: string[] }).__live.length);
}
