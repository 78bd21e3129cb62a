"use strict";
// Benchmark of the ITA.* custom functions: time for 100,000 ITA.ISSUE calls, starting from an empty
// memo, over the mix of arguments a workbook gives (every code of 2566 and 2567, year as number,
// text or blank, format blank / "number" / "all"). Target: under 100 ms.
// Used by bench/run.js; `node bench/functions.js` prints the figure alone.
const path = require("path");
const { ROOT, median, timeSync, round, registerTypeScript } = require("./_lib");

async function benchFunctions() {
  registerTypeScript();
  require(path.join(ROOT, "test", "setup-custom-functions.ts")); // the CustomFunctions global outside Excel
  const ITA = require(path.join(ROOT, "src", "functions", "functions.ts"));
  const { clearMemo } = require(path.join(ROOT, "src", "functions", "memo.ts"));
  const { BUILTIN_CATALOG } = require(path.join(ROOT, "src", "core", "catalog", "builtin.ts"));

  const calls = [];
  for (const fw of BUILTIN_CATALOG.frameworks.filter((f) => f.id === "2566" || f.id === "2567")) {
    const year = Number(fw.id);
    for (const item of fw.items) {
      calls.push([item.code, year, null]);
      calls.push([item.code, String(year), "number"]);
      calls.push([`ข้อ ${item.code}`, year, "all"]);
    }
  }
  const N = 100000;
  let sink = 0;
  const once = () => {
    clearMemo();
    return timeSync(() => {
      for (let k = 0; k < N; k++) {
        const [code, year, format] = calls[k % calls.length];
        const r = ITA.issue(code, year, format);
        sink += typeof r === "number" ? r : r.length;
      }
    });
  };
  once(); // load and JIT
  const runs = [once(), once(), once(), once(), once()];
  if (sink === 0) throw new Error("ITA.ISSUE returned nothing");
  return { custom_functions_issue_100k_ms: round(median(runs), 1) };
}

module.exports = benchFunctions;
module.exports.benchFunctions = benchFunctions;

if (require.main === module) {
  benchFunctions().then(
    (r) => process.stdout.write(JSON.stringify(r, null, 2) + "\n"),
    (e) => {
      process.stderr.write(String(e && e.stack ? e.stack : e) + "\n");
      process.exit(1);
    },
  );
}
