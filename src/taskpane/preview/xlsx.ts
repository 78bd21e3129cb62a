// Reading and writing .xlsx in the browser preview. This module (and exceljs with it) is loaded
// on demand by preview-host.ts, so none of it is in the JavaScript the pane loads in Excel.
// It reuses the `ita` command's exceljs code, which takes and returns exceljs workbooks.
import ExcelJS from "exceljs";
import { workbookCells } from "../../xlsx/read";
import { readWorkbookSettingsFromBytes, withSettingsPart } from "../../xlsx/settings-part";
import { buildOutputWorkbook } from "../../xlsx/write";
import type { Settings, SheetSpec, WorkbookCells } from "../../core";

export interface OpenedWorkbook {
  workbook: ExcelJS.Workbook;
  cells: WorkbookCells;
  settings?: Settings;
}

export async function openWorkbook(bytes: ArrayBuffer): Promise<OpenedWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  const settings = await readWorkbookSettingsFromBytes(bytes);
  return { workbook, cells: workbookCells(workbook), ...(settings ? { settings } : {}) };
}

/** The new workbook: the input's sheets (values), the rendered sheets, and the settings part. */
export async function buildWorkbook(source: ExcelJS.Workbook, specs: SheetSpec[], settings: Settings): Promise<Uint8Array> {
  const out = buildOutputWorkbook(source, specs);
  const bytes = await out.xlsx.writeBuffer();
  return withSettingsPart(bytes as ArrayBuffer, settings);
}
