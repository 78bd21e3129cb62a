// A shared formula (<f t="shared" si="0"/>) stores its text once, in its first cell; every other
// cell of the group means the same formula moved by its distance from that cell, as Excel's fill
// down does: relative references move, $-anchored parts stay. Needed to keep a formula staff typed
// (and filled down) in one of our sheets as a formula when the command writes the sheet again.
import { columnIndex, columnLetter } from "../core";

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

// A cell (A1, $B$2), a column range (A:C) or a row range (3:5), not part of a longer name, not a
// function name ("LOG10(") and not a sheet name ("Sheet1!").
const REF =
  /(?<![A-Za-z0-9_.$])(?:(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})|(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})|(\$?)(\d{1,7}):(\$?)(\d{1,7}))(?![A-Za-z0-9_(!.])/g;

function moveRow(anchor: string, row: string, dr: number): string | undefined {
  if (anchor) return `$${row}`;
  const n = Number(row) + dr;
  return n >= 1 && n <= MAX_ROW ? String(n) : undefined;
}

function moveCol(anchor: string, col: string, dc: number): string | undefined {
  if (anchor) return `$${col.toUpperCase()}`;
  const n = columnIndex(col) + dc;
  return n >= 0 && n < MAX_COL ? columnLetter(n) : undefined;
}

/** Moves one stretch of formula text with no string literal, quoted sheet name or structured reference in it. */
function movePlain(text: string, dr: number, dc: number): string {
  return text.replace(REF, (_whole, ca, c, ra, r, c1a, c1, c2a, c2, r1a, r1, r2a, r2) => {
    let out: (string | undefined)[];
    if (c !== undefined) out = [moveCol(ca, c, dc), moveRow(ra, r, dr)];
    else if (c1 !== undefined) out = [moveCol(c1a, c1, dc), ":", moveCol(c2a, c2, dc)];
    else out = [moveRow(r1a, r1, dr), ":", moveRow(r2a, r2, dr)];
    // Moved off the sheet: Excel shows #REF!.
    return out.some((p) => p === undefined) ? "#REF!" : out.join("");
  });
}

/**
 * The formula of a cell `dr` rows and `dc` columns from the group's first cell, whose formula is
 * `text` (no leading "="). String literals, quoted sheet names and [structured] parts are left as they are.
 */
export function shiftFormula(text: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return text;
  let out = "";
  let plain = "";
  for (let i = 0; i < text.length;) {
    const ch = text[i];
    const close = ch === '"' ? '"' : ch === "'" ? "'" : ch === "[" ? "]" : undefined;
    if (!close) {
      plain += ch;
      i++;
      continue;
    }
    out += movePlain(plain, dr, dc);
    plain = "";
    let j = i + 1;
    for (;;) {
      const k = text.indexOf(close, j);
      if (k < 0) {
        j = text.length;
        break;
      }
      // "" inside a string and '' inside a sheet name are the quote itself.
      if (close !== "]" && text[k + 1] === close) {
        j = k + 2;
        continue;
      }
      j = k + 1;
      break;
    }
    out += text.slice(i, j);
    i = j;
  }
  return out + movePlain(plain, dr, dc);
}
