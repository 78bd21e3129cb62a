import type { Paragraph, Table } from "docx";
import type { ProgressMeasure, ProgressReport } from "../../progress/model";
import type { DocContext } from "../kit/context";
import type { Column } from "../kit/table";
import { table } from "../kit/table";
import { body, caption, heading1, heading2 } from "../kit/text";
import type { Numbering } from "../o42/numbering";
import { measureNumbers } from "./counts";
import * as W from "./wording";

// Part 3: what the head must follow up: each measure past its timeframe and not done, named with who
// answers for it and what stands in the way, then the measures with no evidence yet. Each is
// numbered as in the table of all measures (part 4), so its full row is found there. A table's
// lead-in keeps with its caption, so a table never starts a page without it.

// On landscape pages, as the tables before and after them: the obstacles get room to be read.
const LATE: Column[] = [
  { header: W.COL_NO, width: 1, align: "center" },
  { header: W.COL_MEASURE, width: 8 },
  { header: W.COL_RESPONSIBLE, width: 3.5 },
  { header: W.COL_TIMEFRAME, width: 3.2 },
  { header: W.COL_STATUS, width: 3, align: "center" },
  { header: W.COL_OBSTACLES, width: 6 },
];

const NO_EVIDENCE: Column[] = [
  { header: W.COL_NO, width: 1, align: "center" },
  { header: W.COL_MEASURE, width: 10.5 },
  { header: W.COL_RESPONSIBLE, width: 4.6 },
  { header: W.COL_TIMEFRAME, width: 4 },
  { header: W.COL_STATUS, width: 4.6, align: "center" },
];

const dash = (text: string) => text.trim() || "-";

/** One list of part 3: its heading, what it says when empty, its lead-in, caption and table. */
interface MeasureList {
  heading: string;
  none: string;
  intro: (count: number) => string;
  caption: (table: number) => string;
  columns: Column[];
  /** The cells after the measure's number, measure, unit, timeframe and status. */
  more: (m: ProgressMeasure) => string[];
}

const LATE_LIST: MeasureList = {
  heading: W.LATE_HEADING,
  none: W.NO_LATE,
  intro: W.lateIntro,
  caption: W.lateCaption,
  columns: LATE,
  more: (m) => [dash(m.obstacles)],
};

const NO_EVIDENCE_LIST: MeasureList = {
  heading: W.EVIDENCE_HEADING,
  none: W.NO_MISSING_EVIDENCE,
  intro: W.evidenceIntro,
  caption: W.evidenceCaption,
  columns: NO_EVIDENCE,
  more: () => [],
};

function measureList(
  ctx: DocContext,
  list: MeasureList,
  measures: ProgressMeasure[],
  n: Numbering,
  no: (m: ProgressMeasure) => number,
): (Paragraph | Table)[] {
  if (measures.length === 0) return [heading2(ctx, list.heading), body(ctx, list.none)];
  const rows = measures.map((m) => [
    String(no(m)),
    m.measure,
    dash(m.responsible),
    dash(m.timeframe),
    W.STATUS_NAMES[m.status],
    ...list.more(m),
  ]);
  return [
    heading2(ctx, list.heading),
    body(ctx, list.intro(measures.length), { keepNext: true }),
    caption(ctx, list.caption(n.table())),
    table(ctx, list.columns, rows, "landscape"),
  ];
}

export function attentionPart(ctx: DocContext, report: ProgressReport, n: Numbering): (Paragraph | Table)[] {
  if (report.overall.total === 0) return [];
  const no = measureNumbers(report);
  const notes = [
    ...(report.late.length || report.withoutEvidence.length ? [W.NUMBER_NOTE] : []),
    ...(report.undated.length ? [W.undatedNote(report.undated.map(no).join(", "))] : []),
  ];
  return [
    heading1(ctx, W.PART3, { pageBreakBefore: true }),
    ...measureList(ctx, LATE_LIST, report.late, n, no),
    ...measureList(ctx, NO_EVIDENCE_LIST, report.withoutEvidence, n, no),
    ...notes.map((t) => body(ctx, t, { indent: false, after: 0 })),
  ];
}
