import type { CatalogItem, ClassificationOptions, ItemStatus } from "../types";
import { belowBar } from "../text/round";

export const DEFAULT_CLASSIFICATION: ClassificationOptions = {
  mode: "threshold",
  urgentBelow: 85,
  improveBelow: 95,
  lowestPerIssue: 3,
};

export function classificationOptions(partial?: Partial<ClassificationOptions>): ClassificationOptions {
  const o = { ...DEFAULT_CLASSIFICATION, ...partial };
  if (!(o.urgentBelow >= 0 && o.urgentBelow <= o.improveBelow && o.improveBelow <= 100))
    throw new Error(`thresholds must satisfy 0 ≤ urgent (${o.urgentBelow}) ≤ improve (${o.improveBelow}) ≤ 100`);
  if (!Number.isInteger(o.lowestPerIssue) || o.lowestPerIssue < 1) throw new Error("lowestPerIssue must be a whole number ≥ 1");
  return o;
}

/** An OIT item printed 0.00 (nothing found): below this bar at 2 decimals. */
const OIT_ZERO_BAR = 0.01;

/** Threshold rule: an OIT item at 0 or a question below 85 is urgent; below 95 improve; else maintain. */
export function classifyScore(item: CatalogItem, score: number, options?: Partial<ClassificationOptions>): ItemStatus {
  const o = classificationOptions(options);
  if (item.tool === "OIT" ? belowBar(score, OIT_ZERO_BAR) : belowBar(score, o.urgentBelow)) return "urgent";
  if (belowBar(score, o.improveBelow)) return "improve";
  return "maintain";
}
