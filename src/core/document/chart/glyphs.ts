import type { Point } from "./drawing";
import { arc, ring } from "./arc";
import { THAI_DIGITS } from "./thai-glyphs";

// A small stroke font for the labels inside the chart: Arabic and Thai digits, the decimal point, signs
// and the letters of the tool names. Glyphs are centre lines in units of the digit height, y up from the
// baseline; a renderer strokes them with round ends. Drawn for this project.

export interface Glyph {
  /** Distance to the next glyph's origin. */
  advance: number;
  lines: Point[][];
}

const flip = (lines: Point[][]): Point[][] => lines.map((l) => l.map(([x, y]) => [0.56 - x, 1 - y] as Point));

const SIX: Point[][] = [ring(0.29, 0.31, 0.26, 0.31), arc(0.56, 0.33, 0.53, 0.66, 180, 105)];

const ARABIC: Record<string, Glyph> = {
  "0": { advance: 0.74, lines: [ring(0.28, 0.5, 0.26, 0.5)] },
  "1": {
    advance: 0.74,
    lines: [
      [
        [0.1, 0.8],
        [0.34, 1],
        [0.34, 0],
      ],
    ],
  },
  "2": {
    advance: 0.74,
    lines: [[...arc(0.28, 0.72, 0.25, 0.28, 165, -35), [0.03, 0], [0.56, 0]]],
  },
  "3": { advance: 0.74, lines: [arc(0.27, 0.77, 0.22, 0.23, 155, -90), arc(0.27, 0.27, 0.28, 0.27, 90, -155)] },
  "4": {
    advance: 0.74,
    lines: [
      [
        [0.42, 0],
        [0.42, 1],
        [0.01, 0.3],
        [0.57, 0.3],
      ],
    ],
  },
  "5": {
    advance: 0.74,
    lines: [[[0.52, 1], [0.11, 1], [0.07, 0.56], ...arc(0.28, 0.32, 0.27, 0.32, 140, -150)]],
  },
  "6": { advance: 0.74, lines: SIX },
  "7": {
    advance: 0.74,
    lines: [
      [
        [0.02, 1],
        [0.56, 1],
        [0.18, 0],
      ],
    ],
  },
  "8": { advance: 0.74, lines: [ring(0.28, 0.76, 0.22, 0.24), ring(0.28, 0.27, 0.27, 0.27)] },
  "9": { advance: 0.74, lines: flip(SIX) },
};

const SIGNS: Record<string, Glyph> = {
  ".": {
    advance: 0.32,
    lines: [
      [
        [0.1, 0.04],
        [0.1, 0.05],
      ],
    ],
  },
  "-": {
    advance: 0.55,
    lines: [
      [
        [0.06, 0.42],
        [0.42, 0.42],
      ],
    ],
  },
  "+": {
    advance: 0.66,
    lines: [
      [
        [0.04, 0.42],
        [0.52, 0.42],
      ],
      [
        [0.28, 0.18],
        [0.28, 0.66],
      ],
    ],
  },
  "*": {
    advance: 0.5,
    lines: [
      [
        [0.18, 0.62],
        [0.18, 1.0],
      ],
      [
        [0.02, 0.9],
        [0.34, 0.72],
      ],
      [
        [0.02, 0.72],
        [0.34, 0.9],
      ],
    ],
  },
  " ": { advance: 0.36, lines: [] },
  I: {
    advance: 0.36,
    lines: [
      [
        [0.08, 0],
        [0.08, 1],
      ],
    ],
  },
  T: {
    advance: 0.74,
    lines: [
      [
        [0, 1],
        [0.58, 1],
      ],
      [
        [0.29, 1],
        [0.29, 0],
      ],
    ],
  },
  E: {
    advance: 0.7,
    lines: [
      [
        [0.52, 1],
        [0.04, 1],
        [0.04, 0],
        [0.52, 0],
      ],
      [
        [0.04, 0.52],
        [0.44, 0.52],
      ],
    ],
  },
  O: { advance: 0.9, lines: [ring(0.36, 0.5, 0.33, 0.5)] },
};

export const GLYPHS: Record<string, Glyph> = { ...ARABIC, ...SIGNS, ...THAI_DIGITS };

/** The glyph of a character, or undefined for one the font does not have. */
export function glyphOf(ch: string): Glyph | undefined {
  return GLYPHS[ch];
}
