import type { Paragraph, Table } from "docx";
import type { ToolKey } from "../../types";
import type { DocContext } from "../kit/context";
import { changeText, scoreText } from "../kit/digits";
import type { Column } from "../kit/table";
import { table } from "../kit/table";
import { body, caption, heading1, heading2 } from "../kit/text";
import { chartPicture, hasTentative } from "./chart";
import type { Figure, O42Input } from "./model";
import type { Numbering } from "./numbering";
import * as W from "./wording";

// Part 1: overall score and level, tools, the 10 indicators with the chart, last year beside this one.

const PASS_MARK = 85;
const cellScore = (f?: Figure) => (f ? scoreText(f.value) : "-");
const passCell = (f?: Figure) => (f ? (Number(scoreText(f.value)) >= PASS_MARK ? W.PASS : W.BELOW) : W.NO_SCORE);
const num = (v?: number) => (v === undefined ? "-" : scoreText(v));
const chg = (v?: number) => (v === undefined ? "-" : changeText(v));

function overall(ctx: DocContext, input: O42Input, agency: string): Paragraph[] {
  const out = [heading2(ctx, W.OVERALL_HEADING)];
  // A level the workbook states stands even when the overall score cannot be worked out.
  if (!input.overall)
    return [...out, body(ctx, input.level && input.levelBasis === "official" ? W.levelWithoutOverall(agency, input.level) : W.NO_OVERALL)];
  out.push(body(ctx, W.overallSentence(agency, scoreText(input.overall.value), input.level, W.basisNote(input.overall))));
  const notes: string[] = [];
  if (input.level && input.levelBasis === "official")
    notes.push(input.levelComputed ? W.levelStatedDiffers(input.levelComputed) : W.LEVEL_STATED);
  else if (input.level && (input.levelBasis === "provisional" || input.levelBasis === "partial"))
    notes.push(input.overall.basis === "provisional" || input.overall.basis === "partial" ? W.LEVEL_TENTATIVE : W.LEVEL_TENTATIVE_TOOLS);
  if (input.levelLoweredBy.length) {
    const named = input.levelLoweredBy.map((k) => {
      const row = input.tools.find((t) => t.key === k);
      return `${W.TOOL_NAMES[k]} (${cellScore(row?.score)})`;
    });
    notes.push(W.levelLowered(named.join(W.AND)));
  }
  if (input.levelWithoutEitParts) notes.push(W.LEVEL_WITHOUT_PARTS);
  notes.push(W.WEIGHTS, W.levelRule(input.resultsYear));
  return [...out, ...notes.map((n) => body(ctx, n))];
}

function tools(ctx: DocContext, input: O42Input, n: Numbering): (Paragraph | Table)[] {
  const two = input.previous !== undefined;
  const columns: Column[] = two
    ? [
        { header: W.COL_TOOL, width: 4.8 },
        { header: W.colScore(input.resultsYear), width: 2.2, align: "right" },
        { header: W.colScore(input.previous!.year), width: 2.2, align: "right" },
        { header: W.COL_CHANGE, width: 2.1, align: "right" },
        { header: W.COL_PASS, width: 1.8, align: "center" },
        { header: W.COL_NOTE, width: 2.9 },
      ]
    : [
        { header: W.COL_TOOL, width: 7.4 },
        { header: W.colScore(input.resultsYear), width: 2.2, align: "right" },
        { header: W.COL_PASS, width: 2.4, align: "center" },
        { header: W.COL_NOTE, width: 4 },
      ];
  const rows = input.tools.map((t) => {
    const note = t.score ? W.basisShort(t.score) : "";
    return two
      ? [W.TOOL_NAMES[t.key as ToolKey], cellScore(t.score), num(t.previous), chg(t.change), passCell(t.score), note]
      : [W.TOOL_NAMES[t.key as ToolKey], cellScore(t.score), passCell(t.score), note];
  });
  return [heading2(ctx, W.TOOLS_HEADING), caption(ctx, W.toolsCaption(n.table())), table(ctx, columns, rows, "portrait")];
}

function indicators(ctx: DocContext, input: O42Input, n: Numbering): (Paragraph | Table)[] {
  const two = input.previous !== undefined;
  const columns: Column[] = two
    ? [
        { header: W.COL_INDICATOR, width: 1.3, align: "center" },
        { header: W.COL_INDICATOR_NAME, width: 4.4 },
        { header: W.COL_TOOL, width: 1.4, align: "center" },
        { header: W.colScore(input.resultsYear), width: 2.2, align: "right" },
        { header: W.colScore(input.previous!.year), width: 2.2, align: "right" },
        { header: W.COL_CHANGE, width: 2.1, align: "right" },
        { header: W.COL_NOTE, width: 2.4 },
      ]
    : [
        { header: W.COL_INDICATOR, width: 1.3, align: "center" },
        { header: W.COL_INDICATOR_NAME, width: 5.4 },
        { header: W.COL_TOOL, width: 1.5, align: "center" },
        { header: W.colScore(input.resultsYear), width: 2.2, align: "right" },
        { header: W.COL_PASS, width: 2, align: "center" },
        { header: W.COL_NOTE, width: 3.6 },
      ];
  const rows = input.indicators.map((i) => {
    const note = i.score ? W.basisShort(i.score) : "";
    return two
      ? [String(i.number), i.name, i.tool, cellScore(i.score), num(i.previous), chg(i.change), note]
      : [String(i.number), i.name, i.tool, cellScore(i.score), passCell(i.score), note];
  });
  const tableNo = n.table();
  const below = input.indicators.filter((i) => i.score && Number(scoreText(i.score.value)) < PASS_MARK);
  const summary = below.length
    ? W.belowIndicators(below.map((i) => W.indicatorWith(i.number, i.name, scoreText(i.score!.value))).join(", "))
    : W.ALL_INDICATORS_PASS;
  return [
    heading2(ctx, W.INDICATORS_HEADING),
    caption(ctx, W.indicatorsCaption(tableNo)),
    table(ctx, columns, rows, "portrait"),
    body(ctx, summary, { keepNext: true }),
    chartPicture(ctx, input),
    caption(ctx, W.chartCaption(n.figure(), tableNo)),
    body(
      ctx,
      W.chartKey({
        ...(two ? { previousYear: input.previous!.year } : {}),
        tentative: hasTentative(input),
        missing: input.indicators.some((i) => !i.score),
      }),
      { indent: false, alignment: "center" },
    ),
  ];
}

function comparison(ctx: DocContext, input: O42Input): Paragraph[] {
  const p = input.previous;
  if (!p) return [];
  const out = [heading2(ctx, W.comparisonHeading(p.year))];
  if (p.overall !== undefined && p.change !== undefined && input.overall)
    out.push(
      body(
        ctx,
        W.comparisonSentence({
          year: input.resultsYear,
          previousYear: p.year,
          change: p.change,
          previous: scoreText(p.overall),
          current: scoreText(input.overall.value),
          ...(p.level ? { previousLevel: p.level } : {}),
          ...(input.level ? { level: input.level } : {}),
        }),
      ),
    );
  const fell = input.indicators.filter((i) => i.change !== undefined && i.change < 0);
  out.push(
    body(
      ctx,
      fell.length ? W.fallenIndicators(fell.map((i) => W.indicatorWith(i.number, i.name, changeText(i.change!))).join(", ")) : W.NONE_FELL,
    ),
  );
  return out;
}

export function resultsPart(ctx: DocContext, input: O42Input, agency: string, n: Numbering): (Paragraph | Table)[] {
  return [
    heading1(ctx, W.PART1),
    body(ctx, W.part1Intro(agency, input.resultsYear, input.frameworkLabel, input.previous?.year)),
    ...overall(ctx, input, agency),
    ...tools(ctx, input, n),
    ...indicators(ctx, input, n),
    ...comparison(ctx, input),
  ];
}
