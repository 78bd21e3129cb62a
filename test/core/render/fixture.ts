// Hand-made AnalysisResult values for the renderer and JSON tests, built from the core's own steps
// (scores → items → plan) without reading a workbook.
import type { AnalysisResult } from "../../../src/core/analysis/result";
import { BUILTIN_CATALOG } from "../../../src/core/catalog/builtin";
import { frameworkById } from "../../../src/core/catalog/find";
import { classificationOptions } from "../../../src/core/analysis/classify";
import { analyzeItems } from "../../../src/core/analysis/items";
import { compareYears } from "../../../src/core/analysis/compare";
import { builtinLibrary } from "../../../src/core/measures/library";
import { buildPlan } from "../../../src/core/measures/plan";
import { computeYear } from "../../../src/core/scoring/compute";
import { emptyTable } from "../../../src/core/scoring/table";
import type { IndicatorNumber, Problem, ToolKey } from "../../../src/core/types";

const range = (p: string, a: number, b: number) => Array.from({ length: b - a + 1 }, (_, k) => `${p}${a + k}`);

/** 2566 per question: i8 80 (urgent), i10 92 (improve, reverse), e13 84.5, o13/o17/o22 at 0. */
export const ITEMS_2566: Record<string, number> = Object.fromEntries([
  ...range("i", 1, 30).map((c) => [c, c === "i8" ? 80 : c === "i10" ? 92 : 100]),
  ...range("e", 1, 15).map((c) => [c, c === "e13" ? 84.5 : 97.25]),
  ...range("o", 1, 43).map((c) => [c, ["o13", "o17", "o22"].includes(c) ? 0 : 100]),
]);

export interface FixtureOptions {
  agency?: string;
  problems?: Problem[];
  /** Drop these codes (missing items). */
  drop?: string[];
  previous?: { year: number; tools: Partial<Record<ToolKey, number>>; indicators: Record<number, number>; overall: number };
}

export function result2566(o: FixtureOptions = {}): AnalysisResult {
  const framework = frameworkById(BUILTIN_CATALOG, "2566")!;
  const table = emptyTable(2566);
  let row = 4;
  for (const [code, score] of Object.entries(ITEMS_2566)) {
    row++;
    if (o.drop?.includes(code)) continue;
    table.items.set(code, { score, cell: `รายข้อ!C${row}` });
  }
  const current = computeYear(framework, table);
  const classification = classificationOptions();
  const { items, issues } = analyzeItems(BUILTIN_CATALOG, framework, current.scores, classification);
  const library = builtinLibrary("2566");
  const planned = buildPlan(issues, library, 2567);
  let previous: AnalysisResult["previous"];
  if (o.previous) {
    const t = emptyTable(o.previous.year);
    for (const [k, v] of Object.entries(o.previous.tools)) t.tools.set(k as ToolKey, { value: v, cell: `สรุป!C${k}` });
    for (const [k, v] of Object.entries(o.previous.indicators)) t.indicators.set(Number(k) as IndicatorNumber, { value: v, cell: `สรุป!C${k}` });
    t.overall = { value: o.previous.overall, cell: "สรุป!C20" };
    previous = computeYear(framework, t).scores;
  }
  return {
    ...(o.agency ? { agency: o.agency } : {}),
    year: 2566,
    framework,
    catalog: BUILTIN_CATALOG,
    current: current.scores,
    ...(previous ? { previous, comparison: compareYears(previous, current.scores) } : {}),
    items,
    issues,
    plan: planned.plan,
    library,
    libraryFromWorkbook: false,
    classification,
    read: { observations: [], tables: [], problems: [], years: [2566] },
    problems: [...(o.problems ?? []), ...current.problems, ...planned.problems],
  };
}
