import { zlibSync } from "fflate";
import type { Raster } from "./raster";

// PNG encoder: signature, IHDR, PLTE when the picture has at most 256 colours (a chart has about a
// hundred: a third of the bytes of RGB to compress), pHYs, one IDAT (zlib via fflate), IEND. Every row uses
// the "Up" filter: a bar chart's rows mostly repeat the row above, which then compresses to almost nothing.

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function u32(out: Uint8Array, at: number, v: number): void {
  out[at] = v >>> 24;
  out[at + 1] = (v >>> 16) & 0xff;
  out[at + 2] = (v >>> 8) & 0xff;
  out[at + 3] = v & 0xff;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  u32(out, 0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  u32(out, 8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

/** Scanlines with one filter byte each (2 = Up): every byte minus the byte above it. */
export function upFiltered(pixels: Uint8Array, stride: number, height: number): Uint8Array {
  const out = new Uint8Array((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const o = y * (stride + 1);
    out[o] = 2;
    const row = y * stride;
    if (y === 0) out.set(pixels.subarray(0, stride), 1);
    else for (let i = 0; i < stride; i++) out[o + 1 + i] = (pixels[row + i] - pixels[row - stride + i]) & 0xff;
  }
  return out;
}

/** Palette and one index per pixel, or undefined when the raster has more than 256 colours. */
export function palette(r: Raster): { colors: Uint8Array; indices: Uint8Array } | undefined {
  const index = new Map<number, number>();
  const indices = new Uint8Array(r.width * r.height);
  const rgb = r.rgb;
  // A chart is long runs of one colour: remember the last one instead of asking the map every pixel.
  let lastKey = -1;
  let lastIndex = 0;
  for (let p = 0, i = 0; p < indices.length; p++, i += 3) {
    const key = (rgb[i] << 16) | (rgb[i + 1] << 8) | rgb[i + 2];
    if (key !== lastKey) {
      let k = index.get(key);
      if (k === undefined) {
        if (index.size === 256) return undefined;
        k = index.size;
        index.set(key, k);
      }
      lastKey = key;
      lastIndex = k;
    }
    indices[p] = lastIndex;
  }
  const colors = new Uint8Array(index.size * 3);
  for (const [key, k] of index) colors.set([key >>> 16, (key >>> 8) & 0xff, key & 0xff], k * 3);
  return { colors, indices };
}

/** PNG bytes of a raster; `dpi` is written in pHYs so viewers know its printed size. */
export function encodePng(r: Raster, dpi = 200): Uint8Array {
  const indexed = palette(r);
  const ihdr = new Uint8Array(13);
  u32(ihdr, 0, r.width);
  u32(ihdr, 4, r.height);
  ihdr[8] = 8; // bits per sample
  ihdr[9] = indexed ? 3 : 2; // palette or RGB
  const phys = new Uint8Array(9);
  const perMetre = Math.round(dpi / 0.0254);
  u32(phys, 0, perMetre);
  u32(phys, 4, perMetre);
  phys[8] = 1; // metres
  const rows = indexed ? upFiltered(indexed.indices, r.width, r.height) : upFiltered(r.rgb, r.width * 3, r.height);
  const parts = [
    new Uint8Array(SIGNATURE),
    chunk("IHDR", ihdr),
    ...(indexed ? [chunk("PLTE", indexed.colors)] : []),
    chunk("pHYs", phys),
    chunk("IDAT", zlibSync(rows, { level: 6 })),
    chunk("IEND", new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
