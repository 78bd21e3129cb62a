// The two parts of EIT as workbooks name them, in column headers ("EIT (เข้าตอบเอง)") and row
// labels ("EIT ส่วนที่ 2"): Public = answered by service users themselves, Survey = collected by
// the NACC's assessors. One rule for the column and the label readers.

const PUBLIC = /public|เข้าตอบ|ตอบเอง|ด้วยตนเอง/i;
const SURVEY = /survey|ป\s*\.?\s*ป\s*\.?\s*ช|ผู้ประเมินจัดเก็บ|จัดเก็บ/i;
const PART_NO = /ส่วนที่\s*([12])(?![0-9])/;

import { warning } from "../problems";
import type { Problem } from "../types";

export interface EitPart {
  /** The part the text names. */
  part?: "public" | "survey";
  /** "ส่วนที่ 1" / "ส่วนที่ 2" without saying which part it is (read as 1 = Public, 2 = Survey, with a warning). */
  partNumber?: 1 | 2;
}

/** Which EIT part a text (Arabic digits) names: by word, else by number; nothing when it names both or neither. */
export function eitPartIn(text: string): EitPart {
  const pub = PUBLIC.test(text);
  const sur = SURVEY.test(text);
  if (pub !== sur) return { part: pub ? "public" : "survey" };
  if (pub) return {};
  const m = PART_NO.exec(text);
  return m ? { partNumber: Number(m[1]) as 1 | 2 } : {};
}

/** The warning for EIT parts told only by number, in a column header or a row label at `cell`. */
export function partsByNumberWarning(cell: string, where: "header" | "label"): Problem {
  const what = where === "header" ? "หัวคอลัมน์ EIT" : "ชื่อแถว EIT";
  return warning(
    cell,
    `${what}ที่ ${cell} บอกเพียง “ส่วนที่ 1/2” จึงอ่านส่วนที่ 1 เป็นผู้รับบริการเข้าตอบเอง และส่วนที่ 2 เป็นส่วนที่ผู้ประเมินจัดเก็บ: ถ้าไม่ใช่ให้เขียน “เข้าตอบเอง” หรือ “ป.ป.ช. จัดเก็บ” ใน${where === "header" ? "หัวคอลัมน์" : "ชื่อแถว"}`,
    `EIT parts given by number only: part 1 read as Public, part 2 as Survey`,
  );
}
