import { MEASURE_COLUMNS, PROGRESS_COLUMNS } from "../../render/measures";
import type { CellValue, SheetCells } from "../../types";
import type { MeasureLine } from "../o42/model";
import { cellText, headerKey } from "./cell-text";

// The measures sheet as staff left it: found by its header row (ประเด็น · ข้อบกพร่อง/ข้อค้นพบ · มาตรการ ·
// ขั้นตอน/วิธีปฏิบัติ · ผู้รับผิดชอบ · ระยะเวลา), read by column name, so columns staff or a later version
// add (evidence, notes, the staff columns the add-in carries) or move are simply not read. The add-in's
// column keys and row ids live in its settings part, not in the sheet: nothing here depends on them.

type Field = keyof MeasureLine | "codes" | ProgressField;

/** The staff's progress columns (o43), keyed as PROGRESS_COLUMNS are. */
export type ProgressField =
  "progressStatus" | "progressPercent" | "progressResult" | "progressObstacles" | "progressEvidence" | "progressReportedOn";

const HEADERS: [Field, RegExp][] = [
  ["issue", /^(?:ประเด็น|หัวข้อ)$/],
  ["finding", /^(?:ข้อบกพร่อง|ข้อค้นพบ)/],
  ["measure", /^(?:มาตรการ|แนวทาง)/],
  ["steps", /^ขั้นตอน/],
  ["responsible", /^(?:ผู้รับผิดชอบ|หน่วยงานรับผิดชอบ)/],
  ["timeframe", /^ระยะเวลา/],
  ["codes", /^รหัสข้อ/],
  ["progressStatus", /^สถานะ/],
  ["progressPercent", /^ร้อยละ/],
  ["progressResult", /^ผลการ(?:ดำเนินงาน|ดำเนินการ|ปฏิบัติ)/],
  ["progressObstacles", /^(?:ปัญหา|อุปสรรค)/],
  ["progressEvidence", /^(?:หลักฐาน\/|หลักฐาน\(?ลิงก์|ลิงก์|link)/i],
  ["progressReportedOn", /^วันที่รายงาน/],
];
const PROGRESS_FIELDS = PROGRESS_COLUMNS.map((c) => c.key as ProgressField);
const REQUIRED: Field[] = ["measure", "steps", "responsible", "timeframe"];
const HEADER_ROWS = 20;

export interface MeasuresSheetRows {
  rows: MeasureLine[];
  /** The codes each row answers, where the sheet has the codes column. */
  codes: string[][];
  /** 1-based row of the header, for messages. */
  headerRow: number;
  /** Each row's 1-based sheet row, for messages naming a cell. */
  sheetRows: number[];
  /** Each row's progress cells as staff left them (raw values: a date may be a serial number). */
  progress: Partial<Record<ProgressField, CellValue>>[];
  /** 0-based sheet column of the timeframe (a column every measures table has), for messages naming a cell. */
  timeframeColumn: number;
  /** 0-based sheet column of each progress field the sheet has, for messages naming a cell. */
  progressColumns: Partial<Record<ProgressField, number>>;
}

/** The headers the product writes (render/measures.ts), keyed as the fields here are. */
const OWN_HEADERS = new Map<string, Field>(
  [...MEASURE_COLUMNS, ...PROGRESS_COLUMNS].flatMap((c) =>
    HEADERS.some(([f]) => f === c.key) ? [[headerKey(c.header), c.key as Field]] : [],
  ),
);

function columnsOf(row: readonly unknown[]): Partial<Record<Field, number>> | undefined {
  const found: Partial<Record<Field, number>> = {};
  const taken = new Set<number>();
  // The headers as the product wrote them first, wherever they are: a column staff added beside
  // them ("ผู้รับผิดชอบร่วม", "ขั้นตอนที่ทำแล้ว") is never read in their place.
  row.forEach((v, c) => {
    const field = OWN_HEADERS.get(headerKey(v as never));
    if (field && found[field] === undefined) {
      found[field] = c;
      taken.add(c);
    }
  });
  // Then headers staff renamed, or another version's, by pattern.
  row.forEach((v, c) => {
    if (taken.has(c)) return;
    const key = headerKey(v as never);
    const field = HEADERS.find(([f, re]) => found[f] === undefined && re.test(key))?.[0];
    if (field) found[field] = c;
  });
  return REQUIRED.every((f) => found[f] !== undefined) ? found : undefined;
}

/** The rows of a measures table, or undefined when the sheet has no such table. */
export function readMeasuresSheet(sheet: SheetCells): MeasuresSheetRows | undefined {
  const values = sheet.values;
  for (let r = 0; r < Math.min(values.length, HEADER_ROWS); r++) {
    const columns = columnsOf(values[r] ?? []);
    if (!columns) continue;
    const rows: MeasureLine[] = [];
    const codes: string[][] = [];
    const sheetRows: number[] = [];
    const progress: Partial<Record<ProgressField, CellValue>>[] = [];
    let issue = "";
    for (let i = r + 1; i < values.length; i++) {
      const row = values[i];
      const get = (f: Field) => (columns[f] === undefined ? "" : cellText(row?.[columns[f]!]));
      // A merged issue cell is blank below its first row: the row belongs to the issue above.
      issue = get("issue") || issue;
      const line: MeasureLine = {
        issue,
        finding: get("finding"),
        measure: get("measure"),
        steps: get("steps"),
        responsible: get("responsible"),
        timeframe: get("timeframe"),
      };
      if (!line.measure && !line.steps && !line.responsible && !line.timeframe) continue;
      rows.push(line);
      sheetRows.push(i + 1 + (sheet.rowOffset ?? 0));
      const cells: Partial<Record<ProgressField, CellValue>> = {};
      for (const f of PROGRESS_FIELDS) if (columns[f] !== undefined) cells[f] = row?.[columns[f]!] ?? null;
      progress.push(cells);
      codes.push(
        get("codes")
          .split(/[,\s]+/)
          .filter(Boolean),
      );
    }
    const progressColumns: Partial<Record<ProgressField, number>> = {};
    for (const f of PROGRESS_FIELDS) if (columns[f] !== undefined) progressColumns[f] = columns[f]! + (sheet.colOffset ?? 0);
    const timeframeColumn = columns.timeframe! + (sheet.colOffset ?? 0);
    return { rows, codes, headerRow: r + 1 + (sheet.rowOffset ?? 0), sheetRows, progress, progressColumns, timeframeColumn };
  }
  return undefined;
}
