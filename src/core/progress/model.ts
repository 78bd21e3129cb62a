import type { Problem } from "../types";
import type { ProgressStatus } from "../vocabulary";

// The o43 progress report as plain data: what staff recorded against each measure on the measures
// sheet, judged as of one day. Built by report.ts from the sheet as staff left it; the progress
// sheet (render/progress.ts), the o43 document (document/o43/) and the JSON only lay it out.

export type { ProgressStatus };

/** The report's round: the half-year one (to 31 March) or the year-end one (to 30 September). */
export type ReportRound = "halfYear" | "yearEnd";

/** A day as an ISO date in the common era ("2025-03-31"). */
export type IsoDate = string;

export interface ProgressMeasure {
  /** "1. การปฏิบัติหน้าที่", as on the sheet. */
  issue: string;
  /** The issue's number (1–7) when the issue cell starts with one. */
  issueNumber?: number;
  measure: string;
  responsible: string;
  timeframe: string;
  /** The last day of the timeframe, when the text says one. */
  due?: IsoDate;
  status: ProgressStatus;
  /** 0–100 as staff typed it; undefined when blank or unreadable (a warning says which). */
  percent?: number;
  result: string;
  obstacles: string;
  /** The evidence cell's text: a link, or what staff wrote. */
  evidence: string;
  /** The evidence is a web address (http/https). */
  evidenceIsLink: boolean;
  /** The date staff reported it, when readable. */
  reportedOn?: IsoDate;
  /** Past its due date and neither done nor cancelled, as of the report's date. */
  late: boolean;
  /** The measures sheet's row (1-based), for messages and the reader. */
  row: number;
}

/** How many measures stand where: a whole table, one issue or one responsible unit. */
export interface StatusCounts {
  total: number;
  done: number;
  inProgress: number;
  notStarted: number;
  cancelled: number;
  unreported: number;
  /** done / (total − cancelled) × 100, at 2 decimals; undefined when nothing is left to count. */
  percentDone?: number;
}

export interface GroupCounts extends StatusCounts {
  /** The issue ("1. การปฏิบัติหน้าที่") or the unit ("สำนักปลัด"). */
  label: string;
}

export interface ProgressReport {
  agency: string;
  /** The fiscal year (BE) the measures are for, the year the as-of date falls in. */
  fiscalYear: number;
  asOf: IsoDate;
  round: ReportRound;
  /** The measures sheet the report was read from. */
  sheet: string;
  measures: ProgressMeasure[];
  overall: StatusCounts;
  byIssue: GroupCounts[];
  byUnit: GroupCounts[];
  /** Measures past their due date and not done: named in the sheet, the document and the JSON. */
  late: ProgressMeasure[];
  /** Measures (not cancelled) with nothing in the evidence column. */
  withoutEvidence: ProgressMeasure[];
  /** Measures whose timeframe says no end date the report can read (never counted late). */
  undated: ProgressMeasure[];
  /** Warnings about cells (a status word not known, a percentage outside 0–100…): nothing blocks the report. */
  problems: Problem[];
}
