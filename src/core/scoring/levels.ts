import type { Sourced, ToolKey } from "../types";
import { TOOL_KEYS } from "../vocabulary";

export const PASS_MARK = 85;
/** Tool scores checked against 85 for the 2566+ levels. */
export const LEVEL_TOOLS: readonly ToolKey[] = TOOL_KEYS;

export type Level = "ผ่านดีเยี่ยม" | "ผ่านดี" | "ผ่าน" | "ไม่ผ่าน" | "AA" | "A" | "B" | "C" | "D" | "E" | "F";

/**
 * The rating level of an overall score by the rules of its year.
 * 2566 on: ผ่านดีเยี่ยม ≥ 95 and every tool ≥ 85; ผ่านดี ≥ 85 and every tool ≥ 85; ผ่าน ≥ 85 with a tool < 85; ไม่ผ่าน < 85.
 * 2563–2565: AA/A/B/C/D/E/F. Scores are compared at 2 decimals, as published.
 */
export function ratingLevel(overall: number, year: number, toolScores: (number | undefined)[] = []): Level {
  const score = Math.round(overall * 100) / 100;
  if (year < 2566) {
    if (score >= 95) return "AA";
    if (score >= 85) return "A";
    if (score >= 75) return "B";
    if (score >= 65) return "C";
    if (score >= 55) return "D";
    if (score >= 50) return "E";
    return "F";
  }
  if (score < PASS_MARK) return "ไม่ผ่าน";
  const weakTool = toolScores.some((t) => t !== undefined && Math.round(t * 100) / 100 < PASS_MARK);
  if (weakTool) return "ผ่าน";
  return score >= 95 ? "ผ่านดีเยี่ยม" : "ผ่านดี";
}

export function levelFromTools(overall: number, year: number, tools: Partial<Record<ToolKey, Sourced>>): Level {
  return ratingLevel(
    overall,
    year,
    LEVEL_TOOLS.map((t) => tools[t]?.value),
  );
}
