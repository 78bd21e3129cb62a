import { ratingLevel } from "../../../src/core/scoring/levels";

describe("rating levels", () => {
  it.each([
    [97.13, [99.72, 95.94, 96.75, 95.13, 96.07], "ผ่านดีเยี่ยม"],
    [95, [85, 85, 85], "ผ่านดีเยี่ยม"],
    [93.57, [99.87, 92.05, 90], "ผ่านดี"],
    [96, [99, 84.99, 99], "ผ่าน"],
    [91.15, [99.24, 92.62, 84], "ผ่าน"],
    [84.99, [100, 100, 100], "ไม่ผ่าน"],
    [81.27, [94.01, 84.89, 69], "ไม่ผ่าน"],
  ])("2566+: %f with tools %j → %s", (overall, tools, level) => {
    expect(ratingLevel(overall, 2567, tools)).toBe(level);
  });

  it("an EIT part below 85 drops the level to ผ่าน", () => {
    expect(ratingLevel(90, 2566, [95, 90, 97.66, 72.12, 95])).toBe("ผ่าน");
  });

  it.each([
    [100, "AA"],
    [95, "AA"],
    [94.99, "A"],
    [85, "A"],
    [84.99, "B"],
    [75, "B"],
    [74.99, "C"],
    [65, "C"],
    [64.99, "D"],
    [55, "D"],
    [54.99, "E"],
    [50, "E"],
    [49.99, "F"],
    [0, "F"],
  ])("2563–2565: %f → %s", (score, level) => {
    expect(ratingLevel(score, 2565)).toBe(level);
  });

  it("compares at the published 2 decimals", () => {
    expect(ratingLevel(94.996, 2566, [])).toBe("ผ่านดีเยี่ยม");
    expect(ratingLevel(84.994, 2566, [])).toBe("ไม่ผ่าน");
  });
});
