// What a file really is: each file staff pick by mistake gets its own Thai message and fix; a CSV
// exported from a sheet is read as that sheet.
import ExcelJS from "exceljs";
import { nodeCodec } from "../../src/cli/node-codec";
import { WorkbookFileError } from "../../src/xlsx/errors";
import { oleStreamNames } from "../../src/xlsx/file-kind";
import { readWorkbookFile } from "../../src/xlsx/read";
import { writeZip } from "../../src/xlsx/zip";

/** A minimal OLE compound file (512-byte sectors: header, one FAT sector, one directory sector). */
export function oleFile(streams: string[]): Uint8Array {
  const b = new Uint8Array(512 * 3);
  const v = new DataView(b.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((x, i) => (b[i] = x));
  v.setUint16(0x18, 0x3e, true);
  v.setUint16(0x1a, 3, true);
  v.setUint16(0x1c, 0xfffe, true);
  v.setUint16(0x1e, 9, true);
  v.setUint16(0x20, 6, true);
  v.setUint32(0x2c, 1, true); // one FAT sector
  v.setUint32(0x30, 1, true); // directory at sector 1
  v.setUint32(0x38, 4096, true);
  v.setUint32(0x3c, 0xfffffffe, true);
  v.setUint32(0x44, 0xfffffffe, true);
  for (let i = 0; i < 109; i++) v.setUint32(0x4c + i * 4, i === 0 ? 0 : 0xffffffff, true);
  const fat = 512;
  for (let i = 0; i < 128; i++) v.setUint32(fat + i * 4, i === 0 ? 0xfffffffd : i === 1 ? 0xfffffffe : 0xffffffff, true);
  const dir = 1024;
  ["Root Entry", ...streams].slice(0, 4).forEach((name, k) => {
    const e = dir + k * 128;
    for (let i = 0; i < name.length; i++) v.setUint16(e + i * 2, name.charCodeAt(i), true);
    v.setUint16(e + 0x40, (name.length + 1) * 2, true);
    b[e + 0x42] = k === 0 ? 5 : 2;
  });
  return b;
}

const read = (bytes: Uint8Array, fileName?: string) => readWorkbookFile(bytes, { codec: nodeCodec, ...(fileName ? { fileName } : {}) });

function refusal(bytes: Uint8Array, fileName = "คะแนน.xlsx"): WorkbookFileError {
  try {
    read(bytes, fileName);
  } catch (err) {
    if (err instanceof WorkbookFileError) return err;
    throw err;
  }
  throw new Error("read without a refusal");
}

const zipOf = (files: Record<string, string>) =>
  writeZip(
    Object.entries(files).map(([name, data]) => ({ name, data })),
    nodeCodec,
  );

describe("files that are not an .xlsx, each with its own message and fix", () => {
  it("an old .xls workbook, a password-protected workbook, an old Word file", () => {
    expect(oleStreamNames(oleFile(["Workbook", "SummaryInformation"]))).toEqual(["Root Entry", "Workbook", "SummaryInformation"]);
    const xls = refusal(oleFile(["Workbook"]));
    expect(xls.message).toMatch(/^ไฟล์นี้เป็นสมุดงาน Excel แบบเก่า \(\.xls\)/);
    expect(xls.message).toContain("บันทึกเป็น .xlsx (File › Save As");
    const locked = refusal(oleFile(["EncryptionInfo", "EncryptedPackage"]));
    expect(locked.message).toMatch(/^สมุดงานนี้ตั้งรหัสผ่านไว้/);
    expect(locked.en).toContain("password");
    expect(refusal(oleFile(["WordDocument"])).message).toMatch(/^ไฟล์นี้เป็นเอกสาร Word \(\.doc\)/);
  });

  it("an .ods, a Word .docx renamed, an .xlsb, a zip of something else", () => {
    const ods = refusal(zipOf({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>" }), "คะแนน.ods");
    expect(ods.message).toMatch(/^ไฟล์นี้เป็นสมุดงาน OpenDocument \(\.ods\)/);
    expect(ods.message).toContain("บันทึกเป็น .xlsx");
    expect(refusal(zipOf({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w/>" })).message).toMatch(
      /^ไฟล์นี้เป็นเอกสาร Word \(\.docx\) ที่เปลี่ยนชื่อ/,
    );
    expect(refusal(zipOf({ "xl/workbook.bin": "x" })).en).toContain(".xlsb");
    expect(refusal(zipOf({ "photo.jpg": "x" })).en).toBe("a zip file that is not an .xlsx workbook");
  });

  it("a PDF, a web page saved as .xls, an XML Spreadsheet 2003, an empty file, a damaged zip, text with a workbook's name", () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(refusal(enc("%PDF-1.7\n...")).en).toBe("this is a PDF, not a workbook");
    expect(refusal(enc("<html><body><table><tr><td>i1</td></tr></table></body></html>"), "คะแนน.xls").message).toMatch(
      /^ไฟล์นี้เป็นหน้าเว็บ \(HTML\)/,
    );
    expect(
      refusal(
        enc(
          '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>',
        ),
        "คะแนน.xml",
      ).en,
    ).toContain("XML Spreadsheet 2003");
    expect(refusal(new Uint8Array(0)).message).toMatch(/^ไฟล์นี้ว่างเปล่า/);
    const zip = zipOf({ "xl/workbook.xml": "<workbook/>" });
    expect(refusal(zip.subarray(0, zip.length - 30)).message).toMatch(/^ไฟล์นี้เสียหายหรือดาวน์โหลดมาไม่ครบ/);
    expect(refusal(enc("ข้อ,คะแนน\ni1,98"), "คะแนน.xlsx").message).toMatch(/^ไฟล์นี้เป็นไฟล์ข้อความ ไม่ใช่สมุดงาน \.xlsx/);
  });

  it("every message is Thai first, says what to do after a colon, and has an English gist", () => {
    const all = [
      oleFile(["Workbook"]),
      oleFile(["EncryptedPackage"]),
      zipOf({ mimetype: "application/vnd.oasis.opendocument.spreadsheet" }),
      new Uint8Array(0),
    ].map((b) => refusal(b));
    for (const e of all) {
      expect(e.message).toMatch(/^[\u0e00-\u0e7f]/);
      expect(e.message).toContain(": ");
      expect(e.en).toMatch(/^[\x20-\x7e]+$/);
    }
  });
});

describe("a CSV exported from a sheet is read as one sheet", () => {
  it("UTF-8 with a byte-order mark, quoted fields, numbers as numbers, Thai digits as text", () => {
    const text = '\ufeffผลคะแนน ITA ปี 2566,\r\nข้อ,คะแนน\r\ni1,98.50\r\n"ข้อ i2, การเงิน",๙๗.๐๐\r\ni3,"91.5"\r\n';
    const r = read(new TextEncoder().encode(text), "/ที่ไหน/คะแนน อบต.csv");
    expect(r.cells.sheets).toHaveLength(1);
    const s = r.cells.sheets[0];
    expect(s.name).toBe("คะแนน อบต");
    expect(s.values[0]).toEqual(["ผลคะแนน ITA ปี 2566"]);
    expect(s.values[2]).toEqual(["i1", 98.5]);
    expect(s.values[3]).toEqual(["ข้อ i2, การเงิน", "๙๗.๐๐"]);
    expect(s.values[4]).toEqual(["i3", 91.5]); // quoted, still a number, as Excel opens it
  });

  it("semicolons or tabs, and a file saved by Thai Windows Excel (windows-874)", () => {
    expect(read(new TextEncoder().encode("ข้อ;คะแนน\ni1;98\n"), "a.csv").cells.sheets[0].values[1]).toEqual(["i1", 98]);
    expect(read(new TextEncoder().encode("ข้อ\tคะแนน\ni1\t98\n"), "a.tsv").cells.sheets[0].values[1]).toEqual(["i1", 98]);
    // "ข้อ" in TIS-620 / windows-874: ข = 0xA2, ้ = 0xE9, อ = 0xCD.
    const tis = new Uint8Array([0xa2, 0xe9, 0xcd, 0x2c, 0x39, 0x38, 0x0a]);
    expect(read(tis, "a.csv").cells.sheets[0].values[0]).toEqual(["ข้อ", 98]);
  });

  it("an exported workbook sheet round-trips: the same values as the .xlsx it came from", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("คะแนน");
    ws.addRows([
      ["ข้อ", "คะแนน"],
      ["i1", 98.43],
      ["e13", 82.6],
    ]);
    const xlsx = read(Buffer.from(await wb.xlsx.writeBuffer())).cells.sheets[0].values;
    const csv = read(new TextEncoder().encode("ข้อ,คะแนน\ni1,98.43\ne13,82.6\n"), "คะแนน.csv").cells.sheets[0].values;
    expect(csv).toEqual(xlsx);
  });
});
