import { parseCode } from "../text/code";
import type { Grid } from "./grid";

// Parts of a sheet that are never score tables: a measures library or a measures plan, whose header row
// names "มาตรการ" and "ขั้นตอน". Its rows hold item codes beside issue numbers, which must not read as scores.

const SCORE_HEADER = /คะแนน|score/i;

/**
 * A header row naming measures and steps; a header holds words only (no numbers, no item codes),
 * and a row that also names scores heads a score table, whatever stands beside it.
 */
function isLibraryHeader(grid: Grid, r: number): boolean {
  let measure = false;
  let steps = false;
  for (const c of grid.filledCols(r)) {
    const v = grid.get(r, c);
    if (typeof v !== "string" || v.length > 80) continue;
    const t = grid.text(r, c);
    if (!t || t.length > 60) continue;
    if (t.includes("มาตรการ")) measure = true;
    if (t.includes("ขั้นตอน")) steps = true;
  }
  if (!measure || !steps || isScoreHeader(grid, r)) return false;
  for (const c of grid.filledCols(r)) {
    if (typeof grid.get(r, c) === "number") return false;
    const p = parseCode(grid.text(r, c));
    if (p.code || p.ocrCandidate) return false;
  }
  return true;
}

function isScoreHeader(grid: Grid, r: number): boolean {
  for (const c of grid.filledCols(r)) {
    const v = grid.get(r, c);
    if (typeof v !== "string" || v.length > 60) continue;
    const t = grid.text(r, c);
    if (t && t.length <= 30 && SCORE_HEADER.test(t)) return true;
  }
  return false;
}

/**
 * Rows to leave out: from a library header row down to the next header row that names scores
 * (or the end of the sheet). Returns a predicate over row indexes.
 */
export function excludedRows(grid: Grid): (r: number) => boolean {
  // Blank rows change nothing, so only filled rows are visited; the excluded rows are kept as spans.
  const spans: [number, number][] = [];
  let from: number | undefined;
  for (const r of grid.filledRows()) {
    if (from === undefined && isLibraryHeader(grid, r)) from = r;
    else if (from !== undefined && isScoreHeader(grid, r)) {
      spans.push([from, r]);
      from = undefined;
    }
  }
  if (from !== undefined) spans.push([from, Infinity]);
  return spans.length ? (r) => spans.some(([a, b]) => r >= a && r < b) : () => false;
}
