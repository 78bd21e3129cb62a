import { promises as fs } from "node:fs";
import {
  analyze,
  analyzeAndRender,
  type AnalyzeOptions,
  analyzeOptionsFrom,
  DOCUMENT_FIELDS,
  hasErrors,
  type Problem,
  type Settings,
  toAnalysisJson,
  validateSettings,
  problem,
} from "../core";
import type { AnalyzeArgs } from "./args";
import { CliError } from "./errors";
import { checkOutputPath, isMissing, writeFileAtomic } from "./files";
import type { CliIo } from "./io";
import { readXlsx } from "../xlsx/read";
import { readWorkbookSettingsFromBytes, withSettingsPart } from "../xlsx/settings-part";
import { problemLine, summaryText } from "./summary-text";
import { buildOutputWorkbook } from "../xlsx/write";
import { workbookBuffer } from "./workbook-bytes";
import { isoDateOf, o42Docx, sourcesText } from "../core/document";

async function readInput(file: string) {
  const stat = await fs.stat(file).catch((err: unknown) => {
    if (isMissing(err)) throw new CliError(`ไม่พบไฟล์ ${file} (file not found)`);
    throw new CliError(`อ่านไฟล์ ${file} ไม่ได้ (cannot read): ${(err as Error).message}`);
  });
  if (!stat.isFile()) throw new CliError(`${file} ไม่ใช่ไฟล์ (not a file)`);
  const bytes = await fs.readFile(file);
  try {
    const [read, settings] = await Promise.all([readXlsx(bytes), readWorkbookSettingsFromBytes(bytes)]);
    return { ...read, settings };
  } catch (err) {
    throw new CliError(`อ่าน ${file} ไม่ได้: ต้องเป็นไฟล์ .xlsx (cannot read the workbook: ${(err as Error).message})`);
  }
}

/** What the add-in's settings say about the document: the head of the agency and the place. */
function documentChoices(settings: Settings): { headName?: string; headPosition?: string; district?: string; province?: string } {
  const out: { headName?: string; headPosition?: string; district?: string; province?: string } = {};
  for (const field of DOCUMENT_FIELDS) if (settings[field]) out[field] = settings[field];
  return out;
}

/** The add-in's settings saved in the workbook, then the command line over them. */
function analyzeOptions(args: AnalyzeArgs, settings: Settings | undefined, warnings: Problem[]): AnalyzeOptions {
  let options: AnalyzeOptions = {};
  if (settings) {
    const invalid = validateSettings(settings);
    if (invalid.length)
      warnings.push(
        problem(
          "warning",
          "",
          `ไม่ใช้การตั้งค่าที่บันทึกไว้ในสมุดงานเพราะ${invalid.join(" และ")}: แก้การตั้งค่าในบานหน้าต่าง ITA ของ Excel แล้ววิเคราะห์อีกครั้ง`,
          "workbook settings ignored",
        ),
      );
    else options = analyzeOptionsFrom(settings);
  }
  if (args.year !== undefined) options.year = args.year;
  if (args.agency) options.agency = args.agency;
  if (args.framework) options.frameworkId = args.framework;
  return options;
}

/**
 * `ita analyze`: read, analyse, then write the new workbook and/or the JSON, or print a summary.
 * Any error problem: exit 1 and nothing written. Warnings never block.
 */
export async function runAnalyze(args: AnalyzeArgs, io: CliIo): Promise<number> {
  // Refuse bad output paths before the (slower) reading.
  const jsonToFile = args.json !== undefined && args.json !== "-";
  if (args.out !== undefined && !/\.xlsx$/i.test(args.out))
    throw new CliError(`--out ต้องเป็นไฟล์ .xlsx (the output must be a .xlsx file): ${args.out}`);
  if (args.docx !== undefined && !/\.docx$/i.test(args.docx))
    throw new CliError(`--docx ต้องเป็นไฟล์ .docx (the document must be a .docx file): ${args.docx}`);
  const outputs = [args.out, jsonToFile ? args.json : undefined, args.docx].filter((f): f is string => f !== undefined);
  const target = (file: string | undefined) =>
    file === undefined
      ? undefined
      : checkOutputPath(file, { input: args.input, force: args.force, others: outputs.filter((_, i) => i !== outputs.indexOf(file)) });
  const outTarget = await target(args.out);
  const jsonTarget = jsonToFile ? await target(args.json) : undefined;
  const docxTarget = await target(args.docx);

  const { cells, workbook, settings } = await readInput(args.input);
  const settingWarnings: Problem[] = [];
  const options: AnalyzeOptions = { ...analyzeOptions(args, settings, settingWarnings), problems: settingWarnings };
  const digits = args.digits ?? (settings && settingWarnings.length === 0 ? settings.digits : undefined);
  // The sheets are rendered only for --out.
  const { result, sheets: specs } = outTarget
    ? analyzeAndRender(cells, options, { existingNames: workbook.worksheets.map((w) => w.name), ...(digits ? { digits } : {}) })
    : { result: analyze(cells, options), sheets: [] };
  if (result.problems.length) await io.stderr(result.problems.map(problemLine).join("\n") + "\n");
  if (hasErrors(result)) {
    const n = result.problems.filter((p) => p.severity === "error").length;
    await io.stderr(`ita: พบข้อผิดพลาด ${n} รายการ ไม่ได้เขียนไฟล์ใด ๆ (${n} error(s); nothing written)\n`);
    return 1;
  }

  // Build every output in memory first, so that a failure leaves nothing half-written.
  let xlsx: Buffer | undefined;
  if (outTarget) {
    xlsx = await workbookBuffer(buildOutputWorkbook(workbook, specs));
    // exceljs drops custom XML parts: carry the add-in's settings over (its sheet records describe
    // the input's worksheets, not ours, so they are left behind).
    if (settings) xlsx = Buffer.from(await withSettingsPart(xlsx, { ...settings, sheets: [] }));
  }
  const json = args.json !== undefined ? JSON.stringify(toAnalysisJson(result), null, 2) + "\n" : undefined;
  // The document from the workbook as staff left it: their measures and limitations sheets if it has them.
  const doc = docxTarget
    ? await o42Docx({ sheets: cells.sheets }, result, {
        digits: digits ?? "arabic",
        date: isoDateOf(new Date()),
        ...(settings && settingWarnings.length === 0 ? documentChoices(settings) : {}),
      })
    : undefined;

  if (outTarget && xlsx) {
    await writeFileAtomic(outTarget, xlsx);
    await io.stderr(`ita: เขียนสมุดงานใหม่ ${args.out} แล้ว (written)\n`);
  }
  if (docxTarget && doc) {
    await writeFileAtomic(docxTarget, Buffer.from(doc.bytes));
    await io.stderr(
      `ita: เขียนเอกสาร o42 ${args.docx} แล้ว (written)\n${sourcesText(doc.sources)
        .map((l) => `  ${l}\n`)
        .join("")}`,
    );
  }
  if (json !== undefined) {
    if (jsonTarget) {
      await writeFileAtomic(jsonTarget, json);
      await io.stderr(`ita: เขียน JSON ${args.json} แล้ว (written)\n`);
    } else await io.stdout(json);
  }
  if (!outTarget && !docxTarget && json === undefined) await io.stdout(summaryText(result));
  return 0;
}
