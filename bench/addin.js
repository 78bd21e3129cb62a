"use strict";
// `npm run bench` module for the Excel add-in:
//   taskpane_initial_js_gzip_kb  gzipped size of the JavaScript taskpane.html loads when the pane
//                                opens in Excel (office.js from the CDN excluded; budget 250 KB).
//                                Builds dist/ first when it is missing or stale.
//   excel_sync_count             context.sync() calls of one full run (read every sheet, analyse,
//                                write every sheet and the chart, save the settings) on an example
//                                workbook, counted by the recording fake of the Excel API (budget 6).
//   excel_sync_count_500_measures the same with a plan of 500 measures (must not grow).
//   excel_sync_count_open_and_run context.sync() calls from opening the pane to the written result,
//                                the pane's own sequence through the Excel host: scan, tell the
//                                ITA.* formulas the year, run, tell them again (budget 6).
//   excel_full_run_ms            median wall time of that full run against the fake (engine + adapter).
const fs = require("fs");
const path = require("path");

const { ROOT, median, registerTypeScript } = require("./_lib");

async function fullRun(cells, measures) {
  const { FakeExcel } = require(path.join(ROOT, "test/excel/fake-excel.ts"));
  const { runAnalysis } = require(path.join(ROOT, "src/excel/run.ts"));
  const { engine } = require(path.join(ROOT, "src/taskpane/engine.ts"));
  const { defaultSettings } = require(path.join(ROOT, "src/core/index.ts"));
  const excel = new FakeExcel();
  for (const sheet of cells.sheets)
    excel.model.addSheet(sheet.name).setValues(sheet.values.map((r) => r.map((v) => (v === null || v === undefined ? "" : v))));
  let eng = engine;
  if (measures) {
    // The same analysis with its plan padded to `measures` rows: the sync count must not change.
    eng = {
      ...engine,
      analyze(c, o) {
        const r = engine.analyze(c, o);
        const rows = r.plan.rows;
        r.plan.rows = Array.from({ length: measures }, (_, i) => ({
          ...rows[i % rows.length],
          measure: `${rows[i % rows.length].measure} (${i + 1})`,
        }));
        return r;
      },
    };
  }
  const start = process.hrtime.bigint();
  const out = await runAnalysis(excel.run, eng, defaultSettings());
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (out.kind !== "written") throw new Error(`the example did not analyse: ${JSON.stringify(out.problems.slice(0, 3))}`);
  return { syncs: excel.totalSyncs, ms };
}

async function openAndRun(cells) {
  const { FakeExcel } = require(path.join(ROOT, "test/excel/fake-excel.ts"));
  const { excelHost } = require(path.join(ROOT, "src/taskpane/excel-host.ts"));
  const { engine } = require(path.join(ROOT, "src/taskpane/engine.ts"));
  const { analyzeOptionsFrom, defaultSettings } = require(path.join(ROOT, "src/core/index.ts"));
  const excel = new FakeExcel();
  for (const sheet of cells.sheets)
    excel.model.addSheet(sheet.name).setValues(sheet.values.map((r) => r.map((v) => (v === null || v === undefined ? "" : v))));
  const settings = defaultSettings();
  const host = excelHost(engine, excel.run);
  const scan = await host.scan();
  await host.publish(engine.analyze(scan.cells, analyzeOptionsFrom(settings)), settings);
  const out = await host.run(settings, () => {});
  if (out.kind !== "written") throw new Error("the example did not analyse");
  await host.publish(out.result, settings);
  return excel.totalSyncs;
}

async function addin() {
  registerTypeScript();
  const { ensureDist, initialGzipKb } = require(path.join(ROOT, "test/e2e/dist.ts"));
  if (ensureDist()) process.stderr.write("bench: built dist/ (webpack --mode production)\n");
  const gz = initialGzipKb();

  const { readXlsxFile } = require(path.join(ROOT, "test/fixtures/xlsx-file.ts"));
  const example = path.join(ROOT, "examples", "sao-2566-questions.xlsx");
  let cells;
  if (fs.existsSync(example)) cells = readXlsxFile(example).cells;
  else cells = { sheets: [require(path.join(ROOT, "test/fixtures/seed-sheets.ts")).seed004QuestionSheet()] };

  const times = [];
  let syncs = 0;
  for (let i = 0; i < 7; i++) {
    const r = await fullRun(cells);
    syncs = r.syncs;
    times.push(r.ms);
  }
  const big = await fullRun(cells, 500);
  const openRun = await openAndRun(cells);
  return {
    taskpane_initial_js_gzip_kb: gz,
    taskpane_initial_js_gzip_budget_kb: 250,
    excel_sync_count: syncs,
    excel_sync_count_500_measures: big.syncs,
    excel_sync_count_open_and_run: openRun,
    excel_sync_budget: 6,
    excel_full_run_ms: Math.round(median(times.slice(2)) * 10) / 10,
  };
}

module.exports = addin;

if (require.main === module) addin().then((r) => process.stdout.write(JSON.stringify(r, null, 2) + "\n"));
