// What a file really is, from its bytes (never from its name alone): an .xlsx, a CSV text, or one
// of the files staff pick by mistake, each refused with its own Thai message and fix.
import { SAVE_AS_XLSX, WorkbookFileError } from "./errors";
import { ZipArchive, ZipFormatError, looksLikeZip, type ZipCodec } from "./zip";

export type FileKind = { kind: "xlsx"; zip: ZipArchive } | { kind: "csv"; text: string };

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);
const u16 = (b: Uint8Array, p: number) => b[p] | (b[p + 1] << 8);
const u32 = (b: Uint8Array, p: number) => (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16)) + b[p + 3] * 0x1000000;

/** Stream names of an OLE compound file (old .xls/.doc, and password-protected Office files). */
export function oleStreamNames(b: Uint8Array): string[] {
  const shift = u16(b, 0x1e);
  if (shift !== 9 && shift !== 12) return [];
  const size = 1 << shift;
  const sector = (n: number) => (n + 1) * size;
  const fat: number[] = [];
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = u32(b, 0x4c + i * 4);
    if (s < 0xfffffffa) fatSectors.push(s);
  }
  for (let difat = u32(b, 0x44), guard = 0; difat < 0xfffffffa && guard < 1000; guard++) {
    const at = sector(difat);
    if (at + size > b.length) break;
    for (let i = 0; i < size / 4 - 1; i++) {
      const s = u32(b, at + i * 4);
      if (s < 0xfffffffa) fatSectors.push(s);
    }
    difat = u32(b, at + size - 4);
  }
  for (const s of fatSectors) {
    const at = sector(s);
    if (at + size > b.length) break;
    for (let i = 0; i < size / 4; i++) fat.push(u32(b, at + i * 4));
  }
  const names: string[] = [];
  const seen = new Set<number>();
  for (let s = u32(b, 0x30); s < 0xfffffffa && !seen.has(s) && seen.size < 10_000; s = fat[s] ?? 0xfffffffe) {
    seen.add(s);
    const at = sector(s);
    if (at + size > b.length) break;
    for (let e = at; e < at + size; e += 128) {
      const len = u16(b, e + 0x40);
      if (len < 2 || len > 64) continue;
      let name = "";
      for (let k = 0; k < len - 2; k += 2) name += String.fromCharCode(u16(b, e + k));
      names.push(name);
    }
  }
  return names;
}

function refuseOle(bytes: Uint8Array, fileName: string | undefined): never {
  const names = new Set(oleStreamNames(bytes));
  // The directory cannot be read (a truncated file): the name says what staff took it for.
  if (names.size === 0 && fileName !== undefined && /\.xls$/i.test(fileName))
    throw new WorkbookFileError(`ไฟล์นี้เป็นสมุดงาน Excel แบบเก่า (.xls) ซึ่งอ่านไม่ได้: ${SAVE_AS_XLSX}`, "an old .xls workbook: save it as .xlsx");
  if (names.size === 0)
    throw new WorkbookFileError(
      "ไฟล์นี้ตั้งรหัสผ่านไว้ หรือเป็นไฟล์ Excel แบบเก่า จึงอ่านไม่ได้: เปิดใน Excel เอารหัสผ่านออก (ถ้ามี) แล้วบันทึกเป็น .xlsx (File › Save As › Excel Workbook) แล้วลองอีกครั้ง",
      "password-protected or an old-format Office file: remove the password and save it as .xlsx",
    );
  if (names.has("EncryptedPackage") || names.has("EncryptionInfo"))
    throw new WorkbookFileError(
      "สมุดงานนี้ตั้งรหัสผ่านไว้ จึงอ่านไม่ได้: เปิดใน Excel ใส่รหัสผ่าน แล้วเอารหัสผ่านออก (File › Info › Protect Workbook › Encrypt with Password ลบรหัสให้ว่าง) และบันทึกเป็นไฟล์ใหม่ แล้วลองอีกครั้ง",
      "the workbook is password-protected: remove the password in Excel and save again",
    );
  if (names.has("WordDocument"))
    throw new WorkbookFileError(
      "ไฟล์นี้เป็นเอกสาร Word (.doc) ไม่ใช่สมุดงาน Excel: เลือกไฟล์ Excel ที่มีตารางคะแนน ITA หรือคัดลอกตารางคะแนนลง Excel แล้วบันทึกเป็น .xlsx",
      "this is a Word document (.doc), not a workbook",
    );
  if (names.has("Workbook") || names.has("Book"))
    throw new WorkbookFileError(
      `ไฟล์นี้เป็นสมุดงาน Excel แบบเก่า (.xls) ซึ่งอ่านไม่ได้: ${SAVE_AS_XLSX}`,
      "this is an old .xls workbook: save it as .xlsx",
    );
  throw new WorkbookFileError(
    `ไฟล์นี้เป็นไฟล์ Office แบบเก่าที่ไม่ใช่สมุดงาน .xlsx: ${SAVE_AS_XLSX}`,
    "an old-format Office file, not an .xlsx workbook",
  );
}

function refuseZip(zip: ZipArchive, codec: ZipCodec): never {
  const has = (n: string) => zip.has(n);
  const mimetype = has("mimetype") ? (zip.text("mimetype", codec, 200) ?? "").trim() : "";
  if (mimetype === "application/vnd.oasis.opendocument.spreadsheet")
    throw new WorkbookFileError(
      "ไฟล์นี้เป็นสมุดงาน OpenDocument (.ods) ซึ่งอ่านไม่ได้: เปิดใน LibreOffice หรือ Excel แล้วบันทึกเป็น .xlsx (File › Save As › Excel 2007-365 หรือ Excel Workbook) แล้วลองอีกครั้ง",
      "this is an OpenDocument spreadsheet (.ods): save it as .xlsx",
    );
  if (mimetype.startsWith("application/vnd.oasis.opendocument"))
    throw new WorkbookFileError(
      "ไฟล์นี้เป็นเอกสาร OpenDocument (เช่น .odt) ไม่ใช่สมุดงาน: เลือกไฟล์ Excel ที่มีตารางคะแนน ITA หรือคัดลอกตารางคะแนนลง Excel แล้วบันทึกเป็น .xlsx",
      "this is an OpenDocument document, not a workbook",
    );
  if (has("word/document.xml"))
    throw new WorkbookFileError(
      "ไฟล์นี้เป็นเอกสาร Word (.docx) ที่เปลี่ยนชื่อ ไม่ใช่สมุดงาน Excel: เลือกไฟล์ Excel ที่มีตารางคะแนน ITA หรือคัดลอกตารางคะแนนลง Excel แล้วบันทึกเป็น .xlsx",
      "this is a Word document (.docx), not a workbook",
    );
  if (has("ppt/presentation.xml"))
    throw new WorkbookFileError(
      "ไฟล์นี้เป็นงานนำเสนอ PowerPoint ไม่ใช่สมุดงาน Excel: เลือกไฟล์ Excel ที่มีตารางคะแนน ITA",
      "this is a PowerPoint file, not a workbook",
    );
  if (has("xl/workbook.bin"))
    throw new WorkbookFileError(
      `ไฟล์นี้เป็นสมุดงาน Excel แบบไบนารี (.xlsb) ซึ่งอ่านไม่ได้: ${SAVE_AS_XLSX}`,
      "this is a binary .xlsb workbook: save it as .xlsx",
    );
  throw new WorkbookFileError(`ไฟล์นี้เป็นไฟล์ zip ที่ไม่ใช่สมุดงาน Excel: ${SAVE_AS_XLSX}`, "a zip file that is not an .xlsx workbook");
}

const utf8Strict = new TextDecoder("utf-8", { fatal: true });

/** Text of a file that holds text: UTF-8 (with or without its mark), UTF-16 with its mark, else Thai Windows (TIS-620). */
export function decodeTextFile(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (bytes.subarray(0, 4096).includes(0)) return undefined;
  try {
    return utf8Strict.decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    // Not UTF-8: Excel on Thai Windows saves CSV in windows-874.
    return new TextDecoder("windows-874").decode(bytes);
  }
}

const TEXT_NAME = /\.(csv|tsv|txt)$/i;

/**
 * The kind of the file's bytes; throws a WorkbookFileError for anything we cannot read. Text is
 * read as CSV when the file's name says it is text (or no name is known).
 */
export function fileKind(bytes: Uint8Array, codec: ZipCodec, fileName?: string): FileKind {
  if (bytes.length === 0) throw new WorkbookFileError("ไฟล์นี้ว่างเปล่า (ขนาด 0 ไบต์): เลือกไฟล์สมุดงานที่มีคะแนน ITA อีกครั้ง", "the file is empty");
  if (startsWith(bytes, OLE_SIGNATURE)) refuseOle(bytes, fileName);
  if (looksLikeZip(bytes)) {
    let zip: ZipArchive;
    try {
      zip = new ZipArchive(bytes);
    } catch (err) {
      if (!(err instanceof ZipFormatError)) throw err;
      throw new WorkbookFileError(
        `ไฟล์นี้เสียหายหรือดาวน์โหลดมาไม่ครบ จึงเปิดไม่ได้: ดาวน์โหลดหรือคัดลอกไฟล์มาใหม่ หรือเปิดใน Excel แล้วบันทึกเป็น .xlsx อีกครั้ง`,
        `the file is damaged or incomplete (${err.message})`,
      );
    }
    if (zip.has("xl/workbook.xml") || (!zip.has("word/document.xml") && zip.names().some((n) => /(^|\/)workbook\d*\.xml$/i.test(n))))
      return { kind: "xlsx", zip };
    refuseZip(zip, codec);
  }
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048)).trimStart().toLowerCase();
  if (head.startsWith("%pdf"))
    throw new WorkbookFileError(
      "ไฟล์นี้เป็น PDF ซึ่งอ่านคะแนนไม่ได้: พิมพ์หรือคัดลอกตารางคะแนนลง Excel แล้วบันทึกเป็น .xlsx",
      "this is a PDF, not a workbook",
    );
  if (
    /^(<\?xml[^>]*>\s*)?(<\?mso-application[^>]*>\s*)?<workbook\b/.test(head) ||
    head.includes("urn:schemas-microsoft-com:office:spreadsheet")
  )
    throw new WorkbookFileError(
      `ไฟล์นี้เป็นสมุดงานแบบ XML Spreadsheet 2003 ซึ่งอ่านไม่ได้: ${SAVE_AS_XLSX}`,
      "an XML Spreadsheet 2003 file: save it as .xlsx",
    );
  if (/^(<!doctype html|<html|<table|<meta|<head|<body)/.test(head) || /^<\?xml[^>]*>\s*<html/.test(head))
    throw new WorkbookFileError(
      `ไฟล์นี้เป็นหน้าเว็บ (HTML) ที่ตั้งชื่อเหมือนไฟล์ Excel: ${SAVE_AS_XLSX}`,
      "a web page (HTML) saved with an Excel name: save it as .xlsx",
    );
  const text = decodeTextFile(bytes);
  if (text !== undefined) {
    if (fileName === undefined || TEXT_NAME.test(fileName)) return { kind: "csv", text };
    throw new WorkbookFileError(
      "ไฟล์นี้เป็นไฟล์ข้อความ ไม่ใช่สมุดงาน .xlsx แม้ชื่อจะเป็นไฟล์ Excel: ถ้าเป็นคะแนนแบบ CSV ให้เปลี่ยนนามสกุลเป็น .csv หรือเปิดใน Excel แล้วบันทึกเป็น .xlsx (File › Save As › Excel Workbook)",
      "a text file with a workbook's name: rename it .csv, or save it as .xlsx in Excel",
    );
  }
  throw new WorkbookFileError(`ไฟล์นี้ไม่ใช่สมุดงาน Excel (.xlsx) หรือไฟล์ CSV: ${SAVE_AS_XLSX}`, "not an .xlsx workbook or a CSV file");
}
