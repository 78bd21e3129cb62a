import { promises as fs } from "node:fs";
import * as path from "node:path";
import { type AgencySummary, agencySummary } from "../core";
import type { ReadWorkbook } from "../xlsx/read";
import { type AgencyAnalysis, type Overrides, agencyDocument, agencyPlace, analyzeWorkbook, outputWorkbook } from "./agency";
import { ANALYSIS_SUFFIX, type BatchJob } from "./batch-files";
import { CliError, fileError } from "./errors";
import { writeOutput } from "./files";
import { readInput } from "./input";
import { problemLine } from "./summary-text";

// One file of `ita batch`, start to end: read, analyse, write the agency's outputs, and say what
// happened in a small plain object (it crosses back from a worker thread). A failure is an outcome,
// never a throw: the batch goes on and lists it at the end.

/** Output folders made so far (by this thread): each is made once, not once per file. */
const made = new Set<string>();
async function folder(dir: string): Promise<void> {
  if (made.has(dir)) return;
  await fs.mkdir(dir, { recursive: true }).catch((err: unknown) => {
    throw fileError(err, dir, "write");
  });
  made.add(dir);
}

export interface JobOptions {
  /** Where each agency's outputs go; none: analysis only (for the overview or the JSON lines). */
  outDir?: string;
  /** Each agency's o42 document too, beside its workbook. */
  docx?: boolean;
  force: boolean;
  overrides: Overrides;
}

export type JobOutcome =
  { ok: true; file: string; outputs: string[]; summary: AgencySummary } | { ok: false; file: string; reason: string; bug?: string };

/** "อบต.ก" → "อบต.ก-o42.docx": the o42 document beside the agency's workbook. */
export const DOCUMENT_SUFFIX = "-o42.docx";

/**
 * Each agency's outputs, written side by side under the output folder: its workbook and, with
 * `--docx`, its o42 document. Both are built before either is written.
 */
async function writeAgencyOutputs(
  job: BatchJob,
  read: ReadWorkbook,
  analysis: AgencyAnalysis,
  o: JobOptions & { outDir: string },
): Promise<string[]> {
  const stem = path.join(o.outDir, job.outputStem);
  await folder(path.dirname(stem));
  const workbook = `${stem}${ANALYSIS_SUFFIX}.xlsx`;
  const bytes = outputWorkbook(read, analysis);
  const doc = o.docx ? await agencyDocument(read, analysis) : undefined;
  await writeOutput(workbook, bytes, o.force);
  if (!doc) return [workbook];
  const document = `${stem}${DOCUMENT_SUFFIX}`;
  await writeOutput(document, doc.bytes, o.force);
  return [workbook, document];
}

export async function runJob(job: BatchJob, o: JobOptions): Promise<JobOutcome> {
  try {
    const read = await readInput(job.input, { keepCopy: o.outDir !== undefined });
    const analysis = analyzeWorkbook(read, o.overrides, o.outDir !== undefined);
    if (!analysis.ok) {
      const errors = analysis.result.problems.filter((p) => p.severity === "error");
      const shown = errors.slice(0, 3).map(problemLine).join(" · ");
      const more = errors.length > 3 ? ` และอีก ${errors.length - 3} รายการ (and ${errors.length - 3} more)` : "";
      return { ok: false, file: job.file, reason: `พบข้อผิดพลาดในข้อมูล ${errors.length} รายการ: ${shown}${more}` };
    }
    const outputs = o.outDir !== undefined ? await writeAgencyOutputs(job, read, analysis, { ...o, outDir: o.outDir }) : [];
    return { ok: true, file: job.file, outputs, summary: agencySummary(analysis.result, agencyPlace(read, analysis)) };
  } catch (err) {
    if (err instanceof CliError) return { ok: false, file: job.file, reason: err.message };
    const e = err as Error;
    return {
      ok: false,
      file: job.file,
      reason: `เกิดข้อผิดพลาดภายในโปรแกรม โปรดแจ้งผู้พัฒนา (internal error, please report): ${e?.message ?? String(err)}`,
      bug: e?.stack ?? String(err),
    };
  }
}
