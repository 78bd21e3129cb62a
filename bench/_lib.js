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
