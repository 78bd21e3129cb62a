import { unzlibSync } from "fflate";
import { COLORS, indicatorChart, type ChartBar } from "../../../src/core/document/chart/indicator-chart";
import { parseColor } from "../../../src/core/document/chart/drawing";
import { crc32, encodePng } from "../../../src/core/document/chart/png";
import { rasterize, type Raster } from "../../../src/core/document/chart/raster";
import { toSvg } from "../../../src/core/document/chart/svg";
import { canDraw, flatten, labelStrokes } from "../../../src/core/document/chart/text-strokes";

const SCORES = [98.69, 93.37, 96.59, 97.51, 93.31, 95.46, 93.07, 89.7, 80, 100];
const tool = (n: number): ChartBar["tool"] => (n <= 5 ? "IIT" : n <= 8 ? "EIT" : "OIT");
const bars = (scores: (number | null)[]): ChartBar[] => scores.map((score, i) => ({ number: i + 1, tool: tool(i + 1), score }));

/** Reads back a PNG this encoder wrote: chunks checked by CRC, rows un-filtered ("Up"), palette applied. */
function decode(png: Uint8Array): Raster {
  expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let at = 8;
  let width = 0;
  let height = 0;
  let type = 0;
  let plte: Uint8Array = new Uint8Array(0);
  const idat: Uint8Array[] = [];
  while (at < png.length) {
    const len = view.getUint32(at);
    const name = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + len);
    expect(view.getUint32(at + 8 + len)).toBe(crc32(png.subarray(at + 4, at + 8 + len)));
    if (name === "IHDR") {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      type = data[9];
    }
    if (name === "PLTE") plte = data;
    if (name === "IDAT") idat.push(data);
    at += 12 + len;
  }
  const raw = unzlibSync(Uint8Array.from(idat.flatMap((d) => [...d])));
  const bpp = type === 3 ? 1 : 3;
  const stride = width * bpp;
  const px = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (stride + 1)]).toBe(2);
    for (let i = 0; i < stride; i++) px[y * stride + i] = (raw[y * (stride + 1) + 1 + i] + (y ? px[(y - 1) * stride + i] : 0)) & 0xff;
  }
  if (type === 2) return { width, height, rgb: px };
  const rgb = new Uint8Array(width * height * 3);
  for (let p = 0; p < px.length; p++) rgb.set(plte.subarray(px[p] * 3, px[p] * 3 + 3), p * 3);
  return { width, height, rgb };
}

const pixel = (r: Raster, x: number, y: number) => [
  ...r.rgb.subarray((Math.round(y) * r.width + Math.round(x)) * 3, (Math.round(y) * r.width + Math.round(x)) * 3 + 3),
];

describe("indicator chart", () => {
  const drawing = indicatorChart({ bars: bars(SCORES), passMark: 85, digits: "arabic", withPrevious: false });
  const raster = rasterize(drawing, 1.5);

  it("the PNG decodes to exactly the raster (palette path)", () => {
    const png = encodePng(raster);
    expect(png[25]).toBe(3); // colour type: palette
    const back = decode(png);
    expect([back.width, back.height]).toEqual([1200, 660]);
    expect(Buffer.from(back.rgb).equals(Buffer.from(raster.rgb))).toBe(true);
  });

  it("a raster of more than 256 colours is written as RGB and still decodes exactly", () => {
    const rgb = new Uint8Array(40 * 10 * 3).map((_, i) => (i % 3 === 0 ? Math.floor(i / 3) & 0xff : i % 3 === 1 ? Math.floor(i / 768) : 7));
    const r = { width: 40, height: 10, rgb };
    const png = encodePng(r);
    expect(png[25]).toBe(2);
    expect(Buffer.from(decode(png).rgb).equals(Buffer.from(rgb))).toBe(true);
  });

  it("bars at or above 85 are blue, below 85 orange, up to their score; the 85 line is red", () => {
    // Plot: y 44 (100) to 356 (0); x 64 to 744, ten slots of 68; scale 1.5.
    const s = 1.5;
    const y = (score: number) => (356 - 3.12 * score) * s;
    const x = (n: number) => (64 + 68 * (n - 0.5)) * s;
    expect(pixel(raster, x(1), y(50))).toEqual(parseColor(COLORS.pass));
    expect(pixel(raster, x(9), y(40))).toEqual(parseColor(COLORS.below));
    expect(pixel(raster, x(9), y(82))).toEqual([255, 255, 255]); // above indicator 9's 80
    expect(pixel(raster, x(8), y(89))).toEqual(parseColor(COLORS.pass));
    // The dashed line at 85, between two bars where nothing else is drawn.
    const gap = (64 + 68 * 4) * s;
    const line = [-1, 0, 1].map((d) => pixel(raster, gap + 6, y(85) + d));
    expect(line.some((p) => p[0] > 150 && p[1] < 80 && p[2] < 80)).toBe(true);
  });

  it("a missing indicator has no bar, only a dash", () => {
    const d = indicatorChart({
      bars: bars([...SCORES.slice(0, 3), null, ...SCORES.slice(4)]),
      passMark: 85,
      digits: "arabic",
      withPrevious: false,
    });
    const r = rasterize(d, 1.5);
    const x = (64 + 68 * 3.5) * 1.5;
    expect(pixel(r, x, (356 - 3.12 * 50) * 1.5)).toEqual([255, 255, 255]);
    expect(d.shapes.some((s) => s.kind === "label" && s.text === "-")).toBe(true);
  });

  it("last year's bars are grey beside this year's; estimates carry a star", () => {
    const withPrev = bars(SCORES).map((b) => ({ ...b, previous: (b.score as number) - 10, tentative: b.number === 9 }));
    const d = indicatorChart({ bars: withPrev, passMark: 85, digits: "arabic", withPrevious: true });
    const r = rasterize(d, 1.5);
    const centre = (64 + 68 * 0.5) * 1.5;
    expect(pixel(r, centre - 14 * 1.5, (356 - 3.12 * 40) * 1.5)).toEqual(parseColor(COLORS.previous));
    const labels = d.shapes.filter((s) => s.kind === "label").map((s) => (s.kind === "label" ? s.text : ""));
    expect(labels).toContain("80.00*");
    expect(labels).toContain("98.69");
  });

  it("every label is drawn by the stroke font, in Arabic and in Thai digits", () => {
    for (const digits of ["arabic", "thai"] as const) {
      const d = indicatorChart({ bars: bars(SCORES), passMark: 85, digits, withPrevious: false });
      const labels = d.shapes.flatMap((s) => (s.kind === "label" ? [s.text] : []));
      expect(labels.length).toBeGreaterThan(20);
      for (const l of labels) expect(canDraw(l)).toBe(true);
      if (digits === "thai") {
        expect(labels).toContain("๘๕");
        expect(labels).toContain("๙๘.๖๙");
        expect(labels.join("")).not.toMatch(/[0-9]/);
      }
    }
    const thai = labelStrokes({ kind: "label", text: "๘", x: 0, y: 0, size: 10, color: "#000000", anchor: "start" });
    const arabic = labelStrokes({ kind: "label", text: "8", x: 0, y: 0, size: 10, color: "#000000", anchor: "start" });
    expect(thai.lines).not.toEqual(arabic.lines);
  });

  it("the SVG draws the same shapes as the PNG (labels as stroked paths, no fonts)", () => {
    const svg = toSvg(drawing, 586, 322);
    const flat = flatten(drawing);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="586" height="322" viewBox="0 0 800 440">')).toBe(true);
    expect((svg.match(/<rect /g) ?? []).length).toBe(flat.filter((s) => s.kind === "rect").length + 1);
    expect((svg.match(/<path /g) ?? []).length).toBe(flat.filter((s) => s.kind === "stroke" && s.lines.length).length);
    expect(svg).not.toContain("<text");
    expect(svg).toContain(COLORS.below);
  });
});
