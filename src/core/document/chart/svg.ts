import type { Drawing, Point } from "./drawing";
import { flatten } from "./text-strokes";

const n = (v: number) => (Math.round(v * 100) / 100).toString();

function pathData(lines: Point[][]): string {
  return lines.map((l) => l.map(([x, y], i) => `${i === 0 ? "M" : "L"}${n(x)} ${n(y)}`).join("")).join("");
}

/** The drawing as an SVG document (text drawn as strokes, so it looks the same without any font). */
export function toSvg(drawing: Drawing, pixelWidth: number, pixelHeight: number): string {
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${pixelWidth}" height="${pixelHeight}" viewBox="0 0 ${n(drawing.width)} ${n(drawing.height)}">`,
    `<rect x="0" y="0" width="${n(drawing.width)}" height="${n(drawing.height)}" fill="${drawing.background}"/>`,
  ];
  for (const s of flatten(drawing)) {
    if (s.kind === "rect") {
      parts.push(`<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.width)}" height="${n(s.height)}" fill="${s.fill}"/>`);
    } else if (s.lines.length) {
      parts.push(
        `<path d="${pathData(s.lines)}" fill="none" stroke="${s.color}" stroke-width="${n(s.width)}" stroke-linecap="round" stroke-linejoin="round"/>`,
      );
    }
  }
  parts.push("</svg>");
  return parts.join("");
}
