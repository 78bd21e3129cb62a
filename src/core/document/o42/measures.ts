import type { Paragraph, Table } from "docx";
import type { DocContext } from "../kit/context";
import type { Column } from "../kit/table";
import { table } from "../kit/table";
import { body, caption, heading1 } from "../kit/text";
import type { O42Input } from "./model";
import type { Numbering } from "./numbering";
import * as W from "./wording";

// Part 3: the o42 table, on landscape pages so its six columns read at 14 pt.

// The finding column carries the most text: it gets the most room.
const WIDTHS = [2.8, 6.7, 4.5, 5.6, 2.6, 2.5];
const COLUMNS: Column[] = W.MEASURE_COLUMNS.map((header, i) => ({ header, width: WIDTHS[i] }));

export function measuresPart(ctx: DocContext, input: O42Input, agency: string, n: Numbering): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [heading1(ctx, W.part3Heading(input.fiscalYear)), body(ctx, W.part3Intro(agency, input.fiscalYear))];
  if (input.measuresIncomplete) out.push(body(ctx, W.MEASURES_INCOMPLETE));
  if (input.measures.length === 0) return [...out, body(ctx, W.NO_MEASURES)];
  const rows = input.measures.map((m) => [m.issue, m.finding, m.measure, m.steps, m.responsible, m.timeframe]);
  out.push(caption(ctx, W.measuresCaption(n.table())), table(ctx, COLUMNS, rows, "landscape"));
  return out;
}
