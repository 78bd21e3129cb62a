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

function late(ctx: DocContext, report: ProgressReport, n: Numbering, no: (m: ProgressMeasure) => number): (Paragraph | Table)[] {
  if (report.late.length === 0) return [heading2(ctx, W.LATE_HEADING), body(ctx, W.NO_LATE)];
  const rows = report.late.map((m) => [
    String(no(m)),
    m.measure,
    dash(m.responsible),
    dash(m.timeframe),
    W.STATUS_NAMES[m.status],
    dash(m.obstacles),
  ]);
  return [
    heading2(ctx, W.LATE_HEADING),
    body(ctx, W.lateIntro(report.late.length), { keepNext: true }),
    caption(ctx, W.lateCaption(n.table())),
    table(ctx, LATE, rows, "landscape"),
  ];
}

function withoutEvidence(ctx: DocContext, report: ProgressReport, n: Numbering, no: (m: ProgressMeasure) => number): (Paragraph | Table)[] {
  if (report.withoutEvidence.length === 0) return [heading2(ctx, W.EVIDENCE_HEADING), body(ctx, W.NO_MISSING_EVIDENCE)];
  const rows = report.withoutEvidence.map((m) => [
    String(no(m)),
    m.measure,
    dash(m.responsible),
    dash(m.timeframe),
    W.STATUS_NAMES[m.status],
  ]);
  return [
    heading2(ctx, W.EVIDENCE_HEADING),
    body(ctx, W.evidenceIntro(report.withoutEvidence.length), { keepNext: true }),
    caption(ctx, W.evidenceCaption(n.table())),
    table(ctx, NO_EVIDENCE, rows, "landscape"),
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
    ...late(ctx, report, n, no),
    ...withoutEvidence(ctx, report, n, no),
    ...notes.map((t) => body(ctx, t, { indent: false, after: 0 })),
  ];
}
