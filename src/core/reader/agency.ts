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
/** The assessor, not the assessed. */
const NOT_AGENCY = /^สำนักงาน\s*(?:ป\.?\s*ป\.?\s*ช|คณะกรรมการป้องกันและปราบปราม)/;
const ROWS = 15;
const MAX_NAME = 80;

export function agencyIn(text: string): string | undefined {
  const m = KIND.exec(text);
  if (!m) return undefined;
  const kind = m[1];
  const after = text.slice((m.index ?? 0) + m[0].length);
  // The name is the word after the kind ("เทศบาลเมืองเพชรบูรณ์", "อบต. ทุ่งทอง"): Thai letters only,
  // so districts, years, paths and the rest of a sentence stay out.
  const word = /^\s?([\u0E01-\u0E4E]+)/.exec(after);
  if (!word || word[1].length < 2 || !/[\u0E01-\u0E2E]/.test(word[1])) return undefined;
  const name = `${kind}${word[1]}`;
  if (NOT_AGENCY.test(`${kind}${after}`)) return undefined;
  return name.length <= MAX_NAME ? name : undefined;
}

/** The first agency named in the top rows of a sheet. */
export function findAgency(grid: Grid): string | undefined {
  for (const r of grid.filledRows()) {
    if (r >= ROWS) break;
    for (const c of grid.filledCols(r)) {
      const t = grid.text(r, c);
      if (!t || t.length > 200) continue;
      const name = agencyIn(t);
      if (name) return name;
    }
  }
  return undefined;
}
