import { toAnalysisJson } from "../../../src/core/report/json";
import { result2566 } from "../render/fixture";

describe("toAnalysisJson", () => {
  const result = result2566({
    agency: "อบต.ตัวอย่าง",
    previous: {
      year: 2565,
      tools: { IIT: 90.004, EIT: 80, OIT: 70 },
      indicators: { 1: 90, 2: 90, 3: 90, 4: 90, 5: 90, 6: 80, 7: 80, 8: 80, 9: 70, 10: 70 },
      overall: 79.005,
    },
    problems: [{ severity: "warning", cell: "คะแนน!B5", message: "คะแนน!B5: note" }],
  });
  const json = toAnalysisJson(result);

  it("has the documented top-level shape", () => {
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining([
        "year",
        "framework",
        "agency",
        "overall",
        "tools",
        "indicators",
        "figures",
        "provisional",
        "provisionalNote",
        "previous",
        "items",
        "issues",
        "measures",
        "problems",
      ]),
    );
    expect(json.year).toBe(2566);
    expect(json.framework).toBe("2566");
    expect(json.agency).toBe("อบต.ตัวอย่าง");
    expect(json.overall).toMatchObject({ score: expect.any(Number), level: result.current.level });
  });

  it("rounds every score to 2 decimals and keys indicators 1..10", () => {
    expect(Object.keys(json.indicators)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    const all = [
      json.overall!.score,
      ...Object.values(json.tools),
      ...Object.values(json.indicators),
      ...json.items.map((i) => i.score ?? 0),
    ];
    for (const v of all) expect(Math.round(v! * 100) / 100).toBe(v);
    expect(json.indicators["9"]).toBe(Math.round(result.current.indicators[9]!.value * 100) / 100);
    expect(json.previous).toMatchObject({ year: 2565, overall: { score: 79.01 }, tools: { IIT: 90 } });
    expect(json.comparison).toMatchObject({ fromYear: 2565, toYear: 2566 });
  });

  it("lists items with score, status, issues and cell", () => {
    const i8 = json.items.find((i) => i.code === "i8")!;
    expect(i8).toMatchObject({ code: "i8", score: 80, status: "urgent", issues: [5], cell: expect.stringMatching(/^รายข้อ!C\d+$/) });
    expect(i8.finding).toMatch(/บุคลากรภายใน/);
    for (const item of json.items) expect(["urgent", "improve", "maintain"]).toContain(item.status);
  });

  it("lists issues with their weak items, and measures with steps, responsible and timeframe", () => {
    expect(json.issues).toHaveLength(7);
    expect(json.issues.find((i) => i.number === 5)!.weak).toEqual(expect.arrayContaining(["i8", "o22"]));
    expect(json.measures.length).toBe(result.plan.rows.length);
    for (const m of json.measures) {
      expect(m.measure).not.toBe("");
      expect(m.steps.length).toBeGreaterThan(0);
      expect(m.responsible).not.toBe("");
      expect(m.timeframe).not.toBe("");
    }
  });

  it("carries the problems and survives a JSON round trip", () => {
    expect(json.problems).toContainEqual({ severity: "warning", cell: "คะแนน!B5", message: "คะแนน!B5: note" });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it("gives null previous and comparison for one year", () => {
    const one = toAnalysisJson(result2566());
    expect(one.previous).toBeNull();
    expect(one.comparison).toBeNull();
    expect(one.agency).toBeNull();
  });
});
