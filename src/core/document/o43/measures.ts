import type { Paragraph, Table } from "docx";
import type { ProgressMeasure, ProgressReport } from "../../progress/model";
import type { DocContext } from "../kit/context";
import { body, caption, heading1 } from "../kit/text";
import { percentText } from "./counts";
import { type Cell, type Column, table } from "../kit/table";
import * as W from "./wording";
import type { Numbering } from "../o42/numbering";

// Part 4: every measure with what staff recorded, on landscape pages so ten columns read at 14 pt.
// The evidence is a clickable link when it is a web address; a late measure's status says so in bold.

// The measure and the result carry the most text; "100.00" needs 1.9 cm at 14 pt; a web address breaks at
// its slashes.
const WIDTHS = [0.8, 2.2, 4, 2.3, 2.5, 2.1, 1.9, 3.5, 3, 2.4];
const HEADERS = [
  W.COL_NO,
  W.COL_ISSUE,
  W.COL_MEASURE,
  W.COL_RESPONSIBLE,
  W.COL_TIMEFRAME,
  W.COL_STATUS,
  W.COL_PERCENT,
  W.COL_RESULT,
  W.COL_EVIDENCE,
  W.COL_OBSTACLES,
];
const ALIGNS: Column["align"][] = ["center", undefined, undefined, undefined, undefined, "center", "right"];
const COLUMNS: Column[] = HEADERS.map((header, i) => ({ header, width: WIDTHS[i], ...(ALIGNS[i] ? { align: ALIGNS[i] } : {}) }));

function row(m: ProgressMeasure, i: number): Cell[] {
  const status = W.STATUS_NAMES[m.status];
  return [
    String(i + 1),
    m.issue,
    m.measure,
    m.responsible,
    m.timeframe,
    m.late ? { text: `${status}\n${W.LATE_MARK}`, bold: true } : status,
    percentText(m.percent),
    m.result,
    // The report's evidence is cleaned text, and a link only when it is a whole web address.
    m.evidenceIsLink ? { text: m.evidence, link: m.evidence } : m.evidence,
    m.obstacles,
  ];
}

export function measuresPart(ctx: DocContext, report: ProgressReport, n: Numbering): (Paragraph | Table)[] {
  if (report.measures.length === 0) return [heading1(ctx, W.PART4), body(ctx, W.noMeasures(report.sheet))];
  return [
    heading1(ctx, W.PART4, { pageBreakBefore: true }),
    body(ctx, W.part4Intro(report.fiscalYear), { keepNext: true }),
    // Said before the table, so it never stands alone on the page after the table's last row.
    ...(report.measures.some((m) => m.late) ? [body(ctx, W.LATE_NOTE, { indent: false, keepNext: true })] : []),
    caption(ctx, W.measuresCaption(n.table())),
    table(ctx, COLUMNS, report.measures.map(row), "landscape"),
  ];
}
