import { BUILTIN_CATALOG } from "../../../src/core/catalog/builtin";
import { frameworkById } from "../../../src/core/catalog/find";
import { computeYear } from "../../../src/core/scoring/compute";
import { mergeObservations } from "../../../src/core/scoring/merge";
import { scoreItems } from "../../../src/core/scoring/score-items";
import { round2 } from "../../../src/core/text/round";
import type { IndicatorNumber, Observation, ToolKey } from "../../../src/core/types";
import { SEED003, SEED004_INDICATORS, SEED004_ITEMS } from "../../fixtures/seeds";

const fw2566 = frameworkById(BUILTIN_CATALOG, "2566")!;
const fw2567 = frameworkById(BUILTIN_CATALOG, "2567")!;
const cell = (n: number) => `สรุป!C${n}`;

describe("seed 004 (ทม.เพชรบูรณ์, 2566)", () => {
  const scores = scoreItems(fw2566, 2566, SEED004_ITEMS);

  it("indicator 2 = 99.67 from its question scores", () => {
    expect(round2(scores.indicators[2]!.value)).toBe(99.67);
    expect(scores.indicators[2]!.source).toBe("computed");
  });

  it("indicator 9 = 80.00: the mean of sub-indicators 9.1–9.5, not of the items (83.33)", () => {
    expect(round2(scores.indicators[9]!.value)).toBe(80);
    expect(round2(scores.subIndicators["9.2"].value)).toBe(75);
    const itemMean = SEED004_ITEMS.filter((i) => /^o([1-9]|[12]\d|30)$/.test(i.code)).reduce((a, b) => a + b.score, 0) / 30;
    expect(round2(itemMean)).toBe(83.33);
  });

  it("overall 93.57 ผ่านดี from its indicator table", () => {
    const obs: Observation[] = Object.entries(SEED004_INDICATORS).map(([n, score], k) => ({
      target: { kind: "indicator", indicator: Number(n) as IndicatorNumber },
      score,
      cell: cell(k + 2),
    }));
    const { tables, problems } = mergeObservations(obs, 2566);
    expect(problems).toEqual([]);
    const { scores: y } = computeYear(fw2566, tables.get(2566)!);
    expect(round2(y.overall!.value)).toBe(93.57);
    expect(y.overall!.source).toBe("computed");
    expect(y.level).toBe("ผ่านดี");
    expect(round2(y.tools.IIT!.value)).toBe(99.87);
    expect(round2(y.tools.OIT!.value)).toBe(90);
  });
});

describe("seed 003 (อบต.ทุ่งทอง) two-year summary", () => {
  function summary(year: 2566 | 2567, withOverall: boolean): Observation[] {
    const s = SEED003[year];
    const obs: Observation[] = [];
    let row = 2;
    for (const [tool, score] of Object.entries(s.tools))
      obs.push({ target: { kind: "tool", tool: tool as ToolKey }, score, year, cell: cell(row++) });
    for (const [n, score] of Object.entries(s.indicators))
      obs.push({ target: { kind: "indicator", indicator: Number(n) as IndicatorNumber }, score, year, cell: cell(row++) });
    if (withOverall) obs.push({ target: { kind: "overall" }, score: s.overall, year, cell: cell(row++) });
    return obs;
  }

  it.each([
    [2566, fw2566, 81.27, "ไม่ผ่าน"],
    [2567, fw2567, 97.13, "ผ่านดีเยี่ยม"],
  ] as const)("%i: %f %s, stated and recomputed alike", (year, fw, overall, level) => {
    for (const withOverall of [true, false]) {
      const { tables } = mergeObservations(summary(year, withOverall), 0);
      const { scores } = computeYear(fw, tables.get(year)!);
      expect(round2(scores.overall!.value)).toBe(overall);
      expect(scores.overall!.source).toBe(withOverall ? "official" : "computed");
      expect(scores.level).toBe(level);
    }
  });

  it("EIT = mean of its parts = mean of indicators 6–8; OIT = mean of indicators 9 and 10", () => {
    const { tables } = mergeObservations(summary(2567, true), 0);
    const { scores } = computeYear(fw2567, tables.get(2567)!);
    expect(round2(scores.tools.EIT!.value)).toBe(95.94);
    expect(round2((96.75 + 95.13) / 2)).toBe(95.94);
    expect(round2(scores.tools.OIT!.value)).toBe(96.07);
  });

  it("warns with both values where the stated IIT (99.72) differs from its indicators (99.64)", () => {
    const { tables } = mergeObservations(summary(2567, true), 0);
    const { problems } = computeYear(fw2567, tables.get(2567)!);
    const iit = problems.filter((p) => p.message.includes("IIT"));
    expect(iit).toHaveLength(1);
    expect(iit[0]).toMatchObject({ severity: "warning", cell: "สรุป!C2" });
    expect(iit[0].message).toContain("99.72");
    expect(iit[0].message).toContain("99.64");
  });
});
