import {
  PROGRESS_STATUSES,
  PROGRESS_STATUS_LABEL,
  SHEET_KINDS,
  type ProgressReport,
  applyDigits,
  asOfLine,
  format2,
  isoDateOf,
  roundLine,
} from "../core";
import { progressJob, toProgressJson } from "../core/progress";
import { analyzeWorkbook, documentChoices, keptOutput } from "./agency";
import type { ProgressArgs } from "./args";
import { CliError } from "./errors";
import { outputTargets, writeOutput } from "./files";
import { readInput } from "./input";
import type { CliIo } from "./io";
import { problemLine } from "./summary-text";

// `ita progress`: the o43 report from the progress columns of the measures sheet as staff left
// them, as of a day: the progress sheet in a new workbook (every other sheet as it was), the Word
// document, the JSON, or a short summary. Warnings name their cells and never block.

const today = () => isoDateOf(new Date());

/** The short summary printed when no output is asked for. */
export function progressText(report: ProgressReport, roundText: string): string {
  const c = report.overall;
  const lines = [
    `รายงานผลการดำเนินงานตามมาตรการ ปีงบประมาณ พ.ศ. ${report.fiscalYear}${report.agency ? ` · ${report.agency}` : ""}`,
    roundText,
    `มาตรการ ${c.total}: ${PROGRESS_STATUSES.map((st) => `${PROGRESS_STATUS_LABEL[st]} ${c[st]}`).join(" · ")}`,
    `ดำเนินการแล้วร้อยละ ${c.percentDone === undefined ? "—" : format2(c.percentDone)} (ไม่นับมาตรการที่ยกเลิก)`,
    `เลยกำหนดแล้วยังไม่เสร็จ ${report.late.length} มาตรการ${report.late.length ? ":" : ""}`,
    ...report.late.map((m) => `  แถว ${m.row}: ${m.measure} (${m.responsible || "ไม่ระบุผู้รับผิดชอบ"})`),
    `ยังไม่มีหลักฐาน ${report.withoutEvidence.length} มาตรการ`,
  ];
  return lines.join("\n") + "\n";
}

export async function runProgress(args: ProgressArgs, io: CliIo): Promise<number> {
  const { out: outTarget, json: jsonTarget, docx: docxTarget } = await outputTargets(args);

  const read = await readInput(args.input, { keepCopy: outTarget !== undefined });
  // The agency's name and the digits as the analysis takes them (from the command line, else the
  // saved settings when they are valid); a report is made even when the scores have errors.
  const analysis = analyzeWorkbook(
    read,
    { ...(args.agency ? { agency: args.agency } : {}), ...(args.digits ? { digits: args.digits } : {}) },
    false,
  );
  const agency = analysis.result.agency;
  const digits = analysis.digits ?? "arabic";
  const job = progressJob(read.known, { asOf: args.asOf ?? today(), digits, ...(agency ? { agency } : {}) });
  if (!job)
    throw new CliError(
      `${args.input} ไม่มีแผ่นงานมาตรการ (${SHEET_KINDS.measures.name}): วิเคราะห์ก่อนด้วย ita analyze ${args.input} --out <ใหม่.xlsx> แล้วกรอกคอลัมน์สถานะและความก้าวหน้าในแผ่นงานนั้น (no measures sheet)`,
    );
  const { report } = job;
  if (report.problems.length) await io.stderr(report.problems.map(problemLine).join("\n") + "\n");
  const roundText = applyDigits(digits)(`${roundLine(report)} ${asOfLine(report)}`);

  // Everything in memory first, so a failure leaves nothing half-written.
  const kept = outTarget ? keptOutput(read, [job.sheet], digits, { only: ["progress"] }) : undefined;
  // The document engine (and docx) is loaded only for --docx.
  const head = analysis.settingsUsed && read.settings ? documentChoices(read.settings) : {};
  const doc = docxTarget
    ? await (
        await import("../core/document")
      ).o43Docx(report, {
        digits,
        date: today(),
        ...(head.headName ? { headName: head.headName } : {}),
        ...(head.headPosition ? { headPosition: head.headPosition } : {}),
      })
    : undefined;
  const json = args.json !== undefined ? JSON.stringify(toProgressJson(report), null, 2) + "\n" : undefined;

  if (outTarget && kept) {
    await writeOutput(outTarget, kept.bytes, args.force, args.out);
    const sheet = kept.plan.sheets[0].name;
    await io.stderr(
      `ita: เขียนสมุดงานใหม่ ${args.out} แล้ว: แผ่นงาน “${sheet}” ${roundText} (written)\n${kept.lines.map((l) => `${l}\n`).join("")}`,
    );
  }
  if (docxTarget && doc) {
    await writeOutput(docxTarget, doc.bytes, args.force, args.docx);
    await io.stderr(`ita: เขียนรายงาน o43 ${args.docx} แล้ว: ${roundText} จากแผ่นงาน “${report.sheet}” (written)\n`);
  }
  if (json !== undefined) {
    if (jsonTarget) {
      await writeOutput(jsonTarget, json, args.force, args.json);
      await io.stderr(`ita: เขียน JSON ${args.json} แล้ว (written)\n`);
    } else await io.stdout(json);
  }
  if (!outTarget && !docxTarget && json === undefined) await io.stdout(progressText(report, roundText));
  return 0;
}
