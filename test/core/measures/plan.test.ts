// The plan's own rules, on a small library made for them.
import { buildPlan } from "../../../src/core/measures/plan";
import type { IssueAnalysis, IssueNumber, ItemAnalysis, LibraryMeasure } from "../../../src/core/types";

const item = (code: string, issues: IssueNumber[], score: number): ItemAnalysis => ({
  code,
  tool: "IIT",
  text: `ข้อ ${code}`,
  score,
  status: score < 85 ? "urgent" : score < 95 ? "improve" : "maintain",
  issues,
  indicator: 1,
});

const measure = (id: string, issue: IssueNumber, codes: string[]): LibraryMeasure => ({
  id,
  codes,
  frameworkId: "2566",
  issue,
  measure: `มาตรการ ${id}`,
  steps: ["ขั้นตอนหนึ่ง"],
  responsible: "สำนักปลัด",
  timing: "ตลอดปีงบประมาณ",
  evidence: [],
});

function issues(...items: ItemAnalysis[]): IssueAnalysis[] {
  return ([1, 2] as IssueNumber[]).map((n) => {
    const own = items.filter((i) => i.issues.includes(n));
    return {
      number: n,
      title: `ประเด็น ${n}`,
      items: own,
      weak: own.filter((i) => i.status !== "maintain").map((i) => i.code),
      indicators: [],
      weakIndicators: [],
      readings: [],
    };
  });
}

describe("buildPlan", () => {
  it("answers an item of two issues once, under the first issue, even when both issues have a measure for it", () => {
    const shared = item("i1", [1, 2], 70);
    const { plan } = buildPlan(issues(shared, item("i2", [2], 80)), [measure("a", 1, ["i1"]), measure("b", 2, ["i1", "i2"])], 2567);
    const rowsWithI1 = plan.rows.filter((r) => r.codes.includes("i1"));
    expect(rowsWithI1.map((r) => [r.issue, r.libraryId])).toEqual([[1, "a"]]);
    // Issue 2's measure still answers its own item.
    expect(plan.rows.filter((r) => r.issue === 2).map((r) => r.codes)).toEqual([["i2"]]);
  });

  it("answers an item under its other issue when only that issue has a measure for it", () => {
    const { plan } = buildPlan(issues(item("i1", [1, 2], 70)), [measure("b", 2, ["i1"])], 2567);
    expect(plan.rows.filter((r) => r.codes.includes("i1")).map((r) => r.issue)).toEqual([2]);
  });
});
