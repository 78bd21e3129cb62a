"use strict";
// Helpers shared by the benchmark modules: the compiled command, timing, medians.
const path = require("path");
const fs = require("fs");
const { execSync } = require("child_process");

const ROOT = path.join(__dirname, "..");
const BUILD = path.join(ROOT, "build");
const EXAMPLES = path.join(ROOT, "examples");

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Compiles src/core + src/xlsx + src/cli into build/ when it is missing or older than the sources. */
function ensureBuild() {
  const entry = path.join(BUILD, "cli", "main.js");
  const sources = Math.max(...["core", "xlsx", "cli"].map((d) => newestMtime(path.join(ROOT, "src", d))));
  if (!fs.existsSync(entry) || fs.statSync(entry).mtimeMs < sources) {
    process.stderr.write("bench: building the command (npm run build:cli)…\n");
    execSync("npm run --silent build:cli", { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  }
}

/** A module of the compiled command, e.g. build("core/index"). */
function build(rel) {
  ensureBuild();
  return require(path.join(BUILD, rel));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

async function timeAsync(fn) {
  const start = nowMs();
  await fn();
  return nowMs() - start;
}

function timeSync(fn) {
  const start = nowMs();
  fn();
  return nowMs() - start;
}

const round = (v, digits = 3) => Number(v.toFixed(digits));

/** Lets a bench module require the TypeScript sources directly (transpile only, no type checking). */
function registerTypeScript() {
  if (require.extensions[".ts"]) return;
  const ts = require("typescript");
  require.extensions[".ts"] = (module, filename) => {
    const source = fs.readFileSync(filename, "utf8");
    const { outputText } = ts.transpileModule(source, {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2020,
        esModuleInterop: true,
        resolveJsonModule: true,
        isolatedModules: true,
        jsx: ts.JsxEmit.ReactJSX,
      },
    });
    module._compile(outputText, filename);
  };
}

module.exports = { ROOT, BUILD, EXAMPLES, ensureBuild, build, median, timeAsync, timeSync, round, registerTypeScript };

// ---------------------------------------------------------------------------------------------
// Whole processes, as a user waits for them.

const { spawnSync } = require("child_process");
const os = require("os");

/**
 * Runs `node <args>` as a fresh process; wall time (ms), exit status, stderr, and the process's peak
 * resident memory (MB, worker threads included), reported by a preloaded module at exit.
 */
function runProcess(args, { timeout = 120_000, env } = {}) {
  const rssFile = path.join(os.tmpdir(), `ita-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const start = nowMs();
  const r = spawnSync(process.execPath, ["--require", path.join(__dirname, "_peak-rss.js"), ...args], {
    encoding: "utf8",
    timeout,
    env: { ...process.env, ...env, ITA_BENCH_RSS_FILE: rssFile },
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = nowMs() - start;
  let maxRssMb;
  try {
    maxRssMb = Number(fs.readFileSync(rssFile, "utf8")) / 1024;
    fs.rmSync(rssFile, { force: true });
  } catch {
    maxRssMb = undefined; // killed before exit
  }
  return { ms, status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, maxRssMb, timedOut: r.error?.code === "ETIMEDOUT" };
}

/** Median wall time of `runs` fresh processes of each command, interleaved so load hits all alike. */
function medianProcesses(commands, runs) {
  const times = commands.map(() => []);
  for (let k = 0; k < runs; k++)
    commands.forEach((args, i) => {
      const start = nowMs();
      const r = spawnSync(process.execPath, args, { stdio: "ignore" });
      if (r.status !== 0) throw new Error(`node ${args.join(" ")} exited ${r.status}`);
      times[i].push(nowMs() - start);
    });
  return times.map((t) => ({ median: median(t), min: Math.min(...t) }));
}

module.exports.runProcess = runProcess;
module.exports.medianProcesses = medianProcesses;
