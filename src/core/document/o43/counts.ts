import type { GroupCounts, ProgressMeasure, ProgressReport, StatusCounts } from "../../progress/model";
import { format2, round2 } from "../../text/round";
import { PROGRESS_STATUSES, type ProgressStatus } from "../../vocabulary";

// Figures the document derives from the report's counts, at 2 decimals through the project's one
// rounding rule, as Arabic digits (the composer applies the agency's digits).

/** The statuses in the order the document lists them, as every count does. */
export const STATUS_ORDER: readonly ProgressStatus[] = PROGRESS_STATUSES;

/** A count's key is its status's name, so a status reads its own count. */
export const countOf = (c: StatusCounts, status: ProgressStatus): number => c[status];

/** A percentage as printed ("66.67"), or "-" when there is none. */
export const percentText = (value: number | undefined): string => (value === undefined ? "-" : format2(value));

/** The share of a status among all measures, for the counts table (a total of 0 has no share). */
export const shareOf = (count: number, total: number): number | undefined => (total > 0 ? round2((count / total) * 100) : undefined);

/** One row of a group table: label, total, each status's count, the percent done. */
export function groupRow(g: GroupCounts | (StatusCounts & { label: string })): string[] {
  return [g.label, String(g.total), ...STATUS_ORDER.map((s) => String(countOf(g, s))), percentText(g.percentDone)];
}

/**
 * Each measure's number in the table of all measures ("ที่"), so the late and no-evidence lists point
 * to its full row. Keyed by the sheet row, which is one per measure.
 */
export function measureNumbers(report: ProgressReport): (m: ProgressMeasure) => number {
  const byRow = new Map(report.measures.map((m, i) => [m.row, i + 1]));
  return (m) => byRow.get(m.row) ?? report.measures.indexOf(m) + 1;
}
