"use strict";
// Many agencies at once, as a district or provincial office runs them: `ita batch` on N synthetic
// agencies (scripts/make-agencies.js), a fresh process writing every agency's workbook and the
// overview, on every core. N = 1,000 (ITA_BENCH_AGENCIES, or `npm run bench -- --national` for
// the year's 8,325). Memory flat with N: the same run on N/4 agencies gives the same peak.
//   batch_agencies, batch_jobs          how many, on how many threads
//   batch_ms_per_agency                 wall time / N; target ≤ 20 ms on 2 cores
//   batch_total_s                       wall time (8,325 agencies: target under 180 s)
//   batch_peak_rss_mb                   peak resident memory of the process, all threads; target ≤ 300
//   batch_peak_rss_mb_quarter           the same for N/4 agencies (flat: about the same)
const fs = require("fs");
const os = require("os");
const path = require("path");
const { ROOT, ensureBuild, runProcess, round } = require("./_lib");

function generate(dir, count) {
  const r = runProcess([path.join(ROOT, "scripts", "make-agencies.js"), dir, "--count", String(count), "--seed", "1"], {
    timeout: 600_000,
  });
  if (r.status !== 0) throw new Error(`make-agencies failed: ${r.stderr}`);
}

function batch(input, dir) {
  const r = runProcess(
    [
      path.join(ROOT, "bin", "ita.js"),
      "batch",
      input,
      "--out-dir",
      path.join(dir, "out"),
      "--overview",
      path.join(dir, "overview.xlsx"),
      "--force",
    ],
    { timeout: 1_800_000 },
  );
  if (r.status !== 0) throw new Error(`ita batch exited ${r.status}: ${r.stderr.slice(-2000)}`);
  return r;
}

async function benchBatch() {
  ensureBuild();
  const n = Number(process.env.ITA_BENCH_AGENCIES || 1000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ita-bench-batch-"));
  try {
    const input = path.join(dir, "agencies");
    generate(input, n);
    const full = batch(input, dir);
    const quarterInput = path.join(dir, "quarter");
    generate(quarterInput, Math.max(1, Math.round(n / 4)));
    const quarter = batch(quarterInput, path.join(dir, "q"));
    const threads = Math.max(1, os.availableParallelism ? os.availableParallelism() : os.cpus().length);
    return {
      batch_agencies: n,
      batch_jobs: Math.min(threads, n),
      batch_ms_per_agency: round(full.ms / n, 2),
      batch_ms_per_agency_target: 20,
      batch_total_s: round(full.ms / 1000, 1),
      batch_peak_rss_mb: round(full.maxRssMb, 1),
      batch_peak_rss_mb_target: 300,
      batch_peak_rss_mb_quarter: round(quarter.maxRssMb, 1),
      batch_agencies_quarter: Math.round(n / 4),
      batch_overview_bytes: fs.statSync(path.join(dir, "overview.xlsx")).size,
      load_average_1m_after_batch: round(os.loadavg()[0], 2),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = benchBatch;

if (require.main === module) benchBatch().then((r) => process.stdout.write(JSON.stringify(r, null, 2) + "\n"));
