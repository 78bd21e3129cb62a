"use strict";
// The o43 progress report, one agency (municipality-2567-two-years: 9 measures), as a user waits for it:
//   progress_process_ms          median wall time of `ita progress <analysed.xlsx> --as-of 2568-03-31
//                                --out f --docx d` (read, report, progress sheet, o43 document), beside
//   progress_node_start_ms       `node -e 0` in the same interleaved loop (the floor), and their ratio;
//   progress_sheet_process_ms    the same with --out only (the document engine and docx are not loaded);
//   progress_report_ms_median    in-process: the report and its sheet spec from the workbook already read;
//   progress_o43_docx_ms_median  in-process: the o43 document built and packed from the report.
// The workbook is the command's own output with the progress columns blank (the same reading and
// judging work: every row is read, dated and counted whatever staff typed).
const fs = require("fs");
const os = require("os");
const path = require("path");
const { ROOT, EXAMPLES, build, ensureBuild, median, medianProcesses, round, timeAsync, timeSync } = require("./_lib");

const RUNS = 15;
const IN_PROCESS_RUNS = 30;

async function benchProgress() {
  ensureBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ita-bench-progress-"));
  try {
    const bin = path.join(ROOT, "bin", "ita.js");
    const analysed = path.join(dir, "analysed.xlsx");
    medianProcesses([[bin, "analyze", path.join(EXAMPLES, "municipality-2567-two-years.xlsx"), "--out", analysed, "--force"]], 1);
    const out = path.join(dir, "progress.xlsx");
    const docx = path.join(dir, "o43.docx");
    const command = [bin, "progress", analysed, "--as-of", "2568-03-31", "--out", out, "--docx", docx, "--force"];
    const sheetOnly = [bin, "progress", analysed, "--as-of", "2568-03-31", "--out", out, "--force"];
    medianProcesses([command], 2);
    const [node, progress, sheet] = medianProcesses([["-e", "0"], command, sheetOnly], RUNS);

    const { readWorkbookFile } = build("xlsx/read");
    const { nodeCodec } = build("cli/node-codec");
    const core = { ...build("core/index"), ...build("core/progress/index") };
    const { o43Docx } = build("core/document/index");
    const read = readWorkbookFile(fs.readFileSync(analysed), { codec: nodeCodec });
    const report = () => core.progressReport(core.documentBook(read.known), { asOf: "2025-03-31" });
    const reportRuns = [];
    for (let k = 0; k < 5; k++) core.progressSheet(report());
    for (let k = 0; k < IN_PROCESS_RUNS; k++) reportRuns.push(timeSync(() => core.progressSheet(report())));
    const made = report();
    const docRuns = [];
    for (let k = 0; k < 5; k++) await o43Docx(made, { digits: "thai", date: "2025-03-31" });
    for (let k = 0; k < IN_PROCESS_RUNS; k++) docRuns.push(await timeAsync(() => o43Docx(made, { digits: "thai", date: "2025-03-31" })));
    return {
      progress_process_ms: round(progress.median, 1),
      progress_node_start_ms: round(node.median, 1),
      progress_process_over_node_start: round(progress.median / node.median, 2),
      progress_sheet_process_ms: round(sheet.median, 1),
      progress_report_ms_median: round(median(reportRuns), 2),
      progress_o43_docx_ms_median: round(median(docRuns), 1),
      progress_runs: RUNS,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = benchProgress;

if (require.main === module) benchProgress().then((r) => process.stdout.write(JSON.stringify(r, null, 2) + "\n"));
