import type { IndicatorNumber, SubIndicatorId, ToolKey } from "../types";

/** A score read from the workbook, with the cell it came from. */
export interface CellScore {
  value: number;
  cell: string;
}

/** Everything the workbook says about one results year, after merging all its tables. */
export interface ScoreTable {
  year: number;
  items: Map<string, { score: number | null; cell: string; parts?: { public?: CellScore; survey?: CellScore } }>;
  subIndicators: Map<SubIndicatorId, CellScore>;
  indicators: Map<IndicatorNumber, CellScore>;
  tools: Map<ToolKey, CellScore>;
  overall?: CellScore;
  /** A level stated in the workbook (ระดับผลการประเมิน: ผ่าน). */
  level?: { value: string; cell: string };
}

export function emptyTable(year: number): ScoreTable {
  return { year, items: new Map(), subIndicators: new Map(), indicators: new Map(), tools: new Map() };
}
