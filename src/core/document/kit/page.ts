// Page geometry of a Thai government document: A4, margins left 3 cm, right 2 cm, top and bottom 2.5 cm.
// Word measures in twips (1/20 pt, 1/1440 inch); pictures in pixels at 96 dpi.

export const TWIPS_PER_CM = 1440 / 2.54;

export const cm = (value: number): number => Math.round(value * TWIPS_PER_CM);

/** A4 in twips, portrait. */
export const A4 = { width: 11906, height: 16838 } as const;

export const MARGINS = { left: cm(3), right: cm(2), top: cm(2.5), bottom: cm(2.5), header: cm(1.25), footer: cm(1.25) } as const;

export type Orientation = "portrait" | "landscape";

/** Width and height of the text area of a page, in twips. */
export function textArea(orientation: Orientation): { width: number; height: number } {
  const page = orientation === "portrait" ? A4 : { width: A4.height, height: A4.width };
  return { width: page.width - MARGINS.left - MARGINS.right, height: page.height - MARGINS.top - MARGINS.bottom };
}

/** Twips to pixels at 96 dpi (how docx sizes pictures). */
export const twipsToPixels = (twips: number): number => Math.round((twips / 1440) * 96);
