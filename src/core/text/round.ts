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

/**
 * The one comparison of a score with a bar (85, 95, 100, a level band, a staff threshold): as
 * published, at 2 decimals. 84.995 is printed 85.00, so it is not below 85. Levels, statuses,
 * readings, findings and every pass/fail column use this, so a figure and its verdict never disagree.
 */
export function belowBar(score: number, bar: number): boolean {
  return round2(score) < bar;
}

/** Two scores are the same figure when they print the same at 2 decimals. */
export function samePublished(a: number, b: number): boolean {
  return round2(a) === round2(b);
}

export function mean(values: number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}
