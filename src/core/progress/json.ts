import { asOfLine, roundLine } from "../document/o43/lines";
import { PROGRESS_STATUS_LABEL } from "../vocabulary";
import type { GroupCounts, ProgressMeasure, ProgressReport, StatusCounts } from "./model";

// `ita progress --json`: the report's figures as one JSON object (docs/o43-report.md). Dates are ISO
// (common era) with the Thai wording beside them; a figure that cannot be worked out is null.

const countsJson = (c: StatusCounts) => ({
  total: c.total,
  done: c.done,
  inProgress: c.inProgress,
  notStarted: c.notStarted,
  cancelled: c.cancelled,
  unreported: c.unreported,
  percentDone: c.percentDone ?? null,
});

const groupJson = (g: GroupCounts) => ({ label: g.label, ...countsJson(g) });

const measureJson = (m: ProgressMeasure) => ({
  row: m.row,
  issue: m.issue,
  issueNumber: m.issueNumber ?? null,
  measure: m.measure,
  responsible: m.responsible,
  timeframe: m.timeframe,
  due: m.due ?? null,
  status: m.status,
  statusText: PROGRESS_STATUS_LABEL[m.status],
  percent: m.percent ?? null,
  result: m.result,
  obstacles: m.obstacles,
  evidence: m.evidence || null,
  evidenceIsLink: m.evidenceIsLink,
  reportedOn: m.reportedOn ?? null,
  late: m.late,
});

export function toProgressJson(report: ProgressReport) {
  const rows = (list: ProgressMeasure[]) => list.map((m) => m.row);
  return {
    report: "o43",
    agency: report.agency || null,
    fiscalYear: report.fiscalYear,
    asOf: report.asOf,
    round: report.round,
    roundText: roundLine(report),
    asOfText: asOfLine(report),
    sheet: report.sheet,
    overall: countsJson(report.overall),
    byIssue: report.byIssue.map(groupJson),
    byUnit: report.byUnit.map(groupJson),
    lateRows: rows(report.late),
    withoutEvidenceRows: rows(report.withoutEvidence),
    undatedRows: rows(report.undated),
    measures: report.measures.map(measureJson),
    problems: report.problems.map((p) => ({ severity: p.severity, cell: p.cell || null, message: p.message, en: p.en ?? null })),
  };
}
