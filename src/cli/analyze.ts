import { toAnalysisJson } from "../core";
import { agencyDocument, analyzeWorkbook, outputWorkbook } from "./agency";
import type { AnalyzeArgs } from "./args";
import { outputTargets, writeOutput } from "./files";
import { readInput } from "./input";
import type { CliIo } from "./io";
import { problemLine, summaryText } from "./summary-text";

/**
 * `ita analyze`: read, analyse, then write the new workbook, the o42 document and/or the JSON, or
 * print a summary. Any error problem: exit 1 and nothing written. Warnings never block.
 */
export async function runAnalyze(args: AnalyzeArgs, io: CliIo): Promise<number> {
  const { out: outTarget, json: jsonTarget, docx: docxTarget } = await outputTargets(args);

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
    await writeOutput(outTarget, xlsx.bytes, args.force, args.out);
    await io.stderr(`ita: เขียนสมุดงานใหม่ ${args.out} แล้ว (written)\n${xlsx.lines.map((l) => `${l}\n`).join("")}`);
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
