// Indicator, sub-indicator, tool and overall summaries, with one or more year columns.
import { errors, read, sheet, summaryScores, th, warnings } from "./build";
import { seed003SummarySheet, seed004IndicatorSheet } from "../../fixtures/seed-sheets";
import { SEED003, SEED004_INDICATORS } from "../../fixtures/seeds";
import { toThaiDigits } from "../../../src/core/text/digits";
import type { CellValue } from "../../../src/core/types";
import { expectThaiFirst } from "../../fixtures/thai-first";

const NAMES = [
  "การปฏิบัติหน้าที่",
  "การใช้งบประมาณ",
  "การใช้อำนาจ",
  "การใช้ทรัพย์สินของราชการ",
  "การแก้ปัญหาการทุจริต",
  "คุณภาพการดำเนินงาน",
  "ประสิทธิภาพการสื่อสาร",
  "การปรับปรุงการทำงาน",
  "การเปิดเผยข้อมูล",
  "การป้องกันการทุจริต",
];

function expectedSeed003(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const year of [2566, 2567] as const) {
    const y = SEED003[year];
    out[`IIT@${year}`] = y.tools.IIT;
    out[`EIT_PUBLIC@${year}`] = y.tools.EIT_PUBLIC;
    out[`EIT_SURVEY@${year}`] = y.tools.EIT_SURVEY;
    for (let n = 1; n <= 10; n++) out[`indicator ${n}@${year}`] = y.indicators[n];
    out[`overall@${year}`] = y.overall;
  }
  return out;
}

describe("seed 003: two-year summary (2566 | 2567 | เปรียบเทียบ)", () => {
  const result = read(seed003SummarySheet());

  it("reads tools, indicators 1–10 and the overall for both years, not the comparison column", () => {
    expect(summaryScores(result)).toEqual(expectedSeed003());
    expect(result.observations).toHaveLength(2 * 14);
    expect(errors(result)).toEqual([]);
  });

  it("has the published figures: overall 81.27 (2566) and 97.13 (2567), EIT Survey 2566 = 72.12", () => {
    const s = summaryScores(result);
    expect(s["overall@2566"]).toBe(81.27);
    expect(s["overall@2567"]).toBe(97.13);
    expect(s["EIT_SURVEY@2566"]).toBe(72.12);
  });

  it("names the cells and records the table", () => {
    const overall2567 = result.observations.find((o) => o.target.kind === "overall" && o.year === 2567)!;
    expect(overall2567.cell).toBe("สรุปผล!D18");
    expect(result.tables).toEqual([{ sheet: "สรุปผล", range: "A3:D18", kind: "summary", years: [2566, 2567], rows: 14 }]);
    expect(result.years).toEqual([2566, 2567]);
    expect(result.agency).toBe("องค์การบริหารส่วนตำบลทุ่งทอง");
    expect(result.framework).toBe("2567");
  });

  it("reads the same table with merged headers and the year row above a merged label column", () => {
    const s = seed003SummarySheet();
    s.merges = ["A1:E1", "C3:D3", "A3:A4", "B3:B4"];
    expect(summaryScores(read(s))).toEqual(expectedSeed003());
  });
});

describe("seed 004: indicator table (เครื่องมือ | ตัวชี้วัดที่ | รายละเอียด | คะแนน)", () => {
  it("reads the number column with the name beside it as the indicator, not the tool", () => {
    const result = read(seed004IndicatorSheet());
    const expected = Object.fromEntries(Object.entries(SEED004_INDICATORS).map(([n, v]) => [`indicator ${n}@2566`, v]));
    expect(summaryScores(result)).toEqual(expected);
    expect(result.observations.some((o) => o.target.kind === "tool")).toBe(false);
  });
});

describe("row labels", () => {
  it("ตัวชี้วัดที่ N …, N. …, a name alone (spelling variants), sub-indicators", () => {
    const rows: CellValue[][] = [
      ["ตัวชี้วัด", "คะแนน"],
      ["ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่", th(97.24)],
      ["2. การใช้งบประมาณ", 90.63],
      ["ตัวชี้วัดที่ 3", 93.24],
      ["การใช้ทรัพย์สินของทางราชการ", 95.87],
      ["การแก้ไขปัญหาการทุจริต", 93.09],
      ["คุณภาพการดำเนินงาน (EIT)", 86.76],
      ["ประสิทธิภาพการสื่อสาร", 84.73],
      ["การปรับปรุงระบบการทำงาน", 83.19],
      ["9.1 ข้อมูลพื้นฐาน", 100],
      ["ตัวชี้วัดย่อยที่ ๙.๒", 75],
      [9.3, "การจัดซื้อจัดจ้าง", 50],
      ["การเปิดเผยข้อมูล", 70.5],
      ["10.2 มาตรการภายในเพื่อส่งเสริมความโปร่งใสและป้องกันการทุจริต", 60],
      ["ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต", 67.5],
    ];
    const result = read(sheet("ตัวชี้วัด", rows));
    expect(summaryScores(result)).toEqual({
      "indicator 1": 97.24,
      "indicator 2": 90.63,
      "indicator 3": 93.24,
      "indicator 4": 95.87,
      "indicator 5": 93.09,
      "indicator 6": 86.76,
      "indicator 7": 84.73,
      "indicator 8": 83.19,
      "sub 9.1": 100,
      "sub 9.2": 75,
      "sub 9.3": 50,
      "indicator 9": 70.5,
      "sub 10.2": 60,
      "indicator 10": 67.5,
    });
    const ind9 = result.observations.find((o) => o.target.kind === "indicator" && o.target.indicator === 9)!;
    expect(ind9.cell).toBe("ตัวชี้วัด!B13");
  });

  it("numbers alone under a ตัวชี้วัดที่ header, and seed 004's misspelt name beside its number", () => {
    const result = read(
      sheet("s", [["ตัวชี้วัดที่", "คะแนน"], [1, 100], ["๒", th(99.67)], [], [3, 100], [], ["ตัวชี้วัดย่อย", "คะแนน"], [9.1, 100], ["10.2", 0]]),
      sheet("t", [["IIT", "๕", "การแก้ปัญหาคาทุจริต", th(100)]]),
    );
    expect(summaryScores(result)).toEqual({
      "indicator 1": 100,
      "indicator 2": 99.67,
      "indicator 3": 100,
      "sub 9.1": 100,
      "sub 10.2": 0,
      "indicator 5": 100,
    });
  });

  it("tools and overall in their usual spellings", () => {
    const rows: CellValue[][] = [
      ["ผลการประเมิน ITA ปี 2566"],
      ["เครื่องมือ", "คะแนน", "ระดับ"],
      ["IIT", 99.87, null],
      ["EIT (เข้าตอบเอง)", 93.1, null],
      ["EIT (สำนักงาน ป.ป.ช. ประเมิน)", 91, null],
      ["EIT", 92.05, null],
      ["ผลการประเมินการเปิดเผยข้อมูลสาธารณะ (OIT)", 90, null],
      ["ผลการประเมิน ITA", 93.57, "ผ่านดี"],
    ];
    const result = read(sheet("สรุป", rows));
    expect(summaryScores(result)).toEqual({
      "IIT@2566": 99.87,
      "EIT_PUBLIC@2566": 93.1,
      "EIT_SURVEY@2566": 91,
      "EIT@2566": 92.05,
      "OIT@2566": 90,
      "overall@2566": 93.57,
    });
    expect(errors(result)).toEqual([]);
  });

  it("overall as คะแนนรวม, ITA, คะแนนเฉลี่ย ปี 2566 (the year in the label)", () => {
    const r1 = read(sheet("a", [["คะแนนรวม", 88.5]]));
    const r2 = read(sheet("b", [["ITA", "๘๘.๕๐"]]));
    const r3 = read(sheet("c", [["คะแนนเฉลี่ย ปี ๒๕๖๖", 81.27]]));
    expect([summaryScores(r1), summaryScores(r2), summaryScores(r3)]).toEqual([
      { overall: 88.5 },
      { overall: 88.5 },
      { "overall@2566": 81.27 },
    ]);
  });

  it("EIT ส่วนที่ 1 / 2 rows are read as Public / Survey with a warning", () => {
    const result = read(
      sheet("s", [
        ["EIT ส่วนที่ 1", 90],
        ["EIT ส่วนที่ 2", 80],
      ]),
    );
    expect(summaryScores(result)).toEqual({ EIT_PUBLIC: 90, EIT_SURVEY: 80 });
    expect(warnings(result)).toHaveLength(1);
  });

  it("does not take issue lists, long texts or bare headers for labels", () => {
    const rows: CellValue[][] = [
      ["ที่", "ประเด็น", "คะแนน"],
      ["๑", "กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ", 100],
      ["๔", "กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ", 96.97],
      ["5. กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง", null, 99.39],
      ["คะแนน", 100],
      ["ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ขององค์การบริหารส่วนตำบลทุ่งทอง", 97.13],
    ];
    const result = read(sheet("s", rows));
    expect(result.observations).toEqual([]);
  });

  it("a level beside the overall is not an unreadable score; out-of-range and words are errors", () => {
    const result = read(
      sheet("สรุป", [
        ["IIT", 99],
        ["EIT", "ดีมาก"],
        ["OIT", 101],
        ["ITA", 97],
        ["ผลการประเมิน ITA", "ผ่านดีเยี่ยม"],
      ]),
    );
    expect(summaryScores(result)).toEqual({ IIT: 99, overall: 97 });
    expect(errors(result).map((p) => p.message)).toEqual([
      expect.stringMatching(/^เซลล์ สรุป!B2 มีค่า “ดีมาก” ซึ่งอ่านเป็นคะแนนไม่ได้/),
      expect.stringMatching(/^คะแนนในเซลล์ สรุป!B3 เป็น 101 ซึ่งอยู่นอกช่วง 0–100/),
    ]);
    expectThaiFirst(result.problems);
  });

  it("summaries side by side in one row", () => {
    const result = read(
      sheet("s", [
        ["ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", 100, "ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน", 94.02],
        ["ตัวชี้วัดที่ 2 การใช้งบประมาณ", 99.67, "ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร", 90.35],
        ["การใช้อำนาจ", 98, "การปรับปรุงการทำงาน", 91.77],
      ]),
    );
    expect(summaryScores(result)).toEqual({
      "indicator 1": 100,
      "indicator 6": 94.02,
      "indicator 2": 99.67,
      "indicator 7": 90.35,
      "indicator 3": 98,
      "indicator 8": 91.77,
    });
  });

  it("years in the header of each column, Thai digits everywhere, a blank in one year", () => {
    const rows: CellValue[][] = [
      ["ตัวชี้วัด", `ปี ${toThaiDigits("2566")}`, "พ.ศ. 2567", "ผลต่าง"],
      ...NAMES.map((name, k): CellValue[] => [`${toThaiDigits(String(k + 1))}. ${name}`, k === 3 ? null : th(80 + k), 90 + k, 10]),
    ];
    const result = read(sheet("เทียบ", rows));
    const s = summaryScores(result);
    expect(s["indicator 1@2566"]).toBe(80);
    expect(s["indicator 10@2567"]).toBe(99);
    expect(s["indicator 4@2566"]).toBeUndefined();
    expect(Object.keys(s)).toHaveLength(19);
  });
});
