import type { WorkbookCells } from "../../types";
import { cellText } from "./cell-text";

// The district and province of the agency, from the title rows staff type above their tables
// ("องค์การบริหารส่วนตำบลห้วยทรายงาม อำเภอเมือง จังหวัดพะเยา", "อ.เมือง จ.พะเยา"). Conservative: only the
// first rows of a sheet, only a word of Thai letters after the prefix.

const ROWS = 15;
const NAME = "([\\u0E01-\\u0E4E]{2,40})";
const DISTRICT = new RegExp(`(?:^|[\\s(])(?:อำเภอ|อ\\.)\\s?${NAME}`);
const PROVINCE = new RegExp(`(?:^|[\\s(])(?:จังหวัด|จ\\.)\\s?${NAME}`);

export interface Place {
  district?: string;
  province?: string;
}

/** The first district and province named in the top rows of the workbook's sheets. */
export function findPlace(cells: WorkbookCells, skipSheet: (name: string) => boolean = () => false): Place {
  const place: Place = {};
  for (const sheet of cells.sheets) {
    if (skipSheet(sheet.name)) continue;
    for (const row of sheet.values.slice(0, ROWS))
      for (const v of row ?? []) {
        const text = cellText(v);
        if (!text || text.length > 200) continue;
        place.district ??= DISTRICT.exec(text)?.[1];
        place.province ??= PROVINCE.exec(text)?.[1];
        if (place.district && place.province) return place;
      }
  }
  return Object.fromEntries(Object.entries(place).filter(([, v]) => v)) as Place;
}
