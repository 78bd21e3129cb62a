import type { Paragraph, Table } from "docx";
import type { DocContext } from "../kit/context";
import { signatureBlock } from "../kit/signature";
import type { Column } from "../kit/table";
import { table } from "../kit/table";
import { parseIsoDate } from "../kit/thai-date";
import { BLANK } from "../kit/wording";
import { body, caption, heading1 } from "../kit/text";
import type { O42Input } from "./model";
import type { Numbering } from "./numbering";
import * as W from "./wording";

// Part 4 (the agency's limitations, from the staff's limitations sheet) and the head's approval.

const COLUMNS: Column[] = [
  { header: W.COL_SIDE, width: 4 },
  { header: W.COL_DETAIL, width: 12 },
];

export function limitsPart(ctx: DocContext, input: O42Input, agency: string, n: Numbering): (Paragraph | Table)[] {
  // A side staff have not described yet is left as lines to write on.
  const rows = input.limitations.map((l) => [l.side, l.detail.trim() || `${BLANK}\n${BLANK}`]);
  const date = input.date ? parseIsoDate(input.date) : undefined;
  return [
    heading1(ctx, W.PART4),
    body(ctx, W.part4Intro(agency)),
    caption(ctx, W.limitationsCaption(n.table())),
    table(ctx, COLUMNS, rows, "portrait"),
    body(ctx, W.approvalLead(agency, input.fiscalYear), { keepNext: true, after: 0 }),
    ...signatureBlock(ctx, {
      ...(input.head?.name ? { name: input.head.name } : {}),
      ...(input.head?.position ? { position: input.head.position } : {}),
      ...(date ? { date } : {}),
    }),
  ];
}
