// The pane outside Excel (Office.onReady gives no host): the user picks a workbook file (an .xlsx,
// or a CSV), sees the same findings and result, and downloads the new workbook; or picks several
// and downloads their overview. Nothing leaves the browser. What a file is, and why it cannot be
// read, is the command's rule (src/xlsx/file-kind.ts): the same Thai sentence in both.
import { analyzeOptionsFrom, defaultSettings, hasErrors, type Settings } from "../../core";
import { fileAdvice, logOriginal } from "../errors";
import { type Engine, type OverviewOutcome, PaneError, type PaneHost, type PaneRunOutcome, type ScanOutcome } from "../host";
import { T } from "../strings";
import { WorkbookFileError } from "../../xlsx/errors";

type XlsxModule = typeof import("./xlsx");
type Opened = Awaited<ReturnType<XlsxModule["openWorkbook"]>>;

/** Loads the .xlsx code only when a file is opened. */
const loadXlsx = (): Promise<XlsxModule> => import(/* webpackChunkName: "preview-xlsx" */ "./xlsx");

/** "คะแนน.xlsx" (or .xlsm, .csv) → "คะแนน-ผลวิเคราะห์ITA.xlsx", as `ita batch` names it. */
export function outputName(input: string): string {
  return `${input.replace(/\.(xlsx|xlsm|csv)$/i, "")}-ผลวิเคราะห์ITA.xlsx`;
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
    problems: opened.problems,
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
      const xlsx = await load();
      let opened: Opened;
      try {
        opened = xlsx.openWorkbook(bytes, f.name);
      } catch (e) {
        // The reader's refusal is already what to do, in Thai; anything else is said in general terms.
        if (e instanceof WorkbookFileError) throw new PaneError(e.message, e);
        logOriginal("opening the file", e);
        throw new PaneError(fileAdvice(e), e);
      }
      file = { name: f.name, opened };
      return scanOf(opened);
    },
    async overview(files: File[]): Promise<OverviewOutcome> {
      const xlsx = await load();
      const { bytes, agencies, failed } = await xlsx.overviewWorkbook(
        files.map((f) => ({ name: f.name, bytes: () => f.arrayBuffer() })),
        engine,
      );
      const blob = new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
      return { file: { name: "ภาพรวมITA.xlsx", blob }, agencies, failed };
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
      const { source, cells } = file.opened;
      onProgress("analyze");
      // The input's tables are not copied (its sheets are copied as values), so no table name is taken.
      const { result, sheets: specs } = engine.analyzeAndRender(
        cells,
        { ...analyzeOptionsFrom(settings), problems: file.opened.problems },
        { digits: settings.digits, existingNames: source.sheets.map((s) => s.outputName) },
      );
      if (hasErrors(result)) return { kind: "invalid", cells, result, problems: result.problems };
      onProgress("write");
      const xlsx = await load();
      const bytes = xlsx.buildWorkbook(source, specs, { ...settings, sheets: [] });
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
