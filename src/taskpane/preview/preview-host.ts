// The pane outside Excel (Office.onReady gives no host): the user picks an .xlsx file, sees the
// same findings and result, and downloads the new workbook. Nothing leaves the browser.
import { analyzeOptionsFrom, defaultSettings, hasErrors, type Settings } from "../../core";
import type { Engine, OverviewOutcome, PaneHost, PaneRunOutcome, ScanOutcome } from "../host";

type XlsxModule = typeof import("./xlsx");
type Opened = Awaited<ReturnType<XlsxModule["openWorkbook"]>>;

/** Loads the .xlsx code only when a file is opened. */
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
    problems: opened.problems,
    ownSheets: [],
  };
}

export function previewHost(engine: Engine, load: () => Promise<XlsxModule> = loadXlsx): PaneHost {
  let file: { name: string; opened: Opened } | undefined;
  return {
    kind: "preview",
    async open(f: File) {
      const xlsx = await load();
      const opened = xlsx.openWorkbook(await f.arrayBuffer(), f.name);
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
      if (!file) throw new Error("no file chosen");
      return scanOf(file.opened);
    },
    async run(settings: Settings, onProgress): Promise<PaneRunOutcome> {
      if (!file) throw new Error("no file chosen");
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
