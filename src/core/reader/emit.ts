import type { CellValue, Observation, ObservationTarget, Problem } from "../types";
import { parseScore } from "../text/score";
import type { Grid } from "./grid";
import { error, quoted } from "../problems";

// One score cell → an observation, or a problem naming the cell.

/** An observation with the position it was read from (for ordering). */
export interface Found {
  observation: Observation;
  row: number;
  col: number;
}

/** What reading one table gives: its observations and problems, where it stands, its year columns. */
export interface TableRead {
  found: Found[];
  problems: Problem[];
  top: number;
  left: number;
  right: number;
  bottom: number;
  years: (number | undefined)[];
  rows: number;
  /** The score columns read. */
  columns: number[];
}

function shown(value: CellValue): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return quoted(value);
  return String(value);
}

/**
 * Reads the score at (r, c). Blank or "-" → an observation with score null; a number in 0–100 → an
 * observation; anything else → an error naming the cell (not a score, or outside 0–100).
 * `fractions`: the column holds 0–1 values typed as percentages (0.985 = 98.5).
 */
export function scoreObservation(
  grid: Grid,
  r: number,
  c: number,
  value: CellValue,
  target: ObservationTarget,
  year: number | undefined,
  fractions: boolean,
  text?: string,
): { found?: Found; problem?: Problem } {
  const cell = grid.address(r, c);
  const parsed = parseScore(value);
  const make = (score: number | null): { found: Found } => {
    const observation: Observation = { target, score, cell };
    if (year !== undefined) observation.year = year;
    if (text) observation.text = text;
    return { found: { observation, row: r, col: c } };
  };
  switch (parsed.kind) {
    case "score": {
      const v = fractions && parsed.value <= 1 ? Math.round(parsed.value * 100 * 1e9) / 1e9 : parsed.value;
      return make(v);
    }
    case "missing":
      return make(null);
    case "outOfRange":
      return {
        problem: error(
          cell,
          `คะแนนในเซลล์ ${cell} เป็น ${parsed.value} ซึ่งอยู่นอกช่วง 0–100: แก้เป็นคะแนน 0 ถึง 100 หรือเว้นว่างถ้ายังไม่มีคะแนน`,
          `${cell}: ${parsed.value} is outside 0–100`,
        ),
      };
    case "excelError":
      return {
        problem: error(
          cell,
          `เซลล์ ${cell} มีค่าผิดพลาด ${parsed.error} (สูตรคำนวณไม่ได้) แทนคะแนน: แก้สูตรในเซลล์นี้ให้คำนวณได้ หรือพิมพ์คะแนน 0 ถึง 100 (เว้นว่างถ้ายังไม่มีคะแนน)`,
          `${cell}: Excel error ${parsed.error} instead of a score`,
        ),
      };
    case "unreadable":
      return {
        problem: error(
          cell,
          `เซลล์ ${cell} มีค่า ${shown(value)} ซึ่งอ่านเป็นคะแนนไม่ได้: ใส่คะแนนเป็นตัวเลข 0 ถึง 100 หรือเว้นว่างถ้ายังไม่มีคะแนน`,
          `${cell}: ${shown(value)} is not a score`,
        ),
      };
  }
}
