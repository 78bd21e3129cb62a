import type { Drawing, FlatShape, LabelShape, Point, StrokeShape } from "./drawing";
import { glyphOf } from "./glyphs";

const DEFAULT_WEIGHT = 0.11;

/** True when the stroke font has every character of the text. */
export function canDraw(text: string): boolean {
  return [...text].every((ch) => glyphOf(ch) !== undefined);
}

function rightEdge(lines: Point[][]): number {
  let max = 0;
  for (const l of lines) for (const [x] of l) max = Math.max(max, x);
  return max;
}

/** Width of a label in units of its size. */
export function labelWidth(text: string): number {
  const glyphs = [...text].map(glyphOf).filter((g) => g !== undefined);
  if (glyphs.length === 0) return 0;
  const last = glyphs[glyphs.length - 1];
  return glyphs.slice(0, -1).reduce((w, g) => w + g.advance, 0) + rightEdge(last.lines);
}

/** A label as strokes of the stroke font, placed by its anchor on its baseline. */
export function labelStrokes(label: LabelShape): StrokeShape {
  const width = labelWidth(label.text) * label.size;
  let x = label.anchor === "start" ? label.x : label.anchor === "middle" ? label.x - width / 2 : label.x - width;
  const lines: Point[][] = [];
  for (const ch of label.text) {
    const g = glyphOf(ch);
    if (!g) continue;
    for (const line of g.lines) lines.push(line.map(([gx, gy]) => [x + gx * label.size, label.y - gy * label.size] as Point));
    x += g.advance * label.size;
  }
  return { kind: "stroke", lines, width: (label.weight ?? DEFAULT_WEIGHT) * label.size, color: label.color };
}

/** The drawing's shapes with labels turned into strokes: what both renderers draw. */
export function flatten(drawing: Drawing): FlatShape[] {
  return drawing.shapes.map((s) => (s.kind === "label" ? labelStrokes(s) : s));
}
