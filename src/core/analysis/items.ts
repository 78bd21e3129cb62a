import type {
  Catalog,
  ClassificationOptions,
  Framework,
  IndicatorAnalysis,
  IssueAnalysis,
  ItemAnalysis,
  ItemStatus,
  YearScores,
} from "../types";
import { classifyScore } from "./classify";
import { belowBar } from "../text/round";
import { ISSUE_NUMBERS } from "../vocabulary";
import { findingSentence } from "./findings";
import { crossToolReadings } from "./readings";
import { analyzeIndicators } from "./indicators";

/** Threshold mode classifies each item alone; lowest mode flags the N lowest (below 100) of each issue. */
function statuses(framework: Framework, scores: YearScores, o: ClassificationOptions): Map<string, ItemStatus> {
  const scoreOf = new Map(scores.items.filter((i) => i.score !== null).map((i) => [i.code, i.score as number]));
  const result = new Map<string, ItemStatus>();
  if (o.mode === "threshold") {
    for (const item of framework.items) {
      const s = scoreOf.get(item.code);
      if (s !== undefined) result.set(item.code, classifyScore(item, s, o));
    }
    return result;
  }
  for (const item of framework.items) if (scoreOf.has(item.code)) result.set(item.code, "maintain");
  for (const n of ISSUE_NUMBERS) {
    const lowest = framework.items
      .filter((i) => i.issues.includes(n) && scoreOf.has(i.code) && belowBar(scoreOf.get(i.code)!, 100))
      .sort((a, b) => scoreOf.get(a.code)! - scoreOf.get(b.code)! || a.code.localeCompare(b.code))
      .slice(0, o.lowestPerIssue);
    for (const item of lowest) {
      const s = scoreOf.get(item.code)!;
      // Flagged as weak; urgent where the threshold rule says so.
      const status = classifyScore(item, s, o) === "urgent" ? "urgent" : "improve";
      if (result.get(item.code) !== "urgent") result.set(item.code, status);
    }
  }
  return result;
}

/**
 * Every item of the framework with its score, status and finding, grouped by issue; and the
 * indicators scored without any of their questions, filed under their issue (analysis/indicators.ts).
 * An item with no score has no status: only what the workbook says is analysed.
 */
export function analyzeItems(
  catalog: Catalog,
  framework: Framework,
  scores: YearScores,
  o: ClassificationOptions,
): { items: ItemAnalysis[]; issues: IssueAnalysis[]; indicators: IndicatorAnalysis[] } {
  const byCode = new Map(scores.items.map((i) => [i.code, i]));
  const status = statuses(framework, scores, o);
  const oit = new Map(scores.items.filter((i) => i.score !== null && i.code.startsWith("o")).map((i) => [i.code, i.score as number]));
  const items: ItemAnalysis[] = framework.items.map((item) => {
    const s = byCode.get(item.code);
    const score = s?.score ?? null;
    const itemStatus = score === null ? null : (status.get(item.code) ?? null);
    const analysis: ItemAnalysis = {
      code: item.code,
      tool: item.tool,
      text: item.text,
      score,
      status: itemStatus,
      issues: item.issues,
      indicator: item.indicator,
      ...(item.subIndicator ? { subIndicator: item.subIndicator } : {}),
      ...(s?.cell ? { cell: s.cell } : {}),
      ...(item.provisional ? { provisional: true } : {}),
      ...(s?.parts ? { parts: { public: s.parts.public ?? null, survey: s.parts.survey ?? null } } : {}),
    };
    if (score !== null && (itemStatus === "urgent" || itemStatus === "improve"))
      analysis.finding = findingSentence(item, score, itemStatus, o, { ...(analysis.parts ? { parts: analysis.parts } : {}), oit });
    return analysis;
  });
  const weakCodes = new Set(items.filter((i) => i.status === "urgent" || i.status === "improve").map((i) => i.code));
  const indicators = analyzeIndicators(framework, scores, o, weakCodes);
  const issues: IssueAnalysis[] = catalog.issues.map((info) => {
    const members = items.filter((i) => i.issues.includes(info.number));
    const own = indicators.filter((a) => a.issue === info.number);
    return {
      number: info.number,
      title: info.title,
      items: members,
      weak: members.filter((i) => i.status === "urgent" || i.status === "improve").map((i) => i.code),
      indicators: own,
      weakIndicators: own.filter((a) => a.status !== "maintain").map((a) => a.indicator),
      readings: crossToolReadings(members, o, own),
    };
  });
  return { items, issues, indicators };
}
