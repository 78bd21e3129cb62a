"use strict";
// docs/images/o42-first-pages.png: the first pages of the o42 document of an example workbook, as
// LibreOffice prints them (soffice and pdftoppm on PATH). `node scripts/o42-picture.js`.
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { unzlibSync } = require("fflate");

const ROOT = path.join(__dirname, "..");
const OUT = path.join(ROOT, "docs", "images", "o42-first-pages.png");
const PAGES = [1, 2, 3, 4, 5, 6, 7, 8];
const COLUMNS = 4;

/** The pixels of an 8-bit RGB PNG as pdftoppm writes it (any filter per row). */
function decodePng(buf) {
  let at = 8;
  let width = 0;
  let height = 0;
  const idat = [];
  while (at < buf.length) {
    const len = buf.readUInt32BE(at);
    const type = buf.toString("ascii", at + 4, at + 8);
    const data = buf.subarray(at + 8, at + 8 + len);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[9] !== 2) throw new Error("expected an 8-bit RGB PNG");
    }
    if (type === "IDAT") idat.push(data);
    at += 12 + len;
  }
  const raw = unzlibSync(new Uint8Array(Buffer.concat(idat)));
  const stride = width * 3;
  const rgb = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i];
      const a = i >= 3 ? rgb[y * stride + i - 3] : 0;
      const b = y ? rgb[(y - 1) * stride + i] : 0;
      const c = i >= 3 && y ? rgb[(y - 1) * stride + i - 3] : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      const add = [0, a, b, (a + b) >> 1, paeth][filter];
      rgb[y * stride + i] = (x + add) & 0xff;
    }
  }
  return { width, height, rgb };
}

function main() {
  execFileSync("npm", ["run", "--silent", "build:cli"], { cwd: ROOT, stdio: "inherit" });
  const { encodePng } = require(path.join(ROOT, "build", "core", "document", "chart", "png"));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ita-o42-picture-"));
  const docx = path.join(dir, "o42.docx");
  execFileSync(
    process.execPath,
    [path.join(ROOT, "bin", "ita.js"), "analyze", path.join(ROOT, "examples", "sao-2566-questions.xlsx"), "--docx", docx],
    {
      stdio: "inherit",
    },
  );
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${path.join(dir, "lo")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, docx],
    {
      stdio: "ignore",
    },
  );
  execFileSync("pdftoppm", [
    "-r",
    "45",
    "-png",
    "-f",
    String(PAGES[0]),
    "-l",
    String(PAGES[PAGES.length - 1]),
    path.join(dir, "o42.pdf"),
    path.join(dir, "p"),
  ]);
  const pages = fs
    .readdirSync(dir)
    .filter((f) => /^p-\d+\.png$/.test(f))
    .sort()
    .map((f) => decodePng(fs.readFileSync(path.join(dir, f))));
  const gap = 12;
  const cellW = Math.max(...pages.map((p) => p.width)) + gap;
  const cellH = Math.max(...pages.map((p) => p.height)) + gap;
  const rows = Math.ceil(pages.length / COLUMNS);
  const width = cellW * COLUMNS + gap;
  const height = cellH * rows + gap;
  const rgb = new Uint8Array(width * height * 3).fill(205);
  pages.forEach((p, k) => {
    const x0 = gap + (k % COLUMNS) * cellW;
    const y0 = gap + Math.floor(k / COLUMNS) * cellH;
    for (let y = 0; y < p.height; y++) rgb.set(p.rgb.subarray(y * p.width * 3, (y + 1) * p.width * 3), ((y0 + y) * width + x0) * 3);
  });
  fs.writeFileSync(OUT, encodePng({ width, height, rgb }, 45));
  fs.rmSync(dir, { recursive: true, force: true });
  process.stdout.write(`${path.relative(ROOT, OUT)}: ${pages.length} pages, ${width} × ${height}\n`);
}

main();
