// Reading and writing .xlsx in the browser preview. This module (and fflate with it) is loaded
// on demand by preview-host.ts, so none of it is in the JavaScript the pane loads in Excel.
// It is the `ita` command's own reader and writer (src/xlsx), with fflate as the zip codec.
import { fflateCodec } from "../../xlsx/codec-fflate";
import { MAX_FILE_BYTES, fileTooLarge } from "../../xlsx/limits";
import { type KeptOutput, keptWorkbook, newRunId } from "../../xlsx/keep-output";
import { type ReadWorkbook, readWorkbookFile } from "../../xlsx/read";
import { buildOutputWorkbook } from "../../xlsx/write";
import {
  type Digits,
  OverviewBuilder,
  type Settings,
  type SheetSpec,
  agencySummary,
  analyzeOptionsFrom,
  defaultSettings,
} from "../../core";
import { progressJob, type ProgressReport } from "../../core/progress";
import { WorkbookFileError } from "../../xlsx/errors";
import type { Engine } from "../host";

export type OpenedWorkbook = ReadWorkbook;

/** Reads the chosen file (an .xlsx or a CSV); refuses, in Thai, a file over the limits or of another kind. */
export function openWorkbook(bytes: ArrayBuffer, fileName?: string): OpenedWorkbook {
  if (bytes.byteLength > MAX_FILE_BYTES) throw fileTooLarge(bytes.byteLength);
  return readWorkbookFile(new Uint8Array(bytes), { codec: fflateCodec, keepCopy: true, ...(fileName ? { fileName } : {}) });
}

/**
 * The new workbook, as the command writes it: the input's sheets (values), ours replaced in place
 * with staff edits carried (or kept as dated copies), the settings part with the new records.
 */
export function buildWorkbook(opened: OpenedWorkbook, specs: SheetSpec[], settings: Settings, now = new Date()): KeptOutput {
  return keptWorkbook(opened, specs, { codec: fflateCodec, settings, now, runId: newRunId() });
}

/**
 * The chosen workbook with the o43 progress sheet (as `ita progress --out`): that sheet written or
 * replaced (staff notes in an earlier one carried), every other sheet as it was; the file's own
 * settings saved with the new record.
 */
export function buildProgressWorkbook(opened: OpenedWorkbook, spec: SheetSpec, digits: Digits, now = new Date()): KeptOutput {
  return keptWorkbook(opened, [spec], {
    codec: fflateCodec,
    settings: opened.settings ?? { ...defaultSettings(), digits },
    now,
    runId: newRunId(),
    only: ["progress"],
  });
}

/**
 * The o43 report of the chosen file as of a day, and the file with its progress sheet; undefined when
 * the file has no measures sheet. Here, in the chunk loaded on demand, so the pane's first load does
 * not carry the report's code.
 */
export function progressWorkbook(
  opened: OpenedWorkbook,
  request: { asOf: string; digits: Digits; agency?: string },
): { report: ProgressReport; output: KeptOutput } | undefined {
  const job = progressJob(opened.known, request);
  return job && { report: job.report, output: buildProgressWorkbook(opened, job.sheet, request.digits) };
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
