import type { ISectionOptions } from "docx";
import { AlignmentType, Footer, NumberFormat, PageNumber, PageOrientation, Paragraph, TextRun } from "docx";
import type { DocContext } from "./context";
import type { Orientation } from "./page";
import { A4, MARGINS } from "./page";

// A section: page size and margins, and the page number centred in the footer ("- 3 -").
// Word writes the number in Thai digits when the section asks for thaiNumbers.

export type PageNumbering = "none" | "body" | "front";

function footer(): Footer {
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["- ", PageNumber.CURRENT, " -"] })] })],
  });
}

export interface SectionOptions {
  orientation: Orientation;
  /** body: 1, 2, 3 … (Thai digits when chosen); front: ก, ข, ค … for the preface and contents; none: no number. */
  numbering: PageNumbering;
  /** Number the first page of the section 1 (ก) instead of carrying on. */
  restart?: boolean;
}

export function section(ctx: DocContext, o: SectionOptions, children: ISectionOptions["children"]): ISectionOptions {
  const formatType =
    o.numbering === "front" ? NumberFormat.THAI_LETTERS : ctx.digits === "thai" ? NumberFormat.THAI_NUMBERS : NumberFormat.DECIMAL;
  const size =
    o.orientation === "portrait"
      ? { width: A4.width, height: A4.height }
      : { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE };
  return {
    properties: {
      page: {
        size,
        margin: MARGINS,
        ...(o.numbering !== "none" ? { pageNumbers: { formatType, ...(o.restart ? { start: 1 } : {}) } } : {}),
      },
    },
    ...(o.numbering !== "none" ? { footers: { default: footer() } } : {}),
    children,
  };
}
