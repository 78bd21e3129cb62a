import { missingItemsWarning } from "../problems";
import type { Problem } from "../types";
import type { RenderContext, SheetBody } from "./context";
import { SEVERITY_LABEL } from "../vocabulary";
import { textHash } from "../text/hash";
import type { ColumnSpec, RowTone, SpecValue } from "./spec";

/** Missing codes that no problem message names already (the engine usually lists them). */
function unmentionedMissing(missing: string[], problems: Problem[]): string[] {
  const text = problems.map((p) => p.message).join("\n");
  return missing.filter((code) => !new RegExp(`(^|[^a-z0-9])${code}(?![0-9])`, "i").test(text));
}

export const PROBLEM_COLUMNS: ColumnSpec[] = [
  { key: "severity", header: "ระดับ", width: 9 },
  { key: "cell", header: "เซลล์", width: 16, wrap: true },
  { key: "message", header: "รายละเอียด", width: 110, wrap: true },
];

/**
 * Data problems, errors first: level · cell · details; then the items with no score as warnings.
 * Cell addresses and messages keep Arabic digits so that they can be looked up.
 */
export function problemsSheet(ctx: RenderContext): SheetBody {
  const { result } = ctx;
  const columns = PROBLEM_COLUMNS;
  const ordered = [...result.problems.filter((p) => p.severity === "error"), ...result.problems.filter((p) => p.severity !== "error")];
  const rows: SpecValue[][] = ordered.map((p) => [SEVERITY_LABEL[p.severity], p.cell || null, p.message]);
  const tones: RowTone[] = ordered.map((p) => p.severity);
  // A problem's row id is its text: a note staff add beside it follows it while the problem lasts.
  const rowIds = ordered.map((p) => `${p.severity}:${textHash(`${p.cell}|${p.message}`)}`);
  const missing = unmentionedMissing(result.current.missing, result.problems);
  if (missing.length) {
    rows.push([SEVERITY_LABEL.warning, null, missingItemsWarning(missing, ctx.year).message]);
    tones.push("warning");
    rowIds.push("missing");
  }
  if (rows.length === 0) {
    rows.push([null, null, "ไม่พบปัญหาของข้อมูล"]);
    tones.push(undefined);
    rowIds.push("none");
  }
  return {
    key: "problems",
    heading: [`ปัญหาของข้อมูลที่พบระหว่างอ่านสมุดงาน (ผลปี ${ctx.year})`, "ข้อผิดพลาดต้องแก้ไขก่อนจึงจะได้ผลวิเคราะห์ คำเตือนไม่หยุดการทำงาน"],
    columns,
    rows,
    rowIds,
    tones,
  };
}
