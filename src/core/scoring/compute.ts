import type { Framework, IndicatorNumber, ItemScore, Problem, Sourced, SubIndicatorId, Tool, ToolKey, YearScores } from "../types";
import { mean, round2 } from "../text/round";
import { LEVEL_TOOLS, levelFromTools, levelsOf, type Level } from "./levels";
import type { CellScore, ScoreTable } from "./table";
import { warning } from "../problems";
import { TOOL_IN_TEXT, TOOLS } from "../vocabulary";

export const WEIGHTS = { IIT: 0.3, EIT: 0.3, OIT: 0.4 } as const;

/** A tool's indicators, as the framework assigns them (IIT 1–5, EIT 6–8, OIT 9–10). */
const indicatorsOf = (framework: Framework, tool: Tool): IndicatorNumber[] =>
  framework.indicators.filter((i) => i.tool === tool).map((i) => i.number);

const official = (c: CellScore): Sourced => ({ value: c.value, source: "official", cell: c.cell });

/** A computed figure; provisional when any figure it was computed from is (a provisional OIT grouping). */
interface Calc {
  value: number;
  provisional: boolean;
}

const computed = (c: Calc): Sourced => ({ value: c.value, source: "computed", ...(c.provisional ? { provisional: true } : {}) });

/**
 * Official figures found in the workbook win; a computed one stands in where none was given.
 * Where both exist and differ by more than 0.01 at 2 decimals, the user is told both values.
 */
function settle(
  label: { th: string; en: string },
  given: CellScore | undefined,
  calc: Calc | undefined,
  problems: Problem[],
): Sourced | undefined {
  if (given) {
    if (calc !== undefined && Math.abs(round2(given.value) - round2(calc.value)) > 0.01 + 1e-9) {
      const [was, is] = [round2(given.value).toFixed(2), round2(calc.value).toFixed(2)];
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

/** The mean of the figures present; provisional when one of them is. */
const meanOf = (values: ({ value: number; provisional?: boolean } | undefined)[]): Calc | undefined => {
  const present = values.filter((v): v is { value: number; provisional?: boolean } => v !== undefined);
  return present.length
    ? { value: mean(present.map((v) => v.value)), provisional: present.some((v) => v.provisional === true) }
    : undefined;
};

/**
 * Question → sub-indicator mean (OIT) → indicator mean → tool → ITA = 0.30·IIT + 0.30·EIT + 0.40·OIT.
 * Indicator 9 is the mean of its sub-indicators (not of its items); missing items are left out, never 0.
 * A figure computed through a provisional grouping (an item of a list not confirmed for the framework)
 * is marked provisional, and so is every figure computed from it.
 */
export function computeYear(framework: Framework, table: ScoreTable): { scores: YearScores; problems: Problem[] } {
  const problems: Problem[] = [];
  const items: ItemScore[] = [];
  const itemScore = new Map<string, { value: number; provisional: boolean }>();
  const missing: string[] = [];
  for (const item of framework.items) {
    const entry = table.items.get(item.code);
    if (entry && entry.score !== null) itemScore.set(item.code, { value: entry.score, provisional: item.provisional === true });
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
        ? meanOf(framework.subIndicators.filter((s) => s.indicator === ind.number).map((s) => subIndicators[s.id]))
        : meanOf(framework.items.filter((i) => i.indicator === ind.number).map((i) => itemScore.get(i.code)));
    const s = settle({ th: `ตัวชี้วัดที่ ${ind.number}`, en: `indicator ${ind.number}` }, table.indicators.get(ind.number), calc, problems);
    if (s) indicators[ind.number] = s;
  }

  const tools: Partial<Record<ToolKey, Sourced>> = {};
  for (const part of ["EIT_PUBLIC", "EIT_SURVEY"] as const) {
    const given = table.tools.get(part);
    if (given) tools[part] = official(given);
    else {
      // Per-question parts (EIT in two columns): each part is the mean of its indicator means, as EIT is.
      const side = part === "EIT_PUBLIC" ? "public" : "survey";
      const own = indicatorsOf(framework, "EIT");
      const means = own.map((n) =>
        meanOf(
          framework.items
            .filter((i) => i.indicator === n)
            .map((i) => table.items.get(i.code)?.parts?.[side])
            .map((p) => (p ? { value: p.value } : undefined)),
        ),
      );
      if (own.length && means.every((m) => m !== undefined)) tools[part] = computed(meanOf(means)!);
    }
  }
  for (const tool of TOOLS) {
    // With only part of a tool's indicators, a computed tool score would mislead.
    const own = indicatorsOf(framework, tool);
    const complete = own.length > 0 && own.every((n) => indicators[n] !== undefined);
    let calc = complete ? meanOf(own.map((n) => indicators[n])) : undefined;
    if (tool === "EIT" && calc === undefined && tools.EIT_PUBLIC && tools.EIT_SURVEY)
      calc = { value: (tools.EIT_PUBLIC.value + tools.EIT_SURVEY.value) / 2, provisional: false };
    const s = settle({ th: `คะแนน ${TOOL_IN_TEXT[tool]}`, en: tool }, table.tools.get(tool), calc, problems);
    if (s) tools[tool] = s;
  }

  const { IIT, EIT, OIT } = tools;
  const calcOverall: Calc | undefined =
    IIT && EIT && OIT
      ? {
          value: WEIGHTS.IIT * IIT.value + WEIGHTS.EIT * EIT.value + WEIGHTS.OIT * OIT.value,
          provisional: [IIT, EIT, OIT].some((t) => t.provisional === true),
        }
      : undefined;
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
  if (overall) scores.overall = overall;
  settleLevel(scores, table, problems);
  return { scores, problems };
}

/**
 * The level: a level stated in the workbook is an official figure and wins; where it differs from
 * the one the scores give, a warning names the cell and gives both. A stated level that is not a
 * level of that year's rules is reported and the computed one is used.
 */
function settleLevel(scores: YearScores, table: ScoreTable, problems: Problem[]): void {
  const { overall, tools, year } = scores;
  const computedLevel = overall ? levelFromTools(overall.value, year, tools) : undefined;
  const provisional = overall !== undefined && (overall.provisional === true || LEVEL_TOOLS.some((t) => tools[t]?.provisional === true));
  const stated = table.level;
  if (stated && !levelsOf(year).includes(stated.value as Level)) {
    problems.push(
      warning(
        stated.cell,
        `ระดับ “${stated.value}” ที่ ${stated.cell} ไม่ใช่ระดับผลการประเมินของปี ${year} (${levelsOf(year).join(" / ")}) จึงไม่นำมาใช้: แก้ระดับให้ตรงกับที่สำนักงาน ป.ป.ช. ประกาศ`,
        `${stated.cell}: "${stated.value}" is not a level of ${year}; not used`,
      ),
    );
  } else if (stated) {
    scores.level = stated.value;
    scores.levelSource = { source: "official", cell: stated.cell, ...(computedLevel ? { computed: computedLevel } : {}) };
    if (computedLevel && computedLevel !== stated.value)
      problems.push(
        warning(
          stated.cell,
          `ระดับผลการประเมินที่ ${stated.cell} คือ “${stated.value}” ต่างจากระดับที่ได้จากคะแนน (${round2(overall!.value).toFixed(2)} คะแนน ระดับ “${computedLevel}”) จึงใช้ระดับตามที่กรอกไว้: ตรวจระดับและคะแนนรายเครื่องมือให้ตรงกับที่สำนักงาน ป.ป.ช. ประกาศ`,
          `stated level ${stated.value} at ${stated.cell} differs from the computed ${computedLevel}; using the stated level`,
        ),
      );
    return;
  }
  if (computedLevel) {
    scores.level = computedLevel;
    scores.levelSource = { source: "computed", ...(provisional ? { provisional: true } : {}) };
  }
}
