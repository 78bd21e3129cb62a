import type { Problem } from "../types";
import { warning } from "../problems";

// How much of a sheet the tools take in: one figure for the add-in, the command and the browser
// preview. A score sheet holds a few thousand filled cells; a sheet of raw data beside the scores
// can hold millions, and reading it would only make staff wait (or run out of memory).

/** Filled cells (blanks do not count) a sheet may hold and still be read. */
export const MAX_FILLED_CELLS = 500_000;

/** The sheet was not read: it holds more filled cells than MAX_FILLED_CELLS. */
export function tooManyCellsWarning(sheet: string, filled: number | undefined): Problem {
  const count = filled === undefined ? `มากกว่า ${MAX_FILLED_CELLS.toLocaleString("en-US")}` : filled.toLocaleString("en-US");
  return warning(
    "",
    `แผ่นงาน “${sheet}” มีข้อมูล ${count} เซลล์ เกินขีดจำกัด ${MAX_FILLED_CELLS.toLocaleString("en-US")} เซลล์ จึงไม่ได้อ่านแผ่นงานนี้: ถ้ามีคะแนน ITA ในแผ่นงานนี้ ให้คัดลอกเฉพาะตารางคะแนนไปไว้ในแผ่นงานใหม่ แล้ววิเคราะห์อีกครั้ง`,
    `sheet ${sheet} not read: ${filled ?? `over ${MAX_FILLED_CELLS}`} filled cells (limit ${MAX_FILLED_CELLS})`,
  );
}
