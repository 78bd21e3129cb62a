import type { Framework, IndicatorNumber, ItemScore, Problem, Sourced, SubIndicatorId, Tool, ToolKey, YearScores } from "../types";
import { mean, round2 } from "../text/round";
import { levelFromTools } from "./levels";
import type { CellScore, ScoreTable } from "./table";
import { warning } from "../problems";
import { TOOL_IN_TEXT, TOOLS } from "../vocabulary";

export const WEIGHTS = { IIT: 0.3, EIT: 0.3, OIT: 0.4 } as const;

/** A tool's indicators, as the framework assigns them (IIT 1–5, EIT 6–8, OIT 9–10). */
const indicatorsOf = (framework: Framework, tool: Tool): IndicatorNumber[] =>
  framework.indicators.filter((i) => i.tool === tool).map((i) => i.number);

const official = (c: CellScore): Sourced => ({ value: c.value, source: "official", cell: c.cell });
const computed = (value: number): Sourced => ({ value, source: "computed" });

/**
 * Official figures found in the workbook win; a computed one stands in where none was given.
 * Where both exist and differ by more than 0.01 at 2 decimals, the user is told both values.
 */
function settle(
  label: { th: string; en: string },
  given: CellScore | undefined,
  calc: number | undefined,
  problems: Problem[],
): Sourced | undefined {
  if (given) {
    if (calc !== undefined && Math.abs(round2(given.value) - round2(calc)) > 0.01 + 1e-9) {
      const [was, is] = [round2(given.value).toFixed(2), round2(calc).toFixed(2)];
      problems.push(
        warning(
          given.cell,
          `${label.th} ที่ ${given.cell} เป็น ${was} ต่างจากค่าที่คำนวณจากคะแนนย่อย ${is} จึงใช้ค่าที่กรอกไว้: ตรวจคะแนนทั้งสองแห่งให้ถูกต้อง`,
          `${label.en} ${was} differs from the computed ${is}; using the official figure`,
        ),
      );
    }
    return official(given);
  }
  return calc === undefined ? undefined : computed(calc);
}

const meanOf = (values: (number | undefined)[]): number | undefined => {
  const present = values.filter((v): v is number => v !== undefined);
  return present.length ? mean(present) : undefined;
};

/**
 * Question → sub-indicator mean (OIT) → indicator mean → tool → ITA = 0.30·IIT + 0.30·EIT + 0.40·OIT.
 * Indicator 9 is the mean of its sub-indicators (not of its items); missing items are left out, never 0.
 */
export function computeYear(framework: Framework, table: ScoreTable): { scores: YearScores; problems: Problem[] } {
  const problems: Problem[] = [];
  const items: ItemScore[] = [];
  const itemScore = new Map<string, number>();
  const missing: string[] = [];
  for (const item of framework.items) {
    const entry = table.items.get(item.code);
    if (entry && entry.score !== null) itemScore.set(item.code, entry.score);
    else missing.push(item.code);
    if (entry) {
      const parts = entry.parts && {
        public: entry.parts.public?.value ?? null,
        survey: entry.parts.survey?.value ?? null,
      };
      items.push({ code: item.code, score: entry.score, cell: entry.cell, ...(parts ? { parts } : {}) });
    }
  }

  const subIndicators: Record<SubIndicatorId, Sourced> = {};
  for (const sub of framework.subIndicators) {
    const calc = meanOf(framework.items.filter((i) => i.subIndicator === sub.id).map((i) => itemScore.get(i.code)));
    const s = settle({ th: `ตัวชี้วัดย่อย ${sub.id}`, en: `sub-indicator ${sub.id}` }, table.subIndicators.get(sub.id), calc, problems);
    if (s) subIndicators[sub.id] = s;
  }

  const indicators: Partial<Record<IndicatorNumber, Sourced>> = {};
  for (const ind of framework.indicators) {
    const calc =
      ind.tool === "OIT"
        ? meanOf(framework.subIndicators.filter((s) => s.indicator === ind.number).map((s) => subIndicators[s.id]?.value))
        : meanOf(framework.items.filter((i) => i.indicator === ind.number).map((i) => itemScore.get(i.code)));
    const s = settle({ th: `ตัวชี้วัดที่ ${ind.number}`, en: `indicator ${ind.number}` }, table.indicators.get(ind.number), calc, problems);
    if (s) indicators[ind.number] = s;
  }

  const tools: Partial<Record<ToolKey, Sourced>> = {};
  for (const part of ["EIT_PUBLIC", "EIT_SURVEY"] as const) {
    const given = table.tools.get(part);
    if (given) tools[part] = official(given);
  }
  for (const tool of TOOLS) {
    // With only part of a tool's indicators, a computed tool score would mislead.
    const own = indicatorsOf(framework, tool);
    const complete = own.length > 0 && own.every((n) => indicators[n] !== undefined);
    let calc = complete ? meanOf(own.map((n) => indicators[n]?.value)) : undefined;
    if (tool === "EIT" && calc === undefined && tools.EIT_PUBLIC && tools.EIT_SURVEY)
      calc = (tools.EIT_PUBLIC.value + tools.EIT_SURVEY.value) / 2;
    const s = settle({ th: `คะแนน ${TOOL_IN_TEXT[tool]}`, en: tool }, table.tools.get(tool), calc, problems);
    if (s) tools[tool] = s;
  }

  const { IIT, EIT, OIT } = tools;
  const calcOverall = IIT && EIT && OIT ? WEIGHTS.IIT * IIT.value + WEIGHTS.EIT * EIT.value + WEIGHTS.OIT * OIT.value : undefined;
  const overall = settle({ th: "คะแนนรวม ITA", en: "overall ITA score" }, table.overall, calcOverall, problems);

  const scores: YearScores = {
    year: table.year,
    frameworkId: framework.id,
    items,
    subIndicators,
    indicators,
    tools,
    missing,
  };
  if (overall) {
    scores.overall = overall;
    scores.level = levelFromTools(overall.value, table.year, tools);
  }
  return { scores, problems };
}
