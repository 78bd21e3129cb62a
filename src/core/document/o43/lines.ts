import type { ProgressReport } from "../../progress/model";
import { O42_TITLE } from "../../vocabulary";
import { parseIsoDate, thaiDate } from "../kit/thai-date";

// The o43 report's title, round and date lines: pure text the progress sheet, the command, the pane
// and the document all say the same way. Small on purpose (the pane loads it with the engine);
// the document's other sentences are in wording.ts.

/** The report's title: the o42 measures' official name, word for word, after "รายงานผลการดำเนินงานตาม". */
export const O43_TITLE = `รายงานผลการดำเนินงานตาม${O42_TITLE}`;

export const fiscalYearLine = (fy: number) => `ประจำปีงบประมาณ พ.ศ. ${fy}`;

/** The round and the months it covers, from 1 October of the year before the fiscal year. */
export function roundLine(report: Pick<ProgressReport, "round" | "fiscalYear">): string {
  const fy = report.fiscalYear;
  return report.round === "halfYear"
    ? `รอบ 6 เดือน (1 ตุลาคม ${fy - 1} – 31 มีนาคม ${fy})`
    : `รอบ 12 เดือน (1 ตุลาคม ${fy - 1} – 30 กันยายน ${fy})`;
}

/** The day the figures stand at, in the Buddhist era (an unreadable date is shown as it is). */
export function asOfLine(report: Pick<ProgressReport, "asOf">): string {
  const date = parseIsoDate(report.asOf);
  return `ข้อมูล ณ วันที่ ${date ? thaiDate(date) : report.asOf}`;
}
