import { promises as fs } from "node:fs";
import { WorkbookFileError } from "../xlsx/errors";
import { MAX_FILE_BYTES, fileTooLarge } from "../xlsx/limits";
import { type ReadWorkbook, readWorkbookFile } from "../xlsx/read";
import { CliError, fileError, isMissing } from "./errors";
import { nodeCodec } from "./node-codec";

// The input workbook from disk: checked for size before it is read, its kind told from its bytes,
// every refusal one Thai line that names the file (src/xlsx/file-kind.ts, limits.ts).

export interface InputOptions {
  /** Keep what the output workbook copies of the input's sheets. */
  keepCopy: boolean;
  maxFileBytes?: number;
  maxFilledCells?: number;
}

/** The refusal of a workbook file as the command's one line: `ไฟล์ X: … (X: …)`. */
export function workbookFileError(err: WorkbookFileError, file: string): CliError {
  return new CliError(`${file}: ${err.message} (${file}: ${err.en})`);
}

export async function readInput(file: string, options: InputOptions): Promise<ReadWorkbook> {
  const stat = await fs.stat(file).catch((err: unknown) => {
    if (isMissing(err)) throw new CliError(`ไม่พบไฟล์ ${file}: ตรวจชื่อและที่อยู่ของไฟล์อีกครั้ง (file not found: ${file})`);
    throw fileError(err, file, "read");
  });
  if (!stat.isFile()) throw new CliError(`${file} ไม่ใช่ไฟล์: ระบุไฟล์สมุดงาน .xlsx (not a file: ${file})`);
  const limit = options.maxFileBytes ?? MAX_FILE_BYTES;
  if (stat.size > limit) throw workbookFileError(fileTooLarge(stat.size, limit), file);
  const bytes = await fs.readFile(file).catch((err: unknown) => {
    throw fileError(err, file, "read");
  });
  try {
    return readWorkbookFile(bytes, {
      codec: nodeCodec,
      keepCopy: options.keepCopy,
      fileName: file,
      ...(options.maxFilledCells !== undefined ? { maxFilledCells: options.maxFilledCells } : {}),
    });
  } catch (err) {
    if (err instanceof WorkbookFileError) throw workbookFileError(err, file);
    throw err;
  }
}
