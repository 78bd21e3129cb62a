import { promises as fs } from "node:fs";
import * as os from "node:os";
import { OverviewBuilder } from "../core";
import { buildOutputWorkbook } from "../xlsx/write";
import type { BatchArgs } from "./args";
import { batchJobs } from "./batch-files";
import type { JobOutcome } from "./batch-job";
import { runJobs } from "./batch-pool";
import { CliError, fileError } from "./errors";
import { fileExists, realTarget, writeOutput } from "./files";
import type { CliIo } from "./io";
import { nodeCodec } from "./node-codec";
import { Progress } from "./progress";

// `ita batch`: every workbook of the folders and files given, analysed in one process on worker
// threads; each agency's outputs in the output folder, one JSON line per file, and the overview
// workbook at the end. A file that fails is collected and listed at the end; the others go on.

const threadsOf = (asked: number | undefined) =>
  asked ?? Math.max(1, (os as { availableParallelism?: () => number }).availableParallelism?.() ?? os.cpus().length);

/** A file the batch writes besides the agencies' outputs: never one of its inputs, never existing without --force. */
async function checkTarget(file: string, inputs: Set<string>, force: boolean): Promise<string> {
  const target = await realTarget(file);
  if (inputs.has(target)) throw new CliError(`ไม่เขียนทับไฟล์ต้นฉบับ ${file}: ระบุชื่อไฟล์ใหม่ (refusing to write over an input workbook)`);
  const stat = await fs.stat(target).catch(() => undefined);
  if (stat?.isDirectory()) throw new CliError(`${file} เป็นโฟลเดอร์ (is a folder, not a file)`);
  if (stat?.isFile() && !force) throw fileExists(file);
  return target;
}

/** One JSON line per file, written as each file is done. */
async function jsonLinesWriter(target: string | undefined, shownAs: string, force: boolean, io: CliIo) {
  if (target === undefined) return { write: (line: string) => io.stdout(line), close: async () => undefined };
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(target, force ? "w" : "wx");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") throw fileExists(shownAs);
    throw fileError(err, shownAs, "write");
  }
  return {
    write: async (line: string) => {
      await handle.write(line).catch((err: unknown) => {
        throw fileError(err, shownAs, "write");
      });
    },
    close: () => handle.close(),
  };
}

export async function runBatch(args: BatchArgs, io: CliIo): Promise<number> {
  if (args.outDir !== undefined) {
    await fs.mkdir(args.outDir, { recursive: true }).catch((err: unknown) => {
      throw fileError(err, args.outDir!, "write");
    });
  }
  const jobs = await batchJobs(args.inputs, args.outDir);
  if (jobs.length === 0)
    throw new CliError(`ไม่พบสมุดงาน (.xlsx, .xlsm, .csv) ใน ${args.inputs.join(" ")}: ตรวจโฟลเดอร์ที่ระบุ (no workbooks found)`);
  const inputs = new Set(await Promise.all(jobs.map((j) => realTarget(j.input))));
  const overviewTarget = args.overview !== undefined ? await checkTarget(args.overview, inputs, args.force) : undefined;
  const linesTarget =
    args.jsonLines !== undefined && args.jsonLines !== "-" ? await checkTarget(args.jsonLines, inputs, args.force) : undefined;
  if (overviewTarget && linesTarget && overviewTarget === linesTarget)
    throw new CliError(`--overview และ --json-lines ใช้ไฟล์เดียวกันไม่ได้ (--overview and --json-lines must be different files)`);

  const threads = Math.min(threadsOf(args.jobs), jobs.length);
  await io.stderr(`ita: วิเคราะห์ ${jobs.length} ไฟล์ ด้วย ${threads} งานพร้อมกัน (${jobs.length} files, ${threads} at a time)\n`);
  const lines = args.jsonLines !== undefined ? await jsonLinesWriter(linesTarget, args.jsonLines, args.force, io) : undefined;
  const overview = new OverviewBuilder();
  const failures: Extract<JobOutcome, { ok: false }>[] = [];
  const progress = new Progress(jobs.length, io, io.isTerminal === true);
  const overrides = {
    ...(args.year !== undefined ? { year: args.year } : {}),
    ...(args.fiscalYear !== undefined ? { fiscalYear: args.fiscalYear } : {}),
    ...(args.agencyType ? { agencyType: args.agencyType } : {}),
    ...(args.framework ? { framework: args.framework } : {}),
    ...(args.digits ? { digits: args.digits } : {}),
  };
  try {
    await runJobs(
      jobs,
      { ...(args.outDir !== undefined ? { outDir: args.outDir } : {}), docx: args.docx, force: args.force, overrides },
      threads,
      async (o) => {
        if (o.ok) overview.add(o.file, o.summary);
        else {
          overview.fail(o.file, o.reason);
          failures.push(o);
        }
        if (lines) {
          const { file, ...rest } = o;
          await lines.write(JSON.stringify(o.ok ? { file, ...rest } : { file, ok: false, error: o.reason }) + "\n");
        }
        await progress.tick(o.ok);
      },
    );
  } finally {
    await progress.finish();
    await lines?.close();
  }

  if (overviewTarget) {
    const bytes = buildOutputWorkbook(undefined, overview.sheets(args.digits), { codec: nodeCodec });
    await writeOutput(overviewTarget, bytes, args.force, args.overview);
    await io.stderr(`ita: เขียนสมุดงานภาพรวม ${args.overview} แล้ว (overview written)\n`);
  }
  const done = jobs.length - failures.length;
  const where = args.outDir !== undefined ? ` ผลอยู่ใน ${args.outDir}` : "";
  if (failures.length === 0) {
    await io.stderr(`ita: วิเคราะห์สำเร็จครบ ${done} ไฟล์${where} (${done} done)\n`);
    return 0;
  }
  const list = failures.map((f) => `  - ${f.file}: ${f.reason}`).join("\n");
  await io.stderr(
    `ita: วิเคราะห์สำเร็จ ${done} ไฟล์ ไม่สำเร็จ ${failures.length} ไฟล์${where} (${done} done, ${failures.length} failed):\n${list}\n`,
  );
  const bugs = failures.filter((f) => f.bug);
  if (bugs.length) await io.stderr(`ita: รายละเอียดสำหรับผู้พัฒนา (please report):\n${bugs.map((b) => `${b.file}\n${b.bug}`).join("\n")}\n`);
  return 1;
}
