import type { Catalog, ClassificationOptions, Framework, IssueAnalysis, ItemAnalysis, ItemStatus, YearScores } from "../types";
import { classifyScore } from "./classify";
import { belowBar } from "../text/round";
import { ISSUE_NUMBERS } from "../vocabulary";
import { findingSentence } from "./findings";
import { crossToolReadings } from "./readings";

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

export function analyzeItems(
  catalog: Catalog,
  framework: Framework,
  scores: YearScores,
  o: ClassificationOptions,
): { items: ItemAnalysis[]; issues: IssueAnalysis[] } {
  const byCode = new Map(scores.items.map((i) => [i.code, i]));
  const status = statuses(framework, scores, o);
  const items: ItemAnalysis[] = framework.items.map((item) => {
    const s = byCode.get(item.code);
    const score = s?.score ?? null;
    let itemStatus = status.get(item.code) ?? null;
    const indicatorScore = scores.indicators[item.indicator]?.value;
    // Where a question has no score of its own, its IIT/EIT indicator speaks for it.
    if (score === null && item.tool !== "OIT" && indicatorScore !== undefined && o.mode === "threshold")
      itemStatus = classifyScore(item, indicatorScore, o);
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
    };
    if (itemStatus === "urgent" || itemStatus === "improve") analysis.finding = findingSentence(item, score, itemStatus, o, indicatorScore);
    return analysis;
  });
  const issues: IssueAnalysis[] = catalog.issues.map((info) => {
    const members = items.filter((i) => i.issues.includes(info.number));
    return {
      number: info.number,
      title: info.title,
      items: members,
      weak: members.filter((i) => i.status === "urgent" || i.status === "improve").map((i) => i.code),
      readings: crossToolReadings(members, o),
    };
  });
  return { items, issues };
}
