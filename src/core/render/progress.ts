import { asOfLine, fiscalYearLine, O43_TITLE, roundLine } from "../document/o43/lines";
import type { GroupCounts, ProgressMeasure, ProgressReport, StatusCounts } from "../progress/model";
import { SHEET_KINDS } from "../sheet-kinds";
import { issueParts } from "../progress/report";
import { PROGRESS_STATUSES, PROGRESS_STATUS_LABEL, applyDigits, type Digits, type ProgressStatus } from "../vocabulary";
import { thaiDate, parseIsoDate } from "../document/kit/thai-date";
import { uniqueSheetName, uniqueTableName } from "./sheet-names";
import type { ColumnSpec, RowTone, SheetSpec, SpecValue } from "./spec";

// The o43 progress sheet (ITA-ความก้าวหน้า): one table in sections: the whole plan, each issue, each
// responsible unit (counts by status and the share done), then every measure past its timeframe and
// not done, every measure without evidence and every timeframe without an end date, each named;
// a chart of the share done by issue. Written by the progress job, as of its date.

const COUNT = { width: 9, numFmt: "0" } as const;
const STATUS_COLUMN: Record<ProgressStatus, Partial<ColumnSpec>> = {
  done: { width: 10, wrap: true },
  inProgress: { width: 10, wrap: true },
  notStarted: { wrap: true },
  cancelled: { width: 8 },
  unreported: { wrap: true },
};
export const PROGRESS_SHEET_COLUMNS: ColumnSpec[] = [
  { key: "section", header: "หัวข้อ", width: 15, wrap: true },
  { key: "label", header: "รายการ", width: 30, wrap: true },
  { key: "total", header: "ทั้งหมด", ...COUNT },
  // One column a status, in the order countCells fills them; widths for the Thai words at 16 pt.
  ...PROGRESS_STATUSES.map((s): ColumnSpec => ({ key: s, header: PROGRESS_STATUS_LABEL[s], ...COUNT, ...STATUS_COLUMN[s] })),
  { key: "percentDone", header: "ร้อยละที่ดำเนินการแล้ว", width: 11, numFmt: "0.00", wrap: true },
  { key: "note", header: "หมายเหตุ", width: 34, wrap: true },
];

const dateText = (iso: string | undefined) => {
  const d = iso ? parseIsoDate(iso) : undefined;
  return d ? thaiDate(d) : "";
};

function countCells(c: StatusCounts): SpecValue[] {
  return [c.total, ...PROGRESS_STATUSES.map((s) => c[s]), c.percentDone ?? null];
}

export interface ProgressSheetOptions {
  digits?: Digits;
  existingNames?: string[];
  existingTableNames?: string[];
}

/** The progress sheet's spec for a report. */
export function progressSheet(report: ProgressReport, options: ProgressSheetOptions = {}): SheetSpec {
  const d = applyDigits(options.digits);
  const rows: SpecValue[][] = [];
  const rowIds: string[] = [];
  const tones: RowTone[] = [];
  // A named measure's row: blank under every count, between its name and its note.
  const blanks = PROGRESS_SHEET_COLUMNS.slice(2, -1).map(() => null);
  const add = (id: string, cells: SpecValue[], tone?: RowTone) => {
    rows.push(cells.map((v) => (typeof v === "string" ? d(v) : v)));
    rowIds.push(id);
    tones.push(tone);
  };
  const group = (section: string, prefix: string, groups: GroupCounts[]) =>
    groups.forEach((g, i) => add(`${prefix}:${g.label}`, [i === 0 ? section : null, g.label, ...countCells(g), null]));

  add("overall", [
    "ภาพรวม",
    "มาตรการทั้งหมด",
    ...countCells(report.overall),
    report.overall.percentDone === undefined ? "ทุกมาตรการถูกยกเลิก" : "ร้อยละไม่นับมาตรการที่ยกเลิก",
  ]);
  // Each issue row is named "ประเด็นที่ n" in the first column: short enough for the chart's categories.
  const firstIssue = rows.length;
  report.byIssue.forEach((g) => {
    const { number, title } = issueParts(g.label);
    add(`issue:${g.label}`, [number ? `ประเด็นที่ ${number}` : "รายประเด็น", title, ...countCells(g), null]);
  });
  const lastIssue = rows.length - 1;
  group("รายผู้รับผิดชอบ", "unit", report.byUnit);

  const named = (
    section: string,
    prefix: string,
    list: ProgressMeasure[],
    note: (m: ProgressMeasure) => string,
    none: string,
    tone: RowTone,
  ) => {
    if (list.length === 0) add(`${prefix}:none`, [section, none, ...blanks, null]);
    list.forEach((m, i) => add(`${prefix}:${m.row}`, [i === 0 ? section : null, m.measure, ...blanks, note(m)], tone));
  };
  const status = (m: ProgressMeasure) =>
    `สถานะ: ${PROGRESS_STATUS_LABEL[m.status]}${m.percent !== undefined ? ` (ร้อยละ ${m.percent})` : ""}`;
  const who = (m: ProgressMeasure) => (m.responsible ? `ผู้รับผิดชอบ: ${m.responsible}` : "");
  const where = (m: ProgressMeasure) => `แถว ${m.row} ของแผ่นงาน ${report.sheet}`;
  named(
    "เลยกำหนดแล้วยังไม่เสร็จ",
    "late",
    report.late,
    (m) =>
      [`กำหนดเสร็จ ${dateText(m.due)}`, status(m), who(m), m.obstacles ? `ปัญหาอุปสรรค: ${m.obstacles}` : "", where(m)]
        .filter(Boolean)
        .join("\n"),
    "ไม่มีมาตรการที่เลยกำหนด",
    "urgent",
  );
  named(
    "ยังไม่มีหลักฐาน",
    "noEvidence",
    report.withoutEvidence,
    (m) => [status(m), who(m), where(m)].filter(Boolean).join("\n"),
    "ทุกมาตรการมีหลักฐานแล้ว",
    "improve",
  );
  if (report.undated.length)
    named("ไม่ทราบวันสิ้นสุด", "undated", report.undated, (m) => [`ระยะเวลา: ${m.timeframe || "(ว่าง)"}`, where(m)].join("\n"), "", "warning");

  const names = [...(options.existingNames ?? [])];
  const heading = [
    d(`${O43_TITLE} ${fiscalYearLine(report.fiscalYear)}`),
    ...(report.agency ? [report.agency] : []),
    d(`${roundLine(report)} ${asOfLine(report)}`),
    `จากสถานะที่กรอกในแผ่นงาน ${report.sheet}: มาตรการที่เลยกำหนดคือมาตรการที่ระยะเวลาสิ้นสุดก่อนวันที่รายงานและยังไม่ได้ดำเนินการแล้วหรือยกเลิก`,
  ];
  return {
    key: "progress",
    name: uniqueSheetName(SHEET_KINDS.progress.name, names),
    tableName: uniqueTableName(SHEET_KINDS.progress.table, options.existingTableNames ?? []),
    heading,
    columns: PROGRESS_SHEET_COLUMNS,
    rows,
    rowIds,
    tones,
    footer: d(`${report.agency ? `${report.agency} · ` : ""}ความก้าวหน้าของมาตรการ ปีงบประมาณ พ.ศ. ${report.fiscalYear}`),
    ...(report.byIssue.length
      ? {
          chart: {
            title: "ร้อยละของมาตรการที่ดำเนินการแล้ว แยกตามประเด็น",
            categoryColumn: 0,
            seriesColumns: [8],
            firstRow: firstIssue,
            lastRow: lastIssue,
          },
        }
      : {}),
  };
}
