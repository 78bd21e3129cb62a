import { Document } from "docx";
import { docContext } from "../kit/context";
import { packDocument } from "../kit/pack";
import { section } from "../kit/section";
import { documentStyles } from "../kit/styles";
import { cover, front } from "./front";
import { issuesPart } from "./issues";
import { limitsPart } from "./limits";
import { measuresPart } from "./measures";
import type { O42Input } from "./model";
import { numbering } from "./numbering";
import { resultsPart } from "./results";
import { AGENCY_PLACEHOLDER, O42_TITLE } from "./wording";

/**
 * The o42 document: cover; preface and contents (pages ก, ข); parts 1 and 2 on portrait pages from 1;
 * part 3, the measures table, on landscape pages; part 4 and the approval block on portrait pages.
 */
export function o42Document(input: O42Input): Document {
  const ctx = docContext(input.digits);
  const agency = input.agency || AGENCY_PLACEHOLDER;
  const n = numbering();
  return new Document({
    title: `${O42_TITLE} ${input.fiscalYear}`,
    creator: agency,
    styles: documentStyles(),
    // Word fills in the contents' page numbers when it opens the file (it asks first).
    features: { updateFields: true },
    sections: [
      section(ctx, { orientation: "portrait", numbering: "none" }, cover(ctx, input, agency)),
      section(ctx, { orientation: "portrait", numbering: "front", restart: true }, front(ctx, input, agency)),
      section(ctx, { orientation: "portrait", numbering: "body", restart: true }, [
        ...resultsPart(ctx, input, agency, n),
        ...issuesPart(ctx, input, n),
      ]),
      section(ctx, { orientation: "landscape", numbering: "body" }, measuresPart(ctx, input, agency, n)),
      section(ctx, { orientation: "portrait", numbering: "body" }, limitsPart(ctx, input, agency, n)),
    ],
  });
}

/** The o42 document as .docx bytes. */
export function buildO42Docx(input: O42Input): Promise<Uint8Array> {
  return packDocument(o42Document(input));
}
