import { overallProgress, PROGRESS_STATUS_WORDS, progressPercentOf, progressStatusOf, type ProgressStatus } from "../core";
import { cellPosition, rangeSize, sameShape } from "./coerce";
import { invalidValue, notAvailable } from "./errors";

// ITA.PROGRESS: a status range (and a percent range) of the measures sheet → the core's reading of
// each cell (progressStatusOf, progressPercentOf) → overallProgress, the report's own figure.

/** What Excel passes for a range: a matrix; a lone value (or a plain list) is made one. */
function asMatrix(v: unknown): unknown[][] {
  if (!Array.isArray(v)) return [[v]];
  return v.map((row: unknown) => (Array.isArray(row) ? row : [row]));
}

const STATUS_WORDS = PROGRESS_STATUS_WORDS.map((w) => `"${w}"`);
const STATUS_HINT = `${STATUS_WORDS.slice(0, -1).join(", ")} หรือ ${STATUS_WORDS[STATUS_WORDS.length - 1]}`;

/** A percent cell that reads as a number (Arabic or Thai digits, maybe a sign or "%"), only not in 0–100. */
const NUMERIC = /^[-+]?[\d๐-๙]+(?:\.[\d๐-๙]+)?\s*%?$/u;

export interface ProgressMeasures {
  statuses: ProgressStatus[];
  /** Present when a percent range was given: one per status, null where the percent is blank. */
  percents?: (number | null)[];
}

/**
 * The measures of a status range and an optional percent range of the same shape, cell by cell in
 * reading order (row by row). A blank status is a measure not yet reported ("unreported"), except
 * past the last cell with a status or a percent: those cells are below the table (a range selected
 * longer than the table) and are skipped. An unknown status word or a percent that is not a number
 * in 0–100 → #VALUE! naming its place in the range.
 */
export function readProgressRanges(statusRange: unknown, percentRange?: unknown): ProgressMeasures {
  const statusCells = asMatrix(statusRange);
  const hasPercents = percentRange !== null && percentRange !== undefined;
  const percentCells = hasPercents ? asMatrix(percentRange) : undefined;
  const rows = statusCells.length;
  const cols = statusCells[0]?.length ?? 0;
  // Without a percent range, the status range against itself: every row as long as the first.
  if (percentCells ? !sameShape(statusCells, percentCells) : !sameShape(statusCells, statusCells))
    throw invalidValue(
      percentCells
        ? `ช่วงสถานะ (${rangeSize(statusCells)}) กับช่วงร้อยละ (${rangeSize(percentCells)}) ขนาดไม่เท่ากัน เลือกสองช่วงที่มีจำนวนแถวและคอลัมน์เท่ากัน (ranges differ in size)`
        : "แถวของช่วงสถานะยาวไม่เท่ากัน เลือกช่วงสี่เหลี่ยม (ragged range)",
    );

  const statuses: ProgressStatus[] = [];
  const percents: (number | null)[] = [];
  /** Measures up to and including the last cell with anything in it. */
  let filled = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const where = cellPosition(r, c, rows, cols);
      const rawStatus = statusCells[r][c];
      const status = progressStatusOf(rawStatus);
      if (status === undefined)
        throw invalidValue(
          `${where} ของช่วงสถานะ: ไม่รู้จักสถานะ "${String(rawStatus).trim()}" ใส่ ${STATUS_HINT} (หรือเว้นว่างถ้ายังไม่รายงาน) (unknown status word)`,
        );
      let percent: number | null = null;
      if (percentCells) {
        const rawPercent = percentCells[r][c];
        const read = progressPercentOf(rawPercent);
        if (read === undefined) {
          const text = String(rawPercent).trim();
          throw invalidValue(
            typeof rawPercent === "number" || NUMERIC.test(text)
              ? `${where} ของช่วงร้อยละ: ${text} อยู่นอกช่วง 0–100 ใส่ร้อยละ 0 ถึง 100 (percent outside 0–100)`
              : `${where} ของช่วงร้อยละ: "${text}" ไม่ใช่ตัวเลขร้อยละ ใส่ตัวเลข 0–100 เช่น 80 หรือเว้นว่าง (percent is not a number)`,
          );
        }
        percent = read;
      }
      statuses.push(status);
      percents.push(percent);
      if (status !== "unreported" || percent !== null) filled = statuses.length;
    }
  }
  statuses.length = filled;
  percents.length = filled;
  return percentCells ? { statuses, percents } : { statuses };
}

/** Why nothing counts, for the #N/A message. */
function nothingCounts({ statuses }: ProgressMeasures): string {
  if (statuses.length === 0) return "ช่วงที่เลือกไม่มีสถานะหรือร้อยละของมาตรการใดเลย (no measures in the range)";
  if (statuses.every((s) => s === "cancelled")) return "ทุกมาตรการในช่วงที่เลือกถูกยกเลิก จึงไม่มีมาตรการที่นับได้ (every measure is cancelled)";
  return "ไม่มีมาตรการที่นับได้ (no measure counts)";
}

/** The overall percentage (0–100, at 2 decimals) of the two ranges; #N/A when no measure counts. */
export function progressFigure(statusRange: unknown, percentRange?: unknown): number {
  const measures = readProgressRanges(statusRange, percentRange);
  const figure = overallProgress(measures.statuses, measures.percents);
  if (figure === undefined) throw notAvailable(`คำนวณร้อยละความก้าวหน้าไม่ได้: ${nothingCounts(measures)}`);
  return figure;
}
