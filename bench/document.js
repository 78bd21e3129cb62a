"use strict";
// The o42 Word document built in-process from an analysis already in memory (chart SVG + PNG, docx
// composition and packing), median of many warm runs per example. Target: well under 200 ms.
const path = require("path");
const { EXAMPLES, build, median, timeAsync, round } = require("./_lib");

const RUNS = 30;
const WORKBOOKS = ["sao-2566-questions.xlsx", "municipality-2567-two-years.xlsx", "eit-two-parts-2566.xlsx"];

async function benchDocument() {
  const { analyze } = build("core/analyze");
  const { readWorkbookFile } = build("xlsx/read");
  const { nodeCodec } = build("cli/node-codec");
  const { o42FromAnalysis, buildO42Docx } = build("core/document/index");
  const fields = {};
  let headline;
  for (const file of WORKBOOKS) {
    const { cells } = readWorkbookFile(require("fs").readFileSync(path.join(EXAMPLES, file)), { codec: nodeCodec, fileName: file });
    const result = analyze(cells);
    const once = () => buildO42Docx(o42FromAnalysis(result));
    for (let k = 0; k < 5; k++) await once(); // warm up (JIT)
    const runs = [];
    let bytes = 0;
    for (let k = 0; k < RUNS; k++) runs.push(await timeAsync(async () => (bytes = (await once()).length)));
    if (headline === undefined) headline = median(runs);
    const key = file.replace(/\.xlsx$/, "").replace(/[^a-z0-9]+/gi, "_");
    fields[`document_o42_ms_median_${key}`] = round(median(runs));
    fields[`document_o42_kb_${key}`] = round(bytes / 1024, 1);
  }
  return { document_o42_ms_median: round(headline), document_o42_runs: RUNS, ...fields };
}

module.exports = benchDocument;

if (require.main === module) benchDocument().then((r) => process.stdout.write(JSON.stringify(r, null, 2) + "\n"));
