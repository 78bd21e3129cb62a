import { indicatorKey, numberedSteps } from "../measures/library-sheet";
import type { RenderContext, SheetBody } from "./context";
import { headingLines } from "./context";
import type { ColumnSpec, RowTone, SpecValue } from "./spec";

/** The measures table's columns (o42), as staff know them from the published documents. */
export const MEASURE_COLUMNS: ColumnSpec[] = [
  { key: "issue", header: "ประเด็น", width: 28, wrap: true },
  { key: "finding", header: "ข้อบกพร่อง/ข้อค้นพบ", width: 50, wrap: true },
  { key: "measure", header: "มาตรการ", width: 45, wrap: true },
  { key: "steps", header: "ขั้นตอน/วิธีปฏิบัติ", width: 70, wrap: true },
  { key: "responsible", header: "ผู้รับผิดชอบ", width: 24, wrap: true },
  { key: "timeframe", header: "ระยะเวลา", width: 28, wrap: true },
  { key: "codes", header: "รหัสข้อที่ตอบ", width: 14, wrap: true },
  { key: "evidence", header: "หลักฐาน (o43)", width: 14, wrap: true },
];

/**
 * The measures table (o42): issue · finding · measure · steps · responsible · timeframe · codes
 * answered · evidence to publish (o43), one row per planned measure, coloured by its status.
 */
export function measuresSheet(ctx: RenderContext): SheetBody {
  const { result, applyDigits } = ctx;
  const columns = MEASURE_COLUMNS;
  const rows: SpecValue[][] = [];
  const tones: RowTone[] = [];
  const rowIds: string[] = [];
  for (const m of result.plan.rows) {
    // A measure row's id across runs: its issue and library id; a row answering indicators scored
    // without their questions is told apart, so one library measure that answers both is two rows.
    rowIds.push(m.codes.length === 0 && m.indicators.length > 0 ? `${m.issue}:indicators:${m.libraryId}` : `${m.issue}:${m.libraryId}`);
    rows.push([
      applyDigits(`${m.issue}. ${m.issueTitle}`),
      m.finding ? applyDigits(m.finding) : null,
      applyDigits(m.measure),
      applyDigits(numberedSteps(m.steps)),
      applyDigits(m.responsible),
      applyDigits(m.timeframe),
      m.codes.length || m.indicators.length ? applyDigits([...m.codes, ...m.indicators.map(indicatorKey)].join(", ")) : null,
      m.evidence.length ? applyDigits(m.evidence.join(", ")) : null,
    ]);
    tones.push(m.status);
  }
  if (rows.length === 0) {
    rows.push([null, "ไม่มีข้อมูลพอจัดทำมาตรการ", null, null, null, null, null, null]);
    tones.push(undefined);
    rowIds.push("none");
  }
  const heading = headingLines(ctx, "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน");
  heading[0] = applyDigits(`มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ พ.ศ. ${result.plan.fiscalYear}`);
  heading.push(applyDigits(`จากผลการประเมิน ITA ปีงบประมาณ พ.ศ. ${ctx.year}`));
  return { key: "measures", heading, columns, rows, rowIds, tones };
}
