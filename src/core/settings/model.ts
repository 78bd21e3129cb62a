// The add-in's settings and its record of the sheets it wrote. They live in a custom XML part of
// the workbook (see xml.ts), so they travel with the file to colleagues whatever the add-in's ID,
// and the `ita` command can read them too. Pure data: no Office.js, no Node APIs.
import { DEFAULT_CLASSIFICATION } from "../analysis/classify";
import type { AnalyzeOptions } from "../analysis/result";
import type { SheetKind } from "../sheet-kinds";
import type { Digits } from "../vocabulary";
import type { ClassificationOptions } from "../types";
import type { SheetPrint } from "./print";
import type { AgencyType } from "../measures/agency-type";

/** The namespace of our custom XML part; bump the version suffix on an incompatible change. */
export const SETTINGS_NAMESPACE = "urn:ita-measures:settings:v1";
export const SETTINGS_ROOT = "itaSettings";
export const SETTINGS_VERSION = 2;

/** One sheet the add-in wrote, found again by its marker (a sheet-scoped name) or, failing that, its ID. */
export interface SheetRecord {
  /** The worksheet ID when the sheet was written (IDs change between hosts and versions: a second key only). */
  id: string;
  /** What the sheet is (see sheet-kinds.ts). */
  key: SheetKind;
  name: string;
  /** ISO 8601 time of the run that wrote it. */
  writtenAt: string;
  /** The token of the marker the add-in wrote into the sheet (see print.ts). */
  marker?: string;
  /** What the add-in wrote, cell by cell (generated sheets; a kept copy has none). */
  print?: SheetPrint;
}

export interface Settings {
  /** Agency name; blank = taken from the workbook's titles. */
  agency?: string;
  /** BE results year; blank = detected. */
  year?: number;
  /** Framework id ("2566", "2567", "2568"); blank = detected. */
  frameworkId?: string;
  classification: ClassificationOptions;
  digits: Digits;
  /** BE fiscal year of the measures; blank = results year + 1. */
  fiscalYear?: number;
  /** The kind of agency whose unit names the measures use; blank = told from the agency's name. */
  agencyType?: AgencyType;
  /** The head of the agency who signs the o42 document; blank = a dotted line to sign on. */
  headName?: string;
  headPosition?: string;
  /** District and province on the document's cover; blank = as the workbook's titles say. */
  district?: string;
  province?: string;
  sheets: SheetRecord[];
}

/** The settings the o42 document takes (the analysis takes the others). */
export const DOCUMENT_FIELDS = ["headName", "headPosition", "district", "province"] as const;
export type DocumentField = (typeof DOCUMENT_FIELDS)[number];

export function defaultSettings(): Settings {
  return { classification: { ...DEFAULT_CLASSIFICATION }, digits: "thai", sheets: [] };
}

/** The options the engine takes, from the settings (blank fields let the engine detect). */
export function analyzeOptionsFrom(settings: Settings): AnalyzeOptions {
  const options: AnalyzeOptions = { classification: { ...settings.classification } };
  if (settings.agency && settings.agency.trim() !== "") options.agency = settings.agency.trim();
  if (settings.year !== undefined) options.year = settings.year;
  if (settings.frameworkId) options.frameworkId = settings.frameworkId;
  if (settings.fiscalYear !== undefined) options.fiscalYear = settings.fiscalYear;
  if (settings.agencyType) options.agencyType = settings.agencyType;
  return options;
}

/** A settings field a person types or picks (the pane marks the field a problem is about). */
export type SettingsField = "urgentBelow" | "improveBelow" | "lowestPerIssue" | "year" | "fiscalYear";

/** Problems with user-entered settings, each with the fields it is about; empty when the settings can be used. */
export function settingsFieldErrors(settings: Settings): { fields: SettingsField[]; message: string }[] {
  const errors: { fields: SettingsField[]; message: string }[] = [];
  const c = settings.classification;
  const isScore = (n: number) => Number.isFinite(n) && n >= 0 && n <= 100;
  const badScores: SettingsField[] = [
    ...(isScore(c.urgentBelow) ? [] : (["urgentBelow"] as const)),
    ...(isScore(c.improveBelow) ? [] : (["improveBelow"] as const)),
  ];
  if (badScores.length > 0) errors.push({ fields: badScores, message: "เกณฑ์คะแนนต้องอยู่ระหว่าง 0 ถึง 100" });
  else if (c.urgentBelow > c.improveBelow)
    errors.push({ fields: ["urgentBelow", "improveBelow"], message: "เกณฑ์ “แก้ไขโดยเร่งด่วน” ต้องไม่สูงกว่าเกณฑ์ “พัฒนาให้ดีขึ้น”" });
  if (!Number.isInteger(c.lowestPerIssue) || c.lowestPerIssue < 1 || c.lowestPerIssue > 50)
    errors.push({ fields: ["lowestPerIssue"], message: "จำนวนข้อคะแนนต่ำสุดต่อประเด็นต้องเป็นจำนวนเต็ม 1–50" });
  const isYear = (y: number | undefined) => y === undefined || (Number.isInteger(y) && y >= 2550 && y <= 2650);
  if (!isYear(settings.year)) errors.push({ fields: ["year"], message: "ปีที่ประเมินต้องเป็นปี พ.ศ. เช่น 2567" });
  if (!isYear(settings.fiscalYear)) errors.push({ fields: ["fiscalYear"], message: "ปีงบประมาณของมาตรการต้องเป็นปี พ.ศ. เช่น 2568" });
  return errors;
}

/** Problems with user-entered settings, in Thai; empty when the settings can be used. */
export function validateSettings(settings: Settings): string[] {
  return settingsFieldErrors(settings).map((e) => e.message);
}
