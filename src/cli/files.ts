import { promises as fs } from "node:fs";
import * as path from "node:path";
import { CliError, fileError, isMissing } from "./errors";

// Output files: never the input's path (compared by real path and by file identity), never an
// existing file unless --force. Checked before the reading (to fail fast) and enforced again when
// writing: without --force the file is created exclusively, so of two runs writing the same path
// one fails; with --force it is written to a temporary file beside the target, then renamed over it.
// A device or pipe (/dev/null, /dev/stdout) is written to directly.

const CASE_INSENSITIVE = process.platform === "win32" || process.platform === "darwin";
const same = (a: string, b: string) => (CASE_INSENSITIVE ? a.toLowerCase() === b.toLowerCase() : a === b);

export { isMissing };

async function statOrUndefined(p: string) {
  try {
    return await fs.stat(p);
  } catch (err) {
    if (isMissing(err)) return undefined;
    throw fileError(err, p, "read");
  }
}

/** The real path a file has or would have (its folder resolved through links). */
export async function realTarget(file: string): Promise<string> {
  const abs = path.resolve(file);
  try {
    return await fs.realpath(abs);
  } catch (err) {
    // A file not written yet: resolve its folder instead.
    if (!isMissing(err)) throw fileError(err, file, "read");
    const dir = path.dirname(abs);
    let realDir: string;
    try {
      realDir = await fs.realpath(dir);
    } catch (dirErr) {
      if (isMissing(dirErr)) throw new CliError(`ไม่พบโฟลเดอร์ ${dir} (output folder does not exist)`);
      throw fileError(dirErr, dir, "read");
    }
    return path.join(realDir, path.basename(abs));
  }
}

export interface OutputCheck {
  input: string;
  force: boolean;
  /** Other outputs of the same run (two outputs may not share a path). */
  others?: string[];
}

/** Throws a CliError when the output may not be written; returns its real path otherwise. */
export async function checkOutputPath(output: string, check: OutputCheck): Promise<string> {
  const target = await realTarget(output);
  const input = await realTarget(check.input);
  const targetStat = await statOrUndefined(target);
  const inputStat = await statOrUndefined(input);
  const sameFile =
    same(target, input) ||
    (targetStat !== undefined && inputStat !== undefined && targetStat.dev === inputStat.dev && targetStat.ino === inputStat.ino);
  if (sameFile)
    throw new CliError(`ไม่เขียนทับไฟล์ต้นฉบับ ${output}: ระบุชื่อไฟล์ใหม่ (refusing to write to the input workbook; choose a new file name)`);
  for (const other of check.others ?? [])
    if (same(target, await realTarget(other)))
      throw new CliError(`ไฟล์ผลลัพธ์ของ --out, --json และ --docx ต้องเป็นคนละไฟล์: ${output} (the outputs must be different files)`);
  if (targetStat?.isDirectory()) throw new CliError(`${output} เป็นโฟลเดอร์ (is a folder, not a file)`);
  if (targetStat?.isFile() && !check.force) throw fileExists(output);
  return target;
}

/** The refusal to replace an existing file without --force. */
export const fileExists = (file: string) =>
  new CliError(`มีไฟล์ ${file} อยู่แล้ว: ใช้ --force เพื่อเขียนทับ หรือตั้งชื่อไฟล์ใหม่ (file exists; pass --force to replace it)`);

/** Writes the bytes to a file that must not exist yet (created exclusively); a partial file is removed. */
export async function writeFileExclusive(target: string, data: Uint8Array | string, shownAs = target): Promise<void> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(target, "wx");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") throw fileExists(shownAs);
    throw fileError(err, shownAs, "write");
  }
  try {
    await handle.writeFile(data);
    await handle.close();
  } catch (err) {
    await handle.close().catch(() => undefined);
    await fs.rm(target, { force: true }).catch(() => undefined);
    throw fileError(err, shownAs, "write");
  }
}

/** An output file: exclusive create without --force; with it, atomic replacement. Devices and pipes directly. */
export async function writeOutput(target: string, data: Uint8Array | string, force: boolean, shownAs = target): Promise<void> {
  const device = async () => {
    const stat = await fs.stat(target).catch(() => undefined);
    return stat !== undefined && !stat.isFile() && !stat.isDirectory();
  };
  try {
    if (!force) return await writeFileExclusive(target, data, shownAs);
    if (!(await device())) return await writeFileAtomic(target, data, shownAs);
  } catch (err) {
    // An existing device (/dev/null, /dev/stdout) is not a file to protect: write into it.
    if (!force && err instanceof CliError && (await device())) {
      await fs.writeFile(target, data).catch((e: unknown) => {
        throw fileError(e, shownAs, "write");
      });
      return;
    }
    throw err;
  }
  await fs.writeFile(target, data).catch((err: unknown) => {
    throw fileError(err, shownAs, "write");
  });
}
/** Writes data to a temporary file beside the target, then renames it over the target. */
export async function writeFileAtomic(target: string, data: Uint8Array | string, shownAs = target): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(
    dir,
    `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`,
  );
  try {
    await fs.writeFile(temp, data, { flag: "wx" });
    await fs.rename(temp, target);
  } catch (err) {
    const left = await fs.rm(temp, { force: true }).then(
      () => "",
      () => ` ลบไฟล์ชั่วคราว ${temp} ไม่ได้ ลบเองได้ (temporary file left behind)`,
    );
    const e = fileError(err, shownAs, "write");
    throw left ? new CliError(`${e.message}${left}`) : e;
  }
}

/** The output options of one command run: workbook, document, JSON ("-" = standard output). */
export interface OutputArgs {
  input: string;
  force: boolean;
  out?: string;
  docx?: string;
  json?: string;
}

/**
 * Refuses bad output paths before the (slower) reading (the write itself is exclusive again): the
 * right extensions, never the input, never one file for two outputs, an existing one only with
 * --force. Each output's resolved target, or undefined when it was not asked for.
 */
export async function outputTargets(args: OutputArgs): Promise<{ out?: string; docx?: string; json?: string }> {
  if (args.out !== undefined && !/\.xlsx$/i.test(args.out))
    throw new CliError(`--out ต้องเป็นไฟล์ .xlsx (the output must be a .xlsx file): ${args.out}`);
  if (args.docx !== undefined && !/\.docx$/i.test(args.docx))
    throw new CliError(`--docx ต้องเป็นไฟล์ .docx (the document must be a .docx file): ${args.docx}`);
  const jsonToFile = args.json !== undefined && args.json !== "-";
  const outputs = [args.out, jsonToFile ? args.json : undefined, args.docx].filter((f): f is string => f !== undefined);
  const target = async (file: string | undefined) =>
    file === undefined
      ? undefined
      : checkOutputPath(file, { input: args.input, force: args.force, others: outputs.filter((_, i) => i !== outputs.indexOf(file)) });
  const out = await target(args.out);
  const json = jsonToFile ? await target(args.json) : undefined;
  const docx = await target(args.docx);
  return { ...(out ? { out } : {}), ...(json ? { json } : {}), ...(docx ? { docx } : {}) };
}
