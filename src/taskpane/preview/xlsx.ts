// Reading and writing .xlsx in the browser preview. This module (and fflate with it) is loaded
// on demand by preview-host.ts, so none of it is in the JavaScript the pane loads in Excel.
// It is the `ita` command's own reader and writer (src/xlsx), with fflate as the zip codec.
import { fflateCodec } from "../../xlsx/codec-fflate";
import { MAX_FILE_BYTES, fileTooLarge } from "../../xlsx/limits";
import { type ReadWorkbook, readWorkbookFile, type SourceWorkbook } from "../../xlsx/read";
import { buildOutputWorkbook } from "../../xlsx/write";
import { OverviewBuilder, type Settings, type SheetSpec, agencySummary, analyzeOptionsFrom } from "../../core";
import { WorkbookFileError } from "../../xlsx/errors";
import type { Engine } from "../host";

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

/** Several agencies' files → the overview workbook (the same as `ita batch --overview`). */
export async function overviewWorkbook(
  files: { name: string; bytes: () => Promise<ArrayBuffer> }[],
  engine: Pick<Engine, "analyze">,
): Promise<{ bytes: Uint8Array; agencies: number; failed: { file: string; reason: string }[] }> {
  const overview = new OverviewBuilder();
  const failed: { file: string; reason: string }[] = [];
  for (const f of files) {
    let reason: string | undefined;
    try {
      const opened = openWorkbook(await f.bytes(), f.name);
      const options = { ...(opened.settings ? analyzeOptionsFrom(opened.settings) : {}), problems: opened.problems };
      const result = engine.analyze(opened.cells, options);
      const error = result.problems.find((p) => p.severity === "error");
      if (error) reason = `${error.cell ? `${error.cell}: ` : ""}${error.message}`;
      else overview.add(f.name, agencySummary(result));
    } catch (err) {
      if (!(err instanceof WorkbookFileError)) throw err;
      reason = err.message;
    }
    if (reason !== undefined) {
      overview.fail(f.name, reason);
      failed.push({ file: f.name, reason });
    }
  }
  return { bytes: buildOutputWorkbook(undefined, overview.sheets(), { codec: fflateCodec }), agencies: overview.agencies, failed };
}
