// A CSV file as one sheet, the way Excel opens it: fields split on the file's separator (comma,
// semicolon or tab, whichever the first line uses), quotes honoured, and plain numbers as numbers
// ("98.50" → 98.5, quoted or not). Anything else stays text for the engine to read ("๙๘.๕๐").
import type { CellValue } from "../core";

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

function separatorOf(text: string): string {
  const firstLine = text.slice(0, Math.max(0, text.search(/\r?\n/)) || text.length);
  let best = ",";
  let bestCount = 0;
  for (const sep of [",", ";", "\t"]) {
    let n = 0;
    let quoted = false;
    for (const ch of firstLine) {
      if (ch === '"') quoted = !quoted;
      else if (ch === sep && !quoted) n++;
    }
    if (n > bestCount) [best, bestCount] = [sep, n];
  }
  return best;
}

/** As Excel opens a CSV: a plain number is a number, quoted or not; anything else is text. */
function typed(field: string): CellValue {
  if (field === "") return null;
  if (NUMBER.test(field.trim())) return Number(field.trim());
  return field;
}

/** Rows of values (sparse like a sheet's: empty fields are absent), and how many cells hold something. */
export function parseCsv(text: string): { values: CellValue[][]; filled: number } {
  const sep = separatorOf(text);
  const values: CellValue[][] = [];
  let filled = 0;
  let row: CellValue[] = [];
  let r = 0;
  let c = 0;
  let field = "";
  let quoted = false;
  const endField = () => {
    const v = typed(field);
    if (v !== null) {
      row[c] = v;
      filled++;
    }
    c++;
    field = "";
  };
  const endRow = () => {
    endField();
    if (row.length) values[r] = row;
    row = [];
    r++;
    c = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === sep) endField();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRow();
    } else field += ch;
  }
  if (field !== "" || c > 0) endRow();
  return { values, filled };
}
