// Reading and writing .xlsx in the browser preview. This module (and fflate with it) is loaded
// on demand by preview-host.ts, so none of it is in the JavaScript the pane loads in Excel.
// It is the `ita` command's own reader and writer (src/xlsx), with fflate as the zip codec.
import { fflateCodec } from "../../xlsx/codec-fflate";
import { MAX_FILE_BYTES, fileTooLarge } from "../../xlsx/limits";
import { type ReadWorkbook, readWorkbookFile, type SourceWorkbook } from "../../xlsx/read";
import { buildOutputWorkbook } from "../../xlsx/write";
import type { Settings, SheetSpec } from "../../core";

export type OpenedWorkbook = ReadWorkbook;

/** Reads the chosen file (an .xlsx or a CSV); refuses, in Thai, a file over the limits or of another kind. */
export function openWorkbook(bytes: ArrayBuffer, fileName?: string): OpenedWorkbook {
  if (bytes.byteLength > MAX_FILE_BYTES) throw fileTooLarge(bytes.byteLength);
  return readWorkbookFile(new Uint8Array(bytes), { codec: fflateCodec, keepCopy: true, ...(fileName ? { fileName } : {}) });
}

/** The new workbook: the input's sheets (values), the rendered sheets, and the settings part. */
export function buildWorkbook(source: SourceWorkbook, specs: SheetSpec[], settings: Settings): Uint8Array {
  return buildOutputWorkbook(source, specs, { codec: fflateCodec, settings });
}
