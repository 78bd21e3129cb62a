import { INDICATOR_NUMBERS, TOOL_KEYS } from "../vocabulary";
import type { AnalysisResult } from "../analysis/result";
import type {
  IndicatorAnalysis,
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

/** Where a published figure came from: a cell of the workbook (official) or computed from other figures. */
export type SourceJson = "official" | "computed";

export interface OverallJson {
  score: number;
  level: string | null;
  /** The score: read from `cell` (official) or computed (0.30·IIT + 0.30·EIT + 0.40·OIT). */
  source: SourceJson;
  cell: string | null;
  /** Computed through a provisional grouping (the 2567/2568 OIT lists), or from such a figure. */
  provisional: boolean;
  /** The level: stated in the workbook at `levelCell` (official), or given by the scores. */
  levelSource: SourceJson | null;
  levelCell: string | null;
  /** The level the scores give, when it differs from a stated one (null otherwise). */
  computedLevel: string | null;
}

/** One figure with its source, beside the plain maps of tools and indicators. */
export interface FigureJson {
  score: number;
  source: SourceJson;
  cell: string | null;
  provisional: boolean;
}

export interface FiguresJson {
  tools: Partial<Record<ToolKey, FigureJson>>;
  indicators: Partial<Record<`${IndicatorNumber}`, FigureJson>>;
  subIndicators: Record<SubIndicatorId, FigureJson>;
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
  figures: FiguresJson;
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
  /** Part of a list not confirmed for the framework: its sub-indicator and issues are provisional. */
  provisional: boolean;
}

/** An indicator scored without any of its questions, analysed at the indicator level. */
export interface IndicatorJson {
  indicator: IndicatorNumber;
  tool: Tool;
  name: string;
  score: number | null;
  /** Only the tool's score is known (then score is null). */
  toolScore: number | null;
  cell: string | null;
  status: ItemStatus;
  finding: string | null;
  provisional: boolean;
}

export interface IssueJson {
  number: IssueNumber;
  title: string;
  weak: string[];
  indicators: IndicatorJson[];
  weakIndicators: IndicatorNumber[];
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
  /** Every figure of `year` with where it came from: the cell it was read from, or computed; provisional or not. */
  figures: FiguresJson;
  /** Some figure of `year` was computed with a provisional grouping (see `provisionalNote`). */
  provisional: boolean;
  /** Thai: which figures are provisional and why; null when none is. */
  provisionalNote: string | null;
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
  const o = scores.overall;
  if (!o) return null;
  const ls = scores.levelSource;
  return {
    score: round2(o.value),
    level: scores.level ?? null,
    source: o.source,
    cell: o.cell ?? null,
    provisional: o.provisional === true,
    levelSource: ls?.source ?? null,
    levelCell: ls?.cell ?? null,
    computedLevel: ls?.computed !== undefined && ls.computed !== scores.level ? ls.computed : null,
  };
}

const figure = (s: Sourced): FigureJson => ({
  score: round2(s.value),
  source: s.source,
  cell: s.cell ?? null,
  provisional: s.provisional === true,
});

function figuresJson(scores: YearScores): FiguresJson {
  const tools: FiguresJson["tools"] = {};
  for (const t of TOOL_ORDER) {
    const s = scores.tools[t];
    if (s) tools[t] = figure(s);
  }
  const indicators: FiguresJson["indicators"] = {};
  for (const n of INDICATOR_NUMBERS) {
    const s = scores.indicators[n];
    if (s) indicators[`${n}`] = figure(s);
  }
  const subIndicators: FiguresJson["subIndicators"] = {};
  for (const [id, s] of Object.entries(scores.subIndicators)) subIndicators[id] = figure(s);
  return { tools, indicators, subIndicators };
}

function yearJson(scores: YearScores): YearJson {
  return {
    year: scores.year,
    framework: scores.frameworkId,
    overall: overallJson(scores),
    tools: toolsJson(scores.tools),
    indicators: indicatorsJson(scores.indicators),
    figures: figuresJson(scores),
  };
}

function indicatorJson(a: IndicatorAnalysis): IndicatorJson {
  return {
    indicator: a.indicator,
    tool: a.tool,
    name: a.name,
    score: a.score === null ? null : round2(a.score),
    toolScore: a.toolScore === undefined ? null : round2(a.toolScore),
    cell: a.cell ?? null,
    status: a.status,
    finding: a.finding ?? null,
    provisional: a.provisional === true,
  };
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
        provisional: i.provisional === true,
      };
    });
  const figures = figuresJson(current);
  return {
    year: result.year ?? null,
    framework: result.framework.id,
    agency: result.agency ?? null,
    overall: overallJson(current),
    tools: toolsJson(current.tools),
    indicators: indicatorsJson(current.indicators),
    figures,
    provisional: result.provisionalNote !== undefined,
    provisionalNote: result.provisionalNote ?? null,
    previous: previous ? yearJson(previous) : null,
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
    issues: result.issues.map((i) => ({
      number: i.number,
      title: i.title,
      weak: [...i.weak],
      indicators: i.indicators.map(indicatorJson),
      weakIndicators: [...i.weakIndicators],
      readings: [...i.readings],
    })),
    measures: result.plan.rows.map((m) => ({
      issue: m.issue,
      issueTitle: m.issueTitle,
      codes: [...m.codes],
      indicators: [...m.indicators],
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
