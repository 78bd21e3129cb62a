// What the pane shows, derived from the engine's result (pure, so it is easy to test).
import { type AnalysisResult, type IssueNumber, type Problem, type TableInfo, toAnalysisJson, type ToolKey } from "../core";

export interface Findings {
  /** No ITA score at all was recognised. */
  nothingFound: boolean;
  errors: Problem[];
  warnings: Problem[];
  tables: TableInfo[];
  /** Undefined when no results year could be told (there is then an error to fix). */
  year: number | undefined;
  /** Years seen in the workbook. */
  years: number[];
  frameworkId: string;
  frameworkLabel: string;
  provisional: boolean;
  scored: number;
  total: number;
  missing: string[];
  agency?: string;
}

export function findingsOf(result: AnalysisResult, extra: Problem[] = []): Findings {
  const problems = [...extra, ...result.problems];
  const scoredCodes = new Set(result.current.items.filter((i) => i.score !== null).map((i) => i.code));
  return {
    // As in the core: tables with nothing but blanks are no data.
    nothingFound: result.read.observations.every((o) => o.score === null),
    errors: problems.filter((p) => p.severity === "error"),
    warnings: problems.filter((p) => p.severity === "warning"),
    tables: result.read.tables,
    year: result.year,
    years: [
      ...new Set([
        ...result.read.years,
        ...(result.previous ? [result.previous.year] : []),
        ...(result.year !== undefined ? [result.year] : []),
      ]),
    ].sort(),
    frameworkId: result.framework.id,
    frameworkLabel: result.framework.label,
    provisional: result.framework.oitProvisional,
    scored: result.framework.items.filter((i) => scoredCodes.has(i.code)).length,
    total: result.framework.items.length,
    missing: result.current.missing,
    ...(result.agency ? { agency: result.agency } : {}),
  };
}

export interface IssueCount {
  number: IssueNumber;
  title: string;
  urgent: number;
  improve: number;
}

export interface ToolFigure {
  key: ToolKey;
  score: number;
  /** EIT's two parts are shown under EIT. */
  part: boolean;
  /** Computed through a grouping not confirmed for the framework (the engine's mark): said beside the figure. */
  provisional: boolean;
}

export interface ResultSummary {
  year: number | undefined;
  agency?: string;
  overall?: number;
  /** Typed in the workbook (an official figure) or computed by the engine from the scores. */
  overallSource?: "official" | "computed";
  overallProvisional: boolean;
  /** Which figures are provisional and why, one sentence (the engine's provisional note). */
  provisionalNote?: string;
  /** The level in force: the one the workbook states, else the one the scores give. */
  level?: string;
  /** Where the workbook states the level (its cell): it wins over the computed one. */
  levelCell?: string;
  /** The level the scores give, when the workbook states another one. */
  computedLevel?: string;
  /** A computed level given by a provisional figure. */
  levelProvisional: boolean;
  tools: ToolFigure[];
  issues: IssueCount[];
  /** Some issue's counts include indicators scored without their questions. */
  indicatorLevel: boolean;
  measures: number;
  fiscalYear: number;
}

export function summaryOf(result: AnalysisResult): ResultSummary {
  const json = toAnalysisJson(result);
  // The engine marks every figure computed through a provisional grouping (Sourced.provisional).
  const cur = result.current;
  const tools = (Object.entries(json.tools) as [ToolKey, number][]).map(([key, score]) => ({
    key,
    score,
    part: key === "EIT_PUBLIC" || key === "EIT_SURVEY",
    provisional: cur.tools[key]?.provisional === true,
  }));
  const overall = cur.overall;
  const ls = cur.levelSource;
  const stated = ls?.source === "official";
  return {
    year: result.year,
    ...(result.agency ? { agency: result.agency } : {}),
    ...(json.overall ? { overall: json.overall.score } : {}),
    ...(overall ? { overallSource: overall.source } : {}),
    overallProvisional: overall?.provisional === true,
    ...(result.provisionalNote ? { provisionalNote: result.provisionalNote } : {}),
    // A stated level stands even without an overall score.
    ...(cur.level ? { level: cur.level } : {}),
    ...(stated && ls.cell ? { levelCell: ls.cell } : {}),
    ...(stated && ls.computed && ls.computed !== cur.level ? { computedLevel: ls.computed } : {}),
    levelProvisional: !stated && ls?.provisional === true,
    tools,
    // Indicators scored without their questions count as what needs work, as the measures do.
    issues: result.issues.map((issue) => ({
      number: issue.number,
      title: issue.title,
      urgent: [...issue.items, ...issue.indicators].filter((i) => i.status === "urgent").length,
      improve: [...issue.items, ...issue.indicators].filter((i) => i.status === "improve").length,
    })),
    indicatorLevel: result.issues.some((issue) => issue.indicators.some((a) => a.status !== "maintain")),
    measures: result.plan.rows.length,
    fiscalYear: result.plan.fiscalYear,
  };
}
