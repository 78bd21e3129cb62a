// Dates as a Thai official document writes them: day, Thai month name, Buddhist-era year ("1 ตุลาคม 2569").

export const THAI_MONTHS = [
  "มกราคม",
  "กุมภาพันธ์",
  "มีนาคม",
  "เมษายน",
  "พฤษภาคม",
  "มิถุนายน",
  "กรกฎาคม",
  "สิงหาคม",
  "กันยายน",
  "ตุลาคม",
  "พฤศจิกายน",
  "ธันวาคม",
] as const;

/** The months as official tables abbreviate them ("31 มี.ค. 2568"). */
export const THAI_MONTHS_SHORT = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."] as const;

/** The Buddhist era runs 543 years ahead of the common era. */
export const BE_OFFSET = 543;

export interface CalendarDate {
  /** Common-era year, as a calendar or an ISO date gives it. */
  year: number;
  month: number;
  day: number;
}

/** "2026-10-01" → { year: 2026, month: 10, day: 1 }; undefined for anything that is not a real date. */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m ? calendarDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** The day, when year, month and day make one (31 February does not). */
export function calendarDate(year: number, month: number, day: number): CalendarDate | undefined {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? { year, month, day } : undefined;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A calendar day as an ISO date ("2026-10-01"). */
export function isoOf(d: CalendarDate): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** A day of the computer's calendar as an ISO date ("2026-10-01"): the adapters date a document with it. */
export function isoDateOf(d: Date): string {
  return isoOf({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });
}

/** "1 ตุลาคม 2569" (Arabic digits; the document applies its own digits). */
export function thaiDate(date: CalendarDate): string {
  return `${date.day} ${THAI_MONTHS[date.month - 1]} ${date.year + BE_OFFSET}`;
}

/** "ตุลาคม 2569", for the foot of a preface. */
export function thaiMonthYear(date: CalendarDate): string {
  return `${THAI_MONTHS[date.month - 1]} ${date.year + BE_OFFSET}`;
}
