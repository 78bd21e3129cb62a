// The sheets say what the workbook supports (issue 14): EIT's two parts on the summary and in the
// findings, an official indicator below the bar reflected in its issue, a level from incomplete
// data carrying its caveat in the heading, OIT measures timed before the OIT check, units that fit
// the kind of agency.
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { analyze } from "../../../src/core/analyze";
import type { AnalysisResult } from "../../../src/core/analysis/result";
import { renderSheets } from "../../../src/core/render/sheets";
import { agencyTypeFromName, unitsFor } from "../../../src/core/measures/agency-type";
import { lastQuarterBeforeOit, oitTimeframeText } from "../../../src/core/measures/timeframe";
import type { CellValue, SheetCells } from "../../../src/core/types";
import { TOOL_SHORT } from "../../../src/core/vocabulary";
import { nodeCodec } from "../../../src/cli/node-codec";
import { readWorkbookFile } from "../../../src/xlsx/read";
import { SEED004_INDICATORS } from "../../fixtures/seeds";
import { result2566 } from "../render/fixture";

const EXAMPLES = path.join(__dirname, "..", "..", "..", "examples");
const example = (file: string, options = {}): AnalysisResult =>
  analyze(readWorkbookFile(new Uint8Array(readFileSync(path.join(EXAMPLES, file))), { codec: nodeCodec }).cells, options);
const sheet = (result: AnalysisResult, key: string) => renderSheets(result).find((s) => s.key === key)!;

describe("EIT in two parts", () => {
  const result = example("eit-two-parts-2566.xlsx");

  it("computes each part from the questions' parts, as the example's script did (92.76 and 75.95), without weighing them for the level", () => {
    expect(result.current.tools.EIT_PUBLIC).toMatchObject({ source: "computed" });
    expect(result.current.tools.EIT_PUBLIC!.value.toFixed(2)).toBe("92.76");
    expect(result.current.tools.EIT_SURVEY!.value.toFixed(2)).toBe("75.95");
    expect(result.current.tools.EIT!.value.toFixed(2)).toBe("84.36");
    expect(result.current.level).toBe("ผ่าน"); // EIT 84.36 < 85 lowers it; the parts are not what does
  });

  it("shows both parts on the summary sheet, under their Thai names", () => {
    const summary = sheet(result, "summary");
    const rows = summary.rows.filter((_, i) => summary.rowIds![i].startsWith("EIT_"));
    expect(rows.map((r) => [r[1], r[2]])).toEqual([
      [TOOL_SHORT.EIT_PUBLIC, 92.76],
      [TOOL_SHORT.EIT_SURVEY, 75.95],
    ]);
    expect(TOOL_SHORT.EIT_SURVEY).not.toMatch(/Survey|Public/);
  });

  it("says in the findings and the readings that the weakness is in the assessors' survey", () => {
    const e1 = result.items.find((i) => i.code === "e1")!;
    expect(e1.parts).toEqual({ public: 94.5, survey: 79.25 });
    expect(e1.finding).toContain("คะแนนต่ำที่ EIT ส่วนที่ผู้ประเมินจัดเก็บ (79.25)");
    const readings = result.issues.flatMap((i) => i.readings).filter((r) => r.includes("จุดอ่อนของประเด็นนี้อยู่ที่"));
    expect(readings.length).toBeGreaterThan(0);
    for (const r of readings) expect(r).toContain("อยู่ที่ EIT ส่วนที่ผู้ประเมินจัดเก็บ");
  });
});

describe("an official indicator below the bar", () => {
  // Seed 004's published indicators (6–8: 94.02, 90.35, 91.77) with EIT question scores that all
  // read higher (97.47 the lowest): the published figures rule, so issue 1 is not "all maintain".
  const indicatorSheet: SheetCells = {
    name: "สรุปตัวชี้วัด",
    values: [
      ["ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2566"],
      [],
      ["ตัวชี้วัดที่", "คะแนน"],
      ...Object.entries(SEED004_INDICATORS).map(([n, s]): CellValue[] => [`ตัวชี้วัดที่ ${n}`, s]),
    ],
  };
  const questions: SheetCells = {
    name: "EIT",
    values: [[null, "ข้อ", "คะแนน"], ...Array.from({ length: 15 }, (_, k): CellValue[] => [null, `e${k + 1}`, k === 0 ? 97.47 : 98.5])],
  };
  const result = analyze({ sheets: [indicatorSheet, questions] });

  it("is weak at the indicator level of its issue, with the reason and the lowest question score said", () => {
    expect(result.items.filter((i) => i.tool === "EIT").every((i) => i.status === "maintain")).toBe(true);
    const official = result.indicators.filter((a) => a.reason === "official-below-bar");
    expect(official.map((a) => [a.indicator, a.score, a.status])).toEqual([
      [6, 94.02, "improve"],
      [7, 90.35, "improve"],
      [8, 91.77, "improve"],
    ]);
    expect(official[0].finding).toContain("94.02 คะแนนตามที่ประกาศ");
    expect(official[0].finding).toContain("ต่ำสุด 97.47");
  });

  it("gets a measure instead of a keep-the-standard row, so the summary's amber and the measures sheet agree", () => {
    for (const a of result.indicators.filter((x) => x.reason === "official-below-bar")) {
      const issue = result.issues.find((i) => i.number === a.issue)!;
      expect(issue.weakIndicators).toContain(a.indicator);
      expect(result.plan.rows.some((m) => m.issue === a.issue && m.indicators.includes(a.indicator) && m.status === "improve")).toBe(true);
      expect(result.plan.rows.some((m) => m.issue === a.issue && m.status === "maintain")).toBe(false);
    }
    const issues = sheet(result, "issues");
    expect(issues.rows.some((r) => String(r[4]).startsWith("คะแนนตัวชี้วัดตามที่ประกาศต่ำกว่าเกณฑ์"))).toBe(true);
  });
});

describe("a level computed with items missing", () => {
  it("carries the caveat in the summary's heading itself", () => {
    const result = result2566({ drop: ["o4"] });
    const heading = sheet(result, "summary").heading.find((l) => l.startsWith("คะแนนรวม"))!;
    expect(heading).toContain(`ระดับที่คำนวณได้ “${result.current.level}”`);
    expect(heading).toContain("ค่าประมาณ: คำนวณโดยไม่มีคะแนน 1 จาก 88 ข้อ");
    expect(heading).toContain("ใช้คะแนนและระดับตามที่ประกาศในระบบ ITAS");
  });

  it("says nothing of the kind when every item is there", () => {
    const heading = sheet(result2566(), "summary").heading.find((l) => l.startsWith("คะแนนรวม"))!;
    expect(heading).not.toContain("ค่าประมาณ");
    expect(heading).toMatch(/^คะแนนรวม \d+\.\d\d คะแนน ระดับ “/);
  });
});

describe("measures that answer OIT items", () => {
  it("end in the last quarter before the OIT assessment closes (30 June: quarter 2)", () => {
    expect(lastQuarterBeforeOit({ day: 30, month: 6 })).toBe(2);
    expect(lastQuarterBeforeOit({ day: 31, month: 8 })).toBe(3);
    expect(oitTimeframeText("ตลอดปีงบประมาณ", 2567)).toBe(
      "ไตรมาส 1–2 ปีงบประมาณ 2567 (1 ต.ค. 2566 – 31 มี.ค. 2567) ให้เสร็จก่อนการประเมิน OIT ปิด 30 มิ.ย. 2567",
    );
    expect(oitTimeframeText("ไตรมาส 3–4", 2567)).toMatch(/^ไตรมาส 2 ปีงบประมาณ 2567 \(1 ม\.ค\. 2567 – 31 มี\.ค\. 2567\)/);
    expect(oitTimeframeText("ทุกเดือน", 2567)).toContain("ส่วนที่ตอบรายการ OIT ให้เสร็จภายใน 31 มี.ค. 2567");
  });

  it("in the plan: an OIT item at 0 is answered before 30 มิ.ย., a question keeps the fiscal year", () => {
    const result = example("sao-2566-questions.xlsx");
    const oit = result.plan.rows.filter((m) => m.codes.some((c) => c.startsWith("o")) && m.status !== "maintain");
    expect(oit.length).toBeGreaterThan(0);
    for (const m of oit) {
      expect(m.timeframe).toContain("ก่อนการประเมิน OIT ปิด 30 มิ.ย. 2567");
      // Done by the end of quarter 2, or, for a recurring task, its OIT part by then.
      expect(m.timeframe).toMatch(/– 3[01] (?:มี\.ค\. 2567|ธ\.ค\. 2566)\)|ให้เสร็จภายใน 31 มี\.ค\. 2567/);
    }
    // A measure answering questions only keeps its fiscal-year timing (e2: all year).
    expect(result.plan.rows.find((m) => m.libraryId === "2566-equal-service")!.timeframe).toBe("1 ต.ค. 2566 – 30 ก.ย. 2567");
  });
});

describe("responsible units that fit the agency", () => {
  it("tells the kind from the name", () => {
    expect(agencyTypeFromName("องค์การบริหารส่วนตำบลห้วยทรายงาม")).toBe("sao");
    expect(agencyTypeFromName("อบต.ทดสอบ")).toBe("sao");
    expect(agencyTypeFromName("ทต.บ้านใหม่")).toBe("subdistrict-municipality");
    expect(agencyTypeFromName("เทศบาลเมืองริมน้ำ")).toBe("town-municipality");
    expect(agencyTypeFromName("ทน.ขอนแก่น")).toBe("city-municipality");
    expect(agencyTypeFromName("สำนักงานจังหวัด")).toBeUndefined();
  });

  it("gives an อบต. no กองยุทธศาสตร์และงบประมาณ (its plan work sits in สำนักปลัด), and a เทศบาล its สำนักปลัดเทศบาล", () => {
    const sao = example("sao-2566-questions.xlsx");
    expect(sao.agencyType).toEqual({ type: "sao", from: "name" });
    const units = new Set(sao.plan.rows.map((m) => m.responsible));
    expect([...units].some((u) => u.includes("กองยุทธศาสตร์"))).toBe(false);
    expect(units).toContain("สำนักปลัด (งานวิเคราะห์นโยบายและแผน)");
    expect(sao.library.some((m) => m.responsible.includes("กองยุทธศาสตร์"))).toBe(false);
    const town = example("eit-two-parts-2566.xlsx");
    expect(town.agencyType.type).toBe("town-municipality");
    expect(town.plan.rows.some((m) => m.responsible.startsWith("สำนักปลัดเทศบาล"))).toBe(true);
    expect(town.plan.rows.some((m) => /สำนักปลัด(?!เทศบาล)/.test(m.responsible))).toBe(false);
    expect(unitsFor("subdistrict-municipality", "สำนักปลัด (งานนิติการ) ร่วมกับกองคลัง")).toBe("สำนักปลัดเทศบาล (งานนิติการ) ร่วมกับกองคลัง");
    expect(unitsFor("subdistrict-municipality", "สำนักปลัดเทศบาล")).toBe("สำนักปลัดเทศบาล");
  });

  it("puts construction and maintenance work with กองช่าง, and the setting wins over the name", () => {
    const sao = example("sao-2566-questions.xlsx");
    expect(sao.library.find((m) => m.id === "2566-e-service")!.responsible).toBe("สำนักปลัด ร่วมกับกองช่าง");
    const set = example("sao-2566-questions.xlsx", { agencyType: "city-municipality" });
    expect(set.agencyType).toEqual({ type: "city-municipality", from: "setting" });
    expect(set.plan.rows.some((m) => m.responsible === "กองยุทธศาสตร์และงบประมาณ")).toBe(true);
    expect(sheet(set, "measures").heading.some((l) => l.includes("เทศบาลนคร ตามที่ตั้งค่าไว้"))).toBe(true);
  });
});
