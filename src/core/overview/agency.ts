// One agency's row of an overview: what a district or provincial office compares across the
// agencies it supports. Plain data (it crosses from a worker thread to the command, and is one line
// of `ita batch --json-lines`), taken from the documented JSON so its figures are rounded once.
import type { AnalysisResult } from "../analysis/result";
import { toAnalysisJson, type IndicatorsJson, type ToolsJson } from "../report/json";
import type { IssueNumber, ItemStatus } from "../types";

export interface WeakItem {
  code: string;
  text: string;
  issues: IssueNumber[];
  status: Exclude<ItemStatus, "maintain">;
  score: number | null;
}

export interface AgencySummary {
  agency: string | null;
  /** อำเภอ and จังหวัด where the workbook states them, null otherwise. */
  district: string | null;
  province: string | null;
  year: number | null;
  framework: string;
  overall: number | null;
  level: string | null;
  tools: ToolsJson;
  indicators: IndicatorsJson;
  urgent: number;
  improve: number;
  /** The issue with the most urgent items (then improve items, then the lower mean score); null when none is weak. */
  weakestIssue: { number: IssueNumber; title: string } | null;
  weak: WeakItem[];
  warnings: number;
}

/** The row of one agency; its district and province come from the caller when the workbook states them. */
export function agencySummary(result: AnalysisResult, place: { district?: string; province?: string } = {}): AgencySummary {
  const json = toAnalysisJson(result);
  const weak: WeakItem[] = [];
  for (const i of json.items)
    if (i.status === "urgent" || i.status === "improve")
      weak.push({ code: i.code, text: i.text, issues: i.issues, status: i.status, score: i.score });
  let weakest: { number: IssueNumber; title: string; urgent: number; improve: number; mean: number } | null = null;
  for (const issue of result.issues) {
    const scored = issue.items.filter((i) => i.score !== null);
    const urgent = issue.items.filter((i) => i.status === "urgent").length;
    const improve = issue.items.filter((i) => i.status === "improve").length;
    if (urgent + improve === 0) continue;
    const mean = scored.length ? scored.reduce((s, i) => s + (i.score as number), 0) / scored.length : Infinity;
    const better =
      !weakest ||
      urgent > weakest.urgent ||
      (urgent === weakest.urgent && (improve > weakest.improve || (improve === weakest.improve && mean < weakest.mean)));
    if (better) weakest = { number: issue.number, title: issue.title, urgent, improve, mean };
  }
  return {
    agency: json.agency,
    district: place.district ?? null,
    province: place.province ?? null,
    year: json.year,
    framework: json.framework,
    overall: json.overall?.score ?? null,
    level: json.overall?.level ?? null,
    tools: json.tools,
    indicators: json.indicators,
    urgent: weak.filter((w) => w.status === "urgent").length,
    improve: weak.filter((w) => w.status === "improve").length,
    weakestIssue: weakest ? { number: weakest.number, title: weakest.title } : null,
    weak,
    warnings: json.problems.filter((p) => p.severity === "warning").length,
  };
}
