"use strict";
// What a user waits for, one agency: whole fresh processes of the command, beside `node -e 0` in
// the same interleaved loop (so the same machine load hits both).
//   cli_process_ms               median wall time of `ita analyze examples/sao-2566-questions.xlsx --out f`
//   node_start_ms                median wall time of `node -e 0`
//   cli_process_over_node_start  their ratio; target ≤ 3
//   cli_version_ms               `ita --version` (loads no workbook code)
const fs = require("fs");
const os = require("os");
const path = require("path");
const { ROOT, EXAMPLES, ensureBuild, medianProcesses, round } = require("./_lib");

const RUNS = 15;

async function benchCliProcess() {
  ensureBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ita-bench-"));
  try {
    const bin = path.join(ROOT, "bin", "ita.js");
    const input = path.join(EXAMPLES, "sao-2566-questions.xlsx");
    const out = path.join(dir, "out.xlsx");
    // Warm the file cache once.
    medianProcesses([[bin, "analyze", input, "--out", out, "--force"]], 2);
    const [node, cli, version] = medianProcesses(
      [
        ["-e", "0"],
        [bin, "analyze", input, "--out", out, "--force"],
        [bin, "--version"],
      ],
      RUNS,
    );
    return {
      cli_process_ms: round(cli.median, 1),
      node_start_ms: round(node.median, 1),
      cli_process_over_node_start: round(cli.median / node.median, 2),
      cli_process_target_ratio: 3,
      cli_process_ms_min: round(cli.min, 1),
      node_start_ms_min: round(node.min, 1),
      cli_version_ms: round(version.median, 1),
      cli_process_runs: RUNS,
      load_average_1m: round(os.loadavg()[0], 2),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = benchCliProcess;

if (require.main === module) benchCliProcess().then((r) => process.stdout.write(JSON.stringify(r, null, 2) + "\n"));
