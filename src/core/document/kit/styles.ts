import type { IStylesOptions } from "docx";
import { cm } from "./page";

// The look of a Thai government document: TH SarabunPSK for Latin and Thai (complex-script) runs alike,
// 16 pt body, bold headings in Word's own heading styles (so Word's table of contents finds them).
// The font is named, never embedded: every Thai government computer has it (Cabinet resolution, 2553).

export const FONT = "TH SarabunPSK";

/** Point sizes. Tables are a step smaller so six columns fit a page. */
export const SIZE = { body: 16, table: 14, caption: 14, heading1: 18, heading2: 16, front: 20, coverTitle: 24, coverLine: 18 } as const;

/** Style ids of the paragraph styles the kit defines besides Word's Normal, Heading1/2 and Caption. */
export const STYLE = {
  coverTitle: "CoverTitle",
  coverLine: "CoverLine",
  front: "FrontTitle",
  table: "TableText",
  tableHead: "TableHead",
  signature: "Signature",
} as const;

const halfPoints = (pt: number) => pt * 2;

export const FONTS = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT } as const;

/** Run properties of a size, set for Latin and complex-script text alike. */
export function sized(pt: number, bold = false) {
  return {
    size: halfPoints(pt),
    sizeComplexScript: halfPoints(pt),
    ...(bold ? { bold: true, boldComplexScript: true } : {}),
  };
}

/** A paragraph style of the document, in TH SarabunPSK. */
function style(
  id: string,
  name: string,
  pt: number,
  bold: boolean,
  paragraph: NonNullable<IStylesOptions["paragraphStyles"]>[number]["paragraph"] = {},
) {
  return { id, name, basedOn: "Normal", next: "Normal", quickFormat: true, run: { font: FONTS, ...sized(pt, bold) }, paragraph };
}

export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: {
        // Thai is a complex script: its language goes in w:bidi. Latin runs stay English, or LibreOffice
        // breaks words like "Integrity" with the Thai dictionary.
        run: { font: FONTS, ...sized(SIZE.body), language: { value: "en-US", bidirectional: "th-TH" } },
        // lineRule must be written: LibreOffice reads a bare line="240" as an exact 12 pt and overlaps Thai lines.
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: "auto" } },
      },
      heading1: {
        run: { font: FONTS, ...sized(SIZE.heading1, true), color: "000000" },
        paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 0 },
      },
      heading2: {
        run: { font: FONTS, ...sized(SIZE.heading2, true), color: "000000" },
        paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, keepLines: true, outlineLevel: 1 },
      },
      caption: {
        run: { font: FONTS, ...sized(SIZE.caption, true), color: "000000", italics: false, italicsComplexScript: false },
        paragraph: { spacing: { before: 120, after: 60 }, keepNext: true },
      },
    },
    paragraphStyles: [
      style(STYLE.coverTitle, "ITA Cover Title", SIZE.coverTitle, true, { alignment: "center", spacing: { after: 120 } }),
      style(STYLE.coverLine, "ITA Cover Line", SIZE.coverLine, false, { alignment: "center", spacing: { after: 80 } }),
      style(STYLE.front, "ITA Front Title", SIZE.front, true, { alignment: "center", spacing: { after: 240 } }),
      style(STYLE.table, "ITA Table Text", SIZE.table, false),
      style(STYLE.tableHead, "ITA Table Head", SIZE.table, true, { alignment: "center", keepNext: true }),
      style(STYLE.signature, "ITA Signature", SIZE.body, false, {
        alignment: "center",
        indent: { left: cm(6.5) },
        keepNext: true,
        keepLines: true,
      }),
      // Word's table-of-contents styles, so the entries read in the body font with Thai line heights.
      style("TOC1", "toc 1", SIZE.body, true, { spacing: { before: 60 } }),
      style("TOC2", "toc 2", SIZE.body, false, { indent: { left: cm(0.75) } }),
    ],
  };
}
