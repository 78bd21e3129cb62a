import type { Grid } from "./grid";

// The agency named in a title cell ("องค์การบริหารส่วนตำบลทุ่งทอง", "ผลการประเมิน ITA ของเทศบาลเมืองเพชรบูรณ์").
// Conservative: only the first rows of a sheet, only names that start with a known kind of agency.

const KINDS = [
  "องค์การบริหารส่วนตำบล",
  "องค์การบริหารส่วนจังหวัด",
  "เทศบาลตำบล",
  "เทศบาลเมือง",
  "เทศบาลนคร",
  "กรุงเทพมหานคร",
  "เมืองพัทยา",
  "อบต.",
  "อบจ.",
  "ทต.",
  "ทม.",
  "ทน.",
  "กรม",
  "สำนักงาน",
  "กระทรวง",
];
const KIND = new RegExp(`(?:^|[\\s(]|ของ)(${KINDS.map((k) => k.replace(/\./g, "\\.")).join("|")})`);
/** Where the name ends: the district or province, the year, the end of a bracket. */
const END = /\s+(?:อำเภอ|อ\.|จังหวัด|จ\.|ประจำปี|ปีงบประมาณ|พ\.ศ\.|ปี\s*[0-9๐-๙]|ผลการ|คะแนน)|[()\n,:]/;
/** The assessor, not the assessed. */
const NOT_AGENCY = /^สำนักงาน\s*(?:ป\.?\s*ป\.?\s*ช|คณะกรรมการป้องกันและปราบปราม)/;
const ROWS = 15;
const MAX_NAME = 80;

export function agencyIn(text: string): string | undefined {
  const m = KIND.exec(text);
  if (!m) return undefined;
  const start = (m.index ?? 0) + m[0].length - m[1].length;
  let name = text.slice(start);
  const end = END.exec(name.slice(m[1].length));
  if (end) name = name.slice(0, m[1].length + (end.index ?? 0));
  name = name.trim();
  if (NOT_AGENCY.test(name)) return undefined;
  const rest = name.slice(m[1].length).trim();
  // A kind alone ("สำนักงาน") or a kind followed by digits only is not a name.
  if (rest.length < 2 || !/[\u0E01-\u0E2E]/.test(rest) || name.length > MAX_NAME) return undefined;
  return name;
}

/** The first agency named in the top rows of a sheet. */
export function findAgency(grid: Grid): string | undefined {
  for (let r = 0; r < Math.min(grid.rows, ROWS); r++)
    for (let c = 0; c < grid.cols; c++) {
      const t = grid.text(r, c);
      if (!t || t.length > 200) continue;
      const name = agencyIn(t);
      if (name) return name;
    }
  return undefined;
}
