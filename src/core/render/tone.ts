import type { ClassificationOptions } from "../types";
import type { RowTone } from "./spec";
import { belowBar } from "../text/round";

/** The tone of a summary figure: below the urgent bar red, below the improve bar amber, else green. */
export function scoreTone(score: number | undefined, bars: Pick<ClassificationOptions, "urgentBelow" | "improveBelow">): RowTone {
  if (score === undefined) return undefined;
  if (belowBar(score, bars.urgentBelow)) return "urgent";
  if (belowBar(score, bars.improveBelow)) return "improve";
  return "maintain";
}
