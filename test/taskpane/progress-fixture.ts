// A workbook the add-in analysed, then filled by staff through the year in the progress columns of
// its measures sheet (the same cells as the command's test, test/cli/progress.test.ts): done,
// under way, late, cancelled, without evidence, and four cells the report cannot use.
import { join } from "node:path";
import { SHEET_KINDS } from "../../src/core";
import { FakeExcel } from "../excel/fake-excel";
import { readXlsxFile } from "../fixtures/xlsx-file";
import { EXAMPLES } from "../cli/helpers";

export const MEASURES = SHEET_KINDS.measures.name;
export const PROGRESS = SHEET_KINDS.progress.name;
export const EXAMPLE = join(EXAMPLES, "municipality-2567-two-years.xlsx");

export { COL, FILLED } from "../fixtures/progress-fill";
import { COL, FILLED } from "../fixtures/progress-fill";

/** The example workbook (its results year 2567: measures for fiscal year 2568) in the fake Excel. */
export function exampleExcel(): FakeExcel {
  const excel = new FakeExcel();
  for (const sheet of readXlsxFile(EXAMPLE).cells.sheets)
    excel.model.addSheet(sheet.name).setValues(sheet.values.map((r) => r.map((v) => (v === null || v === undefined ? "" : v))));
  return excel;
}

/** Staff fill the progress columns of the measures sheet the add-in wrote. */
export function fillProgress(excel: FakeExcel): void {
  const sheet = excel.model.sheet(MEASURES);
  for (const [row, cells] of Object.entries(FILLED))
    for (const [field, value] of Object.entries(cells)) sheet.setValues([[value]], Number(row) - 1, COL[field as keyof typeof COL]);
}
