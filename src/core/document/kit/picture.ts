import { AlignmentType, ImageRun, Paragraph, encodeUtf8 } from "docx";

/**
 * A picture drawn twice from one drawing: SVG for Word 2016 and later, PNG for every other reader.
 * Sized in pixels at 96 dpi; kept with the caption that follows it.
 */
export function picture(svg: string, png: Uint8Array, size: { width: number; height: number }, alt: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    children: [
      new ImageRun({
        type: "svg",
        data: encodeUtf8(svg),
        fallback: { type: "png", data: png },
        transformation: size,
        altText: { name: alt, description: alt, title: alt },
      }),
    ],
  });
}
