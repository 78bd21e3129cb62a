import type { IndicatorNumber, Sourced } from "../types";
import type { AnalysisResult } from "../analysis/result";
import { PASS_MARK } from "../scoring/levels";
import { belowBar, round2 } from "../text/round";
import type { RenderContext, SheetBody } from "./context";
import { headingLines, overallText } from "./context";
import { TOOL_KEYS, TOOL_LABEL, TOOL_SHORT } from "../vocabulary";
import { scoreTone } from "./tone";
import type { ColumnSpec, RowTone, SpecValue } from "./spec";

/** Where a figure came from: the cell it was read from, or computed; said to be provisional when it is. */
function sourceText(s: Sourced | undefined): string | null {
  if (!s) return null;
  if (s.source === "official") return s.cell ? `ค่าที่ประกาศ (${s.cell})` : "ค่าที่ประกาศ";
  return s.provisional ? "คำนวณจากคะแนนย่อย (ค่าชั่วคราว: การจัดกลุ่ม OIT ยังไม่ได้รับการยืนยัน)" : "คำนวณจากคะแนนย่อย";
}

/** Where the level came from, in the heading. */
function levelSourceText(scores: AnalysisResult["current"]): string {
  const ls = scores.levelSource;
  if (!ls) return "";
  if (ls.source === "official") {
    const differs = ls.computed && ls.computed !== scores.level ? ` ต่างจากระดับที่ได้จากคะแนน “${ls.computed}”` : "";
    return ` (ระดับตามที่กรอกไว้ที่ ${ls.cell}${differs})`;
  }
  return ls.provisional ? " (ระดับชั่วคราว)" : "";
}

const score = (s: Sourced | undefined): number | null => (s ? round2(s.value) : null);

/**
 * Summary: one row for the overall score, one per tool (EIT parts where the workbook gives them) and
 * one per indicator 1–10, with the previous year and the change when the workbook has two years,
 * the pass mark 85 and whether each figure passes it; a chart spec of the indicators against 85.
 */
export function summarySheet(ctx: RenderContext): SheetBody {
  const { result, applyDigits } = ctx;
  const { current, previous, comparison, framework, classification } = result;
  const two = previous !== undefined;

  const columns: ColumnSpec[] = [
    { key: "label", header: "รายการ", width: 40, wrap: true },
    { key: "tool", header: "เครื่องมือ", width: 16, wrap: true },
    { key: "score", header: applyDigits(`คะแนนปี ${ctx.year}`), width: 10, numFmt: "0.00", wrap: true },
  ];
  if (two) {
    columns.push({ key: "previous", header: applyDigits(`คะแนนปี ${previous.year}`), width: 10, numFmt: "0.00", wrap: true });
    columns.push({ key: "change", header: "เปลี่ยนแปลง", width: 10, numFmt: "+0.00;-0.00;0.00" });
  }
  columns.push({ key: "mark", header: "เกณฑ์", width: 6, numFmt: "0" });
  columns.push({ key: "pass", header: applyDigits(`ผ่านเกณฑ์ ${PASS_MARK}`), width: 10, wrap: true });
  columns.push({ key: "source", header: "ที่มาของคะแนน", width: 30, wrap: true, internal: true });

  const rows: SpecValue[][] = [];
  const tones: RowTone[] = [];
  const rowIds: string[] = [];
  const add = (
    id: string,
    label: string,
    tool: string,
    now: Sourced | undefined,
    before: Sourced | undefined,
    delta: number | undefined,
  ) => {
    const value = score(now);
    rowIds.push(id);
    const row: SpecValue[] = [label, tool, value];
    if (two) row.push(score(before), delta ?? null);
    row.push(PASS_MARK, value === null ? null : belowBar(value, PASS_MARK) ? "ไม่ผ่าน" : "ผ่าน", sourceText(now));
    rows.push(row);
    tones.push(scoreTone(value ?? undefined, classification));
  };

  add("overall", "คะแนนรวม ITA", "ITA", current.overall, previous?.overall, comparison?.overall);
  for (const tool of TOOL_KEYS) {
    const present = current.tools[tool] ?? previous?.tools[tool];
    if (!present && (tool === "EIT_PUBLIC" || tool === "EIT_SURVEY")) continue;
    add(tool, TOOL_LABEL[tool], TOOL_SHORT[tool], current.tools[tool], previous?.tools[tool], comparison?.tools[tool]);
  }
  const firstIndicatorRow = rows.length;
  for (const info of framework.indicators) {
    const n = info.number as IndicatorNumber;
    add(
      `indicator:${n}`,
      applyDigits(`ตัวชี้วัดที่ ${n} ${info.name}`),
      info.tool,
      current.indicators[n],
      previous?.indicators[n],
      comparison?.indicators[n],
    );
  }
  const lastIndicatorRow = rows.length - 1;

  const heading = headingLines(ctx, "สรุปผลการประเมินคุณธรรมและความโปร่งใส (ITA)");
  heading.push(applyDigits(`คะแนนรวม ${overallText(ctx, current)}${levelSourceText(current)}`));
  if (result.provisionalNote) heading.push(applyDigits(`หมายเหตุ: ${result.provisionalNote}`));
  if (previous) {
    const change =
      comparison?.overall === undefined ? "" : ` (เปลี่ยนแปลง ${comparison.overall >= 0 ? "+" : ""}${comparison.overall.toFixed(2)})`;
    heading.push(applyDigits(`ปี ${previous.year}: ${overallText(ctx, previous)}${change}`));
  }

  const scoreColumn = 2;
  const markColumn = two ? 5 : 3;
  return {
    key: "summary",
    heading,
    columns,
    rows,
    rowIds,
    tones,
    chart: {
      title: applyDigits(`คะแนนรายตัวชี้วัดเทียบเกณฑ์ ${PASS_MARK} ปี ${ctx.year}`),
      categoryColumn: 0,
      seriesColumns: [scoreColumn, markColumn],
      firstRow: firstIndicatorRow,
      lastRow: lastIndicatorRow,
    },
  };
}
