import type { Point } from "./drawing";

/** Points along an elliptical arc, angles in degrees counter-clockwise from the +x axis (y up). */
export function arc(cx: number, cy: number, rx: number, ry: number, from: number, to: number, step = 10): Point[] {
  const n = Math.max(2, Math.ceil(Math.abs(to - from) / step) + 1);
  const out: Point[] = [];
  for (let i = 0; i < n; i++) {
    const a = ((from + ((to - from) * i) / (n - 1)) * Math.PI) / 180;
    out.push([cx + rx * Math.cos(a), cy + ry * Math.sin(a)]);
  }
  return out;
}

export const ring = (cx: number, cy: number, rx: number, ry: number = rx): Point[] => arc(cx, cy, rx, ry, 0, 360, 12);
