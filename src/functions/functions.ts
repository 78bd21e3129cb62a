// The ITA.* custom functions (namespace ITA in the manifest). Thin adapters: argument coercion →
// src/core → error mapping. custom-functions-metadata-plugin reads the JSDoc below to write
// functions.json and appends the CustomFunctions.associate calls at build time: do not add them here.
// No Excel API calls, no network, not volatile; the workbook's settings come from ./context.

// First: a stand-in CustomFunctions where Excel's runtime is absent (the page in a plain browser).
import "./runtime";
import {
  canonicalCode,
  classifyScore,
  type CodeLookup,
  findCode,
  findItem,
  type Framework,
  frameworkById,
  latestFramework,
  lookupInFramework,
  ratingLevel,
  resolveFramework,
  STATUS_LABEL,
} from "../core";
import { getContext } from "./context";
import { choiceArg, requiredScore, scoreArg, yearArg } from "./coerce";
import { invalidValue, notAvailable } from "./errors";
import { guarded, memoized } from "./memo";
import { progressFigure } from "./progress";
import { readScoreRanges, scoreFigure, scoreTarget } from "./score";

interface Resolved {
  framework: Framework;
  /** The year the formula or the workbook gives; undefined when neither does. */
  asked: number | undefined;
  /** The year whose rules apply (asked, else the framework's own year). */
  year: number;
}

/** The framework of a year argument; blank → the workbook's year/framework, else the latest framework. */
function frameworkOf(yearValue: unknown): Resolved {
  const ctx = getContext();
  const given = yearArg(yearValue);
  if (given === undefined && ctx.frameworkId) {
    const framework = frameworkById(ctx.catalog, ctx.frameworkId);
    if (!framework) throw invalidValue(`ไม่รู้จักกรอบการประเมิน ${ctx.frameworkId} ที่ตั้งไว้ในสมุดงาน (unknown framework in the workbook settings)`);
    return { framework, asked: ctx.year, year: ctx.year ?? Number(framework.id) };
  }
  const asked = given ?? ctx.year;
  const framework = resolveFramework(asked, ctx.catalog);
  return { framework, asked, year: asked ?? Number(framework.id) };
}

function lookup(code: unknown, yearValue: unknown): CodeLookup {
  const ctx = getContext();
  const { framework, asked } = frameworkOf(yearValue);
  return lookupInFramework(code, framework, asked, ctx.catalog, ctx.library);
}

type IssueFormat = "title" | "number" | "all" | "allNumbers";
const ISSUE_FORMATS: Record<string, IssueFormat> = {
  title: "title",
  ชื่อ: "title",
  number: "number",
  เลข: "number",
  all: "all",
  ทั้งหมด: "all",
  "all number": "allNumbers",
  "all numbers": "allNumbers",
  numbers: "allNumbers",
  เลขทั้งหมด: "allNumbers",
};

/**
 * ประเด็นที่ข้อคำถามหรือรายการ OIT สังกัด: ชื่อประเด็น (ค่าเริ่มต้น) หรือเลขประเด็น; ข้อที่อยู่สองประเด็นให้ประเด็นแรกตามลำดับในแคตตาล็อก (the issue an item belongs to).
 * @customfunction ISSUE
 * @param code รหัสข้อ เช่น "e13", "ข้อ i๑๐", "๐๑๘" (item code)
 * @param year ปี พ.ศ. ของผลการประเมิน เช่น 2566; เว้นว่าง = ปีที่ตั้งไว้ในสมุดงาน หรือกรอบล่าสุด (BE year, optional)
 * @param format "number" = เลขประเด็น; "all" = ชื่อทุกประเด็นคั่นด้วย "; "; "all number" = เลขทุกประเด็นคั่นด้วย ", " (optional)
 * @returns ชื่อหรือเลขประเด็น (issue title or number)
 */
export function issue(code: string, year?: unknown, format?: string): string | number {
  return memoized("ISSUE", code, year, format, () => {
    const f = choiceArg(format, "รูปแบบ", ISSUE_FORMATS, ["number", "all", "all number"]) ?? "title";
    const found = lookup(code, year);
    switch (f) {
      case "title":
        return found.issue.title;
      case "number":
        return found.issue.number;
      case "all":
        return found.issues.map((i) => i.title).join("; ");
      case "allNumbers":
        return found.issues.map((i) => i.number).join(", ");
    }
  });
}

/**
 * ข้อความข้อคำถาม (IIT/EIT) หรือชื่อรายการ OIT; ข้อที่ยังไม่ทราบข้อความ (รายการชั่วคราว) ให้ #N/A (question text or OIT item title).
 * @customfunction QUESTION
 * @param code รหัสข้อ เช่น "i1", "o9" (item code)
 * @param year ปี พ.ศ. ของผลการประเมิน; เว้นว่าง = ปีที่ตั้งไว้ในสมุดงาน หรือกรอบล่าสุด (BE year, optional)
 * @returns ข้อความข้อคำถามหรือชื่อรายการ (question text)
 */
export function question(code: string, year?: unknown): string {
  return memoized("QUESTION", code, year, null, () => {
    const found = lookup(code, year);
    if (found.question === null)
      throw notAvailable(
        `ยังไม่ทราบข้อความของข้อ ${found.code} ในกรอบการประเมินปี ${found.framework} (ข้อมูลชั่วคราว เติมได้ในชีตแคตตาล็อก; text not yet known)`,
      );
    return found.question;
  });
}

type IndicatorFormat = "full" | "number" | "name" | "sub";
const INDICATOR_FORMATS: Record<string, IndicatorFormat> = {
  full: "full",
  number: "number",
  เลข: "number",
  name: "name",
  ชื่อ: "name",
  sub: "sub",
  ย่อย: "sub",
};

/**
 * ตัวชี้วัดของข้อ เช่น "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล"; "number" = เลขตัวชี้วัด; "name" = ชื่อ; "sub" = ตัวชี้วัดย่อยของรายการ OIT เช่น "9.2 การบริหารงาน" (the item's indicator).
 * @customfunction INDICATOR
 * @param code รหัสข้อ เช่น "o14" (item code)
 * @param year ปี พ.ศ. ของผลการประเมิน; เว้นว่าง = ปีที่ตั้งไว้ในสมุดงาน หรือกรอบล่าสุด (BE year, optional)
 * @param format "number", "name" หรือ "sub" (optional)
 * @returns ตัวชี้วัดหรือตัวชี้วัดย่อย (indicator)
 */
export function indicator(code: string, year?: unknown, format?: string): string | number {
  return memoized("INDICATOR", code, year, format, () => {
    const f = choiceArg(format, "รูปแบบ", INDICATOR_FORMATS, ["number", "name", "sub"]) ?? "full";
    const found = lookup(code, year);
    switch (f) {
      case "full":
        return `ตัวชี้วัดที่ ${found.indicator.number} ${found.indicator.name}`;
      case "number":
        return found.indicator.number;
      case "name":
        return found.indicator.name;
      case "sub":
        if (!found.subIndicator)
          throw notAvailable(`ข้อ ${found.code} (${found.tool}) ไม่มีตัวชี้วัดย่อย: มีเฉพาะรายการ OIT (only OIT items have sub-indicators)`);
        return `${found.subIndicator.id} ${found.subIndicator.name}`.trim();
    }
  });
}

/**
 * เครื่องมือการประเมินของข้อ: IIT, EIT หรือ OIT (the assessment tool).
 * @customfunction TOOL
 * @param code รหัสข้อ เช่น "e3" (item code)
 * @returns IIT, EIT หรือ OIT
 */
export function tool(code: string): string {
  return memoized("TOOL", code, null, null, () => {
    const { catalog } = getContext();
    const canonical = canonicalCode(code);
    for (const fw of catalog.frameworks) {
      const item = findItem(fw, canonical);
      if (item) return item.tool;
    }
    return findCode(canonical, latestFramework(catalog), catalog).tool;
  });
}

/**
 * รหัสข้อในรูปมาตรฐานจากการเขียนแบบต่าง ๆ เช่น "๐๑๘" → o18, "ข้อ i๑๐" → i10; ไม่ใช่รหัสข้อ = #N/A (canonical code).
 * @customfunction NORMALIZE
 * @param text ข้อความที่ขึ้นต้นด้วยรหัสข้อ (text starting with a code)
 * @returns รหัสข้อ เช่น i10 (canonical code)
 */
export function normalize(text: string): string {
  return memoized("NORMALIZE", text, null, null, () => canonicalCode(text));
}

/**
 * สถานะของข้อตามคะแนน ด้วยเกณฑ์เดียวกับการวิเคราะห์: แก้ไขโดยเร่งด่วน / พัฒนาให้ดีขึ้น / รักษามาตรฐาน (item status).
 * @customfunction STATUS
 * @param code รหัสข้อ เช่น "i5" (item code)
 * @param score คะแนนของข้อ 0–100 (item score)
 * @param year ปี พ.ศ. ของผลการประเมิน; เว้นว่าง = ปีที่ตั้งไว้ในสมุดงาน หรือกรอบล่าสุด (BE year, optional)
 * @returns สถานะ (status)
 */
export function status(code: string, score: unknown, year?: unknown): string {
  return memoized("STATUS", code, score, year, () => {
    const ctx = getContext();
    const item = findCode(code, frameworkOf(year).framework, ctx.catalog);
    const value = requiredScore(score, `คะแนนข้อ ${item.code}`);
    return STATUS_LABEL[classifyScore(item, value, ctx.classification)];
  });
}

/**
 * ระดับผลการประเมินตามเกณฑ์ของปีนั้น: ผ่านดีเยี่ยม / ผ่านดี / ผ่าน / ไม่ผ่าน (ปี 2563–2565: AA–F) (rating level).
 * @customfunction LEVEL
 * @param overall คะแนนรวม ITA (overall score)
 * @param iit คะแนน IIT (optional)
 * @param eit คะแนน EIT (optional)
 * @param oit คะแนน OIT (optional)
 * @param year ปี พ.ศ. ของผลการประเมิน; เว้นว่าง = ปีที่ตั้งไว้ในสมุดงาน หรือกรอบล่าสุด (BE year, optional)
 * @returns ระดับผลการประเมิน (level)
 */
export function level(overall: unknown, iit?: unknown, eit?: unknown, oit?: unknown, year?: unknown): string {
  return guarded(() => {
    const y = frameworkOf(year).year;
    const score = requiredScore(overall, "คะแนนรวม ITA");
    const tools = [scoreArg(iit, "คะแนน IIT"), scoreArg(eit, "คะแนน EIT"), scoreArg(oit, "คะแนน OIT")];
    return ratingLevel(score, y, tools);
  });
}

/**
 * คะแนนที่คำนวณจากคะแนนรายข้อในสองช่วง: คะแนนรวม (ค่าเริ่มต้น), เครื่องมือ ("IIT"), ตัวชี้วัด ("9"), ตัวชี้วัดย่อย ("9.2") หรือระดับ ("level"); ทศนิยม 2 ตำแหน่ง (score from question scores).
 * @customfunction SCORE
 * @param codes ช่วงรหัสข้อ (range of item codes)
 * @param scores ช่วงคะแนนรายข้อ ขนาดเท่ากับช่วงรหัสข้อ; ช่องว่างไม่นับ (range of scores, same size)
 * @param what "overall", "IIT", "EIT", "OIT", เลขตัวชี้วัด 1–10, ตัวชี้วัดย่อย เช่น "9.2" หรือ "level" (optional)
 * @param year ปี พ.ศ. ของผลการประเมิน; เว้นว่าง = ปีที่ตั้งไว้ในสมุดงาน หรือกรอบล่าสุด (BE year, optional)
 * @returns คะแนนหรือระดับ (score or level)
 */
export function score(codes: string[][], scores: unknown[][], what?: unknown, year?: unknown): number | string {
  return guarded(() => {
    const { framework, year: y } = frameworkOf(year);
    const target = scoreTarget(what, framework);
    const items = readScoreRanges(codes, scores, framework, getContext().catalog);
    return scoreFigure(framework, y, items, target);
  });
}

/**
 * มาตรการที่คลังมาตรการเสนอสำหรับข้อ (ชีตคลังมาตรการในสมุดงานก่อน แล้วจึงคลังในตัว) (proposed measure).
 * @customfunction MEASURE
 * @param code รหัสข้อ เช่น "i1" (item code)
 * @param year ปี พ.ศ. ของผลการประเมิน; เว้นว่าง = ปีที่ตั้งไว้ในสมุดงาน หรือกรอบล่าสุด (BE year, optional)
 * @returns มาตรการ (measure)
 */
export function measure(code: string, year?: unknown): string {
  return memoized("MEASURE", code, year, null, () => {
    const found = lookup(code, year);
    if (!found.measure)
      throw notAvailable(`ไม่มีมาตรการในคลังมาตรการสำหรับข้อ ${found.code} กรอบปี ${found.framework} (no measure in the library)`);
    return found.measure.measure;
  });
}

/**
 * ร้อยละความก้าวหน้าของมาตรการจากช่วงสถานะ (ยังไม่เริ่ม / กำลังดำเนินการ / ดำเนินการแล้ว / ยกเลิก) และช่วงร้อยละความก้าวหน้า ด้วยเกณฑ์เดียวกับรายงาน o43; ไม่นับมาตรการที่ยกเลิก; ทศนิยม 2 ตำแหน่ง (overall progress of the measures).
 * @customfunction PROGRESS
 * @param statuses ช่วงสถานะของมาตรการ; ช่องว่าง = ยังไม่รายงาน; แถวว่างท้ายช่วงไม่นับ (range of status words)
 * @param percents ช่วงร้อยละความก้าวหน้า 0–100 ขนาดเท่ากับช่วงสถานะ; ช่องว่างอ่านจากสถานะ (range of percents, same size, optional)
 * @returns ร้อยละความก้าวหน้า 0–100 (percent done)
 */
export function progress(statuses: unknown[][], percents?: unknown[][]): number {
  return guarded(() => progressFigure(statuses, percents));
}
