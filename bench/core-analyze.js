"use strict";
// Core: analyze on cells already in memory (one agency), median of many runs.
// Target: ≤ 2 ms per agency. The headline figure is the 2566 per-question example (88 items);
// the other examples are reported alongside.
const path = require("path");
const { EXAMPLES, build, median, timeSync, round } = require("./_lib");

const RUNS = 200;
const WORKBOOKS = ["sao-2566-questions.xlsx", "municipality-2567-two-years.xlsx", "eit-two-parts-2566.xlsx"];

async function benchCore() {
  const { analyze, hasErrors } = build("core/index");
  const { readXlsx } = build("xlsx/read");
  const fields = {};
  let headline;
  for (const file of WORKBOOKS) {
    const { cells } = await readXlsx(path.join(EXAMPLES, file));
    for (let k = 0; k < 20; k++) analyze(cells); // warm up (JIT)
    if (hasErrors(analyze(cells))) throw new Error(`${file}: the example has errors`);
    const runs = [];
    for (let k = 0; k < RUNS; k++) runs.push(timeSync(() => analyze(cells)));
    if (headline === undefined) headline = median(runs); // the heaviest: 2566, 88 items
    fields[`core_analyze_ms_median_${file.replace(/\.xlsx$/, "").replace(/[^a-z0-9]+/gi, "_")}`] = round(median(runs));
  }
  return { core_analyze_ms_median: round(headline), core_analyze_runs: RUNS, ...fields };
}

module.exports = benchCore;

if (require.main === module) benchCore().then((r) => process.stdout.write(JSON.stringify(r, null, 2) + "\n"));
