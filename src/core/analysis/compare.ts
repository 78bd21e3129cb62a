import type { Comparison, IndicatorNumber, ToolKey, YearScores } from "../types";
import { round2 } from "../text/round";
import { INDICATOR_NUMBERS } from "../vocabulary";

/** Year-on-year change of the published (2-decimal) figures, so deltas match what agencies print. */
export function compareYears(previous: YearScores, current: YearScores): Comparison {
  const delta = (a?: { value: number }, b?: { value: number }) => (a && b ? round2(round2(b.value) - round2(a.value)) : undefined);
  const tools: Partial<Record<ToolKey, number>> = {};
  for (const t of Object.keys(current.tools) as ToolKey[]) {
    const d = delta(previous.tools[t], current.tools[t]);
    if (d !== undefined) tools[t] = d;
  }
  const indicators: Partial<Record<IndicatorNumber, number>> = {};
  for (const n of INDICATOR_NUMBERS) {
    const d = delta(previous.indicators[n], current.indicators[n]);
    if (d !== undefined) indicators[n] = d;
  }
  const overall = delta(previous.overall, current.overall);
  return { fromYear: previous.year, toYear: current.year, ...(overall !== undefined ? { overall } : {}), tools, indicators };
}
