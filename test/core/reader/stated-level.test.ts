// Levels the workbook states, read like the other official figures, with their cell and year.
import { read, sheet } from "./build";

const levels = (...rows: unknown[][]) => read(sheet("s", rows as never)).levels;

describe("stated levels", () => {
  it("reads a level in one line, after a colon or a quote", () => {
    expect(levels(["ผลการประเมิน ITA ปี 2566"], ["i1", 90], [], ["ระดับผลการประเมิน: ผ่าน"])).toEqual([
      { level: "ผ่าน", cell: "s!A4", year: 2566 },
    ]);
    expect(levels(["i1", 90], ["ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ได้ ๙๗.๑๓ คะแนน อยู่ในระดับ “ผ่านดีเยี่ยม”"])).toEqual([
      { level: "ผ่านดีเยี่ยม", cell: "s!A2", year: 2567 },
    ]);
  });

  it("reads the cell beside a level label, one per year column under the year headers", () => {
    expect(levels(["ตัวชี้วัด", "2566", "2567"], ["คะแนนเฉลี่ย", 81.27, 97.13], ["ระดับผลการประเมิน", "ไม่ผ่าน", "ผ่านดีเยี่ยม"])).toEqual([
      { level: "ไม่ผ่าน", cell: "s!B3", year: 2566 },
      { level: "ผ่านดีเยี่ยม", cell: "s!C3", year: 2567 },
    ]);
  });

  it("reads a level beside the overall score", () => {
    expect(levels(["ผลปี 2566"], ["ตัวชี้วัด", "คะแนน"], ["ตัวชี้วัดที่ 1", 90], ["คะแนนรวม ITA", 93.57, "ผ่านดี"])).toEqual([
      { level: "ผ่านดี", cell: "s!C4", year: 2566 },
    ]);
  });

  it("does not take a pass/fail column of indicators, prose, or a level word alone for a stated level", () => {
    expect(levels(["ตัวชี้วัด", "คะแนน", "ผลการประเมิน"], ["ตัวชี้วัดที่ 1", 90, "ผ่าน"], ["ตัวชี้วัดที่ 2", 80, "ไม่ผ่าน"])).toEqual([]);
    const prose = `${"หน่วยงานได้ดำเนินการตามมาตรการอย่างต่อเนื่อง ".repeat(4)}อยู่ในระดับ ผ่าน`;
    expect(levels(["i1", 90], [prose])).toEqual([]);
    expect(levels(["i1", 90], ["ผ่านดี"])).toEqual([]);
  });
});

describe("means inside a table of questions", () => {
  it("a bare mean under the questions is that table's mean, not the ITA score; one naming ITA is", () => {
    const under = read(sheet("s", [["ผลปี 2566"], ["ข้อ", "คะแนน"], ["i1", 90], ["i2", 92], ["คะแนนเฉลี่ย", 91]]));
    expect(under.observations.some((o) => o.target.kind === "overall")).toBe(false);
    expect(under.problems.map((p) => p.cell)).toContain("s!A5");
    const named = read(sheet("s", [["ผลปี 2566"], ["ข้อ", "คะแนน"], ["i1", 90], ["i2", 92], ["คะแนนรวม ITA", 91]]));
    expect(named.observations.filter((o) => o.target.kind === "overall").map((o) => o.cell)).toEqual(["s!B5"]);
  });
});
