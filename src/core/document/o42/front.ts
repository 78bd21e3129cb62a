import type { Paragraph, Table } from "docx";
import { AlignmentType, Paragraph as P, TableOfContents, TextRun } from "docx";
import type { DocContext } from "../kit/context";
import { STYLE } from "../kit/styles";
import { body, pageBreak, space, styled } from "../kit/text";
import { parseIsoDate, thaiMonthYear } from "../kit/thai-date";
import type { O42Input } from "./model";
import * as W from "./wording";

// Cover, preface (คำนำ) and contents (สารบัญ): a real Word TOC field over the Heading 1 and 2 styles.

export function cover(ctx: DocContext, input: O42Input, agency: string): Paragraph[] {
  const place = W.coverPlace(input.district, input.province);
  return [
    space(140),
    ...W.O42_TITLE_LINES.map((line) => styled(ctx, STYLE.coverTitle, line)),
    styled(ctx, STYLE.coverTitle, W.coverYear(input.fiscalYear)),
    space(40),
    styled(ctx, STYLE.coverLine, W.coverBasis(input.resultsYear)),
    space(160),
    styled(ctx, STYLE.coverTitle, agency),
    ...(place ? [styled(ctx, STYLE.coverLine, place)] : []),
  ];
}

export function front(ctx: DocContext, input: O42Input, agency: string): (Paragraph | Table | TableOfContents)[] {
  const date = input.date ? parseIsoDate(input.date) : undefined;
  return [
    styled(ctx, STYLE.front, W.PREFACE),
    ...W.preface(agency, input.resultsYear, input.fiscalYear).map((t) => body(ctx, t, { after: 8 })),
    space(24),
    body(ctx, agency, { indent: false, alignment: "right", after: 0 }),
    ...(date ? [body(ctx, thaiMonthYear(date), { indent: false, alignment: "right" })] : []),
    pageBreak(),
    styled(ctx, STYLE.front, W.CONTENTS),
    new P({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: W.CONTENTS_PAGE, bold: true, boldComplexScript: true })] }),
    new TableOfContents(W.CONTENTS, { hyperlink: true, headingStyleRange: "1-2" }),
  ];
}
