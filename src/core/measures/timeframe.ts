import { toArabicDigits } from "../text/digits";
import { THAI_MONTHS_SHORT } from "../document/kit/thai-date";

/**
 * Library timings are short Thai phrases staff can edit; the plan turns them into dates of the
 * fiscal year of the measures (BE). Fiscal year Y runs 1 ต.ค. Y-1 – 30 ก.ย. Y.
 */
export const TIMINGS = ["ตลอดปีงบประมาณ", "ไตรมาส 1", "ไตรมาส 2", "ไตรมาส 3", "ไตรมาส 4", "ทุกไตรมาส", "ทุกเดือน"] as const;

const QUARTERS: [string, string][] = [
  ["1 ต.ค.", "31 ธ.ค."],
  ["1 ม.ค.", "31 มี.ค."],
  ["1 เม.ย.", "30 มิ.ย."],
  ["1 ก.ค.", "30 ก.ย."],
];

function quarterStart(q: number, fy: number): string {
  return `${QUARTERS[q - 1][0]} ${q === 1 ? fy - 1 : fy}`;
}

function quarterEnd(q: number, fy: number): string {
  return `${QUARTERS[q - 1][1]} ${q === 1 ? fy - 1 : fy}`;
}

export function fiscalYearSpan(fy: number): string {
  return `1 ต.ค. ${fy - 1} – 30 ก.ย. ${fy}`;
}

/** "ไตรมาส 1–2" → "ไตรมาส 1–2 ปีงบประมาณ 2567 (1 ต.ค. 2566 – 31 มี.ค. 2567)"; free text passes through. */
export function timeframeText(timing: string, fiscalYear: number): string {
  const t = toArabicDigits(timing.trim());
  if (t === "" || t === "ตลอดปีงบประมาณ" || t === "ตลอดปี") return fiscalYearSpan(fiscalYear);
  if (t === "ทุกไตรมาส" || t === "ทุกเดือน") return `${t} (${fiscalYearSpan(fiscalYear)})`;
  const q = /^ไตรมาส(?:ที่)?\s*([1-4])(?:\s*[-–]\s*(?:ไตรมาส(?:ที่)?\s*)?([1-4]))?$/.exec(t);
  if (q) {
    const a = Number(q[1]);
    const b = q[2] ? Number(q[2]) : a;
    if (b >= a) {
      const label = a === b ? `ไตรมาส ${a}` : `ไตรมาส ${a}–${b}`;
      return `${label} ปีงบประมาณ ${fiscalYear} (${quarterStart(a, fiscalYear)} – ${quarterEnd(b, fiscalYear)})`;
    }
  }
  return timing.trim();
}

/** When the OIT assessment of a fiscal year closes: the framework's day (30 June by default), in that BE year. */
export interface OitClose {
  day: number;
  month: number;
}
export const DEFAULT_OIT_CLOSE: OitClose = { day: 30, month: 6 };

/** The fiscal quarter (1–4) a calendar month falls in: October starts quarter 1. */
const quarterOfMonth = (month: number): number => (month >= 10 ? 1 : Math.floor((month - 1) / 3) + 2);

/** The last fiscal quarter that ends before the OIT assessment closes (30 June → quarter 2). */
export function lastQuarterBeforeOit(close: OitClose): number {
  return Math.max(1, quarterOfMonth(close.month) - 1);
}

/**
 * The timing of a measure that answers OIT items: it must be done, and its evidence published,
 * before that year's OIT assessment closes, or the same item fails again. Quarters after the last
 * one before the close are brought forward to it; "all year" becomes quarters 1 to that one; a
 * recurring timing keeps its rhythm with the deadline said beside it. IIT and EIT measures keep the
 * fiscal year (timeframeText).
 */
export function oitTimeframeText(timing: string, fiscalYear: number, close: OitClose = DEFAULT_OIT_CLOSE): string {
  const last = lastQuarterBeforeOit(close);
  const closes = `${close.day} ${THAI_MONTHS_SHORT[close.month - 1]} ${close.month >= 10 ? fiscalYear - 1 : fiscalYear}`;
  const note = `ให้เสร็จก่อนการประเมิน OIT ปิด ${closes}`;
  const t = toArabicDigits(timing.trim());
  const span = (a: number, b: number) => {
    const label = a === b ? `ไตรมาส ${a}` : `ไตรมาส ${a}–${b}`;
    return `${label} ปีงบประมาณ ${fiscalYear} (${quarterStart(a, fiscalYear)} – ${quarterEnd(b, fiscalYear)}) ${note}`;
  };
  if (t === "" || t === "ตลอดปีงบประมาณ" || t === "ตลอดปี") return span(1, last);
  if (t === "ทุกไตรมาส" || t === "ทุกเดือน")
    return `${t} (${fiscalYearSpan(fiscalYear)}) ส่วนที่ตอบรายการ OIT ให้เสร็จภายใน ${quarterEnd(last, fiscalYear)} ก่อนการประเมิน OIT ปิด ${closes}`;
  const q = /^ไตรมาส(?:ที่)?\s*([1-4])(?:\s*[-–]\s*(?:ไตรมาส(?:ที่)?\s*)?([1-4]))?$/.exec(t);
  if (q) {
    const a = Number(q[1]);
    const b = q[2] ? Number(q[2]) : a;
    if (b >= a) return span(Math.min(a, last), Math.min(b, last));
  }
  return `${timing.trim()} (${note})`;
}
