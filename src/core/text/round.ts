/**
 * Rounds half away from zero at 2 decimals, the way published ITA figures are rounded.
 * toPrecision(12) first absorbs binary noise such as 99.665 stored as 99.66499999….
 */
export function round2(value: number): number {
  const clean = Number(value.toPrecision(12));
  const sign = clean < 0 ? -1 : 1;
  return (sign * Math.round(Math.abs(clean) * 100 + 1e-9)) / 100;
}

export function format2(value: number): string {
  return round2(value).toFixed(2);
}

export function mean(values: number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}
