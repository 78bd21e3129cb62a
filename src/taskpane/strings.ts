// Every text the task pane shows, in Thai (one place to review the wording).
import type { RunStep } from "./host";

export const T = {
  appTitle: "วิเคราะห์ ITA และจัดทำมาตรการ",
  appSubtitleExcel: "อ่านคะแนน ITA จากสมุดงานนี้ แล้วสร้างแผ่นงานผลการวิเคราะห์และมาตรการ (o42)",
  appSubtitlePreview: "โหมดทดลองในเบราว์เซอร์: เลือกไฟล์ Excel ที่มีคะแนน ITA แล้วดาวน์โหลดไฟล์ใหม่ที่มีผลการวิเคราะห์",
  starting: "กำลังเริ่มต้น…",
  scanning: "กำลังตรวจสมุดงาน…",

  // Browser preview: choosing a file.
  pickTitle: "เลือกไฟล์คะแนน ITA",
  pickHint: "ไฟล์ .xlsx ที่เก็บคะแนนรายข้อ (i1, e1, o1 …) หรือคะแนนรายตัวชี้วัด ไฟล์ของคุณจะไม่ถูกส่งออกจากเครื่องนี้",
  pickButton: "เลือกไฟล์ .xlsx",
  pickSteps: [
    "เลือกไฟล์ Excel ที่เก็บคะแนน ITA",
    "ตรวจสิ่งที่พบและปัญหาของข้อมูล ปรับการตั้งค่าถ้าต้องการ",
    "กด “วิเคราะห์และสร้างไฟล์ใหม่” แล้วดาวน์โหลดไฟล์ที่มีแผ่นงานสรุปผล วิเคราะห์รายประเด็น และมาตรการ",
  ],
  pickAnother: "เลือกไฟล์อื่น",
  fileLabel: (name: string) => `ไฟล์: ${name}`,
  overviewWritten: (agencies: number, failed: number) =>
    `ดาวน์โหลดสมุดงานภาพรวม ${agencies} หน่วยงานแล้ว${failed ? ` (ไฟล์ที่วิเคราะห์ไม่ได้ ${failed} ไฟล์: ดูสาเหตุในชีต “ไฟล์ที่วิเคราะห์ไม่ได้”)` : ""}: เลือกหลายไฟล์อีกครั้งเพื่อทำภาพรวมใหม่ หรือเลือกไฟล์เดียวเพื่อดูผลของหน่วยงานนั้น`,
  readError: (msg: string) => `อ่านไฟล์นี้ไม่ได้ ต้องเป็นไฟล์ Excel (.xlsx): ${msg}`,

  // What was found.
  foundTitle: "สิ่งที่พบในสมุดงาน",
  foundTables: (n: number) => `พบตารางคะแนน ITA ${n} ตาราง`,
  tableKind: { items: "คะแนนรายข้อ", summary: "คะแนนรายตัวชี้วัด/เครื่องมือ" } as Record<string, string>,
  tableLine: (sheet: string, range: string, kind: string, rows: number) => `แผ่นงาน “${sheet}” ช่วง ${range}: ${kind} ${rows} แถว`,
  tableYears: (years: string) => `ปี ${years}`,
  yearLine: (year: number) => `ปีที่วิเคราะห์: ${year}`,
  yearUnknown: "ปีที่วิเคราะห์: ยังไม่ทราบ (ระบุปีที่ประเมินในการตั้งค่า)",
  yearsFound: (years: string) => `(พบข้อมูลปี ${years})`,
  frameworkLine: (label: string) => `กรอบการประเมิน: ${label}`,
  provisional: "รายการ OIT ของกรอบนี้ยังไม่ยืนยัน",
  itemsLine: (scored: number, total: number) => `มีคะแนน ${scored} ข้อ จากทั้งหมด ${total} ข้อ`,
  missingLine: (n: number) => `ไม่มีคะแนน ${n} ข้อ (ไม่นำมาคำนวณ ไม่นับเป็นศูนย์):`,
  agencyLine: (name: string) => `หน่วยงาน: ${name}`,
  previousRun: (names: string) => `แผ่นงานจากการวิเคราะห์ครั้งก่อน: ${names} (จะถูกแทนที่ ข้อความที่เจ้าหน้าที่แก้ไขในแผ่นงานมาตรการจะถูกเก็บไว้)`,

  // Nothing found.
  nothingTitle: "ไม่พบข้อมูลคะแนน ITA ในสมุดงานนี้",
  nothingBody:
    "ใส่คะแนนในแผ่นงานใดก็ได้ เช่น ตารางที่มีคอลัมน์รหัสข้อ (i1, e1, o1 หรือ “ข้อ i1”) และคอลัมน์คะแนน หรือตารางคะแนนรายตัวชี้วัด (ตัวชี้วัดที่ 1 … 10) พร้อมชื่อปีงบประมาณในหัวตาราง แล้วกด “ตรวจอีกครั้ง”",
  rescan: "ตรวจอีกครั้ง",

  // Problems.
  problemsTitle: (n: number) => `พบปัญหาในข้อมูลที่ต้องแก้ก่อน ${n} รายการ`,
  problemsBody: "แก้ไขเซลล์ที่ระบุ (คลิกเพื่อไปที่เซลล์) แล้วกด “ตรวจอีกครั้ง” ยังไม่มีการเขียนสิ่งใดลงสมุดงาน",
  problemsBodyPreview: "แก้ไขเซลล์ที่ระบุในไฟล์ด้วย Excel แล้วเลือกไฟล์อีกครั้ง",
  warningsTitle: (n: number) => `ข้อสังเกต ${n} รายการ (ไม่ขัดขวางการวิเคราะห์)`,
  goToCell: (cell: string) => `ไปที่เซลล์ ${cell}`,
  showAll: (n: number) => `แสดงทั้งหมด (${n})`,
  showLess: "แสดงน้อยลง",

  // Settings.
  settingsTitle: "การตั้งค่า",
  settingsMore: "ตั้งค่าเพิ่มเติม",
  settingsLess: "ซ่อนการตั้งค่าเพิ่มเติม",
  agency: "ชื่อหน่วยงาน",
  agencyHint: "เว้นว่างเพื่อใช้ชื่อจากหัวตารางในสมุดงาน",
  year: "ปีที่ประเมิน (พ.ศ.)",
  framework: "กรอบการประเมิน",
  auto: (value: string) => `อัตโนมัติ (${value})`,
  autoNone: "อัตโนมัติ",
  autoFramework: (id: string) => `อัตโนมัติ (กรอบปี ${id})`,
  mode: "วิธีจัดกลุ่มข้อที่ต้องพัฒนา",
  modeThreshold: "ตามเกณฑ์คะแนน",
  modeLowest: "ข้อที่คะแนนต่ำสุดในแต่ละประเด็น",
  urgentBelow: "“แก้ไขโดยเร่งด่วน” เมื่อคะแนนต่ำกว่า",
  improveBelow: "“พัฒนาให้ดีขึ้น” เมื่อคะแนนต่ำกว่า",
  lowestPerIssue: "จำนวนข้อคะแนนต่ำสุดต่อประเด็น",
  digits: "ตัวเลขในแผ่นงานที่สร้าง",
  digitsThai: "เลขไทย (๑๒๓)",
  digitsArabic: "เลขอารบิก (123)",
  fiscalYear: "ปีงบประมาณของมาตรการ (พ.ศ.)",
  fiscalYearHint: (y: number) => `เว้นว่าง = ${y}`,

  // Running.
  runExcel: "วิเคราะห์และสร้างแผ่นงาน",
  runPreview: "วิเคราะห์และสร้างไฟล์ใหม่",
  runHintExcel: "สร้างแผ่นงานใหม่: สรุปผล วิเคราะห์รายประเด็น มาตรการ คลังมาตรการ และปัญหาข้อมูล ข้อมูลเดิมของคุณจะไม่ถูกแก้ไข",
  runHintPreview: "สร้างไฟล์ใหม่ที่มีแผ่นงานเดิมของคุณและแผ่นงานผลการวิเคราะห์ ไฟล์ต้นฉบับไม่ถูกแก้ไข",
  step: {
    read: "กำลังอ่านข้อมูลจากสมุดงาน…",
    analyze: "กำลังวิเคราะห์คะแนน…",
    write: "กำลังเขียนแผ่นงาน…",
    save: "กำลังบันทึกการตั้งค่า…",
  } satisfies Record<RunStep, string>,

  // Done.
  doneTitle: "วิเคราะห์เสร็จแล้ว",
  overall: "คะแนนรวม ITA",
  noOverall: "ยังคำนวณคะแนนรวมไม่ได้ (ข้อมูลไม่ครบ)",
  level: "ระดับผลการประเมิน",
  tools: "คะแนนรายเครื่องมือ",
  issuesTitle: "จำนวนข้อที่ต้องพัฒนาในแต่ละประเด็น",
  issueColumn: "ประเด็น",
  urgent: "เร่งด่วน",
  improve: "พัฒนา",
  measuresCount: (n: number, fy: number) => `มาตรการ ${n} รายการ สำหรับปีงบประมาณ พ.ศ. ${fy}`,
  sheetsTitle: "แผ่นงานที่สร้าง",
  sheetsTitlePreview: "แผ่นงานในไฟล์ใหม่",
  openSheet: (name: string) => `เปิดแผ่นงาน ${name}`,
  carried: (n: number) => `นำข้อความที่เจ้าหน้าที่แก้ไขไว้ ${n} ช่องมาใส่ในแผ่นงานมาตรการใหม่แล้ว`,
  keptCopy: (name: string) => `มีการแก้ไขที่นำมาใส่แผ่นงานใหม่ไม่ได้ จึงเก็บแผ่นงานมาตรการเดิมไว้ในชื่อ “${name}”`,
  download: "ดาวน์โหลดไฟล์ผลการวิเคราะห์",
  downloadHint: (name: string) => `ไฟล์ ${name}`,
  again: "วิเคราะห์อีกครั้ง",
  shareNote: "แผ่นงานที่สร้างเป็นข้อมูลธรรมดา เพื่อนร่วมงานเปิดดู แก้ไข และพิมพ์ได้โดยไม่ต้องติดตั้ง add-in",

  // Errors.
  errorTitle: "เกิดข้อผิดพลาด",
  errorBody: "ไม่ได้เขียนสิ่งใดลงสมุดงาน (แผ่นงานที่เขียนค้างไว้ถูกลบออกแล้ว)",
  errorBodyLeftovers: (prefix: string) => `แผ่นงานเดิมไม่ถูกแก้ไข แต่ลบแผ่นงานชั่วคราวที่เขียนค้างไว้ไม่ได้ ให้ลบแผ่นงานที่ชื่อขึ้นต้นด้วย “${prefix}” แล้วลองอีกครั้ง`,
  errorScan: "อ่านสมุดงานไม่สำเร็จ",
  errorAnalyze: "วิเคราะห์ข้อมูลไม่สำเร็จ (ข้อผิดพลาดของโปรแกรม ไม่ใช่ของข้อมูล) แจ้งผู้ดูแลพร้อมข้อความด้านล่าง",
  recalcFailed: (msg: string) => `Excel ยังไม่ได้คำนวณสูตร ITA.* ใหม่ตามปีของสมุดงาน กด Ctrl+Alt+F9 เพื่อคำนวณใหม่ (${msg})`,
  retry: "ลองอีกครั้ง",
  invalidRun: "ข้อมูลในสมุดงานเปลี่ยนไปและมีข้อผิดพลาด จึงยังไม่ได้เขียนแผ่นงาน",
  settingsInvalid: "แก้ไขการตั้งค่าให้ถูกต้องก่อน",
} as const;

/** A list of years or codes in Thai reading order: "2566, 2567". */
export function joinList(values: (string | number)[], max = 30): string {
  const shown = values.slice(0, max).join(", ");
  return values.length > max ? `${shown} และอีก ${values.length - max} รายการ` : shown;
}

/** 93.5 → "93.50". */
export function score2(n: number | undefined | null): string {
  return n === undefined || n === null ? "–" : n.toFixed(2);
}
