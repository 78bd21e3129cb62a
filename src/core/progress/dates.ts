import { cleanText } from "../text/clean";
import { toArabicDigits } from "../text/digits";
import { BE_OFFSET, THAI_MONTHS, THAI_MONTHS_SHORT, calendarDate, isoOf, parseIsoDate } from "../document/kit/thai-date";
import type { IsoDate, ReportRound } from "./model";

// Dates of the progress report: the day it is as of, the day each measure's timeframe ends, the day
// staff reported. Staff write Buddhist-era years (2568, 68) and Thai month names; ISO dates and
// Excel's date serials are read too. Every date here is kept as an ISO date of the common era.

const FULL: readonly string[] = THAI_MONTHS;
const SHORT: readonly string[] = THAI_MONTHS_SHORT;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Full names first, so "มีนาคม" is not read as "มี.ค." missing its dots; short ones with or without dots. */
const MONTH_WORDS: [string, number][] = [
  ...FULL.map((m, i): [string, number] => [escape(m), i + 1]),
  ...SHORT.map((m, i): [string, number] => [m.split(".").filter(Boolean).map(escape).join("\\.?\\s?") + "\\.?", i + 1]),
];
export const MONTH_RE = MONTH_WORDS.map(([w]) => `(?:${w})`).join("|");
/** [day] month [year]: "31 มี.ค. 2568", "มีนาคม 68", "31 มีนาคม". */
export const THAI_DATE = new RegExp(`(?:(\\d{1,2})\\s*)?(${MONTH_RE})\\s*(?:(?:พ\\.ศ\\.|พศ\\.?)\\s*)?(\\d{4}|\\d{2})?`, "g");

/** A year as staff write it: 2568 or 68 (BE), 2025 (CE): the common-era year. */
export function ceYear(text: string): number {
  const n = Number(text);
  if (text.length === 2) return 2500 + n - BE_OFFSET;
  return n > 2400 ? n - BE_OFFSET : n;
}

export function monthOf(word: string): number {
  const w = word.replace(/\s/g, "");
  const full = FULL.indexOf(w);
  if (full >= 0) return full + 1;
  const bare = w.replace(/\./g, "");
  return SHORT.findIndex((m) => m.replace(/\./g, "") === bare) + 1;
}

/** The fiscal year (BE) a day falls in: October starts the next one. */
export function fiscalYearOf(iso: IsoDate): number {
  const d = parseIsoDate(iso)!;
  return d.year + BE_OFFSET + (d.month >= 10 ? 1 : 0);
}

/** The half-year round runs to 31 March; any later day of the fiscal year reports on the whole year. */
export function roundOf(iso: IsoDate): ReportRound {
  const d = parseIsoDate(iso)!;
  return d.month >= 10 || d.month <= 3 ? "halfYear" : "yearEnd";
}

/** An Excel date serial (1900 system) as an ISO date. */
function fromSerial(serial: number): IsoDate | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return undefined;
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000);
  // A Thai officer's 31/3/2568 typed into a Gregorian Excel becomes a date in the year 2568: a BE year.
  const year = d.getUTCFullYear() > 2400 ? d.getUTCFullYear() - BE_OFFSET : d.getUTCFullYear();
  const date = calendarDate(year, d.getUTCMonth() + 1, d.getUTCDate());
  return date && isoOf(date);
}

/**
 * A day as staff or the command line give it: "2568-03-31" (BE) or "2025-03-31" (ISO), "31/3/2568",
 * "31 มี.ค. 2568", "31 มีนาคม 68", an Excel date serial. Undefined when it is not a real day.
 */
export function parseDay(value: unknown): IsoDate | undefined {
  if (typeof value === "number") return fromSerial(value);
  const text = toArabicDigits(cleanText(value));
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) {
    const d = calendarDate(ceYear(iso[1]), Number(iso[2]), Number(iso[3]));
    return d && isoOf(d);
  }
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(text);
  if (dmy) {
    const d = calendarDate(ceYear(dmy[3]), Number(dmy[2]), Number(dmy[1]));
    return d && isoOf(d);
  }
  THAI_DATE.lastIndex = 0;
  const m = THAI_DATE.exec(text);
  if (m && m[1] && m[3] && m.index === 0 && m[0].trim().length === text.length) {
    const d = calendarDate(ceYear(m[3]), monthOf(m[2]), Number(m[1]));
    return d && isoOf(d);
  }
  return undefined;
}
