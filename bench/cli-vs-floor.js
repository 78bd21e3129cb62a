"use strict";
// The command's total time (read .xlsx + analyse + render + write a new .xlsx, through its own
// main() in-process) against the floor: exceljs alone reading the same workbook and writing it to
// a new file. Interleaved runs, medians. Target: cli_over_floor_ratio ≤ 1.5.
const fs = require("fs");
const os = require("os");
const path = require("path");
const ExcelJS = require("exceljs");
const { EXAMPLES, build, median, timeAsync, round } = require("./_lib");

const RUNS = 21;
const WORKBOOK = path.join(EXAMPLES, "sao-2566-questions.xlsx");

const silent = { stdout: async () => undefined, stderr: async () => undefined };

async function benchCliVsFloor() {
  const { main } = build("cli/main");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ita-bench-"));
  try {
    const cliOut = path.join(dir, "cli.xlsx");
    const floorOut = path.join(dir, "floor.xlsx");
    const cli = async () => {
      const code = await main(["analyze", WORKBOOK, "--out", cliOut, "--force"], silent);
      if (code !== 0) throw new Error(`ita analyze exited ${code}`);
    };
    const floor = async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(WORKBOOK);
      await wb.xlsx.writeFile(floorOut);
    };
    // A second floor: exceljs alone reading and writing a workbook as big as the command's output
    // (the input's sheets plus the five generated ones), i.e. the same I/O volume.
    const outputCopy = path.join(dir, "output-copy.xlsx");
    const outputFloor = async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(cliOut);
      await wb.xlsx.writeFile(outputCopy);
    };
    for (let k = 0; k < 3; k++) {
      await cli();
      await floor();
      await outputFloor();
    }
    const cliRuns = [];
    const floorRuns = [];
    const outputFloorRuns = [];
    for (let k = 0; k < RUNS; k++) {
      cliRuns.push(await timeAsync(cli));
      floorRuns.push(await timeAsync(floor));
      outputFloorRuns.push(await timeAsync(outputFloor));
    }
    const o = median(outputFloorRuns);
    const c = median(cliRuns);
    const f = median(floorRuns);
    // Minimums too: on a busy machine they are steadier than medians.
    const cMin = Math.min(...cliRuns);
    const fMin = Math.min(...floorRuns);
    return {
      cli_total_ms_median: round(c, 1),
      floor_read_write_ms_median: round(f, 1),
      cli_over_floor_ratio: round(c / f, 2),
      floor_same_output_ms_median: round(o, 1),
      cli_over_output_floor_ratio: round(c / o, 2),
      cli_total_ms_min: round(cMin, 1),
      floor_read_write_ms_min: round(fMin, 1),
      cli_over_floor_ratio_of_min: round(cMin / fMin, 2),
      cli_runs: RUNS,
      cli_workbook: path.basename(WORKBOOK),
      cli_output_bytes: fs.statSync(cliOut).size,
      floor_output_bytes: fs.statSync(floorOut).size,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = benchCliVsFloor;

if (require.main === module) benchCliVsFloor().then((r) => process.stdout.write(JSON.stringify(r, null, 2) + "\n"));
