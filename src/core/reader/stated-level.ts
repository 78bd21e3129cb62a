import type { StatedLevel } from "../types";
import { levelName, type Level } from "../scoring/levels";
import { toArabicDigits } from "../text/digits";
import type { Grid } from "./grid";
import { singleYear, yearCell, yearsIn } from "./years";

// A level the workbook states, as the NACC announced it: "ระดับผลการประเมิน: ผ่าน" in one cell,
// "ระดับผลการประเมิน | ผ่านดี" (one column per year under year headers), or a level beside the
// overall score ("คะแนนรวม ITA | 93.57 | ผ่านดี"). It is an official figure like the scores.

/** Cells longer than a line are prose (findings, notes), never a stated level. */
const MAX_LINE = 120;
/** "ระดับผลการประเมิน", "ระดับ ITA ปี 2566", "ผลการประเมินอยู่ในระดับ", "Level". */
const LEVEL_LABEL =
  /^(?:ผลการประเมิน\s*(?:อยู่\s*)?(?:ใน|ที่)?\s*)?ระดับ(?:ผลการประเมิน|คะแนน)?(?:\s*(?:ITA|ปี|พ\.?\s*ศ\.?|ปีงบประมาณ|[0-9]{4}|[()]))*\s*(?:อยู่ที่|อยู่ใน|คือ|[:：])?\s*$|^(?:level|rating)\s*[:：]?$/i;
/** A level word at the end of a line that names it: "… ระดับ “ผ่านดี”", "ระดับผลการประเมิน: ผ่าน". */
const INLINE =
  /ระดับ(?:ผลการประเมิน|คะแนน)?[^0-9:：“”"']{0,24}?(?:[0-9]{4}[^0-9:：“”"']{0,12}?)?(?:อยู่ที่|คือ|[:：])?\s*[“"'‘]?\s*(ผ่านดีเยี่ยม|ผ่านดี|ไม่ผ่าน|ผ่าน|AA|A|B|C|D|E|F)\s*[”"'’]?\s*[.)]?\s*$/;
/** Row labels of the overall score, beside which a level cell states the level. */
const OVERALL_LABEL = /^(?:คะแนน(?:รวม|เฉลี่ย)|ค่าเฉลี่ย|ผลคะแนนรวม|ผลรวม|ITA|คะแนน\s*ITA|overall|total)(?:\s|[(:：]|$)/i;
/** How far right of its label a level may stand. */
const SPAN = 8;

/** How far up a level's column its year header may stand (the header of a table of 20-odd rows). */
const HEADER_REACH = 40;

/** The year written above a level in its column (the year header of its table). */
function yearAbove(grid: Grid, r: number, c: number): number | undefined {
  for (let k = r - 1; k >= 0 && k >= r - HEADER_REACH; k--) {
    const v = grid.headerValue(k, c);
    const y = yearCell(v) ?? (typeof v === "string" && v.length <= 40 ? singleYear(toArabicDigits(v)) : undefined);
    if (y !== undefined) return y;
  }
  return undefined;
}

/**
 * Every stated level of a sheet, with its cell and, when the sheet says, its year (the column's year
 * header, the year in the label, else `tableYear` of the row). Rows for which `skip` is true (measures
 * libraries) are left out.
 */
export function statedLevels(grid: Grid, tableYear: (row: number) => number | undefined, skip: (r: number) => boolean): StatedLevel[] {
  const found: StatedLevel[] = [];
  const add = (r: number, c: number, level: Level, labelYear: number | undefined) => {
    const year = yearAbove(grid, r, c) ?? labelYear ?? tableYear(r);
    found.push({ level, cell: grid.address(r, c), ...(year !== undefined ? { year } : {}) });
  };
  // Only filled cells can be labels: a scan follows them, not the rectangle around them.
  for (const r of grid.filledRows()) {
    if (skip(r)) continue;
    for (const c of grid.filledCols(r)) {
      const t = grid.text(r, c);
      if (!t || t.length > MAX_LINE || !/ระดับ|level|rating|คะแนน|ค่าเฉลี่ย|ผลรวม|ITA|overall|total/i.test(t)) continue;
      const text = toArabicDigits(t);
      const years = yearsIn(text);
      const labelYear = years.length === 1 ? years[0] : undefined;
      const inline = INLINE.exec(text);
      if (inline) {
        add(r, c, inline[1] as Level, labelYear);
        continue;
      }
      const label = LEVEL_LABEL.test(text);
      if (!label && !OVERALL_LABEL.test(text)) continue;
      // The level cells of the row, right of the label: one per year column, or the one beside it.
      for (let k = c + 1; k < grid.cols && k <= c + SPAN; k++) {
        const level = levelName(grid.text(r, k));
        if (level) add(r, k, level, labelYear);
      }
    }
  }
  return found;
}
