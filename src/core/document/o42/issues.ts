import type { Paragraph, Table } from "docx";
import type { DocContext } from "../kit/context";
import { scoreText } from "../kit/digits";
import type { Column } from "../kit/table";
import { table } from "../kit/table";
import { body, caption, heading1, heading2, numbered } from "../kit/text";
import type { IssueSection, O42Input } from "./model";
import type { Numbering } from "./numbering";
import * as W from "./wording";

// Part 2: for each of the 7 issues, its items (code, question or title, score, status) and the
// indicators scored without their questions (summary-only workbooks), then the findings of its weak
// items and indicators and the cross-tool readings.

const COLUMNS: Column[] = [
  { header: W.COL_CODE, width: 1.6, align: "center" },
  { header: W.COL_QUESTION, width: 8.7 },
  { header: W.COL_SCORE, width: 2.2, align: "right" },
  { header: W.COL_STATUS, width: 3.5, align: "center" },
];

function issue(ctx: DocContext, s: IssueSection, n: Numbering): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [heading2(ctx, W.issueHeading(s.number, s.title))];
  if (s.items.length === 0 && s.indicators.length === 0) out.push(body(ctx, W.NO_ITEMS));
  else {
    const rows = s.items.map((i) => [
      `${i.code}${i.provisional ? " *" : ""}`,
      i.text || W.UNKNOWN_TEXT,
      i.score === null ? "-" : scoreText(i.score),
      i.status ? (i.fromIndicator ? W.fromIndicatorStatus(W.STATUS_NAMES[i.status]) : W.STATUS_NAMES[i.status]) : "-",
    ]);
    for (const a of s.indicators)
      rows.push([
        a.provisional ? "- *" : "-",
        W.indicatorRowText(a.number, a.name, a.tool, a.score === undefined, a.officialBelowBar),
        scoreText((a.score ?? a.toolScore)!),
        W.STATUS_NAMES[a.status],
      ]);
    out.push(caption(ctx, W.issueCaption(n.table(), s.number)), table(ctx, COLUMNS, rows, "portrait"));
    const notes: string[] = [];
    if (s.items.some((i) => i.provisional)) notes.push(W.PROVISIONAL_ITEM);
    if (s.indicators.some((a) => a.provisional)) notes.push(W.PROVISIONAL_INDICATOR);
    if (s.items.some((i) => i.fromIndicator)) notes.push(W.FROM_INDICATOR_NOTE);
    if (s.absent.length) notes.push(W.absentItems(s.absent.join(", ")));
    out.push(...notes.map((t, k) => body(ctx, t, { indent: false, after: k === notes.length - 1 ? 6 : 0 })));
  }
  out.push(body(ctx, [{ text: W.FINDINGS, bold: true }], { indent: false, keepNext: true, after: 0 }));
  if (s.findings.length) s.findings.forEach((f, k) => out.push(numbered(ctx, k + 1, f)));
  else out.push(body(ctx, s.items.length === 0 ? W.NO_WEAK_INDICATORS : W.NO_WEAK));
  if (s.readings.length) {
    out.push(body(ctx, [{ text: W.READINGS, bold: true }], { indent: false, keepNext: true, after: 0 }));
    s.readings.forEach((r, k) => out.push(numbered(ctx, k + 1, r)));
  }
  return out;
}

export function issuesPart(ctx: DocContext, input: O42Input, n: Numbering): (Paragraph | Table)[] {
  return [
    heading1(ctx, W.PART2, { pageBreakBefore: true }),
    ...W.part2Intro(input.classification).map((t) => body(ctx, t)),
    ...input.issues.flatMap((s) => issue(ctx, s, n)),
  ];
}
