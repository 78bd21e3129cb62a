import type { ItemAnalysis } from "../types";
import { indicatorName } from "../catalog/find";
import { round2 } from "../text/round";
import type { RenderContext, SheetBody } from "./context";
import { headingLines } from "./context";
import { STATUS_LABEL } from "../vocabulary";
import { indicatorKey } from "../measures/library-sheet";
import type { ColumnSpec, RowTone, SpecValue } from "./spec";

export const UNKNOWN_TEXT = "(ยังไม่ทราบข้อความของข้อนี้)";
export const READING_LABEL = "ผลการวิเคราะห์เปรียบเทียบระหว่างเครื่องมือ";

/** Items worth a row: those with a score, or a status taken from their indicator. */
function shown(item: ItemAnalysis): boolean {
  return item.score !== null || item.status !== null;
}

/**
 * Per-issue analysis: for each of the 7 issues, one row per item (issue, tool, indicator, code,
 * question, score, status in Thai, finding), one per indicator scored without its questions, then
 * one row per cross-tool reading of the issue.
 */
export function issuesSheet(ctx: RenderContext): SheetBody {
  const { result, applyDigits } = ctx;
  const columns: ColumnSpec[] = [
    { key: "issue", header: "ประเด็น", width: 13, wrap: true },
    { key: "tool", header: "เครื่องมือ", width: 6, wrap: true },
    { key: "indicator", header: "ตัวชี้วัด", width: 14, wrap: true },
    { key: "code", header: "รหัส", width: 5, wrap: true },
    { key: "text", header: "ข้อคำถาม/รายการ", width: 30, wrap: true },
    { key: "score", header: "คะแนน", width: 7, numFmt: "0.00" },
    { key: "status", header: "สถานะ", width: 9, wrap: true },
    { key: "finding", header: "ข้อค้นพบ", width: 56, wrap: true },
  ];
  const rows: SpecValue[][] = [];
  const tones: RowTone[] = [];
  const rowIds: string[] = [];
  for (const issue of result.issues) {
    const label = applyDigits(`${issue.number}. ${issue.title}`);
    for (const item of issue.items.filter(shown)) {
      rowIds.push(`${issue.number}:${item.code}`);
      const sub = item.subIndicator ? ` (${item.subIndicator})` : "";
      rows.push([
        label,
        item.tool,
        applyDigits(`${item.indicator}. ${indicatorName(result.framework, item.indicator)}${sub}`),
        applyDigits(item.code),
        item.text ? applyDigits(item.text) : UNKNOWN_TEXT,
        item.score === null ? null : round2(item.score),
        item.status ? STATUS_LABEL[item.status] : null,
        item.finding ? applyDigits(item.finding) : null,
      ]);
      tones.push(item.status ?? undefined);
    }
    // Indicators scored without their questions: one row each, at the indicator level.
    for (const a of issue.indicators) {
      rowIds.push(`${issue.number}:indicator:${a.indicator}`);
      rows.push([
        label,
        a.tool,
        applyDigits(`${a.indicator}. ${a.name}`),
        applyDigits(indicatorKey(a.indicator)),
        applyDigits(
          a.reason === "official-below-bar"
            ? "คะแนนตัวชี้วัดตามที่ประกาศต่ำกว่าเกณฑ์ แม้คะแนนรายข้อจะสูงกว่า (คะแนนทั้งตัวชี้วัด)"
            : a.score === null
              ? `ไม่มีคะแนนรายข้อและรายตัวชี้วัด (คะแนน ${a.tool} ทั้งเครื่องมือ)`
              : "ไม่มีคะแนนรายข้อ (คะแนนทั้งตัวชี้วัด)",
        ),
        round2(a.score ?? a.toolScore!),
        STATUS_LABEL[a.status],
        a.finding ? applyDigits(a.finding) : null,
      ]);
      tones.push(a.status);
    }
    for (const [k, reading] of issue.readings.entries()) {
      rowIds.push(`${issue.number}:reading:${k + 1}`);
      rows.push([label, "IIT/EIT/OIT", null, null, READING_LABEL, null, null, applyDigits(reading)]);
      tones.push(undefined);
    }
  }
  if (rows.length === 0) {
    rows.push([null, null, null, null, "ไม่มีคะแนนรายข้อในสมุดงาน จึงวิเคราะห์รายประเด็นไม่ได้", null, null, null]);
    tones.push(undefined);
    rowIds.push("none");
  }
  const heading = headingLines(ctx, "การวิเคราะห์ผลการประเมิน ITA รายประเด็น");
  heading.push("สถานะ: แก้ไขโดยเร่งด่วน (สีแดง) · พัฒนาให้ดีขึ้น (สีเหลือง) · รักษามาตรฐาน (สีเขียว)");
  return { key: "issues", heading, columns, rows, rowIds, tones };
}
