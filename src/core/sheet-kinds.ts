// Every kind of sheet the product writes, in the order it writes them: one row each. Adding a kind
// is one row here (and, when it is rendered, its renderer in render/sheets.ts, which the compiler
// then asks for). The add-in records each sheet it wrote under its kind (settings/model.ts).

export interface SheetKindInfo {
  /** Thai sheet name, before de-duplication against the workbook's own sheets. */
  name: string;
  /** Excel table name (ASCII, no spaces), before de-duplication. */
  table: string;
  /** Rendered from the analysis on every run (a kept copy is not). */
  rendered: boolean;
  /** Removed by a run that no longer writes it: it describes an analysis that is out of date. */
  staleWhenMissing: boolean;
  /**
   * What the next run reads of it: nothing, or the staff edits to carry over (every sheet rendered
   * on every run: whatever staff typed is carried into the new sheet or the old one is kept), and for
   * "input" also data for the engine; "document": nothing on a run (it is never written again), the
   * o42 document reads it as staff left it.
   */
  readBack: false | "edits" | "input" | "document";
  /**
   * Written only while the workbook has none of its kind (the add-in knows its own by marker): staff's
   * own data from then on, never replaced, never kept as a copy, never written again.
   */
  createOnce: boolean;
  /**
   * Rendered by every analysis run (true), or only by its own job (the progress sheet: `ita progress`
   * and the pane's o43 button), which an analysis run leaves exactly as it is.
   */
  fromAnalysis: boolean;
}

export const SHEET_KINDS = {
  summary: {
    name: "ITA-สรุปผล",
    table: "ITA_Summary",
    rendered: true,
    staleWhenMissing: true,
    readBack: "edits",
    createOnce: false,
    fromAnalysis: true,
  },
  issues: {
    name: "ITA-วิเคราะห์รายประเด็น",
    table: "ITA_Issues",
    rendered: true,
    staleWhenMissing: true,
    readBack: "edits",
    createOnce: false,
    fromAnalysis: true,
  },
  measures: {
    name: "ITA-มาตรการ",
    table: "ITA_Measures",
    rendered: true,
    staleWhenMissing: true,
    readBack: "edits",
    createOnce: false,
    fromAnalysis: true,
  },
  /** The agency's limitations (ด้าน · รายละเอียด) for part 4 of the o42 document: prompts until staff write their own. */
  limitations: {
    name: "ITA-ข้อจำกัด",
    table: "ITA_Limitations",
    rendered: true,
    staleWhenMissing: false,
    readBack: "document",
    createOnce: true,
    fromAnalysis: true,
  },
  library: {
    name: "ITA-คลังมาตรการ",
    table: "ITA_Library",
    rendered: true,
    staleWhenMissing: false,
    readBack: "input",
    createOnce: false,
    fromAnalysis: true,
  },
  problems: {
    name: "ITA-ปัญหาข้อมูล",
    table: "ITA_Problems",
    rendered: true,
    staleWhenMissing: true,
    readBack: "edits",
    createOnce: false,
    fromAnalysis: true,
  },
  /**
   * The o43 progress report as of a date, from the progress columns of the measures sheet: written
   * by the progress job only (replacing its own earlier one), left as it is by an analysis run.
   */
  progress: {
    name: "ITA-ความก้าวหน้า",
    table: "ITA_Progress",
    rendered: true,
    staleWhenMissing: false,
    readBack: "edits",
    createOnce: false,
    fromAnalysis: false,
  },
  /** An old generated sheet kept under a dated name because some staff edits could not be carried. */
  copy: {
    name: "ITA-เดิม",
    table: "ITA_Old",
    rendered: false,
    staleWhenMissing: false,
    readBack: false,
    createOnce: false,
    fromAnalysis: false,
  },
} as const satisfies Record<string, SheetKindInfo>;

export type SheetKind = keyof typeof SHEET_KINDS;

/** The kinds rendered on every run, in the order they are written. */
export type RenderedKind = { [K in SheetKind]: (typeof SHEET_KINDS)[K]["rendered"] extends true ? K : never }[SheetKind];

/** The kinds an analysis run renders. */
export type AnalysisKind = { [K in SheetKind]: (typeof SHEET_KINDS)[K]["fromAnalysis"] extends true ? K : never }[SheetKind];

const KINDS = Object.keys(SHEET_KINDS) as SheetKind[];

export const RENDERED_KINDS: readonly RenderedKind[] = KINDS.filter((k): k is RenderedKind => SHEET_KINDS[k].rendered);

export const ANALYSIS_KINDS: readonly AnalysisKind[] = KINDS.filter((k): k is AnalysisKind => SHEET_KINDS[k].fromAnalysis);

export function isSheetKind(key: string): key is SheetKind {
  return Object.prototype.hasOwnProperty.call(SHEET_KINDS, key);
}

const SUFFIX = /\s\((\d+)\)$/;
const fold = (name: string) => name.toLocaleLowerCase("en");
const RENDERED_NAMES = new Set(RENDERED_KINDS.map((k) => fold(SHEET_KINDS[k].name)));

/** True for a sheet named as we name ours: a rendered kind's name, possibly with a " (n)" suffix. */
export function isOwnSheetName(name: string): boolean {
  return RENDERED_NAMES.has(fold(name.trim().replace(SUFFIX, "")));
}

/** The rendered kind a sheet's name says it is ("ITA-มาตรการ (2)" → measures), for a workbook without our records. */
export function ownKindOf(name: string): RenderedKind | undefined {
  const bare = fold(name.trim().replace(SUFFIX, ""));
  return RENDERED_KINDS.find((k) => fold(SHEET_KINDS[k].name) === bare);
}

/** The " (n)" a second copy of a sheet gets: 1 for none. */
export function copyNumber(name: string): number {
  const m = SUFFIX.exec(name.trim());
  return m ? Number(m[1]) : 1;
}
