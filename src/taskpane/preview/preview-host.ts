// The pane outside Excel (Office.onReady gives no host): the user picks a workbook file (an .xlsx,
// or a CSV), sees the same findings and result, and downloads the new workbook; or picks several
// and downloads their overview; on a file with our measures sheet, the o43 report (the Word
// document, and the file with the progress sheet, as `ita progress`). Nothing leaves the browser.
// What a file is, and why it cannot be read, is the command's rule (src/xlsx/file-kind.ts): the
// same Thai sentence in both.
import {
  analyzeOptionsFrom,
  defaultSettings,
  documentBook,
  generatedKinds,
  hasErrors,
  replacedSheets,
  type Settings,
  stayingSheets,
  keptOf,
} from "../../core";
import { fileAdvice, logOriginal } from "../errors";
import {
  type Engine,
  type OverviewOutcome,
  PaneError,
  type PaneHost,
  type PaneRunOutcome,
  type ProgressOutcome,
  type ProgressRequest,
  type ScanOutcome,
} from "../host";
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

/** "คะแนน-ผลวิเคราะห์ITA.xlsx" → "คะแนน-ความก้าวหน้าITA.xlsx": the chosen workbook with the o43 progress sheet. */
export function progressOutputName(input: string): string {
  return `${input.replace(/\.(xlsx|xlsm|csv)$/i, "").replace(/-(ผลวิเคราะห์|ความก้าวหน้า)ITA$/, "")}-ความก้าวหน้าITA.xlsx`;
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
    ownSheets: replacedSheets(opened.known),
    book: documentBook(opened.known),
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
      const blob = new Blob([bytes as BlobPart], { type: XLSX_TYPE });
      return { file: { name: "ภาพรวมITA.xlsx", blob }, agencies, failed };
    },
    async scan() {
      if (!file) throw new PaneError(T.pickTitle);
      return scanOf(file.opened);
    },
    canDownload: true,
    async readForDocument() {
      if (!file) throw new Error("no file chosen");
      const { cells, settings, known } = file.opened;
      return { data: cells, book: documentBook(known), settings: settings ?? defaultSettings() };
    },
    async progress(request: ProgressRequest): Promise<ProgressOutcome> {
      if (!file) throw new PaneError(T.pickTitle);
      const xlsx = await load();
      const made = xlsx.progressWorkbook(file.opened, {
        asOf: request.asOf,
        digits: request.settings.digits,
        ...(request.agency ? { agency: request.agency } : {}),
      });
      if (!made) return { kind: "noMeasures" };
      const { report, output } = made;
      const { bytes, plan } = output;
      return {
        kind: "written",
        report,
        sheet: plan.sheets[0].name,
        ...keptOf(plan),
        file: { name: progressOutputName(file.name), blob: new Blob([bytes as BlobPart], { type: XLSX_TYPE }) },
      };
    },
    async run(settings: Settings, onProgress): Promise<PaneRunOutcome> {
      if (!file) throw new PaneError(T.pickTitle);
      onProgress("read");
      const { cells, known } = file.opened;
      onProgress("analyze");
      // As the add-in: ours are replaced in place (their names are free), the limitations sheet staff
      // fill in is `present`. The input's tables are not copied (sheets go as values): no table name is taken.
      const { result, sheets: specs } = engine.analyzeAndRender(
        cells,
        { ...analyzeOptionsFrom(settings), problems: file.opened.problems },
        { digits: settings.digits, existingNames: stayingSheets(known).map((s) => s.name), present: generatedKinds(known) },
      );
      if (hasErrors(result)) return { kind: "invalid", cells, result, problems: result.problems };
      onProgress("write");
      const xlsx = await load();
      const { bytes, plan } = xlsx.buildWorkbook(file.opened, specs, settings);
      const blob = new Blob([bytes as BlobPart], { type: XLSX_TYPE });
      return {
        kind: "written",
        result,
        sheets: plan.sheets.map((p) => ({ key: p.spec.key, name: p.name })),
        ...keptOf(plan),
        file: { name: outputName(file.name), blob },
      };
    },
  };
}
