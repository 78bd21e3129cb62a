// Every published figure of issue 2 §4, through the whole engine from cells.
import { analyze, hasErrors } from "../../src/core/analyze";
import { toAnalysisJson } from "../../src/core/report/json";
import { seed003SummarySheet, seed004IndicatorSheet, seed004QuestionSheet } from "../fixtures/seed-sheets";

describe("seed 004 through the engine", () => {
  const result = analyze({ sheets: [seed004QuestionSheet()] });
  const json = toAnalysisJson(result);

  it("reads the 2566 framework and year", () => {
    expect(hasErrors(result)).toBe(false);
    expect(json.year).toBe(2566);
    expect(json.framework).toBe("2566");
  });

  it("indicator 2 = 99.67 and indicator 9 = 80.00 from the question scores", () => {
    expect(json.indicators["2"]).toBe(99.67);
    expect(json.indicators["9"]).toBe(80);
  });

  it("overall 93.57 ผ่านดี from its indicator table", () => {
    const fromIndicators = toAnalysisJson(analyze({ sheets: [seed004IndicatorSheet()] }));
    expect(fromIndicators.overall).toMatchObject({ score: 93.57, level: "ผ่านดี", source: "computed", cell: null, provisional: false });
    expect(fromIndicators.tools).toMatchObject({ IIT: 99.87, EIT: 92.05, OIT: 90 });
  });
});

describe("seed 003 through the engine", () => {
  const result = analyze({ sheets: [seed003SummarySheet()] });
  const json = toAnalysisJson(result);

  it("2567: 97.13 ผ่านดีเยี่ยม, tools as published", () => {
    expect(hasErrors(result)).toBe(false);
    expect(json.year).toBe(2567);
    expect(json.overall).toMatchObject({ score: 97.13, level: "ผ่านดีเยี่ยม", source: "official", cell: "สรุปผล!D18" });
    expect(json.tools).toMatchObject({ IIT: 99.72, EIT: 95.94, OIT: 96.07 });
  });

  it("2566 as the previous year: 81.27, and the deltas", () => {
    expect(json.previous).toMatchObject({ year: 2566, overall: { score: 81.27, level: "ไม่ผ่าน" } });
    expect(result.comparison!.overall).toBe(15.86);
    expect(result.comparison!.tools.EIT_SURVEY).toBe(23.01);
    expect(result.comparison!.indicators[10]).toBe(32.5);
  });

  it("--year 2566 analyses the earlier column alone", () => {
    const r = analyze({ sheets: [seed003SummarySheet()] }, { year: 2566 });
    expect(toAnalysisJson(r).overall).toMatchObject({ score: 81.27, level: "ไม่ผ่าน", source: "official", cell: "สรุปผล!C18" });
  });
});

describe("choosing the results year", () => {
  it("prefers the year columns of the scores to a title naming the measures' year", () => {
    const sheet = seed003SummarySheet();
    sheet.values.unshift(["มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ พ.ศ. ๒๕๖๘"]);
    const r = analyze({ sheets: [sheet] });
    expect(r.year).toBe(2567);
    expect(r.plan.fiscalYear).toBe(2568);
  });

  it("has no year (not 0) when neither the workbook nor the caller tells one, and says so as an error", () => {
    const cells = {
      sheets: [
        {
          name: "คะแนน",
          values: [
            ["ข้อ", "คะแนน"],
            ["i1", 90],
            ["i2", 80],
            ["e1", 85],
          ],
        },
      ],
    };
    const r = analyze(cells);
    expect(r.year).toBeUndefined();
    expect(hasErrors(r)).toBe(true);
    expect(analyze(cells, { year: 2567 }).year).toBe(2567);
  });
});
