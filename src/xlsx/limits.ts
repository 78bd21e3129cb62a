// How much a workbook file may hold before it is refused with a message (the command and the
// preview alike). The add-in's cell limit and these share MAX_FILLED_CELLS (core/limits.ts).
import { MAX_FILLED_CELLS } from "../core";
import { WorkbookFileError } from "./errors";

export { MAX_FILLED_CELLS };

/** A score workbook is tens of kilobytes; 50 MB leaves room for big data sheets beside the scores. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** One worksheet's XML, uncompressed: generous for MAX_FILLED_CELLS cells (about 30–45 bytes each). */
export const MAX_SHEET_XML_BYTES = MAX_FILLED_CELLS * 64;

/** Other parts (shared strings, styles…): the same bound. */
export const MAX_PART_BYTES = MAX_SHEET_XML_BYTES;

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);
const count = (n: number) => n.toLocaleString("en-US");

const SPLIT = "ลบชีตหรือข้อมูลที่ไม่เกี่ยวกับคะแนน ITA ออก หรือคัดลอกเฉพาะตารางคะแนนไปไว้ในสมุดงานใหม่ แล้วลองอีกครั้ง";

export function fileTooLarge(bytes: number, limit = MAX_FILE_BYTES): WorkbookFileError {
  return new WorkbookFileError(
    `ไฟล์นี้มีขนาด ${mb(bytes)} MB เกินขนาดที่อ่านได้ ${mb(limit)} MB: ${SPLIT}`,
    `file is ${mb(bytes)} MB, over the ${mb(limit)} MB limit`,
  );
}

export function sheetTooLarge(sheet: string, bytes: number): WorkbookFileError {
  return new WorkbookFileError(
    `ชีต “${sheet}” ใหญ่เกินกว่าที่อ่านได้ (ข้อมูล ${mb(bytes)} MB เมื่อคลายการบีบอัด): ${SPLIT}`,
    `sheet "${sheet}" is too large (${mb(bytes)} MB of XML)`,
    sheet,
  );
}

export function tooManyCells(sheet: string, limit: number): WorkbookFileError {
  return new WorkbookFileError(
    `สมุดงานมีเซลล์ที่มีข้อมูลเกิน ${count(limit)} เซลล์ (นับถึงชีต “${sheet}”): ${SPLIT}`,
    `more than ${count(limit)} filled cells (at sheet "${sheet}")`,
    sheet,
  );
}
