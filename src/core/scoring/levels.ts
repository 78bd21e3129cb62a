import type { Sourced, ToolKey } from "../types";
import { belowBar } from "../text/round";
import { TOOL_KEYS } from "../vocabulary";

export const PASS_MARK = 85;
/** ผ่านดีเยี่ยม from 2566 on (with every tool at PASS_MARK or above). */
export const EXCELLENT_MARK = 95;
/** Tool scores checked against 85 for the 2566+ levels. */
export const LEVEL_TOOLS: readonly ToolKey[] = TOOL_KEYS;

export type Level = "ผ่านดีเยี่ยม" | "ผ่านดี" | "ผ่าน" | "ไม่ผ่าน" | "AA" | "A" | "B" | "C" | "D" | "E" | "F";

/** 2563–2565: the lowest score of each band (F below 50). */
const BANDS_BEFORE_2566: readonly [Level, number][] = [
  ["AA", 95],
  ["A", 85],
  ["B", 75],
  ["C", 65],
  ["D", 55],
  ["E", 50],
];

/** Every level name of every year's rules (what a cell holding a level may say). */
export const LEVEL_NAMES: readonly Level[] = ["ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน", "ไม่ผ่าน", "AA", "A", "B", "C", "D", "E", "F"];

/** A cell's text that is a level name and nothing else. */
export function levelName(text: string): Level | undefined {
  const t = text.trim();
  return LEVEL_NAMES.find((l) => l === t);
}

/** The levels a year's rules give, best first. */
export function levelsOf(year: number): readonly Level[] {
  return year < 2566 ? [...BANDS_BEFORE_2566.map(([l]) => l), "F"] : LEVELS_FROM_2566;
}

const LEVELS_FROM_2566: readonly Level[] = ["ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน", "ไม่ผ่าน"];

/**
 * The rating level of an overall score by the rules of its year.
 * 2566 on: ผ่านดีเยี่ยม ≥ 95 and every tool ≥ 85; ผ่านดี ≥ 85 and every tool ≥ 85; ผ่าน ≥ 85 with a tool < 85; ไม่ผ่าน < 85.
 * 2563–2565: AA/A/B/C/D/E/F. Scores are compared at 2 decimals, as published.
 */
export function ratingLevel(overall: number, year: number, toolScores: (number | undefined)[] = []): Level {
  if (year < 2566) {
    for (const [level, from] of BANDS_BEFORE_2566) if (!belowBar(overall, from)) return level;
    return "F";
  }
  if (belowBar(overall, PASS_MARK)) return "ไม่ผ่าน";
  const weakTool = toolScores.some((t) => t !== undefined && belowBar(t, PASS_MARK));
  if (weakTool) return "ผ่าน";
  return belowBar(overall, EXCELLENT_MARK) ? "ผ่านดี" : "ผ่านดีเยี่ยม";
}

/**
 * Whether a tool figure takes part in the level rule. EIT parts computed from per-question parts are
 * shown, not weighed: whether a part below 85 lowers the level is not confirmed, and only a part
 * figure the workbook gives has counted.
 */
export function countsForLevel(tool: ToolKey, figure: Sourced | undefined): figure is Sourced {
  if (!figure) return false;
  return !((tool === "EIT_PUBLIC" || tool === "EIT_SURVEY") && figure.source === "computed");
}

export function levelFromTools(overall: number, year: number, tools: Partial<Record<ToolKey, Sourced>>): Level {
  return ratingLevel(
    overall,
    year,
    LEVEL_TOOLS.map((t) => (countsForLevel(t, tools[t]) ? tools[t]!.value : undefined)),
  );
}
