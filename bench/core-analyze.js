"use strict";
// Core: analyze on cells already in memory, one agency at a time. Each run gets cells it has not
// seen (a fresh copy of the example, and 200 different synthetic agencies), so nothing cached on
// the cells object flatters the figure. Target: ≤ 2 ms per agency.
//   core_analyze_ms_median             the 2566 per-question example (88 items), fresh copy each run
//   core_analyze_ms_median_<example>   the same for each example workbook
//   core_analyze_ms_median_synthetic   200 synthetic agencies (scripts/make-agencies.js), each once
const fs = require("fs");
const path = require("path");
const { EXAMPLES, ROOT, build, median, timeSync, round } = require("./_lib");

const RUNS = 200;
const WORKBOOKS = ["sao-2566-questions.xlsx", "municipality-2567-two-years.xlsx", "eit-two-parts-2566.xlsx"];

const copy = (cells) => ({ sheets: cells.sheets.map((s) => ({ ...s, values: s.values.map((row) => (row ? [...row] : row)) })) });

async function benchCore() {
  const { analyze, hasErrors } = build("core/index");
  const { readWorkbookFile } = build("xlsx/read");
  const { nodeCodec } = build("cli/node-codec");
  const { agencyWorkbook } = require(path.join(ROOT, "scripts", "make-agencies.js"));
  const fields = {};
  let headline;
  for (const file of WORKBOOKS) {
    const { cells } = readWorkbookFile(fs.readFileSync(path.join(EXAMPLES, file)), { codec: nodeCodec });
    for (let k = 0; k < 400; k++) analyze(copy(cells)); // warm up: the JIT takes 300–400 runs to settle
    if (hasErrors(analyze(copy(cells)))) throw new Error(`${file}: the example has errors`);
    const runs = [];
    for (let k = 0; k < RUNS; k++) {
      const fresh = copy(cells);
      runs.push(timeSync(() => analyze(fresh)));
    }
    if (headline === undefined) headline = median(runs); // the heaviest: 2566, 88 items
    fields[`core_analyze_ms_median_${file.replace(/\.xlsx$/, "").replace(/[^a-z0-9]+/gi, "_")}`] = round(median(runs));
  }
  const synthetic = Array.from({ length: RUNS }, (_, i) => ({ sheets: agencyWorkbook(i, 3).sheets }));
  const runs = synthetic.map((cells) => timeSync(() => analyze(cells)));
  return {
    core_analyze_ms_median: round(headline),
    core_analyze_runs: RUNS,
    ...fields,
    core_analyze_ms_median_synthetic: round(median(runs)),
    core_analyze_target_ms: 2,
  };
}

module.exports = benchCore;

if (require.main === module) benchCore().then((r) => process.stdout.write(JSON.stringify(r, null, 2) + "\n"));
