import type { Paragraph } from "docx";
import type { ProgressReport } from "../../progress/model";
import type { DocContext } from "../kit/context";
import { STYLE } from "../kit/styles";
import { body, space, styled } from "../kit/text";
import * as W from "./wording";

// The head of page 1: title, fiscal year, round, the day the figures stand at, the agency; then what
// the report is made from. A report, not a book: no cover page, no contents.

// The title in bold at 18 pt, the lines under it at 16 pt: with the summary table, page 1 holds part 1.
export function titleBlock(ctx: DocContext, report: ProgressReport, agency: string): Paragraph[] {
  const line = (text: string) => body(ctx, text, { indent: false, alignment: "center", after: 0 });
  return [
    ...W.O43_TITLE_LINES.map((text) => styled(ctx, STYLE.coverLine, [{ text, bold: true }])),
    line(W.fiscalYearLine(report.fiscalYear)),
    line(W.roundLine(report)),
    line(W.asOfLine(report)),
    line(agency),
    space(6),
    body(ctx, W.intro(report.sheet)),
  ];
}
