import { indicatorKey, numberedSteps } from "../measures/library-sheet";
import type { ItemAnalysis, MeasureRow } from "../types";
import { questionTopic } from "../analysis/findings";
import { format2 } from "../text/round";
import { SHEET_KINDS } from "../sheet-kinds";
import { AGENCY_TYPE_LABEL } from "../measures/agency-type";
import { O42_TITLE, PROGRESS_STATUS_WORDS } from "../vocabulary";
import type { RenderContext, SheetBody } from "./context";
import { headingLines } from "./context";
import { BODY_FONT_SIZE, MAX_ROW_HEIGHT, cellLines, lineHeight } from "./print";
import type { ColumnSpec, RowTone, SpecValue } from "./spec";

/** The measures table's columns (o42), as staff know them from the published documents. */
export const MEASURE_COLUMNS: ColumnSpec[] = [
  { key: "issue", header: "ประเด็น", width: 11, wrap: true },
  { key: "finding", header: "ข้อบกพร่อง/ข้อค้นพบ", width: 28, wrap: true },
  { key: "measure", header: "มาตรการ", width: 24, wrap: true },
  { key: "steps", header: "ขั้นตอน/วิธีปฏิบัติ", width: 54, wrap: true },
  { key: "responsible", header: "ผู้รับผิดชอบ", width: 11, wrap: true },
  { key: "timeframe", header: "ระยะเวลา", width: 10, wrap: true },
  { key: "codes", header: "รหัสข้อที่ตอบ", width: 8, wrap: true, internal: true },
  { key: "evidence", header: "หลักฐาน (o43)", width: 7, wrap: true },
];

/**
 * Where staff record, through the year, what became of each measure (o43). Theirs from the first
 * run (owner "staff": written blank, carried by row id on every run); on screen beside the o42
 * table, not printed with it.
 */
export const PROGRESS_COLUMNS: ColumnSpec[] = [
  {
    key: "progressStatus",
    header: "สถานะ",
    width: 14,
    wrap: true,
    owner: "staff",
    screenOnly: true,
    validation: { kind: "list", values: PROGRESS_STATUS_WORDS },
  },
  {
    key: "progressPercent",
    header: "ร้อยละความก้าวหน้า",
    width: 11,
    owner: "staff",
    screenOnly: true,
    numFmt: "0",
    validation: { kind: "decimal", min: 0, max: 100 },
  },
  { key: "progressResult", header: "ผลการดำเนินงาน", width: 30, wrap: true, owner: "staff", screenOnly: true },
  { key: "progressObstacles", header: "ปัญหาอุปสรรค", width: 24, wrap: true, owner: "staff", screenOnly: true },
  { key: "progressEvidence", header: "หลักฐาน / ลิงก์", width: 24, wrap: true, owner: "staff", screenOnly: true },
  { key: "progressReportedOn", header: "วันที่รายงาน", width: 12, owner: "staff", screenOnly: true },
];

/** Whose unit names the responsible column uses, and how the kind of agency was known. */
function unitsLine(kind: RenderContext["result"]["agencyType"]): string {
  const label = AGENCY_TYPE_LABEL[kind.type];
  if (kind.from === "setting") return `ผู้รับผิดชอบ: ชื่อส่วนราชการของ${label} ตามที่ตั้งค่าไว้`;
  if (kind.from === "name") return `ผู้รับผิดชอบ: ชื่อส่วนราชการของ${label} (ถือตามชื่อหน่วยงาน: เลือกประเภทหน่วยงานในการตั้งค่าได้ถ้าไม่ถูกต้อง)`;
  return "ผู้รับผิดชอบ: ชื่อส่วนราชการทั่วไป เพราะไม่ทราบประเภทหน่วยงาน: เลือกประเภทหน่วยงาน (อบต. เทศบาลตำบล เทศบาลเมือง เทศบาลนคร) ในการตั้งค่า แล้ววิเคราะห์อีกครั้ง";
}

/** Lines a cell may take and still print whole in one row (Excel's rows stop at 409 points). */
const MAX_LINES = Math.floor((MAX_ROW_HEIGHT - 4) / lineHeight(BODY_FONT_SIZE));

/**
 * The finding cell of a measure as it fits one printed row: every item's finding; when a measure
 * answers so many items that this is too long, each item's question and score; then only the codes
 * and scores. The shorter forms point to the per-issue sheet, where every finding is in full.
 */
function fittingFinding(m: MeasureRow, items: ReadonlyMap<string, ItemAnalysis>, column: ColumnSpec): string {
  const fits = (text: string) => cellLines(text, column) <= MAX_LINES;
  if (fits(m.finding) || m.codes.length === 0) return m.finding;
  const see = `(ข้อค้นพบของแต่ละข้ออยู่ในแผ่นงาน ${SHEET_KINDS.issues.name})`;
  const scored = m.codes.map((c) => ({ code: c, item: items.get(c) }));
  const score = (i: ItemAnalysis | undefined) => (i?.score == null ? "" : ` ${format2(i.score)} คะแนน`);
  const topics = [
    `ข้อที่ต้องแก้ไขหรือพัฒนา ${m.codes.length} ข้อ:`,
    ...scored.map(({ code, item }) => `${code}${item?.text ? ` “${questionTopic(item.text)}”` : ""}${score(item)}`),
    see,
  ].join("\n");
  if (fits(topics)) return topics;
  return `ข้อที่ต้องแก้ไขหรือพัฒนา ${m.codes.length} ข้อ: ${scored.map(({ code, item }) => `${code}${score(item)}`).join(", ")} ${see}`;
}

/**
 * The measures table (o42): issue · finding · measure · steps · responsible · timeframe · codes
 * answered · evidence to publish (o43), one row per planned measure, coloured by its status.
 */
export function measuresSheet(ctx: RenderContext): SheetBody {
  const { result, applyDigits } = ctx;
  const columns = [...MEASURE_COLUMNS, ...PROGRESS_COLUMNS];
  const blanks = PROGRESS_COLUMNS.map(() => null);
  const findingColumn = columns.find((c) => c.key === "finding")!;
  const items = new Map(result.issues.flatMap((i) => i.items).map((i) => [i.code, i]));
  const rows: SpecValue[][] = [];
  const tones: RowTone[] = [];
  const rowIds: string[] = [];
  for (const m of result.plan.rows) {
    // A measure row's id across runs: its issue and library id; a row answering indicators scored
    // without their questions is told apart, so one library measure that answers both is two rows.
    rowIds.push(m.codes.length === 0 && m.indicators.length > 0 ? `${m.issue}:indicators:${m.libraryId}` : `${m.issue}:${m.libraryId}`);
    rows.push([
      applyDigits(`${m.issue}. ${m.issueTitle}`),
      m.finding ? applyDigits(fittingFinding(m, items, findingColumn)) : null,
      applyDigits(m.measure),
      applyDigits(numberedSteps(m.steps)),
      applyDigits(m.responsible),
      applyDigits(m.timeframe),
      m.codes.length || m.indicators.length ? applyDigits([...m.codes, ...m.indicators.map(indicatorKey)].join(", ")) : null,
      m.evidence.length ? applyDigits(m.evidence.join(", ")) : null,
      ...blanks,
    ]);
    tones.push(m.status);
  }
  if (rows.length === 0) {
    rows.push([null, "ไม่มีข้อมูลพอจัดทำมาตรการ", ...columns.slice(2).map(() => null)]);
    tones.push(undefined);
    rowIds.push("none");
  }
  const heading = headingLines(ctx, O42_TITLE);
  heading[0] = applyDigits(`${O42_TITLE} ปีงบประมาณ พ.ศ. ${result.plan.fiscalYear}`);
  heading.push(applyDigits(`จากผลการประเมิน ITA ปีงบประมาณ พ.ศ. ${ctx.year}`));
  heading.push(unitsLine(result.agencyType));
  return { key: "measures", heading, columns, rows, rowIds, tones };
}
