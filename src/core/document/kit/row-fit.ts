// Whether a table row can be kept whole on one page. Rows are kept whole ("cantSplit") so a measure
// never starts at the foot of one page and ends on the next; a row taller than a page must be allowed
// to break, or Word and LibreOffice cut it off at the page foot. The estimate errs on the tall side.

/** Thai vowel and tone marks above or below a consonant take no width of their own. */
const ZERO_WIDTH = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u200b]/g;

/** Average advance of a letter in TH SarabunPSK, in ems, bold included (measured in LibreOffice's
 * metric twin Laksaman: 0.46 over full lines of a cell, a little over to allow for breaks between words). */
const ADVANCE_EM = 0.5;
/** TH SarabunPSK lines are tall for the size (stacked marks): 1.72 em, as measured. */
const LINE_EM = 1.72;
const POINTS_PER_CM = 72 / 2.54;
/** Left plus right cell margins, in cm. */
const CELL_PADDING_CM = 0.3;

export function visibleLength(text: string): number {
  return [...text.replace(ZERO_WIDTH, "")].length;
}

/** Lines a text (its own lines kept) takes in a column of this width at this size. */
export function estimatedLines(text: string, widthCm: number, pt: number): number {
  const perLine = Math.max(1, Math.floor(((widthCm - CELL_PADDING_CM) * POINTS_PER_CM) / (pt * ADVANCE_EM)));
  return text.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil(visibleLength(line) / perLine)), 0);
}

/** Height of a row in twips, from its tallest cell. */
export function estimatedRowHeight(cells: string[], widthsCm: number[], pt: number): number {
  const lines = Math.max(...cells.map((c, i) => estimatedLines(c, widthsCm[i], pt)));
  return Math.ceil(lines * pt * LINE_EM * 20) + 120;
}

/**
 * A row is kept whole when its (generous) estimate fits the page beside the repeated header: the real
 * row is then shorter still. Only a row that may be taller than a page is let break.
 */
export function fitsOnPage(cells: string[], widthsCm: number[], pt: number, pageHeightTwips: number, headerTwips: number): boolean {
  return estimatedRowHeight(cells, widthsCm, pt) <= 0.98 * (pageHeightTwips - headerTwips);
}
