// The pane outside Excel (Office.onReady gives no host): the user picks an .xlsx file, sees the
// same findings and result, and downloads the new workbook. Nothing leaves the browser.
import { analyzeOptionsFrom, defaultSettings, hasErrors, type Settings } from "../../core";
import type { Engine, PaneHost, PaneRunOutcome, ScanOutcome } from "../host";

type XlsxModule = typeof import("./xlsx");
type Opened = Awaited<ReturnType<XlsxModule["openWorkbook"]>>;

/** Loads the .xlsx code (exceljs) only when a file is opened. */
const loadXlsx = (): Promise<XlsxModule> => import(/* webpackChunkName: "preview-xlsx" */ "./xlsx");

/** "คะแนน.xlsx" → "คะแนน-ผลวิเคราะห์ITA.xlsx". */
export function outputName(input: string): string {
  return `${input.replace(/\.xlsx$/i, "")}-ผลวิเคราะห์ITA.xlsx`;
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
    async open(f: File) {
      const xlsx = await load();
      const opened = await xlsx.openWorkbook(await f.arrayBuffer());
      file = { name: f.name, opened };
      return scanOf(opened);
    },
    async scan() {
      if (!file) throw new Error("no file chosen");
      return scanOf(file.opened);
    },
    canDownload: true,
    async readForDocument() {
      if (!file) throw new Error("no file chosen");
      const { cells, settings } = file.opened;
      return { data: cells, book: { sheets: cells.sheets }, settings: settings ?? defaultSettings() };
    },
    async run(settings: Settings, onProgress): Promise<PaneRunOutcome> {
      if (!file) throw new Error("no file chosen");
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
