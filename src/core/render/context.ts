import type { AnalysisResult } from "../analysis/result";
import { format2 } from "../text/round";
import { certainty } from "../document/o42/certainty";
import { applyDigits, type Digits } from "../vocabulary";
import type { SheetSpec } from "./spec";

/** What every sheet renderer gets: the result, its results year and how to write digits in text. */
export interface RenderContext {
  result: AnalysisResult;
  year: number;
  /** Writes display text in the chosen digits. */
  applyDigits: (text: string) => string;
}

/** A sheet before it gets its final (unique) sheet and table names. */
export type SheetBody = Omit<SheetSpec, "name" | "tableName">;

export function renderContext(result: AnalysisResult, digits?: Digits): RenderContext {
  // Only a result with an error lacks a year, and such a result is never rendered.
  if (result.year === undefined)
    throw new Error("renderSheets: a result without a results year has an error problem and cannot be rendered");
  return { result, year: result.year, applyDigits: applyDigits(digits) };
}

/** Title, agency and framework lines written above every table. */
export function headingLines(ctx: RenderContext, title: string): string[] {
  const { result, year, applyDigits } = ctx;
  const lines = [applyDigits(`${title} ปีงบประมาณ พ.ศ. ${year}`)];
  if (result.agency) lines.push(result.agency);
  lines.push(applyDigits(`กรอบการประเมิน: ${result.framework.label}`));
  return lines;
}

/**
 * "97.13 คะแนน ระดับ ผ่านดีเยี่ยม", or a note that the overall score could not be worked out. An
 * overall score computed with items missing is an estimate, and its level with it: said right there,
 * where the figure is read, not only on the problems sheet.
 */
export function overallText(ctx: RenderContext, scores: AnalysisResult["current"]): string {
  if (!scores.overall) return `ยังคำนวณคะแนนรวม ITA ไม่ได้ (ข้อมูลไม่ครบ)${scores.level ? ` ระดับ “${scores.level}”` : ""}`;
  const stated = scores.levelSource?.source === "official";
  const { framework } = ctx.result;
  const made = scores.frameworkId === framework.id ? certainty(framework, scores).overall() : undefined;
  const partial = made?.basis === "partial";
  const level = scores.level ? ` ระดับ${partial && !stated ? "ที่คำนวณได้" : ""} “${scores.level}”` : "";
  const estimate = partial
    ? ` (ค่าประมาณ: คำนวณโดยไม่มีคะแนน ${made.missing} จาก ${made.of} ข้อ${scores.level && !stated ? " ระดับจึงอาจต่างจากที่ประกาศ" : ""}: ใช้คะแนนและระดับตามที่ประกาศในระบบ ITAS)`
    : "";
  return ctx.applyDigits(`${format2(scores.overall.value)} คะแนน${level}${estimate}`);
}
