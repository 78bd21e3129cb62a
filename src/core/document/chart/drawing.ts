// A drawing both renderers understand: filled rectangles and stroked polylines, in drawing units with y
// pointing down (as in SVG). Labels are expanded into strokes of the built-in stroke font first, so the
// SVG and the PNG show the same lines without depending on any installed font.

export type Point = readonly [number, number];
/** "#RRGGBB". */
export type Color = string;

export interface RectShape {
  kind: "rect";
  x: number;
  y: number;
  width: number;
  height: number;
  fill: Color;
}

export interface StrokeShape {
  kind: "stroke";
  /** One or more polylines drawn with round caps and joins. */
  lines: Point[][];
  width: number;
  color: Color;
}

export interface LabelShape {
  kind: "label";
  text: string;
  /** Baseline point the anchor refers to. */
  x: number;
  y: number;
  /** Height of a digit, in drawing units. */
  size: number;
  color: Color;
  anchor: "start" | "middle" | "end";
  /** Stroke width relative to size (default 0.11). */
  weight?: number;
}

export type Shape = RectShape | StrokeShape | LabelShape;
/** What a renderer draws: labels already turned into strokes. */
export type FlatShape = RectShape | StrokeShape;

export interface Drawing {
  width: number;
  height: number;
  background: Color;
  shapes: Shape[];
}

/** A dashed straight line as separate strokes (dash and gap lengths in drawing units). */
export function dashes(from: Point, to: Point, dash: number, gap: number): Point[][] {
  const [x1, y1] = from;
  const length = Math.hypot(to[0] - x1, to[1] - y1);
  const ux = (to[0] - x1) / length;
  const uy = (to[1] - y1) / length;
  const out: Point[][] = [];
  for (let s = 0; s < length; s += dash + gap) {
    const e = Math.min(length, s + dash);
    out.push([
      [x1 + ux * s, y1 + uy * s],
      [x1 + ux * e, y1 + uy * e],
    ]);
  }
  return out;
}

export function parseColor(color: Color): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) throw new Error(`not a #RRGGBB colour: ${color}`);
  return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
}
