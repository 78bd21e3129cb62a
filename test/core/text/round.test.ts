// One rule compares a score with a bar: as published, at 2 decimals (belowBar). Every verdict that
// can be printed beside a figure (level, status, pass/fail, tone) follows it, so "85.00" never reads
// as below 85.
import { classifyScore } from "../../../src/core/analysis/classify";
import { BUILTIN_CATALOG } from "../../../src/core/catalog/builtin";
import { findItem, frameworkById } from "../../../src/core/catalog/find";
import { scoreTone } from "../../../src/core/render/tone";
import { ratingLevel } from "../../../src/core/scoring/levels";
import { belowBar, format2, round2, samePublished } from "../../../src/core/text/round";

const fw = frameworkById(BUILTIN_CATALOG, "2566")!;
const item = (code: string) => findItem(fw, code)!;
const bars = { urgentBelow: 85, improveBelow: 95 };

describe("belowBar: compare as published", () => {
  it.each([
    [84.995, 85, false],
    [84.994, 85, true],
    [94.995, 95, false],
    [94.9949, 95, true],
    [99.995, 100, false],
    [0.004, 0.01, true],
    [0.005, 0.01, false],
  ])("%f below %f: %s", (score, bar, below) => {
    expect(belowBar(score, bar)).toBe(below);
    // The printed figure and the verdict agree.
    expect(Number(format2(score)) < bar).toBe(below);
  });

  it("the weighted sum of tools 80 / 81.85 / 91.10 is printed 85.00 and is not below 85", () => {
    const overall = 0.3 * 80 + 0.3 * 81.85 + 0.4 * 91.1;
    expect(format2(overall)).toBe("85.00");
    expect(belowBar(overall, 85)).toBe(false);
    // 85.00 overall, but IIT 80 and EIT 81.85 are tools below 85.
    expect(ratingLevel(overall, 2566, [80, 81.85, 91.1])).toBe("ผ่าน");
    expect(ratingLevel(overall, 2566, [85, 85, 85])).toBe("ผ่านดี");
  });

  it("the mean of EIT parts 84.99 and 85 is printed 85.00: improve, not urgent", () => {
    const score = (84.99 + 85) / 2;
    expect(format2(score)).toBe("85.00");
    expect(classifyScore(item("e13"), score)).toBe("improve");
    expect(scoreTone(score, bars)).toBe("improve");
  });

  it("an OIT item is urgent when it is printed 0.00", () => {
    expect(classifyScore(item("o13"), 0.004)).toBe("urgent");
    expect(classifyScore(item("o13"), 0.005)).toBe("improve");
  });

  it.each([
    [94.995, "AA"],
    [84.995, "A"],
    [74.995, "B"],
    [49.994, "F"],
  ])("2563–2565 bands at 2 decimals: %f → %s", (score, level) => {
    expect(ratingLevel(score, 2565)).toBe(level);
  });

  it("two readings are the same figure when they print the same", () => {
    expect(samePublished(97.125, 97.13)).toBe(true);
    expect(samePublished(97.124, 97.13)).toBe(false);
    expect(round2(-0.005)).toBe(-0.01);
  });
});
