import type { AnalysisResult } from "../../analysis/result";
import { countsForLevel, LEVEL_TOOLS, PASS_MARK } from "../../scoring/levels";
import { numberedSteps } from "../../measures/library-sheet";
import { round2 } from "../../text/round";
import type { IndicatorNumber, ToolKey } from "../../types";
import type { Digits } from "../kit/digits";
import { certainty, weaker } from "./certainty";
import type { Basis, IndicatorRow, IssueSection, Limitation, MeasureLine, O42Input, ToolRow } from "./model";
import { DEFAULT_LIMITATION_SIDES, NO_YEAR } from "./wording";

/** What the agency or the workbook says that the analysis does not: names, choices, staff's own rows. */
export interface O42Overrides {
  agency?: string;
  district?: string;
  province?: string;
  head?: { name?: string; position?: string };
  digits?: Digits;
  /** ISO date of the document (common era). */
  date?: string;
  /** The measures rows as staff left them in the workbook's measures sheet. */
  measures?: MeasureLine[];
  /** The limitations sheet's rows. */
  limitations?: Limitation[];
}

const TOOL_ORDER: ToolKey[] = ["IIT", "EIT", "EIT_PUBLIC", "EIT_SURVEY", "OIT"];

function issues(result: AnalysisResult): IssueSection[] {
  const provisional = new Set(result.framework.items.filter((i) => i.provisional).map((i) => i.code));
  return result.issues.map((issue) => ({
    number: issue.number,
    title: issue.title,
    items: issue.items
      .filter((i) => i.score !== null || i.status !== null)
      .map((i) => ({
        code: i.code,
        text: i.text,
        score: i.score,
        status: i.status,
        fromIndicator: i.score === null,
        provisional: provisional.has(i.code),
      })),
    indicators: issue.indicators.map((a) => ({
      number: a.indicator,
      name: a.name,
      tool: a.tool,
      ...(a.score !== null ? { score: a.score } : a.toolScore !== undefined ? { toolScore: a.toolScore } : {}),
      status: a.status,
      provisional: a.provisional === true,
      ...(a.reason === "official-below-bar" ? { officialBelowBar: true } : {}),
    })),
    absent: issue.items.filter((i) => i.score === null && i.status === null).map((i) => i.code),
    findings: [...issue.items, ...issue.indicators].filter((i) => i.finding).map((i) => i.finding as string),
    readings: issue.readings,
  }));
}

function planLines(result: AnalysisResult): MeasureLine[] {
  return result.plan.rows.map((m) => ({
    issue: `${m.issue}. ${m.issueTitle}`,
    finding: m.finding,
    measure: m.measure,
    steps: numberedSteps(m.steps),
    responsible: m.responsible,
    timeframe: m.timeframe,
  }));
}

/** The document's data from an analysis, with what the agency and the workbook add. */
export function o42FromAnalysis(result: AnalysisResult, o: O42Overrides = {}): O42Input {
  const { current, previous, comparison, framework } = result;
  // The analysis has an error problem then, and adapters do not ask for a document.
  if (result.year === undefined) throw new Error(NO_YEAR);
  const year = result.year;
  const sure = certainty(framework, current);

  const tools: ToolRow[] = TOOL_ORDER.filter((k) => current.tools[k] || previous?.tools[k]).map((key) => ({
    key,
    ...(current.tools[key] ? { score: sure.tool(key) } : {}),
    ...(previous?.tools[key] ? { previous: round2(previous.tools[key]!.value) } : {}),
    ...(comparison?.tools[key] !== undefined ? { change: comparison.tools[key] } : {}),
  }));

  const indicators: IndicatorRow[] = framework.indicators.map((info) => {
    const n = info.number as IndicatorNumber;
    return {
      number: n,
      name: info.name,
      tool: info.tool,
      ...(current.indicators[n] ? { score: sure.indicator(n) } : {}),
      ...(previous?.indicators[n] ? { previous: round2(previous.indicators[n]!.value) } : {}),
      ...(comparison?.indicators[n] !== undefined ? { change: comparison.indicators[n] } : {}),
    };
  });

  const overall = sure.overall();
  const level = current.level;
  // A level the workbook states is official and wins (scoring/compute.ts); a computed one is as firm
  // as the weakest figure it was given by: the overall score and every tool the rule looks at.
  const stated = current.levelSource?.source === "official";
  const given = (b: Basis): Basis => (b === "official" ? "computed" : b);
  const levelBasis: Basis | undefined = !level
    ? undefined
    : stated
      ? "official"
      : LEVEL_TOOLS.reduce<Basis>(
          (b, k) => (current.tools[k] ? weaker(b, given(sure.tool(k)!.basis)) : b),
          weaker(overall ? given(overall.basis) : "computed", current.levelSource?.provisional ? "provisional" : "computed"),
        );
  const computedLevel = current.levelSource?.computed;
  const levelComputed = stated && computedLevel && computedLevel !== level ? computedLevel : undefined;
  // From 2566 a tool below the pass mark holds an overall score of 85 or more at the lowest passing level.
  // Both notes explain the level the scores give: said only when that is the level in force.
  const explains = !stated || computedLevel === level;
  const toolRule = explains && year >= 2566 && overall !== undefined && round2(overall.value) >= PASS_MARK;
  const weakTools = LEVEL_TOOLS.filter((k) => countsForLevel(k, current.tools[k]) && round2(current.tools[k]!.value) < PASS_MARK);
  const levelLoweredBy = toolRule ? weakTools : [];
  // A stated level is the announced one, the EIT parts already weighed.
  const levelWithoutEitParts =
    toolRule &&
    !stated &&
    weakTools.length === 0 &&
    !countsForLevel("EIT_PUBLIC", current.tools.EIT_PUBLIC) &&
    !countsForLevel("EIT_SURVEY", current.tools.EIT_SURVEY);

  const analysed = issues(result);
  return {
    ...((o.agency ?? result.agency) ? { agency: (o.agency ?? result.agency)!.trim() } : {}),
    ...(o.district ? { district: o.district.trim() } : {}),
    ...(o.province ? { province: o.province.trim() } : {}),
    resultsYear: year,
    fiscalYear: result.plan.fiscalYear,
    frameworkLabel: framework.label,
    oitProvisional: framework.oitProvisional,
    ...(overall ? { overall } : {}),
    ...(level ? { level } : {}),
    ...(levelBasis ? { levelBasis } : {}),
    ...(levelComputed ? { levelComputed } : {}),
    levelLoweredBy,
    levelWithoutEitParts,
    tools,
    indicators,
    ...(previous
      ? {
          previous: {
            year: previous.year,
            ...(previous.overall ? { overall: round2(previous.overall.value) } : {}),
            ...(previous.level ? { level: previous.level } : {}),
            ...(comparison?.overall !== undefined ? { change: comparison.overall } : {}),
          },
        }
      : {}),
    classification: { ...result.classification },
    issues: analysed,
    measures: o.measures ?? planLines(result),
    measuresSource: o.measures ? "workbook" : "plan",
    measuresIncomplete: analysed.some((i) => i.absent.length > 0),
    limitations: o.limitations && o.limitations.length ? o.limitations : DEFAULT_LIMITATION_SIDES.map((side) => ({ side, detail: "" })),
    ...(o.head && (o.head.name?.trim() || o.head.position?.trim()) ? { head: o.head } : {}),
    digits: o.digits ?? "arabic",
    ...(o.date ? { date: o.date } : {}),
  };
}
