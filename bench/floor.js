"use strict";
// The command in-process against the floor of what any implementation must do for the same files:
//   cli_total_ms_median        main(["analyze", example, "--out", f, "--force"]) in-process, warm
//   floor_read_write_ms_median read the input file and inflate every part, deflate every part of the
//                              command's output and write it (native zlib both ways: the fastest
//                              read+write we can measure, the same I/O volume as the command)
//   cli_over_floor_ratio       their ratio
// Interleaved runs, medians.
const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const { EXAMPLES, build, median, timeAsync, timeSync, round } = require("./_lib");

const RUNS = 21;
const WORKBOOK = path.join(EXAMPLES, "sao-2566-questions.xlsx");
const silent = { stdout: async () => undefined, stderr: async () => undefined };

async function benchFloor() {
  const { main } = build("cli/main");
  const { ZipArchive, writeZip } = build("xlsx/zip");
  const { nodeCodec } = build("cli/node-codec");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ita-bench-"));
  try {
    const cliOut = path.join(dir, "cli.xlsx");
    const floorOut = path.join(dir, "floor.xlsx");
    const cli = async () => {
      const code = await main(["analyze", WORKBOOK, "--out", cliOut, "--force"], silent);
      if (code !== 0) throw new Error(`ita analyze exited ${code}`);
    };
    await cli();
    // The parts of the command's output, uncompressed: what must be deflated and written.
    const outZip = new ZipArchive(fs.readFileSync(cliOut));
    const outputParts = outZip.names().map((name) => ({ name, data: outZip.read(name, nodeCodec) }));
    const floor = () => {
      const input = new ZipArchive(fs.readFileSync(WORKBOOK));
      for (const name of input.names()) input.read(name, nodeCodec);
      fs.writeFileSync(floorOut, writeZip(outputParts, nodeCodec));
    };
    for (let k = 0; k < 3; k++) {
      await cli();
      floor();
    }
    const cliRuns = [];
    const floorRuns = [];
    for (let k = 0; k < RUNS; k++) {
      cliRuns.push(await timeAsync(cli));
      floorRuns.push(timeSync(floor));
    }
    const c = median(cliRuns);
    const f = median(floorRuns);
    return {
      cli_total_ms_median: round(c, 1),
      floor_read_write_ms_median: round(f, 1),
      cli_over_floor_ratio: round(c / f, 2),
      cli_total_ms_min: round(Math.min(...cliRuns), 1),
      floor_read_write_ms_min: round(Math.min(...floorRuns), 1),
      cli_runs: RUNS,
      cli_workbook: path.basename(WORKBOOK),
      cli_input_bytes: fs.statSync(WORKBOOK).size,
      cli_output_bytes: fs.statSync(cliOut).size,
      cli_output_xml_bytes: outputParts.reduce((n, p) => n + p.data.length, 0),
      floor_deflate: `native zlib ${zlib.constants ? "deflateRaw level 3" : ""}`.trim(),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = benchFloor;

if (require.main === module) benchFloor().then((r) => process.stdout.write(JSON.stringify(r, null, 2) + "\n"));
