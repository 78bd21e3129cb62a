// The pane outside Excel (Office.onReady gives no host): the user picks an .xlsx file, sees the
// same findings and result, and downloads the new workbook. Nothing leaves the browser.
import { analyzeOptionsFrom, defaultSettings, hasErrors, type Settings } from "../../core";
import { fileAdvice, logOriginal } from "../errors";
import { type Engine, PaneError, type PaneHost, type PaneRunOutcome, type ScanOutcome } from "../host";
import { T } from "../strings";

type XlsxModule = typeof import("./xlsx");
type Opened = Awaited<ReturnType<XlsxModule["openWorkbook"]>>;

/** Loads the .xlsx code (exceljs) only when a file is opened. */
const loadXlsx = (): Promise<XlsxModule> => import(/* webpackChunkName: "preview-xlsx" */ "./xlsx");

/** "คะแนน.xlsx" → "คะแนน-ผลวิเคราะห์ITA.xlsx". */
export function outputName(input: string): string {
  return `${input.replace(/\.xlsx$/i, "")}-ผลวิเคราะห์ITA.xlsx`;
}

const ZIP = [0x50, 0x4b];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const starts = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Why a chosen file cannot be an .xlsx, told before any library sees it; undefined when it may be one. */
export function fileProblem(name: string, bytes: Uint8Array): string | undefined {
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";
  if (bytes.length === 0) return T.file.empty;
  if (ext === "xls") return T.file.xls;
  if (["csv", "ods", "xlsb", "numbers", "txt", "pdf", "doc", "docx"].includes(ext)) return T.file.other(`.${ext}`);
  // An .xlsx with a password is an OLE container, as is an .xls renamed to .xlsx.
  if (starts(bytes, OLE)) return T.file.locked;
  if (!starts(bytes, ZIP)) return T.file.notXlsx;
  return undefined;
}

async function bytesOf(f: File): Promise<ArrayBuffer> {
  try {
    return await f.arrayBuffer();
  } catch (e) {
    logOriginal("reading the file", e);
    throw new PaneError(T.file.unreadable, e);
  }
}

/** The system's colour scheme (the preview has no Office theme). */
function systemTheme(): "light" | "dark" {
  return typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

function scanOf(opened: Opened): ScanOutcome {
  return {
    cells: opened.cells,
    settings: opened.settings ?? defaultSettings(),
    hasSettings: opened.settings !== undefined,
    problems: [],
    ownSheets: [],
  };
}

export function previewHost(engine: Engine, load: () => Promise<XlsxModule> = loadXlsx): PaneHost {
  let file: { name: string; opened: Opened } | undefined;
  return {
    kind: "preview",
    theme: systemTheme(),
    async open(f: File) {
      const bytes = await bytesOf(f);
      const problem = fileProblem(f.name, new Uint8Array(bytes, 0, Math.min(8, bytes.byteLength)));
      if (problem) throw new PaneError(problem);
      const xlsx = await load();
      let opened: Opened;
      try {
        opened = await xlsx.openWorkbook(bytes);
      } catch (e) {
        // jszip's and exceljs' own texts mean nothing to staff: say what to do instead.
        logOriginal("opening the file", e);
        throw new PaneError(fileAdvice(e), e);
      }
      file = { name: f.name, opened };
      return scanOf(opened);
    },
    async scan() {
      if (!file) throw new PaneError(T.pickTitle);
      return scanOf(file.opened);
    },
    canDownload: true,
    async readForDocument() {
      if (!file) throw new Error("no file chosen");
      const { cells, settings } = file.opened;
      return { data: cells, book: { sheets: cells.sheets }, settings: settings ?? defaultSettings() };
    },
    async run(settings: Settings, onProgress): Promise<PaneRunOutcome> {
      if (!file) throw new PaneError(T.pickTitle);
      onProgress("read");
      const { workbook, cells } = file.opened;
      onProgress("analyze");
      const { result, sheets: specs } = engine.analyzeAndRender(cells, analyzeOptionsFrom(settings), {
        digits: settings.digits,
        existingNames: workbook.worksheets.map((w) => w.name),
        existingTableNames: workbook.worksheets.flatMap((w) =>
          Object.keys((w as unknown as { tables?: Record<string, unknown> }).tables ?? {}),
        ),
      });
      if (hasErrors(result)) return { kind: "invalid", cells, result, problems: result.problems };
      onProgress("write");
      const xlsx = await load();
      const bytes = await xlsx.buildWorkbook(workbook, specs, { ...settings, sheets: [] });
      const blob = new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
      return {
        kind: "written",
        result,
        sheets: specs.map((s) => ({ key: s.key, name: s.name })),
        edited: 0,
        carried: 0,
        file: { name: outputName(file.name), blob },
      };
    },
  };
}
