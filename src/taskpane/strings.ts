// Every text the task pane shows, in Thai (one place to review the wording).
import { format2 } from "../core";
import type { RunStep } from "./host";

export const T = {
  appTitle: "วิเคราะห์ ITA และจัดทำมาตรการ",
  appTitlePreview: "วิเคราะห์ ITA (ทดลอง)",
  help: "วิธีใช้",
  helpLabel: "วิธีใช้ (เปิดในหน้าต่างใหม่)",
  starting: "กำลังเริ่มต้น…",
  scanning: "กำลังตรวจสมุดงาน…",

  // Browser preview: choosing a file.
  pickTitle: "เลือกไฟล์คะแนน ITA",
  pickHint: "ไฟล์ .xlsx (หรือ .csv) ที่เก็บคะแนนรายข้อ (i1, e1, o1 …) หรือคะแนนรายตัวชี้วัด ไฟล์ของคุณจะไม่ถูกส่งออกจากเครื่องนี้",
  pickButton: "เลือกไฟล์ .xlsx",
  pickSteps: [
    "เลือกไฟล์ Excel ที่เก็บคะแนน ITA",
    "ตรวจสิ่งที่พบและปัญหาของข้อมูล ปรับการตั้งค่าถ้าต้องการ",
    "กด “วิเคราะห์และสร้างไฟล์ใหม่” แล้วดาวน์โหลดไฟล์ที่มีแผ่นงานสรุปผล วิเคราะห์รายประเด็น และมาตรการ",
  ],
  pickAnother: "เลือกไฟล์อื่น",
  fileLabel: (name: string) => `ไฟล์: ${name}`,
  readErrorTitle: "เปิดไฟล์นี้ไม่ได้",

  // Browser preview: several files picked at once, the overview of their agencies (as ita batch --overview).
  overviewHint: "เลือกหลายไฟล์พร้อมกัน (ไฟล์ละหนึ่งหน่วยงาน) เพื่อดาวน์โหลดสมุดงานภาพรวมของทุกหน่วยงาน",
  overviewBuilding: (files: number) => `กำลังทำสมุดงานภาพรวมจาก ${files} ไฟล์…`,
  overviewTitle: "สมุดงานภาพรวมหลายหน่วยงาน",
  overviewFailedTitle: "ทำสมุดงานภาพรวมไม่สำเร็จ",
  overviewWritten: (agencies: number, failed: number) =>
    `ดาวน์โหลดสมุดงานภาพรวม ${agencies} หน่วยงานแล้ว${failed ? ` (ไฟล์ที่วิเคราะห์ไม่ได้ ${failed} ไฟล์: ดูสาเหตุในชีต “ไฟล์ที่วิเคราะห์ไม่ได้”)` : ""}: เลือกหลายไฟล์อีกครั้งเพื่อทำภาพรวมใหม่ หรือเลือกไฟล์เดียวเพื่อดูผลของหน่วยงานนั้น`,

  // What was found.
  foundTitle: "สิ่งที่พบในสมุดงาน",
  foundTables: (n: number) => `พบตารางคะแนน ITA ${n} ตาราง`,
  tableKind: { items: "คะแนนรายข้อ", summary: "คะแนนรายตัวชี้วัด/เครื่องมือ" } as Record<string, string>,
  tableLine: (sheet: string, range: string, kind: string, rows: number) => `แผ่นงาน “${sheet}” ช่วง ${range}: ${kind} ${rows} แถว`,
  tableYears: (years: string) => `ปี ${years}`,
  yearLine: (year: number) => `ปีที่วิเคราะห์: ${year}`,
  yearUnknown: "ปีที่วิเคราะห์: ยังไม่ทราบ (เลือกปีที่ประเมินในการตั้งค่า)",
  yearsFound: (years: string) => `(พบข้อมูลปี ${years})`,
  frameworkLine: (label: string) => `กรอบการประเมิน: ${label}`,
  provisional: "รายการ OIT ของกรอบนี้ยังไม่ยืนยัน",
  itemsLine: (scored: number, total: number) => `มีคะแนน ${scored} ข้อ จากทั้งหมด ${total} ข้อ`,
  missingLine: (n: number) => `ไม่มีคะแนน ${n} ข้อ (ไม่นำมาคำนวณ ไม่นับเป็นศูนย์):`,
  agencyLine: (name: string) => `หน่วยงาน: ${name}`,
  previousRun: (names: string) =>
    `แผ่นงานจากการวิเคราะห์ครั้งก่อน: ${names} (จะถูกแทนที่ สิ่งที่เจ้าหน้าที่พิมพ์หรือแก้ไขในแผ่นงานเหล่านี้จะถูกเก็บไว้: นำไปใส่ในแผ่นงานใหม่ หรือเก็บแผ่นงานเดิมไว้เป็นสำเนาพร้อมวันที่)`,

  // Nothing found.
  nothingTitle: "ไม่พบข้อมูลคะแนน ITA ในสมุดงานนี้",
  nothingLayout:
    "ใส่คะแนนในแผ่นงานใดก็ได้ เช่น ตารางที่มีคอลัมน์รหัสข้อ (i1, e1, o1 หรือ “ข้อ i1”) และคอลัมน์คะแนน หรือตารางคะแนนรายตัวชี้วัด (ตัวชี้วัดที่ 1 … 10) พร้อมปีงบประมาณในหัวตาราง",
  nothingThenExcel: "แล้วกด “ตรวจอีกครั้ง”",
  nothingThenPreview: "บันทึกไฟล์ใน Excel แล้วกด “เลือกไฟล์อื่น” เพื่อเลือกไฟล์อีกครั้ง",
  rescan: "ตรวจอีกครั้ง",

  // The score-entry sheet for an empty workbook.
  templateTitle: "เพิ่มแผ่นงานกรอกคะแนน",
  templateBody: "ยังไม่มีตารางคะแนน? เพิ่มแผ่นงานที่มีรหัสข้อและข้อคำถามครบทุกข้อของกรอบการประเมิน แล้วกรอกเฉพาะคะแนนในช่องสีเหลือง",
  templateYear: "ปีที่ประเมิน (พ.ศ.)",
  templateYearOption: (year: number, frameworkId: string) => (String(year) === frameworkId ? `${year}` : `${year} (กรอบปี ${frameworkId})`),
  templateButton: "เพิ่มแผ่นงานกรอกคะแนน",
  templateAdding: "กำลังเพิ่มแผ่นงาน…",
  templateAdded: (name: string) => `เพิ่มแผ่นงาน “${name}” แล้ว: กรอกคะแนนในช่องสีเหลือง (เว้นว่างข้อที่ไม่มีคะแนน) แล้วกด “ตรวจอีกครั้ง”`,
  templateProvisional: "รายการ OIT ของกรอบนี้ยังไม่ยืนยัน ตรวจรหัสกับระบบ ITAS ก่อนกรอก",
  templateFailed: "เพิ่มแผ่นงานกรอกคะแนนไม่สำเร็จ",

  // Problems.
  problemsTitle: (n: number) => `พบปัญหาในข้อมูลที่ต้องแก้ก่อน ${n} รายการ`,
  problemsBody: "แก้ไขเซลล์ที่ระบุ (คลิกที่เซลล์เพื่อไปที่เซลล์นั้น) แล้วกด “ตรวจอีกครั้ง” ยังไม่มีการเขียนสิ่งใดลงสมุดงาน",
  problemsBodyPreview: "แก้ไขเซลล์ที่ระบุในไฟล์ด้วย Excel บันทึกไฟล์ แล้วกด “เลือกไฟล์อื่น” เพื่อเลือกไฟล์อีกครั้ง",
  warningsTitle: (n: number) => `ข้อสังเกต ${n} รายการ (ไม่ขัดขวางการวิเคราะห์)`,
  goToCell: (cell: string) => `ไปที่เซลล์ ${cell}`,
  cellGone: (cell: string) => `ไม่พบเซลล์ ${cell} ในสมุดงานแล้ว (แผ่นงานอาจถูกเปลี่ยนชื่อหรือลบ): กด “ตรวจอีกครั้ง” เพื่อตรวจสมุดงานใหม่`,
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
  frameworkOption: (id: string) => `กรอบปี ${id}`,
  autoFramework: (id: string) => `อัตโนมัติ (กรอบปี ${id})`,
  frameworkHint: (label: string) => `ใช้: ${label}`,
  mode: "วิธีจัดกลุ่มข้อที่ต้องพัฒนา",
  modeThreshold: "ตามเกณฑ์คะแนน",
  modeLowest: "ข้อที่คะแนนต่ำสุดในแต่ละประเด็น",
  urgentBelow: "“แก้ไขโดยเร่งด่วน” เมื่อคะแนนต่ำกว่า",
  improveBelow: "“พัฒนาให้ดีขึ้น” เมื่อคะแนนต่ำกว่า",
  lowestPerIssue: "จำนวนข้อคะแนนต่ำสุดต่อประเด็น",
  digits: "ตัวเลขในแผ่นงานและเอกสารที่สร้าง",
  digitsThai: "เลขไทย (๑๒๓)",
  digitsArabic: "เลขอารบิก (123)",
  fiscalYear: "ปีงบประมาณของมาตรการ (พ.ศ.)",
  agencyType: "ประเภทหน่วยงาน",
  agencyTypeHint: "ใช้เลือกชื่อส่วนราชการที่รับผิดชอบมาตรการ (ไม่ทราบ = ชื่อทั่วไป)",
  agencyTypeAuto: (label: string) => `อัตโนมัติ (${label} ตามชื่อ)`,
  agencyTypeUnknown: "อัตโนมัติ (ไม่ทราบ)",
  fiscalYearHint: (y: number) => `เว้นว่าง = ${y}`,

  // Running.
  runExcel: "วิเคราะห์และสร้างแผ่นงาน",
  runPreview: "วิเคราะห์และสร้างไฟล์ใหม่",
  runHintExcel: "สร้างแผ่นงานใหม่: สรุปผล วิเคราะห์รายประเด็น มาตรการ ข้อจำกัด (ครั้งแรกเท่านั้น) คลังมาตรการ และปัญหาข้อมูล ข้อมูลเดิมของคุณจะไม่ถูกแก้ไข",
  runHintPreview: "สร้างไฟล์ใหม่ที่มีแผ่นงานเดิมของคุณและแผ่นงานผลการวิเคราะห์ ไฟล์ต้นฉบับไม่ถูกแก้ไข",
  runBlockedErrors: (n: number) => `ยังวิเคราะห์ไม่ได้: แก้ปัญหาในข้อมูล ${n} รายการด้านบนก่อน`,
  runBlockedSettings: "ยังวิเคราะห์ไม่ได้: แก้การตั้งค่าที่มีเครื่องหมายสีแดงก่อน",
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
  sourceOfficial: "ตามคะแนนที่กรอกไว้ในสมุดงาน",
  sourceComputed: "คำนวณจากคะแนนในสมุดงาน",
  provisionalFigure: "รายการ OIT ยังไม่ยืนยัน",
  provisionalNote: (note: string) => `หมายเหตุ: ${note}`,
  level: "ระดับผลการประเมิน",
  levelStated: (cell: string) => `ระดับตามที่กรอกไว้ในสมุดงาน (${cell})`,
  levelComputed: (level: string) => `ระดับที่ได้จากคะแนน: ${level}`,
  levelProvisional: "ระดับชั่วคราว (รายการ OIT ยังไม่ยืนยัน)",
  tools: "คะแนนรายเครื่องมือ",
  issuesTitle: "จำนวนข้อที่ต้องพัฒนาในแต่ละประเด็น",
  issueColumn: "ประเด็น",
  urgent: "เร่งด่วน",
  improve: "พัฒนา",
  indicatorLevelCounted: "ประเด็นที่ไม่มีคะแนนรายข้อ นับตัวชี้วัดที่ต้องพัฒนาแทน",
  measuresCount: (n: number, fy: number) => `มาตรการ ${n} รายการ สำหรับปีงบประมาณ พ.ศ. ${fy}`,
  sheetsTitle: "แผ่นงานที่สร้าง",
  sheetsTitlePreview: "แผ่นงานในไฟล์ใหม่",
  openSheet: (name: string) => `เปิดแผ่นงาน ${name}`,
  carried: (n: number) => `นำสิ่งที่เจ้าหน้าที่พิมพ์หรือแก้ไขไว้ ${n} ช่องมาใส่ในแผ่นงานใหม่แล้ว`,
  keptCopies: (names: readonly string[]) =>
    `มีสิ่งที่เจ้าหน้าที่พิมพ์ไว้ซึ่งนำมาใส่แผ่นงานใหม่ไม่ได้ จึงเก็บแผ่นงานเดิมไว้ในชื่อ ${names.map((n) => `“${n}”`).join(", ")}`,
  actionsTitle: "ทำต่อ",
  download: "ดาวน์โหลดไฟล์ผลการวิเคราะห์",
  downloadHint: (name: string) => `ไฟล์ ${name}`,
  again: "วิเคราะห์อีกครั้ง",
  shareNote: "แผ่นงานที่สร้างเป็นข้อมูลธรรมดา เพื่อนร่วมงานเปิดดู แก้ไข และพิมพ์ได้โดยไม่ต้องติดตั้ง add-in",
  doneAnnounce: (overall: string | undefined, level: string | undefined) =>
    `วิเคราะห์เสร็จแล้ว${overall ? ` คะแนนรวม ITA ${overall}` : ""}${level ? ` ระดับ${level}` : ""}`,

  // The o42 document (Word).
  docTitle: "เอกสาร o42",
  docButton: "สร้างเอกสาร o42 (Word)",
  docHint: "จัดทำเอกสารมาตรการส่งเสริมคุณธรรมและความโปร่งใสฉบับ Word จากสมุดงานตามที่แก้ไขไว้ (แผ่นงาน ITA-มาตรการ และ ITA-ข้อจำกัด ถ้ามี)",
  docBuilding: "กำลังจัดทำเอกสาร…",
  docReady: (name: string) => `เอกสาร ${name} พร้อมแล้ว`,
  docDownloaded: (name: string) => `ดาวน์โหลดเอกสาร ${name} แล้ว`,
  docDownload: "ดาวน์โหลดเอกสาร o42",
  docNext: "เปิดไฟล์ด้วย Word แล้วตอบ “ใช่” เมื่อ Word ถามว่าจะปรับปรุงเขตข้อมูลหรือไม่ เพื่อให้สารบัญมีเลขหน้า ตรวจข้อความ แล้วเสนอผู้บริหารลงนาม",
  docDataErrors: "ข้อมูลในสมุดงานมีข้อผิดพลาด จึงยังจัดทำเอกสารไม่ได้: แก้ไขเซลล์ที่ระบุแล้วลองอีกครั้ง",
  docError: "จัดทำเอกสารไม่สำเร็จ",
  docMacTitle: "Excel for Mac ไม่ให้บานหน้าต่างนี้ดาวน์โหลดไฟล์",
  docMacBody:
    "เปิดหน้าเดียวกันนี้ในเบราว์เซอร์ (Safari หรือ Chrome) บันทึกสมุดงานนี้ไว้ก่อน แล้วเลือกไฟล์นี้ในหน้านั้นและกด “สร้างเอกสาร o42 (Word)” ไฟล์ไม่ถูกส่งออกจากเครื่อง",
  docMacOpen: "เปิดหน้านี้ในเบราว์เซอร์",
  docSettings: "เอกสาร o42",
  headName: "ชื่อผู้บริหารที่ลงนาม",
  headPosition: "ตำแหน่งของผู้บริหาร",
  headHint: "เว้นว่างเพื่อเว้นบรรทัดให้ลงชื่อด้วยมือ",
  district: "อำเภอ",
  province: "จังหวัด",
  placeHint: "เว้นว่างเพื่อใช้ชื่อจากหัวตารางในสมุดงาน",

  // Errors.
  errorTitle: "เกิดข้อผิดพลาด",
  errorBody: "ไม่ได้เขียนสิ่งใดลงสมุดงาน (แผ่นงานที่เขียนค้างไว้ถูกลบออกแล้ว)",
  errorBodyLeftovers: (prefix: string) => `แผ่นงานเดิมไม่ถูกแก้ไข แต่ลบแผ่นงานชั่วคราวที่เขียนค้างไว้ไม่ได้ ให้ลบแผ่นงานที่ชื่อขึ้นต้นด้วย “${prefix}” แล้วลองอีกครั้ง`,
  errorScan: "อ่านสมุดงานไม่สำเร็จ",
  errorAnalyze: "วิเคราะห์ข้อมูลไม่สำเร็จ (ข้อผิดพลาดของโปรแกรม ไม่ใช่ของข้อมูล): แจ้งผู้ดูแลโปรแกรมพร้อมรายละเอียดด้านล่าง",
  errorDetails: "รายละเอียดสำหรับผู้ดูแลโปรแกรม",
  recalcFailed: "Excel ยังไม่ได้คำนวณสูตร ITA.* ใหม่ตามปีของสมุดงาน: ออกจากเซลล์ที่กำลังแก้ไข (ถ้ามี) แล้วกด Ctrl+Alt+F9 เพื่อคำนวณใหม่",
  retry: "ลองอีกครั้ง",
  invalidRun: "ข้อมูลในสมุดงานเปลี่ยนไปและมีข้อผิดพลาด จึงยังไม่ได้เขียนแผ่นงาน",

  // What went wrong, in what the user should do (errors.ts picks one).
  excel: {
    cellEdit: "Excel กำลังแก้ไขเซลล์อยู่: กด Enter หรือ Esc ในเซลล์ที่กำลังพิมพ์ แล้วลองอีกครั้ง",
    protected: "สมุดงานหรือแผ่นงานถูกป้องกันไว้: ยกเลิกการป้องกัน (แท็บ รีวิว › ยกเลิกการป้องกันสมุดงาน) แล้วลองอีกครั้ง",
    tooBig: "ข้อมูลในสมุดงานมากเกินกว่าที่ Excel ส่งได้ในครั้งเดียว: ลบหรือย้ายแผ่นงานที่ไม่เกี่ยวกับคะแนน ITA ออกไปไว้ในไฟล์อื่น แล้วลองอีกครั้ง",
    busy: "Excel ไม่ว่างหรือตอบช้า: รอสักครู่ แล้วลองอีกครั้ง",
    gone: "แผ่นงานหรือเซลล์ที่ต้องใช้ถูกลบหรือเปลี่ยนชื่อระหว่างทำงาน: กด “ลองอีกครั้ง” เพื่อตรวจสมุดงานใหม่",
    general: "Excel ทำคำสั่งนี้ไม่สำเร็จ: บันทึกสมุดงาน ปิดแล้วเปิดใหม่ แล้วลองอีกครั้ง ถ้ายังไม่ได้ให้บันทึกเป็นไฟล์ .xlsx แล้วใช้หน้าทดลองในเบราว์เซอร์",
  },
  file: {
    notXlsx: "ไฟล์นี้ไม่ใช่ไฟล์ .xlsx หรือไฟล์เสียหาย: เปิดไฟล์ใน Excel แล้วบันทึกเป็น “สมุดงาน Excel (*.xlsx)” อีกครั้ง จากนั้นเลือกไฟล์ใหม่",
    unreadable: "อ่านไฟล์ไม่ได้: ปิดไฟล์นี้ในโปรแกรมอื่น (เช่น Excel) หรือคัดลอกไฟล์มาไว้ในเครื่องก่อน แล้วเลือกไฟล์อีกครั้ง",
    general: "เปิดไฟล์นี้ไม่ได้: เปิดไฟล์ใน Excel แล้วบันทึกเป็น “สมุดงาน Excel (*.xlsx)” อีกครั้ง จากนั้นเลือกไฟล์ใหม่",
  },

  // What this Excel cannot do (compat.ts), and what to use instead.
  limitsTitle: (n: number) => `สิ่งที่ Excel รุ่นนี้ทำไม่ได้ (${n} ข้อ)`,
  cannotRunTitle: "Excel รุ่นนี้ใช้ add-in วิเคราะห์ ITA ไม่ได้",
  cannotRun:
    "Excel รุ่นนี้อ่านและเขียนสมุดงานให้ add-in ไม่ได้ (ต้องเป็น Excel 2019 ขึ้นไป, Microsoft 365 หรือ Excel บนเว็บ): บันทึกสมุดงานเป็นไฟล์ .xlsx แล้วเปิดหน้าทดลองในเบราว์เซอร์ Chrome หรือ Edge หรือให้ผู้ดูแลใช้คำสั่ง ita กับไฟล์นั้น",
  previewAddress: (url: string) => `หน้าทดลองในเบราว์เซอร์: ${url}`,
  limitPrint: "ตั้งหน้ากระดาษแนวนอนและพิมพ์หัวตารางซ้ำให้ไม่ได้: ตั้งเองที่แท็บ เค้าโครงหน้ากระดาษ ก่อนพิมพ์",
  limitFormulas:
    "สูตร ITA.* ใช้ไม่ได้ใน Excel รุ่นนี้ (บานหน้าต่างวิเคราะห์ยังใช้ได้ตามปกติ): ถ้าต้องการสูตร ให้ใช้ Microsoft 365, Excel 2021 ขึ้นไป หรือ Excel บนเว็บ",
  limitPaneOnly:
    "add-in รุ่นนี้ติดตั้งแบบบานหน้าต่างอย่างเดียว สูตร ITA.* จึงใช้ไม่ได้: ถ้าต้องการสูตร ให้ติดตั้ง add-in รุ่นเต็มใน Microsoft 365, Excel 2021 ขึ้นไป หรือ Excel บนเว็บ",
  limitFollow: "บานหน้าต่างจะไม่ตรวจสมุดงานใหม่เองเมื่อเปิดขึ้นอีกครั้ง: กด “ตรวจอีกครั้ง” หลังแก้ข้อมูล",
} as const;

/** A list of years or codes in Thai reading order: "2566, 2567". */
export function joinList(values: (string | number)[], max = 30): string {
  const shown = values.slice(0, max).join(", ");
  return values.length > max ? `${shown} และอีก ${values.length - max} รายการ` : shown;
}

/** 93.5 → "93.50", with the core's rounding (the figure the sheets show). */
export function score2(n: number | undefined | null): string {
  return n === undefined || n === null ? "–" : format2(n);
}
