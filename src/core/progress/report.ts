import { latest, type WorkbookForDocument } from "../document/read/workbook";
import { readMeasuresSheet, type MeasuresSheetRows, type ProgressField } from "../document/read/measures-sheet";
import { cleanText } from "../text/clean";
import { sheetAddress } from "../text/a1";
import { toArabicDigits } from "../text/digits";
import { quoted, warning } from "../problems";
import type { Problem } from "../types";
import { PROGRESS_STATUS_WORDS } from "../vocabulary";
import { parseDay } from "./dates";
import { timeframeEnd } from "./due";
import { measuresFiscalYear, roundFor } from "./round";
import type { GroupCounts, IsoDate, ProgressMeasure, ProgressReport, ProgressStatus, StatusCounts } from "./model";
import { percentDone, progressPercentOf, progressStatusOf } from "./status";

// The o43 report from the measures sheet as staff left it: each row's progress cells read, checked
// (a warning names every cell the report could not use; nothing blocks it) and judged as of one
// day: counted by status, by issue and by responsible unit; late and evidence-less measures named.

export interface ProgressOptions {
  /** The day the report is as of (ISO, common era). */
  asOf: IsoDate;
  agency?: string;
}

/** The report cannot be made: the workbook has no measures sheet (the adapter says what to do). */
export class NoMeasuresSheet extends Error {}

/** "2. การให้บริการ…" (๒. in Thai digits too): the issue's number and its title; the whole text when it has no number. */
export function issueParts(text: string): { number?: number; title: string } {
  const m = /^\s*([1-7])\s*[.)]\s*/.exec(toArabicDigits(text));
  return m ? { number: Number(m[1]), title: text.slice(m[0].length) } : { title: text };
}

const isLink = (text: string) => /^https?:\/\/[^\s]+$/i.test(text);

function counts(measures: readonly ProgressMeasure[]): StatusCounts {
  const by = (s: ProgressStatus) => measures.filter((m) => m.status === s).length;
  const c = {
    total: measures.length,
    done: by("done"),
    inProgress: by("inProgress"),
    notStarted: by("notStarted"),
    cancelled: by("cancelled"),
    unreported: by("unreported"),
  };
  const pct = percentDone(c.done, c.total - c.cancelled);
  return pct === undefined ? c : { ...c, percentDone: pct };
}

function grouped(measures: readonly ProgressMeasure[], key: (m: ProgressMeasure) => string[]): GroupCounts[] {
  const groups = new Map<string, ProgressMeasure[]>();
  for (const m of measures) for (const k of key(m)) groups.set(k, [...(groups.get(k) ?? []), m]);
  return [...groups].map(([label, ms]) => ({ label, ...counts(ms) }));
}

/**
 * A responsible cell may list several units, one per line or with commas: each counts the measure.
 * Nothing else splits it ("ทุกสำนัก/กอง", "กองการศึกษา ศาสนาและวัฒนธรรม", "… ร่วมกับกองช่าง" are one unit).
 */
function unitsOf(responsible: string): string[] {
  const units = responsible
    .split(/\n|\s*,\s*/)
    .map((u) => u.trim())
    .filter(Boolean);
  return units.length ? [...new Set(units)] : ["ไม่ระบุผู้รับผิดชอบ"];
}

/** The measures' progress, read and judged as of `options.asOf`. Throws NoMeasuresSheet. */
export function progressReport(book: WorkbookForDocument, options: ProgressOptions): ProgressReport {
  const sheet = latest(book, "measures");
  const read: MeasuresSheetRows | undefined = sheet ? readMeasuresSheet(sheet) : undefined;
  if (!sheet || !read) throw new NoMeasuresSheet();
  const problems: Problem[] = [];
  const cell = (field: ProgressField, i: number) => sheetAddress(sheet.name, read.sheetRows[i] - 1, read.progressColumns[field]!);
  if (read.progressColumns.progressStatus === undefined)
    problems.push(
      warning(
        sheetAddress(sheet.name, read.headerRow - 1, 0),
        `แผ่นงาน ${sheet.name} ไม่มีคอลัมน์ “สถานะ” ทุกมาตรการจึงนับเป็นไม่ระบุสถานะ: วิเคราะห์อีกครั้งเพื่อเพิ่มคอลัมน์ความก้าวหน้า แล้วกรอกสถานะของแต่ละมาตรการ`,
        "the measures sheet has no status column",
      ),
    );

  const {
    fiscalYear,
    dayYear: asOfYear,
    sheetYear,
    round,
  } = roundFor(measuresFiscalYear(sheet.values.slice(0, read.headerRow - (sheet.rowOffset ?? 0))), options.asOf);
  if (sheetYear !== undefined && sheetYear !== asOfYear)
    problems.push(
      warning(
        sheetAddress(sheet.name, 0, 0),
        `มาตรการในแผ่นงาน ${sheet.name} เป็นของปีงบประมาณ ${sheetYear} แต่วันที่รายงานอยู่ในปีงบประมาณ ${asOfYear}: ตรวจสอบวันที่ของรายงานว่าถูกต้อง`,
        `measures of fiscal year ${sheetYear}, report date in ${asOfYear}`,
      ),
    );

  const measures: ProgressMeasure[] = read.rows.map((line, i) => {
    const p = read.progress[i];
    const statusText = cleanText(p.progressStatus);
    let status = progressStatusOf(p.progressStatus);
    if (status === undefined) {
      problems.push(
        warning(
          cell("progressStatus", i),
          `สถานะ ${quoted(statusText)} ในเซลล์ ${cell("progressStatus", i)} ไม่ใช่สถานะที่รู้จัก จึงนับเป็นไม่ระบุสถานะ: เลือก ${PROGRESS_STATUS_WORDS.join(" / ")}`,
          `unknown status ${quoted(statusText)}: counted as unreported`,
        ),
      );
      status = "unreported";
    }
    const percent = progressPercentOf(p.progressPercent);
    if (percent === undefined)
      problems.push(
        warning(
          cell("progressPercent", i),
          `ร้อยละความก้าวหน้า ${quoted(cleanText(p.progressPercent))} ในเซลล์ ${cell("progressPercent", i)} ไม่ใช่ตัวเลข 0–100 จึงไม่นำมาใช้: กรอกตัวเลขตั้งแต่ 0 ถึง 100`,
          "progress percentage not a number in 0–100: ignored",
        ),
      );
    else if (typeof p.progressPercent === "number" && p.progressPercent > 0 && p.progressPercent < 1)
      // 80% typed into the cell is stored as 0.8: most likely meant as 80, but only staff know.
      problems.push(
        warning(
          cell("progressPercent", i),
          `ร้อยละความก้าวหน้าในเซลล์ ${cell("progressPercent", i)} เป็น ${p.progressPercent} ซึ่งน้อยกว่า 1: ถ้าหมายถึงร้อยละ ${Math.round(p.progressPercent * 100)} ให้พิมพ์ ${Math.round(p.progressPercent * 100)} (Excel เก็บ 80% ไว้เป็น 0.8)`,
          "percentage below 1: 80% typed is stored as 0.8",
        ),
      );
    const evidence = cleanText(p.progressEvidence);
    const evidenceIsLink = isLink(evidence);
    if (evidence && !evidenceIsLink)
      problems.push(
        warning(
          cell("progressEvidence", i),
          `หลักฐานในเซลล์ ${cell("progressEvidence", i)} ไม่ใช่ลิงก์เว็บไซต์ ${quoted(evidence)}: ใส่ลิงก์ที่เผยแพร่หลักฐานไว้ (ขึ้นต้นด้วย https://) เพื่อให้ผู้ตรวจเปิดดูได้`,
          "evidence is not a web link",
        ),
      );
    const reportedText = cleanText(p.progressReportedOn);
    const reportedOn = reportedText ? parseDay(p.progressReportedOn) : undefined;
    if (reportedText && !reportedOn)
      problems.push(
        warning(
          cell("progressReportedOn", i),
          `วันที่รายงาน ${quoted(reportedText)} ในเซลล์ ${cell("progressReportedOn", i)} ไม่ใช่วันที่: กรอกเป็นวันที่ เช่น 31/3/2568 หรือ 31 มี.ค. 2568`,
          "report date is not a date",
        ),
      );
    const due = timeframeEnd(line.timeframe, fiscalYear);
    if (due === undefined) {
      const at = sheetAddress(sheet.name, read.sheetRows[i] - 1, read.timeframeColumn);
      problems.push(
        warning(
          at,
          `ระยะเวลา ${quoted(line.timeframe)} ในเซลล์ ${at} ไม่บอกวันสิ้นสุด จึงไม่นับว่ามาตรการนี้เลยกำหนด: เขียนระยะเวลาให้มีเดือนและปีที่สิ้นสุด เช่น ต.ค. 2567 – มี.ค. 2568`,
          "timeframe has no end date: never counted late",
        ),
      );
    }
    const open = status !== "done" && status !== "cancelled";
    const issueNumber = issueParts(line.issue).number;
    return {
      issue: line.issue,
      ...(issueNumber ? { issueNumber } : {}),
      measure: line.measure,
      responsible: line.responsible,
      timeframe: line.timeframe,
      ...(due ? { due } : {}),
      status,
      ...(percent !== null && percent !== undefined ? { percent } : {}),
      result: cleanText(p.progressResult, { keepLines: true }),
      obstacles: cleanText(p.progressObstacles, { keepLines: true }),
      evidence,
      evidenceIsLink,
      ...(reportedOn ? { reportedOn } : {}),
      late: open && due !== undefined && due < options.asOf,
      row: read.sheetRows[i],
    };
  });

  return {
    agency: options.agency ?? "",
    fiscalYear,
    asOf: options.asOf,
    round,
    sheet: sheet.name,
    measures,
    overall: counts(measures),
    byIssue: grouped(measures, (m) => [m.issue || "ไม่ระบุประเด็น"]),
    byUnit: grouped(measures, (m) => unitsOf(m.responsible)),
    late: measures.filter((m) => m.late),
    withoutEvidence: measures.filter((m) => m.status !== "cancelled" && m.evidence === ""),
    undated: measures.filter((m) => m.due === undefined),
    problems,
  };
}
