import {
  COL_DETAIL,
  COL_SIDE,
  DEFAULT_LIMITATION_SIDES,
  LIMITATION_PROMPTS,
  LIMITATIONS_SHEET_HINT,
  LIMITATIONS_SHEET_TITLE,
} from "../document/o42/limitations-wording";
import type { RenderContext, SheetBody } from "./context";
import { headingLines } from "./context";

/**
 * The limitations sheet (part 4 of the o42 document): the four usual sides, each with a short prompt
 * for staff to replace. Written once; from then on it is staff's data (createOnce in sheet-kinds.ts).
 */
export function limitationsSheet(ctx: RenderContext): SheetBody {
  const heading = headingLines(ctx, LIMITATIONS_SHEET_TITLE);
  heading.push(LIMITATIONS_SHEET_HINT);
  return {
    key: "limitations",
    heading,
    columns: [
      { key: "side", header: COL_SIDE, width: 22, wrap: true },
      { key: "detail", header: COL_DETAIL, width: 110, wrap: true },
    ],
    rows: DEFAULT_LIMITATION_SIDES.map((side) => [side, LIMITATION_PROMPTS[side]]),
    rowIds: DEFAULT_LIMITATION_SIDES.map((_, i) => `side:${i + 1}`),
  };
}
