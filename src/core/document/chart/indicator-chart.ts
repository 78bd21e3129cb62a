import type { Digits } from "../kit/digits";
import { digitsIn, scoreText } from "../kit/digits";
import type { Drawing, Shape } from "./drawing";
import { dashes } from "./drawing";
import { labelWidth } from "./text-strokes";

// The chart of the 10 indicators against the pass mark: one bar per indicator (and last year's beside it
// when there is one), the score above each bar, the pass mark as a dashed line, indicator numbers and
// tool groups below. Only digits and the tool names are drawn; the Thai names go in the document's table.

export interface ChartBar {
  number: number;
  tool: "IIT" | "EIT" | "OIT";
  score: number | null;
  previous?: number | null;
  /** Worked out from incomplete data: marked with * beside its value. */
  tentative?: boolean;
}

export interface IndicatorChartInput {
  bars: ChartBar[];
  passMark: number;
  digits: Digits;
  /** Draw last year's bars. */
  withPrevious: boolean;
}

export const CHART_SIZE = { width: 800, height: 440 } as const;

export const COLORS = {
  pass: "#2F5597",
  below: "#C55A11",
  previous: "#A6A6A6",
  mark: "#C00000",
  grid: "#D9D9D9",
  axis: "#404040",
  text: "#262626",
} as const;

const PLOT = { left: 64, right: 744, top: 44, bottom: 356 } as const;
const yOf = (score: number) => PLOT.bottom - ((PLOT.bottom - PLOT.top) * Math.max(0, Math.min(100, score))) / 100;

export function indicatorChart(input: IndicatorChartInput): Drawing {
  const t = digitsIn(input.digits);
  const shapes: Shape[] = [];
  const label = (text: string, x: number, y: number, size: number, anchor: "start" | "middle" | "end", color: string = COLORS.text) =>
    shapes.push({ kind: "label", text: t(text), x, y, size, color, anchor });

  for (let v = 0; v <= 100; v += 20) {
    const y = yOf(v);
    shapes.push({
      kind: "stroke",
      lines: [
        [
          [PLOT.left, y],
          [PLOT.right, y],
        ],
      ],
      width: 1,
      color: COLORS.grid,
    });
    label(String(v), PLOT.left - 10, y + 6, 12, "end");
  }

  const values: { text: string; x: number; y: number }[] = [];
  const slot = (PLOT.right - PLOT.left) / input.bars.length;
  const barWidth = input.withPrevious ? 24 : 36;
  input.bars.forEach((bar, i) => {
    const centre = PLOT.left + slot * (i + 0.5);
    let top: number = PLOT.bottom;
    if (input.withPrevious && bar.previous !== undefined && bar.previous !== null) {
      const y = yOf(bar.previous);
      shapes.push({ kind: "rect", x: centre - barWidth - 2, y, width: barWidth, height: PLOT.bottom - y, fill: COLORS.previous });
      top = Math.min(top, y);
    }
    if (bar.score !== null) {
      const y = yOf(bar.score);
      const x = input.withPrevious ? centre + 2 : centre - barWidth / 2;
      shapes.push({
        kind: "rect",
        x,
        y,
        width: barWidth,
        height: PLOT.bottom - y,
        fill: bar.score >= input.passMark ? COLORS.pass : COLORS.below,
      });
      top = Math.min(top, y);
      values.push({ text: t(`${scoreText(bar.score)}${bar.tentative ? "*" : ""}`), x: centre, y: top - 7 });
    } else {
      label("-", centre, PLOT.bottom - 8, 14, "middle");
    }
    label(String(bar.number), centre, PLOT.bottom + 26, 15, "middle");
  });

  const mark = yOf(input.passMark);
  shapes.push({ kind: "stroke", lines: dashes([PLOT.left, mark], [PLOT.right, mark], 9, 6), width: 2.4, color: COLORS.mark });
  label(String(input.passMark), PLOT.right + 8, mark + 7, 14, "start", COLORS.mark);

  shapes.push({
    kind: "stroke",
    lines: [
      [
        [PLOT.left, PLOT.bottom],
        [PLOT.right, PLOT.bottom],
      ],
    ],
    width: 1.6,
    color: COLORS.axis,
  });

  // Values last, each on a white patch, so the pass-mark line never runs through a figure.
  const VALUE = 12;
  for (const v of values) {
    const w = labelWidth(v.text) * VALUE;
    shapes.push({ kind: "rect", x: v.x - w / 2 - 3, y: v.y - VALUE - 3, width: w + 6, height: VALUE + 6, fill: "#FFFFFF" });
    shapes.push({ kind: "label", text: v.text, x: v.x, y: v.y, size: VALUE, color: COLORS.text, anchor: "middle" });
  }

  // Tool groups: a bracket under their indicators and the tool's name.
  for (const tool of ["IIT", "EIT", "OIT"] as const) {
    const idx = input.bars.map((b, i) => (b.tool === tool ? i : -1)).filter((i) => i >= 0);
    if (idx.length === 0) continue;
    const x0 = PLOT.left + slot * idx[0] + 8;
    const x1 = PLOT.left + slot * (idx[idx.length - 1] + 1) - 8;
    const y = PLOT.bottom + 40;
    shapes.push({
      kind: "stroke",
      lines: [
        [
          [x0, y - 5],
          [x0, y],
          [x1, y],
          [x1, y - 5],
        ],
      ],
      width: 1.4,
      color: COLORS.axis,
    });
    label(tool, (x0 + x1) / 2, y + 26, 15, "middle");
  }

  return { ...CHART_SIZE, background: "#FFFFFF", shapes };
}
