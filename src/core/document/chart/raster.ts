import type { Drawing, Point, RectShape, StrokeShape } from "./drawing";
import { parseColor } from "./drawing";
import { flatten } from "./text-strokes";

// A small anti-aliased rasterizer for the chart: exact area coverage for axis-aligned rectangles,
// distance-to-segment coverage for strokes (which gives round caps and joins). Pure TypeScript, no canvas.

export interface Raster {
  width: number;
  height: number;
  /** 3 bytes per pixel, rows top to bottom. */
  rgb: Uint8Array;
}

/** Coverage is kept to 16 steps: smooth enough at print resolution, and few enough colours for a palette PNG. */
const STEPS = 16;

function blend(r: Raster, x: number, y: number, color: [number, number, number], alpha: number): void {
  const a = Math.round(Math.min(1, alpha) * STEPS) / STEPS;
  if (a <= 0) return;
  const i = (y * r.width + x) * 3;
  r.rgb[i] = Math.round(r.rgb[i] + (color[0] - r.rgb[i]) * a);
  r.rgb[i + 1] = Math.round(r.rgb[i + 1] + (color[1] - r.rgb[i + 1]) * a);
  r.rgb[i + 2] = Math.round(r.rgb[i + 2] + (color[2] - r.rgb[i + 2]) * a);
}

const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

function fillRect(r: Raster, s: RectShape, scale: number): void {
  const color = parseColor(s.fill);
  const x0 = s.x * scale;
  const y0 = s.y * scale;
  const x1 = x0 + s.width * scale;
  const y1 = y0 + s.height * scale;
  const fx0 = Math.max(0, Math.ceil(x0));
  const fx1 = Math.min(r.width, Math.floor(x1));
  for (let y = Math.max(0, Math.floor(y0)); y < Math.min(r.height, Math.ceil(y1)); y++) {
    const cy = overlap(y, y + 1, y0, y1);
    // Edge pixels get their share of the colour; inside pixels of a fully covered row get it outright.
    for (let x = Math.max(0, Math.floor(x0)); x < Math.min(r.width, Math.ceil(x1)); x++) {
      if (cy === 1 && x >= fx0 && x < fx1) {
        const i = (y * r.width + x) * 3;
        r.rgb[i] = color[0];
        r.rgb[i + 1] = color[1];
        r.rgb[i + 2] = color[2];
      } else blend(r, x, y, color, cy * overlap(x, x + 1, x0, x1));
    }
  }
}

function distanceToSegment(px: number, py: number, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - a[0]) * dx + (py - a[1]) * dy) / len2));
  return Math.hypot(px - (a[0] + t * dx), py - (a[1] + t * dy));
}

function stroke(r: Raster, s: StrokeShape, scale: number): void {
  const color = parseColor(s.color);
  const half = (s.width * scale) / 2;
  const lines = s.lines.map((l) => l.map(([x, y]) => [x * scale, y * scale] as Point));
  const pts = lines.flat();
  if (pts.length === 0) return;
  const pad = half + 1;
  const bx0 = Math.max(0, Math.floor(Math.min(...pts.map((p) => p[0])) - pad));
  const by0 = Math.max(0, Math.floor(Math.min(...pts.map((p) => p[1])) - pad));
  const bx1 = Math.min(r.width, Math.ceil(Math.max(...pts.map((p) => p[0])) + pad));
  const by1 = Math.min(r.height, Math.ceil(Math.max(...pts.map((p) => p[1])) + pad));
  const bw = bx1 - bx0;
  if (bw <= 0 || by1 <= by0) return;
  // Coverage of the whole shape, so overlapping segments of one stroke do not darken twice.
  const cover = new Float32Array(bw * (by1 - by0));
  for (const line of lines) {
    const segs = line.length === 1 ? [[line[0], line[0]]] : line.slice(1).map((p, i) => [line[i], p]);
    for (const [a, b] of segs) {
      const x0 = Math.max(bx0, Math.floor(Math.min(a[0], b[0]) - pad));
      const x1 = Math.min(bx1, Math.ceil(Math.max(a[0], b[0]) + pad));
      const y0 = Math.max(by0, Math.floor(Math.min(a[1], b[1]) - pad));
      const y1 = Math.min(by1, Math.ceil(Math.max(a[1], b[1]) + pad));
      for (let y = y0; y < y1; y++)
        for (let x = x0; x < x1; x++) {
          const c = half + 0.5 - distanceToSegment(x + 0.5, y + 0.5, a, b);
          if (c <= 0) continue;
          const k = (y - by0) * bw + (x - bx0);
          if (c > cover[k]) cover[k] = c;
        }
    }
  }
  for (let y = by0; y < by1; y++) for (let x = bx0; x < bx1; x++) blend(r, x, y, color, cover[(y - by0) * bw + (x - bx0)]);
}

/** The drawing in pixels, `scale` pixels per drawing unit. */
export function rasterize(drawing: Drawing, scale: number): Raster {
  const width = Math.round(drawing.width * scale);
  const height = Math.round(drawing.height * scale);
  const rgb = new Uint8Array(width * height * 3);
  const background = parseColor(drawing.background);
  for (let x = 0; x < width; x++) rgb.set(background, x * 3);
  for (let y = 1; y < height; y++) rgb.copyWithin(y * width * 3, 0, width * 3);
  const raster = { width, height, rgb };
  for (const s of flatten(drawing)) {
    if (s.kind === "rect") fillRect(raster, s, scale);
    else stroke(raster, s, scale);
  }
  return raster;
}
