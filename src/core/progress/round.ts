import { latest, type WorkbookForDocument } from "../document/read/workbook";
import { cleanText } from "../text/clean";
import { toArabicDigits } from "../text/digits";
import type { CellValue } from "../types";
import { fiscalYearOf, roundOf } from "./dates";
import type { IsoDate, ReportRound } from "./model";

// Which report a day gives: the measures' fiscal year and the round. One rule for the report and for
// the pane, which shows the round beside its date field before any report is made (and without the
// report's code, which it loads only when asked).

/** Rows above a measures table that may hold its title. */
const TITLE_ROWS = 20;

/** "ปีงบประมาณ พ.ศ. 2568" or "ปีงบประมาณ 2568" in a text (Arabic digits): the year it names. */
export function fiscalYearIn(text: string): number | undefined {
  const m = /ปีงบประมาณ\s*(?:พ\.ศ\.\s*)?(\d{4})/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** "มาตรการ… ปีงบประมาณ พ.ศ. 2568" in a title line above the table: the measures' fiscal year. */
export function measuresFiscalYear(values: readonly (readonly CellValue[] | undefined)[]): number | undefined {
  for (let r = 0; r < Math.min(TITLE_ROWS, values.length); r++) {
    const text = toArabicDigits(cleanText(values[r]?.[0]));
    const year = fiscalYearIn(text);
    if (year !== undefined && /มาตรการ/.test(text)) return year;
  }
  return undefined;
}

export interface RoundOf {
  /** The measures' fiscal year (BE): the sheet's own, else the one the day falls in. */
  fiscalYear: number;
  /** The fiscal year the day falls in. */
  dayYear: number;
  /** The fiscal year the measures sheet's title says, when it says one. */
  sheetYear?: number;
  round: ReportRound;
}

/**
 * The round of a report on measures of `sheetYear` as of `asOf`: up to 31 March the half-year one,
 * after it the year-end one; a day after the measures' fiscal year reports on the whole year, a day
 * before it on the first half.
 */
export function roundFor(sheetYear: number | undefined, asOf: IsoDate): RoundOf {
  const dayYear = fiscalYearOf(asOf);
  const fiscalYear = sheetYear ?? dayYear;
  const round: ReportRound = dayYear > fiscalYear ? "yearEnd" : dayYear < fiscalYear ? "halfYear" : roundOf(asOf);
  return { fiscalYear, dayYear, ...(sheetYear !== undefined ? { sheetYear } : {}), round };
}

/** The round a report on this workbook's measures sheet would have as of a day; undefined without one. */
export function progressRound(book: WorkbookForDocument, asOf: IsoDate): RoundOf | undefined {
  const sheet = latest(book, "measures");
  return sheet ? roundFor(measuresFiscalYear(sheet.values), asOf) : undefined;
}
