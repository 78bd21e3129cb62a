import { toArabicDigits } from "../text/digits";

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
