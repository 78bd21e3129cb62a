#!/usr/bin/env node
// Checks (or, with --fix, updates) the source references of a Markdown file: every
// "`name` (path/to/file.ts:N)" must point at the line that declares `name`.
//   node scripts/doc-refs.js docs/architecture.md          exit 1 and list the wrong ones
//   node scripts/doc-refs.js --fix docs/architecture.md    rewrite the line numbers
"use strict";

const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const REF = /`([A-Za-z_$][\w$]*)(?:\(\))?`\s+\(`?([\w./-]+\.(?:tsx?|js|mjs|json)):(\d+)`?\)/g;

/** The 1-based line declaring `name` in `lines`, or 0. */
function declarationLine(lines, name) {
  const decl = new RegExp(
    `\\b(?:function\\*?|class|interface|type|const|let|enum)\\s+${name}\\b|^\\s*(?:readonly\\s+|async\\s+|private\\s+)*${name}\\s*[(:<]|"${name}"\\s*:|^\\s*${name}\\s*:`,
  );
  const i = lines.findIndex((l) => decl.test(l));
  return i + 1;
}

/** [{ text, name, file, line, ok, actual, missing }] for every reference of the Markdown text. */
function checkRefs(markdown) {
  const out = [];
  for (const m of markdown.matchAll(REF)) {
    const [text, name, file, line] = m;
    const abs = path.join(ROOT, file);
    const lines = fs.existsSync(abs) ? fs.readFileSync(abs, "utf8").split("\n") : [];
    const at = Number(line);
    const onLine = lines[at - 1] !== undefined && new RegExp(`\\b${name.replace(/\$/g, "\\$")}\\b`).test(lines[at - 1]);
    out.push({
      text,
      name,
      file,
      line: at,
      ok: lines.length > 0 && onLine && declarationLine(lines, name) === at,
      actual: declarationLine(lines, name),
      missing: lines.length === 0,
    });
  }
  return out;
}

function main(argv) {
  const fix = argv.includes("--fix");
  const files = argv.filter((a) => a !== "--fix");
  let bad = 0;
  for (const file of files) {
    let text = fs.readFileSync(file, "utf8");
    const refs = checkRefs(text);
    for (const r of refs.filter((x) => !x.ok)) {
      bad++;
      const where = r.missing ? "no such file" : r.actual ? `declared at line ${r.actual}` : "not declared in that file";
      process.stderr.write(`${file}: \`${r.name}\` (${r.file}:${r.line}): ${where}\n`);
      if (fix && r.actual) text = text.split(r.text).join(r.text.replace(`:${r.line}`, `:${r.actual}`));
    }
    if (fix) fs.writeFileSync(file, text);
  }
  return bad === 0 || fix ? 0 : 1;
}

module.exports = { checkRefs };
if (require.main === module) process.exit(main(process.argv.slice(2)));
