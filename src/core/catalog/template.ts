import { TOOL_IN_TEXT, TOOL_LABEL } from "../vocabulary";
import type { Framework } from "../types";

// The score-entry sheet the pane offers for a workbook with no scores: every code of a framework
// with its question text and blank score cells, EIT in its two parts, then the indicator and tool
// table, laid out the way the reader reads it as is. Pure data; each adapter writes it its own way.

export type TemplateValue = string | number | null;

/** The fill of the cells where staff type scores (light yellow: "type here"). */
export const TEMPLATE_INPUT_COLOR = "#FFF2CC";

/** A rectangle of cells, 0-based from A1. */
export interface TemplateBox {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface TemplateSheet {
  /** Proposed sheet name (the adapter makes it unique in the workbook). */
  name: string;
  /** Every row from A1; null is a blank cell. */
  rows: TemplateValue[][];
  /** Column widths in Excel character units. */
  widths: number[];
  /** The first row: the title, with the year the reader takes. */
  titleRow: number;
  /** Rows of notes under the title and section titles: shown smaller or bold by the writer. */
  sectionRows: number[];
  headerRows: number[];
  /** Where staff type scores (0–100, "0.00"); everything else is text. */
  scoreBoxes: TemplateBox[];
  /** Columns that wrap (question texts). */
  wrapColumns: number[];
}

export interface TemplateOptions {
  /** BE results year written in the title (the reader takes the year from it). */
  year: number;
  agency?: string;
}

const HEADER_CODE = "ข้อ";
const HEADER_TEXT = "ข้อคำถาม / รายการ";
const HEADER_SCORE = "คะแนน";
// One table for every tool: the reader takes an EIT code's scores from the two part columns (as
// eit-parts.ts names them) and every other code's from the plain score column, which also serves
// an EIT question whose parts the agency does not have.
const HEADER_PUBLIC = "EIT ผู้รับบริการเข้าตอบเอง";
const HEADER_SURVEY = "EIT ผู้ประเมินจัดเก็บ";
const COLUMNS = 5;
/** Column of the plain score (IIT, OIT, and EIT without parts); the parts sit left of it. */
export const TEMPLATE_SCORE_COLUMN = 4;

function padded(cells: TemplateValue[]): TemplateValue[] {
  return Array.from({ length: COLUMNS }, (_, c) => cells[c] ?? null);
}

/** "แบบกรอกคะแนน ITA 2567" (at most 31 characters, no character Excel forbids). */
export function templateSheetName(year: number): string {
  return `แบบกรอกคะแนน ITA ${year}`;
}

/** The score-entry sheet of `framework` for results year `year`. */
export function scoreEntrySheet(framework: Framework, options: TemplateOptions): TemplateSheet {
  const rows: TemplateValue[][] = [];
  const sectionRows: number[] = [];
  const headerRows: number[] = [];
  const scoreBoxes: TemplateBox[] = [];
  const push = (cells: TemplateValue[]) => rows.push(padded(cells)) - 1;

  const agency = options.agency?.trim();
  push([`ผลคะแนน ITA${agency ? ` ของ${agency}` : ""} ปีงบประมาณ พ.ศ. ${options.year} (กรอบการประเมิน ${framework.id})`]);
  sectionRows.push(push(["กรอกคะแนนแต่ละข้อ (0–100) จากผลการประเมินในระบบ ITAS ข้อที่ยังไม่มีคะแนนให้เว้นว่าง (ไม่นับเป็นศูนย์)"]));
  if (framework.oitProvisional)
    sectionRows.push(push([`รายการ OIT ของกรอบปี ${framework.id} ยังไม่ได้รับการยืนยัน: ตรวจรหัสและชื่อรายการกับระบบ ITAS ก่อนกรอก`]));
  push([]);

  headerRows.push(push([HEADER_CODE, HEADER_TEXT, HEADER_PUBLIC, HEADER_SURVEY, HEADER_SCORE]));
  for (const tool of ["IIT", "EIT", "OIT"] as const) {
    const items = framework.items.filter((i) => i.tool === tool);
    if (items.length === 0) continue;
    sectionRows.push(push([TOOL_LABEL[tool]]));
    const first = rows.length;
    for (const item of items) push([item.code, item.textKnown ? item.text : ""]);
    // EIT: both parts and the plain column; the others: the plain column only.
    scoreBoxes.push(
      tool === "EIT"
        ? { row: first, column: 2, rows: items.length, columns: 3 }
        : { row: first, column: TEMPLATE_SCORE_COLUMN, rows: items.length, columns: 1 },
    );
  }
  push([]);

  // Official figures, when the agency has them: they win over the computed ones (and a difference is reported).
  sectionRows.push(push(["คะแนนรายตัวชี้วัดและรายเครื่องมือที่ประกาศ (ถ้ามี)"]));
  headerRows.push(push(["ตัวชี้วัดที่", "รายละเอียดตัวชี้วัด", null, null, HEADER_SCORE]));
  const firstSummary = rows.length;
  for (const ind of framework.indicators) push([ind.number, `ตัวชี้วัดที่ ${ind.number} ${ind.name}`]);
  push([null, `คะแนน ${TOOL_IN_TEXT.IIT}`]);
  push([null, `คะแนน ${TOOL_IN_TEXT.EIT}`]);
  push([null, TOOL_IN_TEXT.EIT_PUBLIC]);
  push([null, TOOL_IN_TEXT.EIT_SURVEY]);
  push([null, `คะแนน ${TOOL_IN_TEXT.OIT}`]);
  push([null, "คะแนนรวม ITA"]);
  scoreBoxes.push({ row: firstSummary, column: TEMPLATE_SCORE_COLUMN, rows: rows.length - firstSummary, columns: 1 });

  return {
    name: templateSheetName(options.year),
    rows,
    widths: [10, 64, 13, 13, 12],
    titleRow: 0,
    sectionRows,
    headerRows,
    scoreBoxes,
    wrapColumns: [1],
  };
}
