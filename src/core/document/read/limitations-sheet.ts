import type { SheetCells } from "../../types";
import type { Limitation } from "../o42/model";
import { LIMITATION_PROMPTS } from "../o42/wording";
import { cellText, headerKey } from "./cell-text";

// The limitations sheet staff fill in (ด้าน · รายละเอียด). A detail still equal to the prompt the
// sheet was created with counts as not filled in, so the document leaves lines to write on instead.

const SIDE = /^(?:ด้าน|ข้อจำกัด)$/;
const DETAIL = /^รายละเอียด/;
const HEADER_ROWS = 20;
const PROMPTS = new Set(Object.values(LIMITATION_PROMPTS).map((p) => p.replace(/\s+/g, "")));

export function readLimitationsSheet(sheet: SheetCells): Limitation[] | undefined {
  const values = sheet.values;
  for (let r = 0; r < Math.min(values.length, HEADER_ROWS); r++) {
    const keys = (values[r] ?? []).map((v) => headerKey(v));
    const side = keys.findIndex((k) => SIDE.test(k));
    const detail = keys.findIndex((k) => DETAIL.test(k));
    if (side < 0 || detail < 0) continue;
    const out: Limitation[] = [];
    for (const row of values.slice(r + 1)) {
      const s = cellText(row?.[side]);
      const d = cellText(row?.[detail]);
      if (!s && !d) continue;
      out.push({ side: s, detail: PROMPTS.has(d.replace(/\s+/g, "")) ? "" : d });
    }
    return out;
  }
  return undefined;
}
