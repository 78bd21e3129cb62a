"use strict";
// Preloaded into a measured process (node --require): writes its peak resident memory (KB, every
// thread of the process) to the file the benchmark names, when the process exits.
const file = process.env.ITA_BENCH_RSS_FILE;
if (file) process.on("exit", () => require("fs").writeFileSync(file, String(process.resourceUsage().maxRSS)));
