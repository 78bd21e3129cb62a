#!/usr/bin/env node
"use strict";
// Writes the add-in's icons (assets/icon-{16,20,24,32,40,48,64,80,128}.png: every size a ribbon
// button takes at any display scaling, plus 128) from code: a blue rounded square with three rising
// white bars and a gold baseline (a score chart). No downloads, no image
// library: shapes are rasterised with 4×4 supersampling and encoded as PNG with zlib.
// Run: node scripts/make-icons.js

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128];
const BLUE = [15, 108, 189];
const WHITE = [255, 255, 255];
const GOLD = [255, 185, 0];

// Shapes in a unit square (0..1), painted in order.
function insideRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}
const shapes = [
  { color: BLUE, hit: (x, y) => insideRoundedRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.2) },
  { color: WHITE, hit: (x, y) => insideRoundedRect(x, y, 0.18, 0.52, 0.34, 0.8, 0.03) },
  { color: WHITE, hit: (x, y) => insideRoundedRect(x, y, 0.42, 0.36, 0.58, 0.8, 0.03) },
  { color: WHITE, hit: (x, y) => insideRoundedRect(x, y, 0.66, 0.2, 0.82, 0.8, 0.03) },
  { color: GOLD, hit: (x, y) => insideRoundedRect(x, y, 0.14, 0.84, 0.86, 0.9, 0.02) },
];

function render(size) {
  const n = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < n; sy++)
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          let color = null;
          for (const s of shapes) if (s.hit(x, y)) color = s.color;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            a += 1;
          }
        }
      const o = (py * size + px) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
      }
      rgba[o + 3] = Math.round((255 * a) / (n * n));
    }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const dir = path.join(__dirname, "..", "assets");
  fs.mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(dir, `icon-${size}.png`);
    fs.writeFileSync(file, png(size, render(size)));
    process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
  }
}

if (require.main === module) main();
module.exports = { png, render, SIZES };
