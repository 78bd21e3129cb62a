import { toAnalysisJson } from "../core";
import { agencyDocument, analyzeWorkbook, outputWorkbook } from "./agency";
import type { AnalyzeArgs } from "./args";
import { CliError } from "./errors";
import { checkOutputPath, writeOutput } from "./files";
import { readInput } from "./input";
import type { CliIo } from "./io";
import { problemLine, summaryText } from "./summary-text";

/**
 * `ita analyze`: read, analyse, then write the new workbook, the o42 document and/or the JSON, or
 * print a summary. Any error problem: exit 1 and nothing written. Warnings never block.
 */
export async function runAnalyze(args: AnalyzeArgs, io: CliIo): Promise<number> {
  // Refuse bad output paths before the (slower) reading; the write itself is exclusive again.
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

  const read = await readInput(args.input, { keepCopy: outTarget !== undefined });
  const analysis = analyzeWorkbook(read, args, outTarget !== undefined);
  const { result } = analysis;
  if (result.problems.length) await io.stderr(result.problems.map(problemLine).join("\n") + "\n");
  if (!analysis.ok) {
    const n = result.problems.filter((p) => p.severity === "error").length;
    await io.stderr(`ita: พบข้อผิดพลาด ${n} รายการ ไม่ได้เขียนไฟล์ใด ๆ (${n} error(s); nothing written)\n`);
    return 1;
  }

  // Build every output in memory first, so that a failure leaves nothing half-written.
  const xlsx = outTarget ? outputWorkbook(read, analysis) : undefined;
  const json = args.json !== undefined ? JSON.stringify(toAnalysisJson(result), null, 2) + "\n" : undefined;
  // The document from the workbook as staff left it: their measures and limitations sheets if it has them.
  const doc = docxTarget ? await agencyDocument(read, analysis) : undefined;

  if (outTarget && xlsx) {
    await writeOutput(outTarget, xlsx, args.force, args.out);
    await io.stderr(`ita: เขียนสมุดงานใหม่ ${args.out} แล้ว (written)\n`);
  }
  if (docxTarget && doc) {
    await writeOutput(docxTarget, doc.bytes, args.force, args.docx);
    await io.stderr(`ita: เขียนเอกสาร o42 ${args.docx} แล้ว (written)\n${doc.sources.map((l) => `  ${l}\n`).join("")}`);
  }
  if (json !== undefined) {
    if (jsonTarget) {
      await writeOutput(jsonTarget, json, args.force, args.json);
      await io.stderr(`ita: เขียน JSON ${args.json} แล้ว (written)\n`);
    } else await io.stdout(json);
  }
  if (!outTarget && !docxTarget && json === undefined) await io.stdout(summaryText(result));
  return 0;
}
