import type { Paragraph, Table } from "docx";
import type { ProgressReport } from "../../progress/model";
import type { DocContext } from "../kit/context";
import type { Column } from "../kit/table";
import { table } from "../kit/table";
import { body, caption, heading1 } from "../kit/text";
import type { Numbering } from "../o42/numbering";
import { countOf, percentText, shareOf, STATUS_ORDER } from "./counts";
import * as W from "./wording";

// Part 1: the figures in one paragraph (how many measures stand where, the share done), then the
// counts by status with each one's share of all measures.

const COLUMNS: Column[] = [
  { header: W.COL_STATUS, width: 5 },
  { header: W.COL_COUNT, width: 4.5, align: "right" },
  { header: W.COL_SHARE, width: 6.5, align: "right" },
];

export function summaryPart(ctx: DocContext, report: ProgressReport, n: Numbering): (Paragraph | Table)[] {
  const c = report.overall;
  const out: (Paragraph | Table)[] = [heading1(ctx, W.PART1)];
  if (c.total === 0) return [...out, body(ctx, W.noMeasures(report.sheet))];
  const percent = c.percentDone === undefined ? W.NO_PERCENT : W.percentSentence(percentText(c.percentDone));
  out.push(body(ctx, `${W.summarySentence(c)} ${percent}`));
  const rows = STATUS_ORDER.map((s) => [W.STATUS_NAMES[s], String(countOf(c, s)), percentText(shareOf(countOf(c, s), c.total))]);
  rows.push([W.TOTAL, String(c.total), percentText(100)]);
  out.push(caption(ctx, W.statusCaption(n.table())), table(ctx, COLUMNS, rows, "portrait"));
  return out;
}
