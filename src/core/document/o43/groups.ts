import type { Paragraph, Table } from "docx";
import type { GroupCounts, ProgressReport } from "../../progress/model";
import type { DocContext } from "../kit/context";
import type { Column } from "../kit/table";
import { table } from "../kit/table";
import { body, caption, heading1, heading2 } from "../kit/text";
import type { Numbering } from "../o42/numbering";
import { groupRow, STATUS_ORDER } from "./counts";
import * as W from "./wording";

// Part 2: the same counts by issue and by responsible unit, each table closed by the whole report's row.
// It opens the landscape pages.

// Eight columns need a landscape page: on a portrait one the status words break inside a word at 14 pt.
function columns(label: string): Column[] {
  return [
    { header: label, width: 7.3 },
    { header: W.COL_TOTAL, width: 2.2, align: "right" },
    ...STATUS_ORDER.map((s): Column => ({ header: W.STATUS_NAMES[s], width: 2.5, align: "right" })),
    { header: W.COL_PERCENT_DONE, width: 2.7, align: "right" },
  ];
}

function groupTable(ctx: DocContext, report: ProgressReport, groups: GroupCounts[], label: string): Table {
  const rows = [...groups.map(groupRow), groupRow({ ...report.overall, label: W.TOTAL })];
  return table(ctx, columns(label), rows, "landscape");
}

export function groupsPart(ctx: DocContext, report: ProgressReport, n: Numbering): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [heading1(ctx, W.PART2)];
  if (report.overall.total === 0) return [...out, body(ctx, W.NO_GROUPS)];
  out.push(
    heading2(ctx, W.BY_ISSUE),
    caption(ctx, W.issueCaption(n.table())),
    groupTable(ctx, report, report.byIssue, W.COL_ISSUE),
    heading2(ctx, W.BY_UNIT),
    caption(ctx, W.unitCaption(n.table())),
    groupTable(ctx, report, report.byUnit, W.COL_UNIT),
    body(ctx, W.PERCENT_DONE_NOTE, { indent: false, after: 6 }),
  );
  return out;
}
