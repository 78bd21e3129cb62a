// AnalysisResult values for the renderer, writer and JSON tests, from cells through the engine's
// one entry (analyze): a per-question sheet for 2566 and, when asked, a summary sheet of an earlier year.
import { analyze } from "../../../src/core/analyze";
import type { AnalysisResult } from "../../../src/core/analysis/result";
import type { CellValue, Problem, SheetCells, ToolKey } from "../../../src/core/types";

const range = (p: string, a: number, b: number) => Array.from({ length: b - a + 1 }, (_, k) => `${p}${a + k}`);

/** 2566 per question: i8 80 (urgent), i10 92 (improve, reverse), e13 84.5, o13/o17/o22 at 0. */
export const ITEMS_2566: Record<string, number> = Object.fromEntries([
  ...range("i", 1, 30).map((c) => [c, c === "i8" ? 80 : c === "i10" ? 92 : 100]),
  ...range("e", 1, 15).map((c) => [c, c === "e13" ? 84.5 : 97.25]),
  ...range("o", 1, 43).map((c) => [c, ["o13", "o17", "o22"].includes(c) ? 0 : 100]),
]);

export interface FixtureOptions {
  agency?: string;
  /** Problems the caller adds (as an adapter does), reported after the engine's own. */
  problems?: Problem[];
  /** Drop these codes (missing items). */
  drop?: string[];
  previous?: { year: number; tools: Partial<Record<ToolKey, number>>; indicators: Record<number, number>; overall: number };
}

const TOOL_LABEL: Partial<Record<ToolKey, string>> = { IIT: "IIT", EIT: "EIT", OIT: "OIT" };

/** The question scores as staff keep them: title, blank, header on row 4, then code · score from C5. */
function itemSheet(drop: string[]): SheetCells {
  const values: CellValue[][] = [["ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2566"], [], [], [null, "ข้อ", "คะแนน"]];
  for (const [code, score] of Object.entries(ITEMS_2566)) values.push(drop.includes(code) ? [] : [null, code, score]);
  return { name: "รายข้อ", values };
}

/** An earlier year's published figures: tools, indicators 1–10 and the overall score. */
function summarySheet(p: NonNullable<FixtureOptions["previous"]>): SheetCells {
  const values: CellValue[][] = [[`สรุปผลการประเมิน ITA ปี ${p.year}`], [], ["รายการ", `คะแนน ${p.year}`]];
  for (const [tool, score] of Object.entries(p.tools)) values.push([TOOL_LABEL[tool as ToolKey] ?? tool, score]);
  for (const [n, score] of Object.entries(p.indicators)) values.push([`ตัวชี้วัดที่ ${n}`, score]);
  values.push(["คะแนนรวม ITA", p.overall]);
  return { name: "สรุป", values };
}

export function result2566(o: FixtureOptions = {}): AnalysisResult {
  const sheets = [itemSheet(o.drop ?? []), ...(o.previous ? [summarySheet(o.previous)] : [])];
  return analyze({ sheets }, { ...(o.agency ? { agency: o.agency } : {}), ...(o.problems ? { problems: o.problems } : {}) });
}
