import type { Problem } from "../types";
import { error, quoted, warning } from "../problems";
import { cellKind } from "./columns";
import type { Grid } from "./grid";

// No silent drop: a row inside a recognised score table that holds a value in one of the table's
// score columns is either read or named in a problem. A number nobody can place would leave the
// figures computed without it.

/** Labels of rows that are counts or ranks, not scores (named, but not an error). */
const NOT_A_SCORE = /ลำดับ|อันดับ|จำนวน|ผู้ตอบ|ผู้ประเมิน|ร้อยละของผู้|respondents|rank|count/i;

export interface TableSpan {
  /** First and last data rows. */
  top: number;
  bottom: number;
  /** The column where the row labels (codes, titles, names) start. */
  left: number;
  /** The score columns the table was read from. */
  columns: number[];
  /** `'Sheet'!A3:C40`, for messages. */
  table: string;
}

/** The text a row starts with, between the label column and the score column: what staff called it. */
function rowLabel(grid: Grid, r: number, from: number, to: number): string {
  for (let c = Math.max(0, from); c < to; c++) {
    const t = grid.text(r, c);
    if (t) return t;
  }
  return "";
}

/** The cells of a sheet already read or named: positions of observations, addresses of problems. */
export interface Named {
  /** r * grid.cols + c of every observation. */
  read: Set<number>;
  /** Cells named by a problem. */
  problems: Set<string>;
}

/** One problem per row of the span whose value in a score column was neither read nor named. */
export function unreadRows(grid: Grid, span: TableSpan, named: Named, excluded: (r: number) => boolean): Problem[] {
  const problems: Problem[] = [];
  for (let r = span.top; r <= span.bottom; r++) {
    if (excluded(r)) continue;
    for (const c of span.columns) {
      if (named.read.has(r * grid.cols + c)) continue;
      const kind = cellKind(grid.get(r, c));
      if (kind !== "number" && kind !== "error") continue;
      const cell = grid.address(r, c);
      if (named.problems.has(cell)) continue;
      const label = rowLabel(grid, r, span.left, c);
      const what = label ? `แถว ${quoted(label)}` : `แถวที่ ${cell}`;
      const value = grid.text(r, c) || String(grid.get(r, c));
      if (label && NOT_A_SCORE.test(label))
        problems.push(
          warning(
            cell,
            `${what} ในตาราง ${span.table} มีค่า ${value} ที่ ${cell} ซึ่งไม่ใช่คะแนน จึงไม่นำมาคิด: ถ้าเป็นคะแนน ให้ใส่รหัสข้อหรือชื่อตัวชี้วัดที่แถวนี้`,
            `${cell}: a count or rank in ${span.table}, not a score; left out`,
          ),
        );
      else
        problems.push(
          error(
            cell,
            `${what} ในตาราง ${span.table} มีคะแนน ${value} ที่ ${cell} แต่ไม่รู้ว่าเป็นคะแนนของข้อ ตัวชี้วัด หรือเครื่องมือใด จึงยังคำนวณต่อไม่ได้: ใส่รหัสข้อ (เช่น i1, o11) หรือชื่อตัวชี้วัด/เครื่องมือให้ชัดเจนที่แถวนี้ หรือลบคะแนนถ้าไม่ใช้`,
            `${cell}: a score in ${span.table} that belongs to no item, indicator or tool the reader knows`,
          ),
        );
      named.problems.add(cell);
      break;
    }
  }
  return problems;
}
