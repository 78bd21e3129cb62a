import type { ClassificationOptions } from "../types";
import type { RowTone } from "./spec";

/** The tone of a summary figure: below the urgent bar red, below the improve bar amber, else green. */
export function scoreTone(score: number | undefined, bars: Pick<ClassificationOptions, "urgentBelow" | "improveBelow">): RowTone {
  if (score === undefined) return undefined;
  if (score < bars.urgentBelow) return "urgent";
  if (score < bars.improveBelow) return "improve";
  return "maintain";
}
