import type { StatusCounts } from "../../progress/model";
import { O42_TITLE } from "../../vocabulary";
import { O43_TITLE } from "./lines";

// Every fixed sentence of the o43 progress report, written for this project. Numbers come in as
// Arabic digits; the composer applies the digits the agency chose. Pure text (no docx): the progress
// sheet and the command take the title, round and date lines from lines.ts. A test checks
// that no 30-character run of these texts (official names aside) appears in the example documents.

export { asOfLine, fiscalYearLine, O43_TITLE, roundLine } from "./lines";
/** The title in two lines that break where the words do. */
export const O43_TITLE_LINES = ["รายงานผลการดำเนินงานตามมาตรการ", "ส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"];
export const OFFICIAL_NAMES = [O43_TITLE, ...O43_TITLE_LINES, O42_TITLE];

export const AGENCY_PLACEHOLDER = "(ชื่อหน่วยงาน)";

export const intro = (sheet: string) => `รายงานฉบับนี้ (o43) สรุปความคืบหน้าของมาตรการ (o42) จากที่ผู้รับผิดชอบบันทึกไว้ในแผ่นงาน ${sheet}`;

// Part 1

export const PART1 = "ส่วนที่ 1 สรุปผลการดำเนินงาน";
export function summarySentence(c: StatusCounts): string {
  return `มาตรการทั้งหมด ${c.total} มาตรการ แยกเป็นดำเนินการแล้ว ${c.done} มาตรการ กำลังดำเนินการ ${c.inProgress} มาตรการ ยังไม่เริ่ม ${c.notStarted} มาตรการ ยกเลิก ${c.cancelled} มาตรการ และยังไม่ระบุสถานะ ${c.unreported} มาตรการ`;
}
export const percentSentence = (percent: string) => `เมื่อไม่นับมาตรการที่ยกเลิก มาตรการที่ดำเนินการแล้วคิดเป็นร้อยละ ${percent} ของมาตรการที่ต้องดำเนินการ`;
export const NO_PERCENT = "ยังไม่มีมาตรการที่นับเป็นร้อยละได้ เพราะทุกมาตรการถูกยกเลิก";
export const noMeasures = (sheet: string) => `แผ่นงาน ${sheet} ยังไม่มีมาตรการให้ติดตาม จึงยังไม่มีผลการดำเนินงานที่จะรายงาน`;
export const statusCaption = (n: number) => `ตารางที่ ${n} จำนวนมาตรการแยกตามสถานะการดำเนินงาน`;
export const COL_STATUS = "สถานะ";
export const COL_COUNT = "จำนวน (มาตรการ)";
/** The share of all measures, cancelled ones included (the percent done leaves them out). */
export const COL_SHARE = "ร้อยละของมาตรการทั้งหมด";
export const TOTAL = "รวม";

// Part 2

export const PART2 = "ส่วนที่ 2 ผลการดำเนินงานแยกตามประเด็นและหน่วยงาน";
export const BY_ISSUE = "2.1 แยกตามประเด็นการประเมิน";
export const BY_UNIT = "2.2 แยกตามหน่วยงานที่รับผิดชอบ";
export const issueCaption = (n: number) => `ตารางที่ ${n} ผลการดำเนินงานแยกตามประเด็น`;
export const unitCaption = (n: number) => `ตารางที่ ${n} ผลการดำเนินงานแยกตามหน่วยงานที่รับผิดชอบ`;
export const COL_ISSUE = "ประเด็น";
export const COL_UNIT = "หน่วยงานที่รับผิดชอบ";
export const COL_TOTAL = "ทั้งหมด";
export const COL_PERCENT_DONE = "ร้อยละที่ดำเนินการแล้ว";
export const PERCENT_DONE_NOTE = "ร้อยละที่ดำเนินการแล้วคิดจากมาตรการที่ไม่ได้ยกเลิก ขีด (-) หมายถึงไม่มีมาตรการที่นับได้";
export const NO_GROUPS = "ยังไม่มีมาตรการให้แยกแสดง";

// Part 3

export const PART3 = "ส่วนที่ 3 มาตรการที่ต้องเร่งติดตาม";
export const LATE_HEADING = "3.1 มาตรการที่พ้นระยะเวลาแล้วแต่ยังไม่แล้วเสร็จ";
export const lateIntro = (count: number) =>
  `มาตรการ ${count} มาตรการต่อไปนี้พ้นระยะเวลาที่กำหนดแล้วแต่ยังไม่แล้วเสร็จ ผู้รับผิดชอบควรเร่งดำเนินการหรือเสนอปรับระยะเวลาพร้อมเหตุผล`;
export const NO_LATE = "ไม่มีมาตรการใดที่พ้นระยะเวลาที่กำหนดโดยยังไม่แล้วเสร็จ";
export const lateCaption = (n: number) => `ตารางที่ ${n} มาตรการที่พ้นระยะเวลาแล้วแต่ยังไม่แล้วเสร็จ`;
export const EVIDENCE_HEADING = "3.2 มาตรการที่ยังไม่มีหลักฐานการดำเนินงาน";
export const evidenceIntro = (count: number) =>
  `มาตรการ ${count} มาตรการต่อไปนี้ยังไม่ได้แนบหลักฐานหรือลิงก์ของผลการดำเนินงาน ผู้รับผิดชอบควรบันทึกหลักฐานไว้ก่อนเผยแพร่รายงาน`;
export const NO_MISSING_EVIDENCE = "ทุกมาตรการที่ไม่ได้ยกเลิกมีหลักฐานการดำเนินงานแล้ว";
export const evidenceCaption = (n: number) => `ตารางที่ ${n} มาตรการที่ยังไม่มีหลักฐานการดำเนินงาน`;
export const undatedNote = (numbers: string) => `มาตรการลำดับที่ ${numbers} ระบุระยะเวลาที่ไม่มีวันสิ้นสุดที่ชัดเจน จึงไม่ได้พิจารณาว่าพ้นระยะเวลาหรือไม่`;
/** "ที่": the measure's number in the table of part 4. */
export const COL_NO = "ที่";
export const COL_MEASURE = "มาตรการ";
export const COL_RESPONSIBLE = "ผู้รับผิดชอบ";
export const COL_TIMEFRAME = "ระยะเวลา";
export const COL_OBSTACLES = "ปัญหาอุปสรรค";
export const NUMBER_NOTE = "ช่อง “ที่” คือลำดับของมาตรการในตารางของส่วนที่ 4";

// Part 4

export const PART4 = "ส่วนที่ 4 ผลการดำเนินงานรายมาตรการ";
export const part4Intro = (fy: number) =>
  `ตารางต่อไปนี้แสดงผลการดำเนินงานของทุกมาตรการในปีงบประมาณ พ.ศ. ${fy} ตามที่ผู้รับผิดชอบบันทึกไว้ พร้อมหลักฐานและปัญหาอุปสรรคที่พบ`;
export const measuresCaption = (n: number) => `ตารางที่ ${n} ผลการดำเนินงานรายมาตรการ`;
export const COL_PERCENT = "ร้อยละ";
export const COL_RESULT = "ผลการดำเนินงาน";
export const COL_EVIDENCE = "หลักฐาน";
/** Beside the status of a measure past its timeframe and not done. */
export const LATE_MARK = "(พ้นกำหนด)";
export const LATE_NOTE = "“(พ้นกำหนด)” ในช่องสถานะ หมายถึงมาตรการที่พ้นระยะเวลาที่กำหนดแล้วแต่ยังไม่แล้วเสร็จ";

// Approval

export const APPROVAL = "การรับทราบของผู้บริหาร";
export const approvalLead = (agency: string, fy: number, round: string) =>
  `ผู้บริหารของ${agency}ได้รับทราบผลการดำเนินงานตามมาตรการ ประจำปีงบประมาณ พ.ศ. ${fy} ${round} แล้ว และให้เผยแพร่รายงานฉบับนี้ทางเว็บไซต์ของหน่วยงาน`;
export const COMMENT = "ความเห็นหรือข้อสั่งการของผู้บริหาร";

/** The statuses, as the progress sheet names them. */
export { PROGRESS_STATUS_LABEL as STATUS_NAMES } from "../../vocabulary";
