import type { Framework, IndicatorNumber, Problem, YearScores } from "../types";
import { warning } from "../problems";
import { INDICATOR_NUMBERS, TOOL_IN_TEXT, TOOL_KEYS } from "../vocabulary";

// Figures computed through a grouping the catalog marks provisional (the 2567/2568 OIT lists) are
// said to be provisional beside each figure: in the JSON, on the summary sheet and in the pane.

/** The figures of a year computed with a provisional grouping, in Thai, in summary order. */
export function provisionalFigures(scores: YearScores): string[] {
  const out: string[] = [];
  if (scores.overall?.provisional) out.push("คะแนนรวม ITA");
  if (scores.levelSource?.provisional) out.push("ระดับผลการประเมิน");
  for (const t of TOOL_KEYS) if (scores.tools[t]?.provisional) out.push(TOOL_IN_TEXT[t]);
  for (const n of INDICATOR_NUMBERS) if (scores.indicators[n as IndicatorNumber]?.provisional) out.push(`ตัวชี้วัดที่ ${n}`);
  const subs = Object.entries(scores.subIndicators)
    .filter(([, s]) => s.provisional)
    .map(([id]) => id);
  // Many sub-indicators read as a range (9.1–10.2), so the note stays one line.
  if (subs.length > 2) out.push(`ตัวชี้วัดย่อย ${subs[0]}–${subs[subs.length - 1]}`);
  else for (const id of subs) out.push(`ตัวชี้วัดย่อย ${id}`);
  return out;
}

/** One sentence saying which figures are provisional and why, for the pane and the summary sheet; undefined when none is. */
export function provisionalNote(framework: Framework, scores: YearScores): string | undefined {
  const figures = provisionalFigures(scores);
  if (!figures.length) return undefined;
  return `${figures.join(", ")} ปี ${scores.year} เป็นค่าชั่วคราว เพราะคำนวณจากการจัดกลุ่มรายการ OIT ของกรอบปี ${framework.id} ที่ยังไม่ได้รับการยืนยันจากสำนักงาน ป.ป.ช.`;
}

/** The warning that goes with the note: what to do so the figures are the announced ones. */
export function provisionalWarning(framework: Framework, scores: YearScores): Problem | undefined {
  const note = provisionalNote(framework, scores);
  if (!note) return undefined;
  return warning(
    "",
    `${note}: ใส่คะแนนตัวชี้วัดที่ 9, 10 และคะแนน OIT ตามที่ประกาศลงในสมุดงาน หรือแก้การจัดกลุ่มรายการ OIT ในชีตแคตตาล็อก`,
    `${provisionalFigures(scores).length} figures of ${scores.year} computed with the provisional ${framework.id} OIT grouping`,
  );
}
