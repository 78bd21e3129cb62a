// Plain-data types shared by every step of the pipeline:
// cells → recognised tables → score table → scores → analysis → measure plan → rendered sheets.

export type Tool = "IIT" | "EIT" | "OIT";
/** Tool scores as published; EIT may come in two parts (Public = answered by users, Survey = collected by assessors). */
export type ToolKey = Tool | "EIT_PUBLIC" | "EIT_SURVEY";
export type IssueNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export type IndicatorNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;
/** "9.1" … "9.5", "10.1", "10.2" (or whatever a provisional framework defines). */
export type SubIndicatorId = string;
export type ItemStatus = "urgent" | "improve" | "maintain";
export type Severity = "error" | "warning";

/** One question (IIT/EIT) or published item (OIT) of a framework. */
export interface CatalogItem {
  code: string;
  tool: Tool;
  /** Question text or OIT item title; empty when unknown (see textKnown). */
  text: string;
  textKnown: boolean;
  indicator: IndicatorNumber;
  subIndicator?: SubIndicatorId;
  issues: IssueNumber[];
  /** Negatively worded: a high score means the misconduct is NOT perceived. */
  reverse?: boolean;
  yesNo?: boolean;
  /** The question asks what the respondent knows, or whether they took part (used it) themselves: a low score means they do not know or have not taken part, not that nothing is done. */
  asks?: "knowledge" | "participation";
  /** Part of a list that is not confirmed for this framework. */
  provisional?: boolean;
  /** OIT items that serve as evidence for this question (อ้างอิง oX). */
  evidence?: string[];
  /** Where a provisional fact (a grouping, an issue) comes from. */
  note?: string;
}

export interface IndicatorInfo {
  number: IndicatorNumber;
  name: string;
  tool: Tool;
  /** The issue an indicator-level finding is filed under when the workbook has no question scores for it. */
  issue?: IssueNumber;
}

export interface SubIndicatorInfo {
  id: SubIndicatorId;
  indicator: IndicatorNumber;
  name: string;
}

export interface IssueInfo {
  number: IssueNumber;
  title: string;
}

/** A question framework: 2566 (i1–i30, e1–e15, o1–o43) or 2567+ (i1–i15, e1–e9, provisional OIT). */
export interface Framework {
  id: string;
  label: string;
  /** BE years assessed with this framework. */
  years: number[];
  oitProvisional: boolean;
  /**
   * The day the OIT assessment of a year under this framework closes (its evidence is checked in the
   * first half of the calendar year: 1 Jan–30 Jun for 2567); 30 June when the data does not say.
   */
  oitClose?: { day: number; month: number };
  note?: string;
  indicators: IndicatorInfo[];
  subIndicators: SubIndicatorInfo[];
  items: CatalogItem[];
}

export interface Catalog {
  issues: IssueInfo[];
  frameworks: Framework[];
}

/** A cell's raw value as read from a workbook (never its formatted text). */
export type CellValue = string | number | boolean | null | undefined;

export interface SheetCells {
  name: string;
  /** values[r][c]; row 0 / column 0 is the cell at (rowOffset, colOffset), default A1. */
  values: CellValue[][];
  rowOffset?: number;
  colOffset?: number;
  /** Merged ranges in A1 notation ("A1:C1"), when the source knows them. */
  merges?: string[];
  /** Hidden sheets are named as such in every problem about them (hidden-sheets.ts); default visible. */
  visibility?: "visible" | "hidden" | "veryHidden";
}

export interface WorkbookCells {
  sheets: SheetCells[];
  /**
   * The sheets the adapter knows the product wrote (its settings part or the sheets' markers say
   * so): only these are left out of the score reading, so a user's own sheet named like ours
   * (ITA-สรุปผล) is read as data. Unset: sheets named as the product names its own are left out.
   */
  ownSheets?: string[];
}

/** Something staff should know about their data. Build one with core/problems.ts. */
export interface Problem {
  severity: Severity;
  /** "Sheet!B5", or "" when the problem is not tied to a cell. */
  cell: string;
  /** One Thai sentence that stands alone and says what to do (it may name the cell); no English. */
  message: string;
  /** A short English gist, for the command line and the JSON report. */
  en?: string;
}

export type ObservationTarget =
  | { kind: "item"; code: string; part?: "public" | "survey" }
  | { kind: "indicator"; indicator: IndicatorNumber }
  | { kind: "subIndicator"; id: SubIndicatorId }
  | { kind: "tool"; tool: ToolKey }
  | { kind: "overall" };

/** One score found in the workbook. year is undefined when the table does not say. */
export interface Observation {
  target: ObservationTarget;
  score: number | null;
  year?: number;
  cell: string;
  /** The text beside the code, used to confirm it. */
  text?: string;
  /** For item scores: how the row told its item, which the year's framework settles (reader/identify.ts). */
  item?: ItemRow;
}

/** The row an item score was read on: its code or title cell, and how it named the item. */
export interface ItemRow {
  /** A code written in the cell, OCR damage of one (`119` for i19), or a question/OIT title with no code. */
  via: "code" | "ocr" | "title";
  /** The cell holding the code or the title. */
  at: string;
  /** That cell's text, for messages. */
  raw: string;
  /** The table the row belongs to (`'Sheet'!A3:C40`). */
  table: string;
}

/** A rating level the workbook states (ระดับผลการประเมิน: ผ่าน). year is undefined when the sheet does not say. */
export interface StatedLevel {
  level: string;
  cell: string;
  year?: number;
}

export interface TableInfo {
  sheet: string;
  range: string;
  kind: "items" | "summary";
  years: (number | undefined)[];
  rows: number;
}

export interface ReadResult {
  observations: Observation[];
  /** Levels stated in the workbook, in sheet and row order. */
  levels: StatedLevel[];
  tables: TableInfo[];
  problems: Problem[];
  /** Years found in titles, headers and sheet names, newest last. */
  years: number[];
  agency?: string;
}

/** A figure and where it came from: read from a cell (official) or computed from other figures. */
export interface Sourced {
  value: number;
  source: "official" | "computed";
  cell?: string;
  /** Computed through a grouping not confirmed for the framework (the 2567/2568 OIT list), or from such a figure. */
  provisional?: boolean;
}

/** Where the level came from: stated in the workbook (official), or given by the scores. */
export interface LevelSource {
  source: "official" | "computed";
  cell?: string;
  /** The level the scores give, beside a stated one. */
  computed?: string;
  /** Given by a provisional overall or tool score. */
  provisional?: boolean;
}

export interface ItemScore {
  code: string;
  score: number | null;
  cell?: string;
  /** EIT given as two columns. */
  parts?: { public?: number | null; survey?: number | null };
}

export interface YearScores {
  year: number;
  frameworkId: string;
  items: ItemScore[];
  subIndicators: Record<SubIndicatorId, Sourced>;
  indicators: Partial<Record<IndicatorNumber, Sourced>>;
  tools: Partial<Record<ToolKey, Sourced>>;
  overall?: Sourced;
  /** The level in force: the workbook's stated level, else the one the scores give. */
  level?: string;
  levelSource?: LevelSource;
  /** Catalog codes with no score in the workbook. */
  missing: string[];
}

export interface ItemAnalysis {
  code: string;
  tool: Tool;
  text: string;
  score: number | null;
  status: ItemStatus | null;
  issues: IssueNumber[];
  indicator: IndicatorNumber;
  subIndicator?: SubIndicatorId;
  cell?: string;
  /** Thai finding sentence for urgent and improve items. */
  finding?: string;
  /** An item of a list not confirmed for the framework: its sub-indicator and issues are provisional. */
  provisional?: boolean;
  /** EIT Public and Survey scores of the question, where the workbook gives them. */
  parts?: { public: number | null; survey: number | null };
}

/**
 * An indicator read on its own: the workbook has its score (or only its tool's) but no score of any of
 * its questions, so the finding and the measure are at the indicator level.
 */
export interface IndicatorAnalysis {
  indicator: IndicatorNumber;
  tool: Tool;
  name: string;
  /** The indicator's score; null when only the tool's score is known (then toolScore). */
  score: number | null;
  toolScore?: number;
  /** Where the score was read (official figures). */
  cell?: string;
  status: ItemStatus;
  issue: IssueNumber;
  /** Thai finding sentence for urgent and improve indicators. */
  finding?: string;
  provisional?: boolean;
  /**
   * Why it is read at the indicator level: the workbook has none of its question scores, or its
   * published score is below the bar while none of its questions is weak (the published figure rules).
   */
  reason: "no-questions" | "official-below-bar";
  /** With "official-below-bar": the lowest of its question scores. */
  lowestItem?: number;
}

export interface IssueAnalysis {
  number: IssueNumber;
  title: string;
  items: ItemAnalysis[];
  weak: string[];
  /** Indicators filed under this issue that have no question scores (summary-only workbooks). */
  indicators: IndicatorAnalysis[];
  /** Those of them that are urgent or improve. */
  weakIndicators: IndicatorNumber[];
  /** Cross-tool readings (IIT vs EIT, OIT vs perception), one Thai sentence each. */
  readings: string[];
}

export interface Comparison {
  fromYear: number;
  toYear: number;
  overall?: number;
  tools: Partial<Record<ToolKey, number>>;
  indicators: Partial<Record<IndicatorNumber, number>>;
}

export interface ClassificationOptions {
  mode: "threshold" | "lowest";
  /** IIT/EIT below this → urgent. */
  urgentBelow: number;
  /** IIT/EIT below this → improve. */
  improveBelow: number;
  /** "lowest" mode: how many lowest items per issue are flagged. */
  lowestPerIssue: number;
}

/** A library entry: how to answer a weak item. */
export interface LibraryMeasure {
  id: string;
  /** Codes (in a framework) this measure answers. */
  codes: string[];
  /** Indicators this measure answers when the workbook has no question scores for them. */
  indicators?: IndicatorNumber[];
  frameworkId: string;
  issue: IssueNumber;
  measure: string;
  steps: string[];
  responsible: string;
  timing: string;
  /** OIT evidence to publish as proof (o43). */
  evidence: string[];
  /** Used for an issue with no weak item. */
  keepStandard?: boolean;
  /** The responsible unit for a kind of agency where the general rule (measures/data/units.json) does not fit. */
  responsibleByType?: Partial<Record<import("./measures/agency-type").AgencyType, string>>;
}

export interface MeasureRow {
  issue: IssueNumber;
  issueTitle: string;
  codes: string[];
  /** Indicators answered at the indicator level (no question scores in the workbook). */
  indicators: IndicatorNumber[];
  finding: string;
  measure: string;
  steps: string[];
  responsible: string;
  timeframe: string;
  evidence: string[];
  status: ItemStatus;
  libraryId: string;
}

export interface MeasurePlan {
  fiscalYear: number;
  rows: MeasureRow[];
}
