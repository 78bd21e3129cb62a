import { cleanText } from "../text/clean";
import { toArabicDigits } from "../text/digits";
import { round2 } from "../text/round";
import { PROGRESS_STATUS_LABEL, type ProgressStatus } from "../vocabulary";

// The สถานะ column as staff fill it: one of the four drop-down words, or what they type instead
// (older forms, English, a short word). One reading for the report and for =ITA.PROGRESS.

/** Words staff write for each status besides the drop-down's own (spaces removed, lower case). */
const SYNONYMS: [ProgressStatus, RegExp][] = [
  ["cancelled", /^(?:ยกเลิก|ไม่ดำเนินการ|งดดำเนินการ|cancel(?:l?ed)?)$/],
  ["done", /^(?:ดำเนินการแล้ว(?:เสร็จ)?|เสร็จ(?:แล้ว|สิ้น)?|แล้วเสร็จ|ดำเนินการเสร็จ(?:สิ้น|แล้ว)?|done|completed?)$/],
  ["inProgress", /^(?:กำลังดำเนินการ|อยู่ระหว่าง(?:การ)?ดำเนินการ|ระหว่างดำเนินการ|ดำเนินการอยู่|inprogress|ongoing)$/],
  ["notStarted", /^(?:ยังไม่เริ่ม(?:ดำเนินการ)?|ยังไม่ได้(?:เริ่ม|ดำเนินการ)|ยังไม่ดำเนินการ|รอ(?:การ)?ดำเนินการ|notstarted)$/],
];

/**
 * A status cell's meaning: "unreported" when blank, undefined for a word the report does not know
 * (the caller warns, naming the cell).
 */
export function progressStatusOf(value: unknown): ProgressStatus | undefined {
  const key = cleanText(value).replace(/\s+/g, "").toLocaleLowerCase("en");
  if (key === "") return "unreported";
  for (const [status, label] of Object.entries(PROGRESS_STATUS_LABEL) as [ProgressStatus, string][])
    if (status !== "unreported" && key === label) return status;
  return SYNONYMS.find(([, re]) => re.test(key))?.[0];
}

/** A percentage cell: 0–100, "80%", "๘๐"; null when blank, undefined when it is not one in 0–100. */
export function progressPercentOf(value: unknown): number | null | undefined {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 && value <= 100 ? value : undefined;
  const text = toArabicDigits(cleanText(value)).replace(/\s*%$/, "");
  if (text === "") return null;
  if (!/^\d+(?:\.\d+)?$/.test(text)) return undefined;
  const n = Number(text);
  return n <= 100 ? n : undefined;
}

/** Done among the measures that still count (not cancelled): the report's headline figure, at 2 decimals. */
export function percentDone(done: number, counted: number): number | undefined {
  return counted > 0 ? round2((done / counted) * 100) : undefined;
}

/**
 * The overall percentage for =ITA.PROGRESS and the report: with statuses only, the share done of
 * the measures not cancelled; with percentages too, their mean over the same measures, a blank
 * percentage read from the status: done 100, anything else 0 (a measure in progress with no
 * figure is not counted as further along than staff said: a published figure never overstates).
 * Undefined when no measure counts.
 */
export function overallProgress(statuses: readonly ProgressStatus[], percents?: readonly (number | null)[]): number | undefined {
  const counted = statuses.map((s, i) => ({ s, p: percents?.[i] ?? null })).filter(({ s }) => s !== "cancelled");
  if (!percents) return percentDone(counted.filter(({ s }) => s === "done").length, counted.length);
  const values = counted.map(({ s, p }) => (p !== null ? p : s === "done" ? 100 : 0));
  return values.length ? round2(values.reduce((a, b) => a + b, 0) / values.length) : undefined;
}
