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
  /** Rests on a list the catalog marks provisional (the 2567+ OIT list): said beside the figure. */
  provisional: boolean;
}

export interface ResultSummary {
  year: number | undefined;
  agency?: string;
  overall?: number;
  /** Typed in the workbook (an official figure) or computed by the engine from the scores. */
  overallSource?: "official" | "computed";
  overallProvisional: boolean;
  level?: string;
  tools: ToolFigure[];
  issues: IssueCount[];
  measures: number;
  fiscalYear: number;
}

export function summaryOf(result: AnalysisResult): ResultSummary {
  const json = toAnalysisJson(result);
  // Where the engine marks a figure provisional itself (issue 7), that flag belongs here; until
  // then: OIT rests on the framework's provisional list when an OIT indicator was computed from
  // its items (official indicator or tool figures do not), and so does an overall computed from it.
  const cur = result.current;
  const oit =
    result.framework.oitProvisional &&
    cur.tools.OIT?.source === "computed" &&
    ([9, 10] as const).some((n) => cur.indicators[n]?.source === "computed");
  const tools = (Object.entries(json.tools) as [ToolKey, number][]).map(([key, score]) => ({
    key,
    score,
    part: key === "EIT_PUBLIC" || key === "EIT_SURVEY",
    provisional: oit && key === "OIT",
  }));
  const overall = cur.overall;
  return {
    year: result.year,
    ...(result.agency ? { agency: result.agency } : {}),
    ...(json.overall ? { overall: json.overall.score } : {}),
    ...(overall ? { overallSource: overall.source } : {}),
    overallProvisional: oit && overall?.source === "computed",
    ...(json.overall?.level ? { level: json.overall.level } : {}),
    tools,
    issues: result.issues.map((issue) => ({
      number: issue.number,
      title: issue.title,
      urgent: issue.items.filter((i) => i.status === "urgent").length,
      improve: issue.items.filter((i) => i.status === "improve").length,
    })),
    measures: result.plan.rows.length,
    fiscalYear: result.plan.fiscalYear,
  };
}
