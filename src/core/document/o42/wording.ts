import { O42_TITLE } from "../../vocabulary";
import type { ToolKey } from "../../types";
import type { Basis, Figure } from "./model";

// Every fixed sentence of the o42 document, written for this project in the register of an official
// document (จัดทำ, เผยแพร่, ดำเนินการ, ผู้รับผิดชอบ). Numbers come in as Arabic digits; the composer
// applies the digits the agency chose. A test checks that no 30-character run of these texts (official
// names aside) appears in the example documents, and that no other file of the composer holds Thai text.

/** Official names: the document must use them word for word. */
export { O42_TITLE };
export const ITA_NAME = "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ";
export const ITA_NAME_EN = "Integrity and Transparency Assessment";
export const NACC = "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ";
/** The title as the cover sets it, in two lines that break where the words do. */
export const O42_TITLE_LINES = ["มาตรการส่งเสริมคุณธรรมและความโปร่งใส", "ภายในหน่วยงาน"];
/** The three tools' own names. */
export const TOOL_OFFICIAL = ["การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน", "การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก", "การเปิดเผยข้อมูลสาธารณะ"];
export const OFFICIAL_NAMES = [O42_TITLE, ...O42_TITLE_LINES, ITA_NAME, ITA_NAME_EN, NACC, ...TOOL_OFFICIAL];

/** Joins two names in a sentence. */
export const AND = " และ ";

export const AGENCY_PLACEHOLDER = "(ชื่อหน่วยงาน)";
export const NO_YEAR = "ไม่ทราบปีของผลการประเมิน จึงยังจัดทำเอกสารไม่ได้: ระบุปีในสมุดงานหรือในการตั้งค่า";

// Cover

export const coverYear = (fy: number) => `ประจำปีงบประมาณ พ.ศ. ${fy}`;
export const coverBasis = (year: number) => `จัดทำจากผลการประเมิน ITA ของปีงบประมาณ พ.ศ. ${year}`;

const bare = (name: string, prefixes: RegExp) => name.trim().replace(prefixes, "").trim();
/** "อำเภอเมือง จังหวัดพะเยา", whether staff typed the prefixes or not. */
export function coverPlace(district?: string, province?: string): string | undefined {
  const parts = [
    district ? `อำเภอ${bare(district, /^(?:อำเภอ|อ\.)\s*/)}` : "",
    province ? `จังหวัด${bare(province, /^(?:จังหวัด|จ\.)\s*/)}` : "",
  ].filter(Boolean);
  return parts.length ? parts.join(" ") : undefined;
}

// Preface and contents

export const PREFACE = "คำนำ";
export const CONTENTS = "สารบัญ";
export const CONTENTS_PAGE = "หน้า";

export function preface(agency: string, year: number, fy: number): string[] {
  return [
    `${agency}ได้นำผล${ITA_NAME} (${ITA_NAME_EN}: ITA) ประจำปีงบประมาณ พ.ศ. ${year} ซึ่ง${NACC}เป็นผู้ประเมิน มาวิเคราะห์เป็นรายประเด็น เพื่อชี้ให้เห็นเรื่องที่ต้องแก้ไขโดยเร่งด่วนและเรื่องที่ควรพัฒนาให้ดีขึ้น แล้วกำหนดเป็น${O42_TITLE} ประจำปีงบประมาณ พ.ศ. ${fy}`,
    `เอกสารฉบับนี้มี 4 ส่วน คือ ผลการประเมิน การวิเคราะห์ผลรายประเด็น มาตรการพร้อมขั้นตอน ผู้รับผิดชอบ และระยะเวลาดำเนินการ และข้อจำกัดของหน่วยงาน โดยหน่วยงานจะดำเนินการตามมาตรการ ติดตามผล และรายงานความก้าวหน้าตลอดปีงบประมาณ พร้อมเผยแพร่ต่อสาธารณะทางเว็บไซต์ของหน่วยงาน`,
    "ขอให้บุคลากรทุกส่วนงานในสังกัดใช้เอกสารฉบับนี้เป็นแนวทางในการปฏิบัติงาน เพื่อให้การดำเนินงานของหน่วยงานมีคุณธรรมและโปร่งใสยิ่งขึ้นเป็นลำดับ",
  ];
}

// Part 1

export const PART1 = "ส่วนที่ 1 ผลการประเมิน";
export const OVERALL_HEADING = "1.1 คะแนนรวมและระดับผลการประเมิน";
export const TOOLS_HEADING = "1.2 คะแนนรายเครื่องมือ";
export const INDICATORS_HEADING = "1.3 คะแนนรายตัวชี้วัด";
export const comparisonHeading = (year: number) => `1.4 เปรียบเทียบกับปีงบประมาณ พ.ศ. ${year}`;

export function part1Intro(agency: string, year: number, framework: string, previousYear?: number): string {
  const compare = previousYear ? ` พร้อมเปรียบเทียบกับปีงบประมาณ พ.ศ. ${previousYear}` : "";
  return `ส่วนนี้สรุปผลการประเมิน ITA ที่${agency}ได้รับในปีงบประมาณ พ.ศ. ${year} ตามกรอบการประเมิน ${framework} ได้แก่ คะแนนรวม ระดับผลการประเมิน คะแนนรายเครื่องมือ และคะแนนรายตัวชี้วัด${compare}`;
}

/** Beside a figure in running text: how firm it is (nothing for a published figure). */
export function basisNote(f: Figure): string {
  switch (f.basis) {
    case "official":
      return "";
    case "computed":
      return " (คำนวณตามหลักเกณฑ์การให้คะแนนจากคะแนนย่อยในสมุดงาน)";
    case "provisional":
      return " (ค่าเบื้องต้น เนื่องจากรายการ OIT ของกรอบการประเมินนี้ยังไม่ได้รับการยืนยัน)";
    case "partial":
      return ` (ค่าประมาณ คำนวณจากข้อมูลที่ไม่ครบ: ไม่มีคะแนน ${f.missing} จาก ${f.of} ข้อ)`;
  }
}

/** The same in a table's note column. */
export function basisShort(f: Figure): string {
  const short: Record<Basis, string> = {
    official: "ค่าที่ประกาศ",
    computed: "คำนวณจากคะแนนย่อย",
    provisional: "ค่าเบื้องต้น (รายการ OIT ยังไม่ยืนยัน)",
    partial: `ค่าประมาณ (ไม่มีคะแนน ${f.missing} จาก ${f.of} ข้อ)`,
  };
  return short[f.basis];
}

export const overallSentence = (agency: string, score: string, level: string | undefined, note: string) =>
  `${agency}ได้คะแนนรวม ${score} คะแนน${note}${level ? ` อยู่ในระดับ “${level}”` : ""}`;
export const LEVEL_TENTATIVE = "ระดับผลการประเมินข้างต้นจึงเป็นระดับเบื้องต้นเช่นเดียวกับคะแนนรวม";
export const LEVEL_TENTATIVE_TOOLS = "ระดับผลการประเมินข้างต้นเป็นระดับเบื้องต้น เพราะพิจารณาร่วมกับคะแนนรายเครื่องมือที่ยังเป็นค่าเบื้องต้นหรือค่าประมาณ";
/** The level as the workbook records it (an announced figure, as the scores are). */
export const LEVEL_STATED = "ระดับผลการประเมินข้างต้นเป็นระดับตามที่ประกาศ ซึ่งหน่วยงานบันทึกไว้ในสมุดงาน";
export const levelStatedDiffers = (computed: string) =>
  `ระดับผลการประเมินข้างต้นเป็นระดับตามที่ประกาศ ซึ่งหน่วยงานบันทึกไว้ในสมุดงาน แต่เมื่อพิจารณาจากคะแนนรวมและคะแนนรายเครื่องมือในเอกสารนี้จะได้ระดับ “${computed}”`;
export const levelWithoutOverall = (agency: string, level: string) =>
  `${agency}อยู่ในระดับ “${level}” ตามที่ประกาศ ซึ่งหน่วยงานบันทึกไว้ในสมุดงาน แต่ข้อมูลในสมุดงานไม่พอคำนวณคะแนนรวม เอกสารนี้จึงยังไม่ระบุคะแนนรวม`;
export const NO_OVERALL = "ข้อมูลในสมุดงานไม่พอคำนวณคะแนนรวม เอกสารนี้จึงยังไม่ระบุคะแนนรวมและระดับผลการประเมิน";
export const levelLowered = (tools: string) => `แม้คะแนนรวมจะไม่ต่ำกว่า 85 คะแนน แต่ ${tools} ได้ต่ำกว่า 85 คะแนน ระดับผลการประเมินจึงเป็น “ผ่าน”`;
export const LEVEL_WITHOUT_PARTS =
  "ระดับนี้พิจารณาจากคะแนน EIT รวม เพราะสมุดงานไม่มีคะแนน EIT แยกส่วน (Public และ Survey) หากส่วนใดได้ต่ำกว่า 85 คะแนน ระดับผลการประเมินจะเป็น “ผ่าน”";
export const WEIGHTS = "คะแนนรวมคิดจากคะแนน IIT ร้อยละ 30 คะแนน EIT ร้อยละ 30 และคะแนน OIT ร้อยละ 40";
export function levelRule(year: number): string {
  return year >= 2566
    ? "ระดับผลการประเมินมี 4 ระดับ คือ ผ่านดีเยี่ยม (คะแนนรวมตั้งแต่ 95 และทุกเครื่องมือตั้งแต่ 85) ผ่านดี (คะแนนรวมตั้งแต่ 85 และทุกเครื่องมือตั้งแต่ 85) ผ่าน (คะแนนรวมตั้งแต่ 85 แต่มีเครื่องมือที่ต่ำกว่า 85) และไม่ผ่าน (คะแนนรวมต่ำกว่า 85)"
    : "ระดับผลการประเมินของปีนี้ใช้อักษร AA (ตั้งแต่ 95) A (ตั้งแต่ 85) B (ตั้งแต่ 75) C (ตั้งแต่ 65) D (ตั้งแต่ 55) E (ตั้งแต่ 50) และ F (ต่ำกว่า 50)";
}

export const TOOL_NAMES: Record<ToolKey, string> = {
  IIT: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
  EIT: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)",
  EIT_PUBLIC: "EIT ส่วนที่ผู้รับบริการตอบเอง (Public)",
  EIT_SURVEY: "EIT ส่วนที่ผู้ประเมินเก็บข้อมูล (Survey)",
  OIT: "แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)",
};

export const toolsCaption = (n: number) => `ตารางที่ ${n} คะแนนรายเครื่องมือ`;
export const indicatorsCaption = (n: number) => `ตารางที่ ${n} คะแนนรายตัวชี้วัด`;
export const COL_TOOL = "เครื่องมือ";
export const COL_INDICATOR = "ตัวชี้วัดที่";
export const COL_INDICATOR_NAME = "ชื่อตัวชี้วัด";
export const colScore = (year: number) => `คะแนนปี ${year}`;
export const COL_CHANGE = "เปลี่ยนแปลง";
export const COL_PASS = "เทียบเกณฑ์ 85";
export const COL_NOTE = "หมายเหตุ";
export const PASS = "ถึงเกณฑ์";
export const BELOW = "ต่ำกว่าเกณฑ์";
export const NO_SCORE = "ไม่มีคะแนน";

export const indicatorWith = (n: number, name: string, figure: string) => `ตัวชี้วัดที่ ${n} ${name} (${figure})`;
export const belowIndicators = (list: string) => `ตัวชี้วัดที่ได้ต่ำกว่า 85 คะแนน ได้แก่ ${list}`;
export const ALL_INDICATORS_PASS = "ทุกตัวชี้วัดที่มีคะแนนได้ตั้งแต่ 85 คะแนนขึ้นไป";
export const chartCaption = (n: number, table: number) => `ภาพที่ ${n} คะแนนตัวชี้วัดที่ 1–10 เทียบกับเกณฑ์ 85 คะแนน (ชื่อตัวชี้วัดตามตารางที่ ${table})`;
export function chartKey(o: { previousYear?: number; tentative: boolean; missing: boolean }): string {
  const parts = ["แท่งสีน้ำเงิน: ตั้งแต่ 85 คะแนน", "แท่งสีส้ม: ต่ำกว่า 85 คะแนน", "เส้นประสีแดง: เกณฑ์ 85 คะแนน"];
  if (o.previousYear) parts.push(`แท่งสีเทา: ปี ${o.previousYear}`);
  if (o.tentative) parts.push("เครื่องหมาย *: ค่าประมาณหรือค่าเบื้องต้น");
  if (o.missing) parts.push("ขีด (-): ไม่มีคะแนนในสมุดงาน");
  return parts.join("  ·  ");
}
export const CHART_ALT = "แผนภูมิแท่งคะแนนรายตัวชี้วัดเทียบกับเกณฑ์ 85 คะแนน";

export function comparisonSentence(o: {
  year: number;
  previousYear: number;
  change: number;
  previous: string;
  current: string;
  previousLevel?: string;
  level?: string;
}): string {
  const direction = o.change > 0 ? "เพิ่มขึ้น" : o.change < 0 ? "ลดลง" : "เท่ากับปีก่อน";
  const amount = o.change === 0 ? "" : ` ${Math.abs(o.change).toFixed(2)} คะแนน`;
  const lv = (l?: string) => (l ? ` ระดับ “${l}”` : "");
  return `คะแนนรวมปีงบประมาณ พ.ศ. ${o.year} ${direction}${amount} จาก ${o.previous} คะแนน${lv(o.previousLevel)} ในปี ${o.previousYear} เป็น ${o.current} คะแนน${lv(o.level)}`;
}
export const fallenIndicators = (list: string) => `ตัวชี้วัดที่คะแนนลดลงจากปีก่อน ได้แก่ ${list} ควรให้ความสำคัญในการจัดทำมาตรการ`;
export const NONE_FELL = "ไม่มีตัวชี้วัดใดได้คะแนนลดลงจากปีก่อน";

// Part 2

export const PART2 = "ส่วนที่ 2 การวิเคราะห์ผลรายประเด็น";
export function part2Intro(c: {
  mode: "threshold" | "lowest";
  urgentBelow: number;
  improveBelow: number;
  lowestPerIssue: number;
}): string[] {
  const rule =
    c.mode === "threshold"
      ? `สถานะของแต่ละข้อกำหนดตามคะแนน ดังนี้ “แก้ไขโดยเร่งด่วน” เมื่อข้อคำถามได้ต่ำกว่า ${c.urgentBelow} คะแนน หรือรายการ OIT ได้ 0 คะแนน “พัฒนาให้ดีขึ้น” เมื่อได้ต่ำกว่า ${c.improveBelow} คะแนน และ “รักษามาตรฐาน” เมื่อได้ตั้งแต่ ${c.improveBelow} คะแนนขึ้นไป`
      : `ในแต่ละประเด็น ข้อที่ได้คะแนนต่ำสุด ${c.lowestPerIssue} ข้อ (เฉพาะข้อที่ได้ต่ำกว่า 100 คะแนน) เป็นข้อที่ต้องปรับปรุง ในจำนวนนี้ ข้อคำถามที่ได้ต่ำกว่า ${c.urgentBelow} คะแนน และรายการ OIT ที่ได้ 0 คะแนน อยู่ในสถานะ “แก้ไขโดยเร่งด่วน” ข้ออื่นอยู่ในสถานะ “พัฒนาให้ดีขึ้น” และข้อที่เหลือทั้งหมดอยู่ในสถานะ “รักษามาตรฐาน”`;
  return [
    "ส่วนนี้จัดข้อคำถามของแบบวัด IIT และ EIT และรายการของแบบตรวจ OIT ตามประเด็นทั้ง 7 ประเด็น เพื่อให้เห็นว่าเรื่องใดของหน่วยงานยังมีจุดอ่อน",
    rule,
    "ใต้ตารางของแต่ละประเด็นมีข้อค้นพบของข้อที่ต้องปรับปรุง และผลการอ่านเทียบระหว่างเครื่องมือ คือ ความเห็นของบุคลากรภายในเทียบกับผู้รับบริการ และข้อมูลที่หน่วยงานเปิดเผยเทียบกับการรับรู้",
  ];
}
export const issueHeading = (n: number, title: string) => `ประเด็นที่ ${n} ${title}`;
export const issueCaption = (table: number, n: number) => `ตารางที่ ${table} ผลรายข้อของประเด็นที่ ${n}`;
export const COL_CODE = "รหัส";
export const COL_QUESTION = "ข้อคำถาม/รายการ";
export const COL_SCORE = "คะแนน";
export const COL_STATUS = "สถานะ";
export const UNKNOWN_TEXT = "(ไม่มีข้อความของข้อนี้ในฐานข้อมูลข้อคำถาม)";
export const fromIndicatorStatus = (status: string) => `${status} (ตามคะแนนตัวชี้วัด)`;
export const PROVISIONAL_ITEM = "* รายการ OIT ของกรอบการประเมินนี้ยังไม่ได้รับการยืนยัน";
/** A row for an indicator the workbook scores without any of its questions. */
export const indicatorRowText = (n: number, name: string, tool: string, toolOnly: boolean, officialBelowBar = false) =>
  officialBelowBar
    ? `ตัวชี้วัดที่ ${n} ${name} (คะแนนตัวชี้วัดตามที่ประกาศต่ำกว่าเกณฑ์ แม้คะแนนรายข้อจะสูงกว่า)`
    : toolOnly
      ? `ตัวชี้วัดที่ ${n} ${name} (ไม่มีคะแนนรายข้อและรายตัวชี้วัด ใช้คะแนน ${tool} ทั้งเครื่องมือ)`
      : `ตัวชี้วัดที่ ${n} ${name} (ไม่มีคะแนนรายข้อ ใช้คะแนนทั้งตัวชี้วัด)`;
export const PROVISIONAL_INDICATOR = "* คะแนนของตัวชี้วัดนี้เป็นค่าเบื้องต้น เพราะคำนวณจากรายการ OIT ที่ยังไม่ได้รับการยืนยัน";
export const FROM_INDICATOR_NOTE = "ข้อที่ไม่มีคะแนนรายข้อ (-) กำหนดสถานะจากคะแนนของตัวชี้วัดที่ข้อนั้นสังกัด";
export const absentItems = (codes: string) => `ข้อที่ไม่มีคะแนนในสมุดงาน จึงยังไม่ได้วิเคราะห์: ${codes}`;
export const NO_ITEMS = "สมุดงานไม่มีคะแนนรายข้อของประเด็นนี้";
export const FINDINGS = "ข้อค้นพบ";
export const READINGS = "ผลการอ่านเทียบระหว่างเครื่องมือ";
export const NO_WEAK = "ทุกข้อที่มีคะแนนในประเด็นนี้อยู่ในสถานะ “รักษามาตรฐาน” หน่วยงานจะคงการดำเนินงานและการเผยแพร่ข้อมูลให้เป็นปัจจุบัน";
export const NO_WEAK_INDICATORS = "ทุกตัวชี้วัดของประเด็นนี้ที่มีคะแนนอยู่ในสถานะ “รักษามาตรฐาน” หน่วยงานจะคงการดำเนินงานและการเผยแพร่ข้อมูลให้เป็นปัจจุบัน";

/** The three statuses, as the analysis names them. */
export { STATUS_LABEL as STATUS_NAMES } from "../../vocabulary";

// Part 3

export const part3Heading = (fy: number) => `ส่วนที่ 3 ${O42_TITLE} ประจำปีงบประมาณ พ.ศ. ${fy}`;
export const part3Intro = (agency: string, fy: number) =>
  `${agency}กำหนดมาตรการต่อไปนี้จากผลการวิเคราะห์ในส่วนที่ 2 เพื่อแก้ไขข้อบกพร่องและพัฒนาการดำเนินงานในปีงบประมาณ พ.ศ. ${fy} ทุกมาตรการระบุขั้นตอนหรือวิธีปฏิบัติ ผู้รับผิดชอบ และระยะเวลาดำเนินการ ซึ่งหน่วยงานจะใช้ติดตามและรายงานผลการดำเนินงานตามมาตรการ (o43)`;
export const MEASURES_INCOMPLETE =
  "ตารางนี้จัดทำจากข้อที่มีคะแนนในสมุดงานเท่านั้น ข้อที่ไม่มีคะแนน (ระบุไว้ในส่วนที่ 2) อาจต้องกำหนดมาตรการเพิ่มเติมเมื่อได้รับคะแนนครบถ้วน";
export const measuresCaption = (n: number) => `ตารางที่ ${n} ${O42_TITLE}`;
export const MEASURE_COLUMNS = ["ประเด็น", "ข้อบกพร่อง/ข้อค้นพบ", "มาตรการ", "ขั้นตอน/วิธีปฏิบัติ", "ผู้รับผิดชอบ", "ระยะเวลา"] as const;
export const NO_MEASURES = "ยังไม่มีมาตรการ เนื่องจากข้อมูลในสมุดงานไม่พอวิเคราะห์";

// Part 4 and approval

export const PART4 = "ส่วนที่ 4 ข้อจำกัดของหน่วยงาน";
export const part4Intro = (agency: string) =>
  `ข้อจำกัดต่อไปนี้อาจส่งผลต่อการดำเนินการตามมาตรการในส่วนที่ 3 และต่อผลการประเมินในรอบถัดไป ${agency}ได้พิจารณาไว้เพื่อวางแผนรองรับล่วงหน้า`;
export const limitationsCaption = (n: number) => `ตารางที่ ${n} ข้อจำกัดของหน่วยงาน`;
export {
  COL_DETAIL,
  COL_SIDE,
  DEFAULT_LIMITATION_SIDES,
  LIMITATION_PROMPTS,
  LIMITATIONS_SHEET_HINT,
  LIMITATIONS_SHEET_TITLE,
} from "./limitations-wording";
export const approvalLead = (agency: string, fy: number) =>
  `ผู้บริหารของ${agency}ได้พิจารณาแล้ว เห็นชอบให้ดำเนินการตามมาตรการในส่วนที่ 3 ตลอดปีงบประมาณ พ.ศ. ${fy} และให้เผยแพร่เอกสารฉบับนี้ต่อสาธารณะทางเว็บไซต์ของหน่วยงาน`;

// What the command and the pane say the document was made from.

export const measuresFromSheet = (sheet: string, rows: number) => `ส่วนที่ 3 ใช้มาตรการ ${rows} แถวจากแผ่นงาน ${sheet} ตามที่เจ้าหน้าที่แก้ไขไว้`;
export const measuresFromPlan = (sheet: string, rows: number) =>
  `ส่วนที่ 3 ใช้มาตรการ ${rows} แถวที่จัดทำใหม่จากผลการวิเคราะห์ เพราะสมุดงานยังไม่มีแผ่นงาน ${sheet}`;
export const limitationsFromSheet = (sheet: string) => `ส่วนที่ 4 ใช้ข้อจำกัดจากแผ่นงาน ${sheet}`;
export const limitationsBlank = (sheet: string) => `ส่วนที่ 4 เว้นบรรทัดไว้ให้กรอกข้อจำกัด เพราะสมุดงานยังไม่มีแผ่นงาน ${sheet} ที่กรอกแล้ว`;
export const unansweredItems = (sheet: string, codes: string) =>
  `แผ่นงาน ${sheet} ยังไม่มีมาตรการของข้อ ${codes} ซึ่งผลการวิเคราะห์ครั้งนี้ต้องแก้ไขหรือพัฒนา: เพิ่มแถวในแผ่นงานนั้นแล้วสร้างเอกสารอีกครั้ง`;
