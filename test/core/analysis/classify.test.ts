import { BUILTIN_CATALOG } from "../../../src/core/catalog/builtin";
import { findItem, frameworkById } from "../../../src/core/catalog/find";
import { classificationOptions, classifyScore } from "../../../src/core/analysis/classify";

const fw = frameworkById(BUILTIN_CATALOG, "2566")!;
const item = (code: string) => findItem(fw, code)!;

describe("classifying an item", () => {
  it.each([
    ["o13", 0, "urgent"],
    ["o13", 100, "maintain"],
    ["i8", 84.99, "urgent"],
    ["i8", 85, "improve"],
    ["e13", 94.99, "improve"],
    ["e13", 95, "maintain"],
    ["i10", 98, "maintain"],
  ] as const)("%s at %f is %s", (code, score, status) => {
    expect(classifyScore(item(code), score)).toBe(status);
  });

  it("uses configured thresholds", () => {
    expect(classifyScore(item("e9"), 96, { urgentBelow: 90, improveBelow: 100 })).toBe("improve");
    expect(classifyScore(item("e9"), 89, { urgentBelow: 90, improveBelow: 100 })).toBe("urgent");
  });

  it("rejects thresholds in the wrong order", () => {
    expect(() => classificationOptions({ urgentBelow: 96, improveBelow: 90 })).toThrow(/thresholds/);
  });
});
