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

export interface ResultSummary {
  year: number | undefined;
  agency?: string;
  overall?: number;
  level?: string;
  tools: { key: ToolKey; score: number }[];
  issues: IssueCount[];
  measures: number;
  fiscalYear: number;
}

export function summaryOf(result: AnalysisResult): ResultSummary {
  const json = toAnalysisJson(result);
  const tools = (Object.entries(json.tools) as [ToolKey, number][]).map(([key, score]) => ({ key, score }));
  return {
    year: result.year,
    ...(result.agency ? { agency: result.agency } : {}),
    ...(json.overall ? { overall: json.overall.score } : {}),
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
