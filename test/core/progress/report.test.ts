import { progressReport, NoMeasuresSheet } from "../../../src/core/progress/report";
import { progressSheet } from "../../../src/core/render/progress";
import type { CellValue, SheetCells } from "../../../src/core/types";

const HEAD = ["ประเด็น", "ข้อบกพร่อง/ข้อค้นพบ", "มาตรการ", "ขั้นตอน/วิธีปฏิบัติ", "ผู้รับผิดชอบ", "ระยะเวลา", "สถานะ", "ร้อยละความก้าวหน้า", "หลักฐาน / ลิงก์"];

function sheet(rows: CellValue[][], title = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ พ.ศ. 2568"): SheetCells {
  return { name: "ITA-มาตรการ", values: [[title], [], HEAD, ...rows] };
}
const row = (
  issue: string,
  measure: string,
  unit: string,
  timeframe: string,
  status: CellValue,
  percent: CellValue = null,
  evidence: CellValue = null,
): CellValue[] => [issue, "", measure, "ขั้นตอน", unit, timeframe, status, percent, evidence];

describe("the progress report from a measures sheet", () => {
  it("counts a measure once for each unit listed in its responsible cell, never splitting a unit's own name", () => {
    const report = progressReport(
      {
        sheets: [
          sheet([
            row("1. การปฏิบัติหน้าที่", "ก", "สำนักปลัด, กองคลัง", "ไตรมาส 1", "ดำเนินการแล้ว", 100, "https://a.go.th/1"),
            row("", "ข", "ทุกสำนัก/กอง", "ตลอดปีงบประมาณ", "กำลังดำเนินการ", 0.8),
            row("", "ค", "กองการศึกษา ศาสนาและวัฒนธรรม", "เมื่อได้รับงบประมาณ", ""),
          ]),
        ],
      },
      { asOf: "2025-03-31" },
    );
    expect(report.byUnit.map((g) => [g.label, g.total, g.done])).toEqual([
      ["สำนักปลัด", 1, 1],
      ["กองคลัง", 1, 1],
      ["ทุกสำนัก/กอง", 1, 0],
      ["กองการศึกษา ศาสนาและวัฒนธรรม", 1, 0],
    ]);
    // A merged issue cell: the rows below belong to the issue above.
    expect(report.byIssue).toEqual([expect.objectContaining({ label: "1. การปฏิบัติหน้าที่", total: 3, done: 1, percentDone: 33.33 })]);
    expect(report.problems.map((p) => p.cell)).toEqual(["'ITA-มาตรการ'!H5", "'ITA-มาตรการ'!F6"]);
    expect(report.problems[0].message).toContain("ถ้าหมายถึงร้อยละ 80 ให้พิมพ์ 80");
    expect(report.problems[1].message).toContain("ไม่บอกวันสิ้นสุด");
    expect(report.undated.map((m) => m.measure)).toEqual(["ค"]);
    expect(report.late).toEqual([]);
  });

  it("warns when the measures are of another fiscal year than the report's day, and when there is no status column", () => {
    const noStatus: SheetCells = {
      name: "ITA-มาตรการ",
      values: [["มาตรการส่งเสริมคุณธรรม ปีงบประมาณ พ.ศ. 2567"], [], HEAD.slice(0, 6), ["1. x", "", "ก", "ข", "สำนักปลัด", "ไตรมาส 1"]],
    };
    const report = progressReport({ sheets: [noStatus] }, { asOf: "2025-03-31" });
    expect(report.fiscalYear).toBe(2567);
    expect(report.round).toBe("yearEnd");
    expect(report.problems.map((p) => p.en)).toEqual([
      "the measures sheet has no status column",
      "measures of fiscal year 2567, report date in 2568",
    ]);
    expect(report.overall).toMatchObject({ total: 1, unreported: 1 });
    // Quarter 1 of 2567 ended on 31 December 2566: late by March 2568.
    expect(report.late.map((m) => m.due)).toEqual(["2023-12-31"]);
  });

  it("refuses a workbook without a measures sheet", () => {
    expect(() => progressReport({ sheets: [{ name: "คะแนน", values: [["i1", 90]] }] }, { asOf: "2025-03-31" })).toThrow(NoMeasuresSheet);
  });

  it("lays the report out as one table: the whole, each issue, each unit, then the measures named", () => {
    const report = progressReport(
      {
        sheets: [
          sheet([
            row("1. ก", "มาตรการหนึ่ง", "สำนักปลัด", "ต.ค. 2567 – ธ.ค. 2567", "ยังไม่เริ่ม"),
            row("2. ข", "มาตรการสอง", "กองคลัง", "ไตรมาส 4", "ยกเลิก"),
          ]),
        ],
      },
      { asOf: "2025-03-31", agency: "อบต.ทดสอบ" },
    );
    const spec = progressSheet(report, { digits: "thai" });
    expect(spec.name).toBe("ITA-ความก้าวหน้า");
    expect(spec.heading[0]).toContain("ปีงบประมาณ พ.ศ. ๒๕๖๘");
    expect(spec.rows.map((r) => r[0])).toEqual([
      "ภาพรวม",
      "ประเด็นที่ ๑",
      "ประเด็นที่ ๒",
      "รายผู้รับผิดชอบ",
      null,
      "เลยกำหนดแล้วยังไม่เสร็จ",
      "ยังไม่มีหลักฐาน",
    ]);
    expect(spec.rows[0].slice(2, 9)).toEqual([2, 0, 0, 1, 1, 0, 0]);
    expect(spec.rows[5][1]).toBe("มาตรการหนึ่ง");
    expect(spec.chart).toMatchObject({ categoryColumn: 0, seriesColumns: [8], firstRow: 1, lastRow: 2 });
    expect(spec.rowIds).toHaveLength(spec.rows.length);
  });
});
