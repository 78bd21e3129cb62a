// One agency's workbook through the engine: the saved settings and the command line give the
// options, the file's own warnings join the engine's problems, problems about hidden sheets say
// so, and the sheets are rendered unless the data has errors; the o42 document is built from the
// workbook as staff left it. `ita analyze` and each file of `ita batch` go through here, so both
// give the same result for the same file.
import type { AgencyType } from "../core";
import {
  DOCUMENT_FIELDS,
  type AnalysisResult,
  type Place,
  findPlace,
  isOwnSheetName,
  type AnalyzeOptions,
  type Digits,
  type Problem,
  type Settings,
  type SheetKind,
  type SheetSpec,
  analyze,
  analyzeOptionsFrom,
  defaultSettings,
  documentBook,
  generatedKinds,
  hasErrors,
  problem,
  renderSheets,
  stayingSheets,
  validateSettings,
  type WritePlan,
} from "../core";
import { noteHiddenSheets } from "../xlsx/hidden-sheets";
import { keptWorkbook, newRunId } from "../xlsx/keep-output";
import type { ReadWorkbook } from "../xlsx/read";
import { keepLines } from "./keep-text";
import { nodeCodec } from "./node-codec";

/** What the command line sets over the workbook's saved settings. */
export interface Overrides {
  /** The results year. */
  year?: number;
  /** The measures' fiscal year. */
  fiscalYear?: number;
  agencyType?: AgencyType;
  agency?: string;
  framework?: string;
  digits?: Digits;
}

export interface AgencyAnalysis {
  result: AnalysisResult;
  /** Empty when the data has errors, or when the sheets were not asked for. */
  specs: SheetSpec[];
  ok: boolean;
  /** The digits of the display text: the command line's, else the saved settings', else none (arabic). */
  digits?: Digits;
  /** The saved settings could be used (else they were ignored with a warning). */
  settingsUsed: boolean;
}

/** The add-in's settings saved in the workbook, then the command line over them. */
function analyzeOptions(overrides: Overrides, settings: Settings | undefined, warnings: Problem[]): AnalyzeOptions {
  let options: AnalyzeOptions = {};
  if (settings) {
    const invalid = validateSettings(settings);
    if (invalid.length)
      warnings.push(
        problem(
          "warning",
          "",
          `ไม่ใช้การตั้งค่าที่บันทึกไว้ในสมุดงานเพราะ${invalid.join(" และ")}: แก้การตั้งค่าในบานหน้าต่าง ITA ของ Excel แล้ววิเคราะห์อีกครั้ง`,
          "workbook settings ignored",
        ),
      );
    else options = analyzeOptionsFrom(settings);
  }
  if (overrides.year !== undefined) options.year = overrides.year;
  if (overrides.fiscalYear !== undefined) options.fiscalYear = overrides.fiscalYear;
  if (overrides.agencyType) options.agencyType = overrides.agencyType;
  if (overrides.agency) options.agency = overrides.agency;
  if (overrides.framework) options.frameworkId = overrides.framework;
  return options;
}

/** Analyses a read workbook; renders the sheets when `render` and the data has no error. */
export function analyzeWorkbook(read: ReadWorkbook, overrides: Overrides, render: boolean): AgencyAnalysis {
  const settingWarnings: Problem[] = [];
  const options = analyzeOptions(overrides, read.settings, settingWarnings);
  const result = analyze(read.cells, { ...options, problems: [...read.problems, ...settingWarnings] });
  result.problems = noteHiddenSheets(result.problems, read.source.sheets);
  const ok = !hasErrors(result);
  const digits = overrides.digits ?? (read.settings && settingWarnings.length === 0 ? read.settings.digits : undefined);
  // As the add-in: names of the sheets that stay are taken; ours still there are `present`, so the
  // limitations sheet staff fill in is never written again.
  const specs =
    render && ok
      ? renderSheets(result, {
          existingNames: stayingSheets(read.known).map((s) => s.name),
          present: generatedKinds(read.known),
          ...(digits ? { digits } : {}),
        })
      : [];
  return { result, specs, ok, ...(digits ? { digits } : {}), settingsUsed: read.settings !== undefined && settingWarnings.length === 0 };
}

/** What the add-in's settings say about the documents (o42, o43): the head of the agency and the place. */
export function documentChoices(settings: Settings): { headName?: string; headPosition?: string; district?: string; province?: string } {
  const out: { headName?: string; headPosition?: string; district?: string; province?: string } = {};
  for (const field of DOCUMENT_FIELDS) if (settings[field]) out[field] = settings[field];
  return out;
}

/** The agency's district and province for the overview: the saved settings', else the titles' (as the o42 document takes them). */
export function agencyPlace(read: ReadWorkbook, analysis: AgencyAnalysis): Place {
  const found = findPlace(read.cells, isOwnSheetName);
  const saved = analysis.settingsUsed ? read.settings : undefined;
  const district = saved?.district?.trim() || found.district;
  const province = saved?.province?.trim() || found.province;
  return { ...(district ? { district } : {}), ...(province ? { province } : {}) };
}

/**
 * The o42 document of one agency, from the workbook as staff left it (their measures and
 * limitations sheets if it has them), and the lines that say what it used. The document engine
 * (and docx) is loaded only here, so a run without --docx does not pay for it.
 */
export async function agencyDocument(
  read: ReadWorkbook,
  analysis: AgencyAnalysis,
  date: Date = new Date(),
): Promise<{ bytes: Uint8Array; sources: string[]; fiscalYear: number }> {
  const { isoDateOf, o42Docx, sourcesText } = await import("../core/document");
  const doc = await o42Docx(documentBook(read.known), analysis.result, {
    digits: analysis.digits ?? "arabic",
    date: isoDateOf(date),
    ...(analysis.settingsUsed && read.settings ? documentChoices(read.settings) : {}),
  });
  return { bytes: doc.bytes, sources: sourcesText(doc.sources), fiscalYear: doc.fiscalYear };
}

/**
 * The new workbook's bytes: the input's sheets (values), each old sheet of ours replaced by the new
 * one with staff edits carried (or kept as a dated copy), the settings part with the new records;
 * and the Thai lines that say what happened to the old sheets.
 */
export function outputWorkbook(
  read: ReadWorkbook,
  analysis: AgencyAnalysis,
  now: Date = new Date(),
): { bytes: Uint8Array; plan: WritePlan; lines: string[] } {
  return keptOutput(read, analysis.specs, analysis.digits ?? "arabic", { now });
}

/**
 * `specs` written over the input as the add-in writes into the open workbook (`only`: the kinds this
 * run writes, the progress job's sheet; every other sheet of ours stays as it is).
 */
export function keptOutput(
  read: ReadWorkbook,
  specs: SheetSpec[],
  digits: Digits,
  o: { now?: Date; only?: readonly SheetKind[] } = {},
): { bytes: Uint8Array; plan: WritePlan; lines: string[] } {
  // Without saved settings, the digits the sheets were written with, so the next run writes the same.
  const settings = read.settings ?? { ...defaultSettings(), digits };
  const out = keptWorkbook(read, specs, {
    codec: nodeCodec,
    settings,
    now: o.now ?? new Date(),
    runId: newRunId(),
    ...(o.only ? { only: o.only } : {}),
  });
  return { bytes: out.bytes, plan: out.plan, lines: keepLines(out.plan) };
}
