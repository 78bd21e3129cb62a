import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { CliError } from "./errors";

// Output files: never the input's path (compared by real path and by file identity), never an
// existing file unless --force, always written to a temporary file in the same folder then renamed.

const CASE_INSENSITIVE = process.platform === "win32" || process.platform === "darwin";
const same = (a: string, b: string) => (CASE_INSENSITIVE ? a.toLowerCase() === b.toLowerCase() : a === b);

/** Node's "there is no such file" errors: the one case a missing file is not a failure. */
export function isMissing(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}

async function statOrUndefined(p: string) {
  try {
    return await fs.stat(p);
  } catch (err) {
    if (isMissing(err)) return undefined;
    throw new CliError(`อ่านข้อมูลไฟล์ ${p} ไม่ได้ (cannot stat): ${(err as Error).message}`);
  }
}

/** The real path a file has or would have (its folder resolved through links). */
export async function realTarget(file: string): Promise<string> {
  const abs = path.resolve(file);
  try {
    return await fs.realpath(abs);
  } catch (err) {
    // A file not written yet: resolve its folder instead.
    if (!isMissing(err)) throw new CliError(`อ่านที่อยู่ของ ${file} ไม่ได้ (cannot resolve): ${(err as Error).message}`);
    const dir = path.dirname(abs);
    let realDir: string;
    try {
      realDir = await fs.realpath(dir);
    } catch (dirErr) {
      if (isMissing(dirErr)) throw new CliError(`ไม่พบโฟลเดอร์ ${dir} (output folder does not exist)`);
      throw new CliError(`อ่านโฟลเดอร์ ${dir} ไม่ได้ (cannot resolve): ${(dirErr as Error).message}`);
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
  if (targetStat && !check.force)
    throw new CliError(`มีไฟล์ ${output} อยู่แล้ว: ใช้ --force เพื่อเขียนทับ (file exists; pass --force to replace it)`);
  return target;
}

/** Writes data to a temporary file beside the target, then renames it over the target. */
export async function writeFileAtomic(target: string, data: Buffer | string): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await fs.writeFile(temp, data, { flag: "wx" });
    await fs.rename(temp, target);
  } catch (err) {
    const left = await fs.rm(temp, { force: true }).then(
      () => "",
      () => ` ลบไฟล์ชั่วคราว ${temp} ไม่ได้ ลบเองได้ (temporary file left behind)`,
    );
    throw new CliError(`เขียนไฟล์ ${target} ไม่ได้ (cannot write): ${(err as Error).message}${left}`);
  }
}
