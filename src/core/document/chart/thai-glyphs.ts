import type { Point } from "./drawing";
import { arc, ring } from "./arc";

// Thai digits ๐–๙ for the stroke font, drawn for this project: a round body about three quarters of the
// Arabic digit height, most with the small inner loop a Thai digit is written from, some with a tail
// rising to the full digit height. Units and axes as in glyphs.ts (digit height 1, y up).

export interface ThaiGlyph {
  advance: number;
  lines: Point[][];
}

/** Body height, centre and half-width shared by the round digits. */
const H = 0.72;
const CX = 0.36;
const CY = H / 2;
const RX = 0.34;
/** The inner loop. */
const LOOP = 0.11;
const ADVANCE = 0.84;

const p = (x: number, y: number): Point => [x, y];

/** Drawn a little larger than the Arabic digits, as Thai digits read smaller at the same height. */
const SCALE = 1.15;

const DRAWN: Record<string, ThaiGlyph> = {
  "๐": { advance: ADVANCE, lines: [ring(CX, CY, RX, CY)] },
  // The inner loop, out to the body's foot, round the body and down into a short tail below the line.
  "๑": {
    advance: ADVANCE,
    lines: [[...arc(0.33, 0.36, LOOP, LOOP, -40, 320, 15), ...arc(CX, CY, RX, CY, -55, 360), p(0.7, 0.14), p(0.6, -0.1)]],
  },
  // A tall stem on the left, the cup of the body, two small humps on top, the second into the inner loop.
  "๒": {
    advance: ADVANCE,
    lines: [
      [
        p(0.02, 1.02),
        p(0.06, 0.98),
        ...arc(0.34, 0.3, 0.28, 0.3, 180, 360),
        p(0.62, 0.5),
        ...arc(0.52, 0.5, 0.1, 0.2, 0, 180),
        ...arc(0.33, 0.5, 0.09, 0.17, 0, 200),
        ...arc(0.2, 0.34, LOOP, LOOP, 90, 450, 15),
      ],
    ],
  },
  // The inner loop at the foot, up the left, two arches, the middle and right strokes down to the line.
  "๓": {
    advance: 0.9,
    lines: [
      [...arc(0.12, 0.13, LOOP, 0.12, 0, 360, 15), p(0.02, 0.14), ...arc(0.2, 0.5, 0.18, 0.22, 180, 0), p(0.38, 0)],
      [p(0.38, 0.5), ...arc(0.54, 0.5, 0.16, 0.22, 180, 0), p(0.7, 0)],
    ],
  },
  // A tail rising at the top right, along the top and round the left to a flick at the foot; the inner loop
  // runs down into the flick.
  "๔": {
    advance: ADVANCE,
    lines: [
      [p(0.72, 1.02), ...arc(0.5, 1.02, 0.22, 0.3, 0, -70), ...arc(CX, CY, RX, CY, 90, 270), p(0.5, 0.02), p(0.74, -0.05)],
      [...arc(0.36, 0.38, LOOP, LOOP, -80, 270, 15), p(0.62, 0)],
    ],
  },
  // ๔ with a small loop standing on its top stroke.
  "๕": {
    advance: ADVANCE,
    lines: [
      [p(0.72, 1.02), ...arc(0.5, 1.02, 0.22, 0.3, 0, -70), ...arc(CX, CY, RX, CY, 90, 270), p(0.5, 0.02), p(0.74, -0.05)],
      [...arc(0.36, 0.38, LOOP, LOOP, -80, 270, 15), p(0.62, 0)],
      [p(0.42, 0.73), ...arc(0.4, 0.88, 0.08, 0.09, -80, 280, 20)],
    ],
  },
  // A tall stem on the left that turns into the body, round the right and the foot into the inner loop.
  "๖": {
    advance: ADVANCE,
    lines: [[p(0.03, 1.02), p(0.05, 0.62), ...arc(CX, CY, RX, CY, 140, -150), ...arc(0.2, 0.2, LOOP, LOOP, 150, -210, 15)]],
  },
  // The inner loop at the foot, up the left, one arch, down to a narrow cup and up to a tall stem.
  "๗": {
    advance: 0.86,
    lines: [
      [
        ...arc(0.12, 0.13, LOOP, 0.12, 0, 360, 15),
        p(0.02, 0.14),
        ...arc(0.2, 0.5, 0.18, 0.22, 180, 0),
        p(0.38, 0.14),
        ...arc(0.53, 0.14, 0.15, 0.14, 180, 360),
        p(0.68, 1.02),
      ],
    ],
  },
  // A round arch from a foot on the left, its right leg slanting down into the inner loop, then a small
  // cup and a stem rising on the right with a bend near the top.
  "๘": {
    advance: 0.94,
    lines: [
      [
        p(0.04, -0.04),
        p(0.1, 0.06),
        ...arc(0.3, 0.36, 0.28, 0.36, 200, 40),
        p(0.5, 0.42),
        ...arc(0.5, 0.22, LOOP, LOOP, 90, -250, 15),
        ...arc(0.66, 0.28, 0.14, 0.28, -120, 0),
        p(0.8, 0.62),
        ...arc(0.72, 0.62, 0.08, 0.2, 0, 90),
        p(0.7, 0.84),
        p(0.8, 1.02),
      ],
    ],
  },
  // A narrow body from the inner loop, rising on the right to a hook at the top, then a long stroke down
  // to the foot on the far right.
  "๙": {
    advance: 0.96,
    lines: [
      [
        ...arc(0.2, 0.2, LOOP, LOOP, 30, 390, 15),
        ...arc(0.3, CY, 0.27, CY, 220, 20),
        p(0.74, 0.88),
        ...arc(0.68, 0.93, 0.07, 0.08, -20, 180, 20),
        p(0.62, 0.86),
        p(0.92, -0.02),
      ],
    ],
  },
};

export const THAI_DIGITS: Record<string, ThaiGlyph> = Object.fromEntries(
  Object.entries(DRAWN).map(([ch, g]) => [
    ch,
    { advance: g.advance * SCALE, lines: g.lines.map((l) => l.map(([x, y]) => p(x * SCALE, y * SCALE))) },
  ]),
);
