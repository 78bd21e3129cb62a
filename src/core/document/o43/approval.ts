import type { Paragraph } from "docx";
import type { ProgressReport } from "../../progress/model";
import type { DocContext } from "../kit/context";
import { signatureBlock } from "../kit/signature";
import { body, heading1 } from "../kit/text";
import { parseIsoDate } from "../kit/thai-date";
import { BLANK } from "../kit/wording";
import type { O43Input } from "./model";
import * as W from "./wording";

// The head's acknowledgement: a line saying what was reported, room for the head's own comment,
// and the kit's signature block (name and position as given, else dotted lines to fill in, as o42).

export function approvalPart(ctx: DocContext, input: O43Input, report: ProgressReport, agency: string): Paragraph[] {
  const date = parseIsoDate(input.date);
  const name = input.headName?.trim();
  const position = input.headPosition?.trim();
  return [
    heading1(ctx, W.APPROVAL),
    body(ctx, W.approvalLead(agency, report.fiscalYear, W.roundLine(report)), { after: 12 }),
    body(ctx, W.COMMENT, { indent: false, keepNext: true, after: 0 }),
    ...[0, 1, 2].map(() => body(ctx, `${BLANK}${BLANK}`, { indent: false, keepNext: true, after: 0 })),
    ...signatureBlock(ctx, { ...(name ? { name } : {}), ...(position ? { position } : {}), ...(date ? { date } : {}) }),
  ];
}
