import { AlignmentType, HeadingLevel, PageBreak, Paragraph, TextRun } from "docx";
import type { DocContext } from "./context";
import { cm } from "./page";
import { STYLE } from "./styles";

// Paragraphs of an official document. Every string passes through ctx.t, so no number escapes the
// digits the agency chose.

export interface Piece {
  text: string;
  bold?: boolean;
}

export interface BodyOptions {
  /** First-line indent of a body paragraph (2.5 cm); off for list-like lines. */
  indent?: boolean;
  keepNext?: boolean;
  /** Space after the paragraph, in points. */
  after?: number;
  /** Left indent in cm, for numbered lines under a label. */
  left?: number;
  /** Hanging indent in cm (numbered lines). */
  hanging?: number;
  alignment?: "left" | "center" | "right";
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

function runsOf(ctx: DocContext, content: string | Piece[]): TextRun[] {
  const pieces = typeof content === "string" ? [{ text: content }] : content;
  return pieces.map((p) => new TextRun({ text: ctx.t(p.text), ...(p.bold ? { bold: true, boldComplexScript: true } : {}) }));
}

/**
 * A paragraph of running text, first line indented 2.5 cm, ragged right: justified Thai needs Word's
 * "Thai distributed", which LibreOffice renders by breaking Latin words and spreading letters apart.
 */
export function body(ctx: DocContext, content: string | Piece[], o: BodyOptions = {}): Paragraph {
  const indent = o.indent ?? true;
  return new Paragraph({
    children: runsOf(ctx, content),
    alignment: ALIGN[o.alignment ?? "left"],
    spacing: { after: (o.after ?? 6) * 20 },
    ...(o.keepNext ? { keepNext: true } : {}),
    indent: {
      ...(indent && !o.hanging ? { firstLine: cm(2.5) } : {}),
      ...(o.left !== undefined ? { left: cm(o.left) } : {}),
      ...(o.hanging !== undefined ? { hanging: cm(o.hanging) } : {}),
    },
  });
}

/** A numbered line ("1. …") hanging under its number. */
export function numbered(ctx: DocContext, n: number, text: string, left = 1.25): Paragraph {
  return body(ctx, `${n}. ${text}`, { indent: false, left: left + 0.75, hanging: 0.75 });
}

export function heading1(ctx: DocContext, text: string, o: { pageBreakBefore?: boolean } = {}): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    children: runsOf(ctx, text),
    ...(o.pageBreakBefore ? { pageBreakBefore: true } : {}),
  });
}

export function heading2(ctx: DocContext, text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_2, children: runsOf(ctx, text) });
}

/** "ตารางที่ 1 …" above a table, "ภาพที่ 1 …" below a picture. */
export function caption(ctx: DocContext, text: string, o: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({ style: "Caption", alignment: AlignmentType.CENTER, children: runsOf(ctx, text), keepNext: o.keepNext ?? true });
}

/** A paragraph in one of the kit's styles (cover, front titles, signature). */
export function styled(
  ctx: DocContext,
  style: (typeof STYLE)[keyof typeof STYLE],
  content: string | Piece[],
  o: { keepNext?: boolean; spaceBefore?: number } = {},
): Paragraph {
  return new Paragraph({
    style,
    children: runsOf(ctx, content),
    ...(o.keepNext ? { keepNext: true } : {}),
    ...(o.spaceBefore ? { spacing: { before: o.spaceBefore * 20 } } : {}),
  });
}

/** Empty space of a given height in points. */
export function space(pt: number): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0, line: Math.max(20, Math.round(pt * 20)), lineRule: "exact" }, children: [] });
}

export function pageBreak(): Paragraph {
  return new Paragraph({ children: [new PageBreak()] });
}
