// How wide a line of text is in the sheets' document font, and how many lines a wrapped cell takes.
// Advance widths (per 1000 em) of Laksaman, the metric clone of TH SarabunPSK that Linux offices
// (LibreOffice with fonts-thai-tlwg) substitute for it, measured from its regular face: U+0020–U+007E
// and U+0E01–U+0E5B. Thai vowel and tone marks above and below take no width.

// prettier-ignore
const ASCII = [324,221,312,606,543,879,636,180,285,285,428,618,243,324,243,406,544,544,544,544,544,544,544,544,544,544,243,243,618,618,618,425,806,601,568,610,648,527,527,639,663,221,397,565,530,824,663,731,568,732,570,529,570,700,586,884,628,550,637,294,394,294,619,529,306,517,603,497,603,562,309,467,586,215,233,475,300,904,586,598,603,603,326,424,357,586,512,762,478,506,482,312,230,312,625];
// prettier-ignore
const THAI = [580,568,574,591,591,613,442,552,567,568,574,780,780,639,639,515,693,800,816,588,588,568,646,503,631,643,643,573,573,672,672,639,601,564,484,568,573,639,503,591,658,573,642,682,582,559,588,536,0,475,475,0,0,0,0,0,0,0,600,600,600,600,618,305,567,356,364,367,308,600,0,0,0,0,0,0,0,0,676,675,675,675,675,675,675,675,675,675,675,785,1048];

/** Any other character (quotes, dashes, other scripts): a generous average. */
const OTHER = 600;
/** Bold glyphs are a little wider. */
const BOLD_FACTOR = 1.06;

/** Width of a text in em (font size 1). */
export function textWidthEm(text: string, bold = false): number {
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x20 && cp <= 0x7e) w += ASCII[cp - 0x20];
    else if (cp >= 0x0e01 && cp <= 0x0e5b) w += THAI[cp - 0x0e01];
    else if (cp === 0x200b || (cp >= 0x0300 && cp <= 0x036f)) w += 0;
    else w += OTHER;
  }
  return (w / 1000) * (bold ? BOLD_FACTOR : 1);
}

type WordSegmenter = { segment(text: string): Iterable<{ segment: string }> };
let segmenter: WordSegmenter | null | undefined;

/** Thai words have no spaces between them: ICU's word segmenter (as LibreOffice and Excel use) finds the breaks. Made on first use, not at load, for the command's start-up time. */
function words(text: string): string[] {
  if (segmenter === undefined) {
    const ctor = (Intl as unknown as { Segmenter?: new (locale: string, o: { granularity: string }) => WordSegmenter }).Segmenter;
    segmenter = ctor ? new ctor("th", { granularity: "word" }) : null;
  }
  if (segmenter) return Array.from(segmenter.segment(text), (s) => s.segment);
  // Without a segmenter: break at spaces and after each Thai syllable-ish run (every character).
  return text.split(/(\s+)/).flatMap((part) => (/[\u0e00-\u0e7f]/.test(part) ? Array.from(part) : [part]));
}

/**
 * Lines a text takes when wrapped into a cell `widthPt` wide at `sizePt`: greedy, at word breaks,
 * a word longer than the line cut where it no longer fits; a newline starts a new line.
 */
export function wrappedLineCount(text: string, widthPt: number, sizePt: number, bold = false): number {
  const limit = widthPt / sizePt; // in em
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines++;
    let used = 0;
    for (const word of words(paragraph)) {
      const w = textWidthEm(word, bold);
      if (used + w <= limit) {
        used += w;
        continue;
      }
      if (/^\s+$/.test(word)) {
        // A space at the end of a line is not drawn; the next line starts fresh.
        lines++;
        used = 0;
        continue;
      }
      if (used > 0) lines++;
      used = w;
      // A word wider than the whole line is cut character by character.
      while (used > limit) {
        lines++;
        used -= limit;
      }
    }
  }
  return lines;
}
