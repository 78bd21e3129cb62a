import { o42FromAnalysis } from "../../../src/core/document/o42/from-analysis";
import { DEFAULT_LIMITATION_SIDES } from "../../../src/core/document/o42/wording";
import { result2566 } from "../render/fixture";

describe("the o42 data from an analysis", () => {
  const result = result2566({ agency: "องค์การบริหารส่วนตำบลตัวอย่าง" });
  const input = o42FromAnalysis(result, { district: "อำเภอเมือง", province: "ตัวอย่าง" });

  it("carries agency, place, years and the overall figure to the cent, computed from complete data", () => {
    expect(input.agency).toBe("องค์การบริหารส่วนตำบลตัวอย่าง");
    expect([input.district, input.province]).toEqual(["อำเภอเมือง", "ตัวอย่าง"]);
    expect([input.resultsYear, input.fiscalYear]).toEqual([2566, 2567]);
    expect(input.overall).toEqual({ value: result.current.overall!.value, basis: "computed" });
    expect(input.level).toBe(result.current.level);
    expect(input.tools.map((t) => t.key)).toEqual(["IIT", "EIT", "OIT"]);
    expect(input.indicators.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(input.indicators[8]).toMatchObject({ name: "การเปิดเผยข้อมูล", tool: "OIT", score: { basis: "computed" } });
  });

  it("7 issues with their items, the weak items' findings and the readings", () => {
    expect(input.issues.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const budget = input.issues[4];
    const i8 = budget.items.find((i) => i.code === "i8")!;
    expect(i8).toMatchObject({ score: 80, status: "urgent", fromIndicator: false, provisional: false });
    expect(budget.findings.some((f) => f.includes("i8"))).toBe(true);
    expect(budget.readings.length).toBeGreaterThan(0);
    expect(input.issues.every((i) => i.absent.length === 0)).toBe(true);
    expect(input.measuresIncomplete).toBe(false);
  });

  it("the measures rows of the plan, steps numbered as the sheet writes them", () => {
    expect(input.measuresSource).toBe("plan");
    expect(input.measures).toHaveLength(result.plan.rows.length);
    const first = result.plan.rows[0];
    expect(input.measures[0]).toEqual({
      issue: `${first.issue}. ${first.issueTitle}`,
      finding: first.finding,
      measure: first.measure,
      steps: first.steps.map((s, i) => `${i + 1}. ${s}`).join("\n"),
      responsible: first.responsible,
      timeframe: first.timeframe,
    });
  });

  it("the four usual sides of limitations, empty for staff to fill, unless the sheet gives them", () => {
    expect(input.limitations).toEqual(DEFAULT_LIMITATION_SIDES.map((side) => ({ side, detail: "" })));
    expect(DEFAULT_LIMITATION_SIDES).toEqual(["บุคลากร", "งบประมาณ", "วิธีการ", "เทคโนโลยีและวัสดุ"]);
    const own = [{ side: "บุคลากร", detail: "มีเจ้าหน้าที่ 2 คน" }];
    expect(o42FromAnalysis(result, { limitations: own }).limitations).toEqual(own);
  });

  it("staff's measures rows replace the plan's and say so", () => {
    const rows = [{ issue: "1. ก", finding: "ข", measure: "ค", steps: "1. ง", responsible: "กองคลัง", timeframe: "ไตรมาส 2" }];
    const edited = o42FromAnalysis(result, { measures: rows });
    expect(edited.measures).toEqual(rows);
    expect(edited.measuresSource).toBe("workbook");
  });

  it("figures computed with items missing are estimates, and say how many are missing", () => {
    const partial = o42FromAnalysis(result2566({ drop: ["o1", "o2", "i3"] }));
    expect(partial.indicators[0].score).toMatchObject({ basis: "partial", missing: 1, of: 6 });
    expect(partial.indicators[1].score?.basis).toBe("computed");
    expect(partial.indicators[8].score?.basis).toBe("partial");
    expect(partial.overall).toMatchObject({ basis: "partial", missing: 3 });
    expect(partial.tools.find((t) => t.key === "EIT")!.score?.basis).toBe("computed");
    expect(partial.issues[2].absent).toEqual(expect.arrayContaining(["o1", "o2"]));
    expect(partial.measuresIncomplete).toBe(true);
  });

  it("a level above ผ่าน without the EIT parts says the parts could lower it", () => {
    expect(input.level).toBe("ผ่านดีเยี่ยม");
    expect(input.levelWithoutEitParts).toBe(true);
    expect(input.levelLoweredBy).toEqual([]);
  });

  it("last year beside this year: overall, tools and indicators with their changes", () => {
    const two = o42FromAnalysis(
      result2566({
        previous: {
          year: 2565,
          tools: { IIT: 90, EIT: 80, OIT: 70 },
          indicators: { 1: 90, 2: 90, 3: 90, 4: 90, 5: 90, 6: 80, 7: 80, 8: 80, 9: 70, 10: 70 },
          overall: 79,
        },
      }),
    );
    expect(two.previous).toMatchObject({ year: 2565, overall: 79 });
    expect(two.previous!.change).toBeCloseTo(two.overall!.value - 79, 1);
    expect(two.indicators[0]).toMatchObject({ previous: 90 });
    expect(two.tools[0]).toMatchObject({ key: "IIT", previous: 90 });
  });

  it("Thai digits and the head of agency when given", () => {
    const thai = o42FromAnalysis(result, { digits: "thai", head: { name: "นายสมชาย ตัวอย่าง", position: "นายก" }, date: "2026-10-01" });
    expect(thai).toMatchObject({ digits: "thai", head: { name: "นายสมชาย ตัวอย่าง" }, date: "2026-10-01" });
    expect(o42FromAnalysis(result, { head: { name: " ", position: "" } }).head).toBeUndefined();
  });
});
