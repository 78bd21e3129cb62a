import { INDICATOR_NUMBERS, TOOL_KEYS } from "../vocabulary";
import type { AnalysisResult } from "../analysis/result";
import type {
  IndicatorNumber,
  IssueNumber,
  ItemStatus,
  MeasureRow,
  Problem,
  Sourced,
  SubIndicatorId,
  Tool,
  ToolKey,
  YearScores,
} from "../types";
import { round2 } from "../text/round";

// The `--json` output: a stable, documented shape (docs/analysis-json.md). Keep these names;
// add fields freely. Every score is rounded to 2 decimals, the way ITA figures are published.

export interface OverallJson {
  score: number;
  level: string | null;
}

export type ToolsJson = Partial<Record<ToolKey, number>>;
/** Keys "1" … "10"; an indicator with no score is absent. */
export type IndicatorsJson = Partial<Record<`${IndicatorNumber}`, number>>;

export interface YearJson {
  year: number;
  framework: string;
  overall: OverallJson | null;
  tools: ToolsJson;
  indicators: IndicatorsJson;
}

export interface ItemJson {
  code: string;
  tool: Tool;
  indicator: IndicatorNumber;
  subIndicator: SubIndicatorId | null;
  text: string;
  score: number | null;
  /** EIT given in two columns: the question score is their mean. */
  parts: { public: number | null; survey: number | null } | null;
  status: ItemStatus | null;
  issues: IssueNumber[];
  /** Where the score was read ("รายข้อ!D7"), null when it was not read from a cell. */
  cell: string | null;
  finding: string | null;
}

export interface IssueJson {
  number: IssueNumber;
  title: string;
  weak: string[];
  readings: string[];
}

/** A row of the plan, as planned (the stable names are those of MeasureRow). */
export type MeasureJson = MeasureRow;

export type ProblemJson = Problem;

export interface ComparisonJson {
  fromYear: number;
  toYear: number;
  overall: number | null;
  tools: ToolsJson;
  indicators: IndicatorsJson;
}

export interface AnalysisJson {
  /** null only for data with errors (the command then writes no JSON). */
  year: number | null;
  framework: string;
  agency: string | null;
  overall: OverallJson | null;
  tools: ToolsJson;
  indicators: IndicatorsJson;
  previous: YearJson | null;
  comparison: ComparisonJson | null;
  fiscalYear: number;
  items: ItemJson[];
  missing: string[];
  issues: IssueJson[];
  measures: MeasureJson[];
  problems: ProblemJson[];
}

const TOOL_ORDER = TOOL_KEYS;

function toolsJson(tools: Partial<Record<ToolKey, Sourced | number>>): ToolsJson {
  const out: ToolsJson = {};
  for (const t of TOOL_ORDER) {
    const v = tools[t];
    if (v !== undefined) out[t] = round2(typeof v === "number" ? v : v.value);
  }
  return out;
}

function indicatorsJson(indicators: Partial<Record<IndicatorNumber, Sourced | number>>): IndicatorsJson {
  const out: IndicatorsJson = {};
  for (const n of INDICATOR_NUMBERS) {
    const v = indicators[n];
    if (v !== undefined) out[`${n}`] = round2(typeof v === "number" ? v : v.value);
  }
  return out;
}

function overallJson(scores: YearScores): OverallJson | null {
  return scores.overall ? { score: round2(scores.overall.value), level: scores.level ?? null } : null;
}

const roundOrNull = (v: number | null | undefined): number | null => (v === null || v === undefined ? null : round2(v));

/** The analysis in the documented JSON shape. */
export function toAnalysisJson(result: AnalysisResult): AnalysisJson {
  const { current, previous, comparison } = result;
  const parts = new Map(current.items.filter((i) => i.parts).map((i) => [i.code, i.parts!]));
  const items: ItemJson[] = result.items
    .filter((i) => i.score !== null || i.status !== null)
    .map((i) => {
      const p = parts.get(i.code);
      return {
        code: i.code,
        tool: i.tool,
        indicator: i.indicator,
        subIndicator: i.subIndicator ?? null,
        text: i.text,
        score: roundOrNull(i.score),
        parts: p ? { public: roundOrNull(p.public), survey: roundOrNull(p.survey) } : null,
        status: i.status,
        issues: [...i.issues],
        cell: i.cell ?? null,
        finding: i.finding ?? null,
      };
    });
  return {
    year: result.year ?? null,
    framework: result.framework.id,
    agency: result.agency ?? null,
    overall: overallJson(current),
    tools: toolsJson(current.tools),
    indicators: indicatorsJson(current.indicators),
    previous: previous
      ? {
          year: previous.year,
          framework: previous.frameworkId,
          overall: overallJson(previous),
          tools: toolsJson(previous.tools),
          indicators: indicatorsJson(previous.indicators),
        }
      : null,
    comparison: comparison
      ? {
          fromYear: comparison.fromYear,
          toYear: comparison.toYear,
          overall: roundOrNull(comparison.overall),
          tools: toolsJson(comparison.tools),
          indicators: indicatorsJson(comparison.indicators),
        }
      : null,
    fiscalYear: result.plan.fiscalYear,
    items,
    missing: [...current.missing],
    issues: result.issues.map((i) => ({ number: i.number, title: i.title, weak: [...i.weak], readings: [...i.readings] })),
    measures: result.plan.rows.map((m) => ({
      issue: m.issue,
      issueTitle: m.issueTitle,
      codes: [...m.codes],
      status: m.status,
      finding: m.finding,
      measure: m.measure,
      steps: [...m.steps],
      responsible: m.responsible,
      timeframe: m.timeframe,
      evidence: [...m.evidence],
      libraryId: m.libraryId,
    })),
    problems: result.problems.map((p) => ({ severity: p.severity, cell: p.cell, message: p.message, ...(p.en ? { en: p.en } : {}) })),
  };
}
