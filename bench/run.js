#!/usr/bin/env node
"use strict";
// `npm run bench`: runs every measurement module in bench/ (each exports an async function that
// returns an object of fields) and prints ONE JSON object to stdout. Add a measurement by adding a
// module here; files starting with "_" are helpers. Progress and failures go to stderr.
//   npm run bench                    everything (the batch on 1,000 synthetic agencies)
//   npm run bench -- --national      the batch on 8,325 agencies
//   node bench/run.js cli batch      only the modules whose names start with these words
const fs = require("fs");
const path = require("path");

async function run() {
  const modules = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith(".js") && f !== "run.js" && !f.startsWith("_"))
    .sort();
  const args = process.argv.slice(2);
  // --national: the batch on the year's 8,325 agencies instead of 1,000.
  if (args.includes("--national")) process.env.ITA_BENCH_AGENCIES = "8325";
  const only = args.filter((a) => !a.startsWith("--"));
  const result = { node: process.version, platform: `${process.platform}-${process.arch}` };
  let failed = false;
  for (const file of modules) {
    if (only.length && !only.some((o) => file.startsWith(o))) continue;
    const mod = require(path.join(__dirname, file));
    const fn = typeof mod === "function" ? mod : Object.values(mod).find((v) => typeof v === "function");
    if (!fn) continue;
    process.stderr.write(`bench: ${file}\n`);
    try {
      Object.assign(result, await fn());
    } catch (err) {
      failed = true;
      result[`${file.replace(/\.js$/, "")}_error`] = String(err && err.message ? err.message : err);
      process.stderr.write(`bench: ${file} failed: ${err && err.stack ? err.stack : err}\n`);
    }
  }
  process.stdout.write(JSON.stringify(result, null, 2) + "\n");
  if (failed) process.exitCode = 1;
}

run();
