import type { Framework, YearScores } from "../types";
import { computeYear } from "./compute";
import { emptyTable } from "./table";

/** Scores computed from question scores alone (the ITA.SCORE formula and quick checks). */
export function scoreItems(framework: Framework, year: number, scores: { code: string; score: number | null }[]): YearScores {
  const table = emptyTable(year);
  for (const s of scores) table.items.set(s.code, { score: s.score, cell: "" });
  return computeYear(framework, table).scores;
}
