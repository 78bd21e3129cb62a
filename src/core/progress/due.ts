import { cleanText } from "../text/clean";
import { toArabicDigits } from "../text/digits";
import { BE_OFFSET, calendarDate, daysInMonth, isoOf } from "../document/kit/thai-date";
import { THAI_DATE, ceYear, monthOf } from "./dates";
import { fiscalYearIn } from "./round";
import type { IsoDate } from "./model";

// The day a measure's timeframe ends, read from the text the plan writes or staff type.

const quarterEnd = (q: number, fy: number): IsoDate => {
  const ends: [number, number, number][] = [
    [fy - 1, 12, 31],
    [fy, 3, 31],
    [fy, 6, 30],
    [fy, 9, 30],
  ];
  const [beYear, month, day] = ends[q - 1];
  return isoOf({ year: beYear - BE_OFFSET, month, day });
};

/** A month and maybe a year in a timeframe, as the last day it allows; a missing year is the fiscal year's. */
function monthEnd(month: number, yearText: string | undefined, day: string | undefined, fiscalYear: number): IsoDate | undefined {
  const year = yearText ? ceYear(yearText) : fiscalYear - BE_OFFSET - (month >= 10 ? 1 : 0);
  const d = calendarDate(year, month, day ? Number(day) : daysInMonth(year, month));
  return d && isoOf(d);
}

/**
 * The last day of a measure's timeframe, as the product writes it ("ไตรมาส 1–2 ปีงบประมาณ 2568
 * (1 ต.ค. 2567 – 31 มี.ค. 2568) ให้เสร็จก่อนการประเมิน OIT ปิด 30 มิ.ย. 2568") or as staff write it
 * ("ต.ค. 67 – มี.ค. 68", "ภายใน 31 ธันวาคม 2567", "ไตรมาส 2", "ตลอดปีงบประมาณ"). The end of the first
 * span "A – B" wins: a note after it (the OIT close) is not the measure's end. Undefined when the
 * text names no day the report can read.
 */
export function timeframeEnd(text: string, fiscalYear: number): IsoDate | undefined {
  const t = toArabicDigits(cleanText(text));
  if (t === "") return undefined;
  const dates = [...t.matchAll(THAI_DATE)].filter((m) => m[2]);
  const endOf = (m: RegExpMatchArray) => monthEnd(monthOf(m[2]), m[3], m[1], fiscalYear);
  // A span: the first date right after a dash that follows a date (at most a dash and spaces between).
  for (let i = 1; i < dates.length; i++) {
    const between = t.slice(dates[i - 1].index! + dates[i - 1][0].length, dates[i].index);
    if (/[–—-]/.test(between) && between.trim().length <= 3) return endOf(dates[i]);
  }
  if (dates.length > 0) return endOf(dates[dates.length - 1]);
  const fy = fiscalYearIn(t) ?? fiscalYear;
  const q = /ไตรมาส(?:ที่)?\s*([1-4])(?:\s*[-–—]\s*(?:ไตรมาส(?:ที่)?\s*)?([1-4]))?/.exec(t);
  if (q) return quarterEnd(Number(q[2] ?? q[1]), fy);
  if (/ตลอด(?:ปี|ทั้งปี)|ทุกไตรมาส|ทุกเดือน|ปีงบประมาณ/.test(t)) return quarterEnd(4, fy);
  return undefined;
}
