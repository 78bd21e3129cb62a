import type ExcelJS from "exceljs";
import { deflateStoredZip } from "./zip-repack";

/** The .xlsx bytes: exceljs writes the parts uncompressed, native zlib compresses them (much faster). */
export async function workbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  const stored = await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } } as unknown as Partial<ExcelJS.XlsxWriteOptions>);
  return deflateStoredZip(Buffer.from(stored));
}
