import type { IssueNumber, ItemStatus, Tool, ToolKey } from "../../types";
import type { Digits } from "../kit/digits";

// The o42 document as plain data: everything the document says, already decided. Built from an
// analysis (from-analysis.ts) or by hand; the composer only lays it out.

/**
 * How firm a figure is. official: as published (read from the agency's table); computed: worked out
 * by the scoring rules from complete data; partial: worked out from incomplete data (an estimate);
 * provisional: worked out from a list of items not yet confirmed for the framework.
 */
export type Basis = "official" | "computed" | "partial" | "provisional";

export interface Figure {
  value: number;
  basis: Basis;
  /** Items of the figure with no score in the workbook (for partial). */
  missing?: number;
  /** Items the figure is made of (for partial). */
  of?: number;
}

export interface ToolRow {
  key: ToolKey;
  score?: Figure;
  previous?: number;
  change?: number;
}

export interface IndicatorRow {
  number: number;
  name: string;
  tool: Tool;
  score?: Figure;
  previous?: number;
  change?: number;
}

export interface IssueItemRow {
  code: string;
  /** Question or OIT item title; empty when the catalog does not know it. */
  text: string;
  score: number | null;
  status: ItemStatus | null;
  /** No score of its own: its status comes from its indicator's score. */
  fromIndicator: boolean;
  /** Part of an OIT list not confirmed for this framework. */
  provisional: boolean;
}

/** An indicator of the issue scored without any of its questions: analysed at the indicator level. */
export interface IssueIndicatorRow {
  number: number;
  name: string;
  tool: Tool;
  /** The indicator's score; undefined when only its tool's score is known (then toolScore). */
  score?: number;
  toolScore?: number;
  status: ItemStatus;
  /** Computed through a grouping not confirmed for this framework. */
  provisional: boolean;
  /** Published below the bar while its questions in the workbook score higher (the published figure rules). */
  officialBelowBar?: boolean;
}

export interface IssueSection {
  number: IssueNumber;
  title: string;
  items: IssueItemRow[];
  /** Indicators of the issue with a score but no question scores (summary-only workbooks). */
  indicators: IssueIndicatorRow[];
  /** Codes of the issue with no score at all in the workbook (left out of the table). */
  absent: string[];
  /** One finding per weak item, then per weak indicator-level row, as the analysis wrote it. */
  findings: string[];
  /** Cross-tool readings of the issue. */
  readings: string[];
}

/** One row of the measures table, as staff left it. */
export interface MeasureLine {
  issue: string;
  finding: string;
  measure: string;
  /** The steps as one text, one step a line, numbered as staff numbered them. */
  steps: string;
  responsible: string;
  timeframe: string;
}

export interface Limitation {
  side: string;
  detail: string;
}

export interface O42Input {
  agency?: string;
  district?: string;
  province?: string;
  /** BE year of the results analysed. */
  resultsYear: number;
  /** BE fiscal year of the measures. */
  fiscalYear: number;
  frameworkLabel: string;
  /** The OIT list of the framework is not confirmed. */
  oitProvisional: boolean;
  overall?: Figure;
  level?: string;
  /**
   * How firm the level is: official when the workbook states it (it wins over the computed one),
   * else as weak as the weakest figure it was given by (the overall score and the tools).
   */
  levelBasis?: Basis;
  /** The workbook states the level and the scores give another one: the level the scores give. */
  levelComputed?: string;
  /** A tool below the pass mark lowered the level to "ผ่าน": which tools. */
  levelLoweredBy: ToolKey[];
  /** The level was decided without the EIT parts, which can lower it. */
  levelWithoutEitParts: boolean;
  tools: ToolRow[];
  indicators: IndicatorRow[];
  previous?: { year: number; overall?: number; level?: string; change?: number };
  classification: { mode: "threshold" | "lowest"; urgentBelow: number; improveBelow: number; lowestPerIssue: number };
  issues: IssueSection[];
  measures: MeasureLine[];
  /** Where the measures rows came from: a fresh plan, or the workbook's measures sheet as staff edited it. */
  measuresSource: "plan" | "workbook";
  /** Some weak items may be missing from the table because their scores are not in the workbook. */
  measuresIncomplete: boolean;
  limitations: Limitation[];
  head?: { name?: string; position?: string };
  digits: Digits;
  /** ISO date (common era), "2026-10-01"; printed as "1 ตุลาคม 2569". */
  date?: string;
}
