import { promises as fs } from "node:fs";
import * as path from "node:path";
import { CliError, fileError, isMissing } from "./errors";

// Which files `ita batch` analyses, and where each one's outputs go: every .xlsx, .xlsm and .csv in
// the folders given (their subfolders too) and the files given, each once; Excel's lock files
// ("~$คะแนน.xlsx"), hidden files and anything already inside the output folder are left out.
// A file's outputs keep its place under the folder it was found in, so two "คะแนน.xlsx" in two
// agencies' folders do not collide.

const WORKBOOK = /\.(xlsx|xlsm|csv)$/i;

export interface BatchJob {
  /** As shown to the user: the path given, or relative to the folder given. */
  file: string;
  /** Absolute path of the input. */
  input: string;
  /** Path under the output folder, without extension ("อำเภอเมือง/อบต.ก"). */
  outputStem: string;
}

/** "คะแนน.xlsx" → "คะแนน-ผลวิเคราะห์ITA.xlsx" (the preview's download has the same name). */
export const ANALYSIS_SUFFIX = "-ผลวิเคราะห์ITA";

const skip = (name: string) => name.startsWith("~$") || name.startsWith(".");

async function walk(dir: string, exclude: string | undefined, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    throw fileError(err, dir, "read");
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (skip(e.name)) continue;
    const p = path.join(dir, e.name);
    if (exclude && (p === exclude || p.startsWith(exclude + path.sep))) continue;
    if (e.isDirectory()) await walk(p, exclude, out);
    else if (e.isFile() && WORKBOOK.test(e.name)) out.push(p);
  }
}

/** The jobs of a batch, in a stable order (folders walked in name order). */
export async function batchJobs(inputs: string[], outDir: string | undefined): Promise<BatchJob[]> {
  const exclude = outDir === undefined ? undefined : path.resolve(outDir);
  const jobs: BatchJob[] = [];
  const seen = new Set<string>();
  const stems = new Set<string>();
  const add = (file: string, input: string, rel: string) => {
    if (seen.has(input)) return;
    seen.add(input);
    const base = rel.replace(WORKBOOK, "");
    let stem = base;
    for (let n = 2; stems.has(stem.toLowerCase()); n++) stem = `${base} (${n})`;
    stems.add(stem.toLowerCase());
    jobs.push({ file, input, outputStem: stem });
  };
  for (const given of inputs) {
    const abs = path.resolve(given);
    const stat = await fs.stat(abs).catch((err: unknown) => {
      if (isMissing(err)) throw new CliError(`ไม่พบไฟล์หรือโฟลเดอร์ ${given}: ตรวจชื่อและที่อยู่อีกครั้ง (not found: ${given})`);
      throw fileError(err, given, "read");
    });
    if (stat.isDirectory()) {
      const found: string[] = [];
      await walk(abs, exclude, found);
      for (const f of found) add(path.join(given, path.relative(abs, f)), f, path.relative(abs, f));
    } else add(given, abs, path.basename(abs));
  }
  return jobs;
}
