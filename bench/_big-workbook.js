"use strict";
// A very large workbook for the limit benchmarks, written without holding its sheet in memory:
// the first sheet holds an example's scores, then one data sheet of rows × cols numbers, deflated
// block by block as it is generated (native zlib, sync-flushed) into a zip with a data descriptor.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
// The engine's column letters, from the compiled command (loaded when used: the benchmark builds it first).
const columnLetter = (c) => require(path.join(__dirname, "..", "build", "core", "index.js")).columnLetter(c);

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Zip entries written one after another; big ones streamed through deflate. */
class ZipStream {
  constructor(file) {
    this.fd = fs.openSync(file, "w");
    this.offset = 0;
    this.central = [];
  }
  write(buf) {
    fs.writeSync(this.fd, buf);
    this.offset += buf.length;
  }
  /** chunks: an iterable of strings. */
  entry(name, chunks) {
    const nameBuf = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0808, 6); // data descriptor, UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(nameBuf.length, 26);
    const start = this.offset;
    this.write(local);
    this.write(nameBuf);
    let crc = 0;
    let size = 0;
    let compressed = 0;
    const flush = (buf) => {
      if (buf.length) {
        this.write(buf);
        compressed += buf.length;
      }
    };
    for (const text of chunks) {
      const raw = Buffer.from(text, "utf8");
      crc = zlib.crc32(raw, crc);
      size += raw.length;
      flush(zlib.deflateRawSync(raw, { level: 6, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
    }
    flush(zlib.deflateRawSync(Buffer.alloc(0), { level: 1 })); // final empty block
    const desc = Buffer.alloc(16);
    desc.writeUInt32LE(0x08074b50, 0);
    desc.writeUInt32LE(crc >>> 0, 4);
    desc.writeUInt32LE(compressed, 8);
    desc.writeUInt32LE(size, 12);
    this.write(desc);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0808, 8);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(crc >>> 0, 16);
    header.writeUInt32LE(compressed, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(nameBuf.length, 28);
    header.writeUInt32LE(start, 42);
    this.central.push(header, nameBuf);
  }
  close() {
    const cdStart = this.offset;
    for (const b of this.central) this.write(b);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.central.length / 2, 8);
    end.writeUInt16LE(this.central.length / 2, 10);
    end.writeUInt32LE(this.offset - cdStart, 12);
    end.writeUInt32LE(cdStart, 16);
    this.write(end);
    fs.closeSync(this.fd);
  }
}

/** Writes a workbook: sheet 1 "คะแนน" with a few scores, sheet 2 "ข้อมูลดิบ" with rows × cols numbers. */
function writeBigWorkbook(file, rows, cols) {
  const zip = new ZipStream(file);
  const one = (s) => [s];
  zip.entry(
    "[Content_Types].xml",
    one(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
  );
  zip.entry(
    "_rels/.rels",
    one(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
  );
  zip.entry(
    "xl/workbook.xml",
    one(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="คะแนน" sheetId="1" r:id="rId1"/><sheet name="ข้อมูลดิบ" sheetId="2" r:id="rId2"/></sheets></workbook>`,
    ),
  );
  zip.entry(
    "xl/_rels/workbook.xml.rels",
    one(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/></Relationships>`,
    ),
  );
  zip.entry(
    "xl/worksheets/sheet1.xml",
    one(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ผลคะแนน ITA ปีงบประมาณ 2566</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>i1</t></is></c><c r="B2"><v>98.5</v></c></row></sheetData></worksheet>`,
    ),
  );
  function* data() {
    yield `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>`;
    let seed = 12345;
    const cols_ = Array.from({ length: cols }, (_, c) => columnLetter(c));
    const batch = [];
    for (let r = 1; r <= rows; r++) {
      let row = `<row r="${r}">`;
      for (let c = 0; c < cols; c++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        row += `<c r="${cols_[c]}${r}"><v>${(seed >>> 16) % 10}</v></c>`;
      }
      batch.push(row + "</row>");
      if (batch.length === 5000) yield batch.splice(0).join("");
    }
    yield batch.join("") + "</sheetData></worksheet>";
  }
  zip.entry("xl/worksheets/sheet2.xml", data());
  zip.close();
}

module.exports = { writeBigWorkbook };
