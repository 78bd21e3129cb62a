import { Document } from "docx";
import { docContext } from "../kit/context";
import { packDocument } from "../kit/pack";
import { section } from "../kit/section";
import { documentStyles } from "../kit/styles";
import { numbering } from "../o42/numbering";
import { approvalPart } from "./approval";
import { attentionPart } from "./attention";
import { titleBlock } from "./front";
import { groupsPart } from "./groups";
import { measuresPart } from "./measures";
import type { O43Input } from "./model";
import { summaryPart } from "./summary";
import { AGENCY_PLACEHOLDER, O43_TITLE, roundLine } from "./wording";

/**
 * The o43 progress report: the title and the summary on a portrait page numbered 1; the counts by issue
 * and unit, the measures to follow up and the table of all measures on landscape pages (their tables
 * have too many columns for a portrait one); the head's acknowledgement on a portrait page. The kit's
 * page, styles, tables and signature, as o42.
 */
export function o43Document(input: O43Input): Document {
  const { report } = input;
  const ctx = docContext(input.digits);
  const agency = report.agency.trim() || AGENCY_PLACEHOLDER;
  const n = numbering();
  return new Document({
    title: ctx.t(`${O43_TITLE} ${report.fiscalYear} ${roundLine(report)}`),
    creator: agency,
    styles: documentStyles(),
    sections: [
      section(ctx, { orientation: "portrait", numbering: "body", restart: true }, [
        ...titleBlock(ctx, report, agency),
        ...summaryPart(ctx, report, n),
      ]),
      section(ctx, { orientation: "landscape", numbering: "body" }, [
        ...groupsPart(ctx, report, n),
        ...attentionPart(ctx, report, n),
        ...measuresPart(ctx, report, n),
      ]),
      section(ctx, { orientation: "portrait", numbering: "body" }, approvalPart(ctx, input, report, agency)),
    ],
  });
}

/** The o43 document as .docx bytes. */
export function buildO43Docx(input: O43Input): Promise<Uint8Array> {
  return packDocument(o43Document(input));
}
