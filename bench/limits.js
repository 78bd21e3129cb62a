"use strict";
// Files that used to crash or hang the command (issue 8), as whole fresh processes:
//   far_cell_ms, far_cell_ok           the example with one space at XFD1048576 on its OIT sheet:
//                                      target under 2 s with the normal result (92.59 ผ่านดี)
//   far_cell_100k_ms, far_cell_100k_ok the same at XFD100000 (it ran for minutes)
//   refuse_8m_ms, refuse_8m_rss_mb     a workbook of 8 million filled cells (about 26 MB): refused
//                                      with a Thai message; target under 10 s and 500 MB
//   refuse_3m_ms, refuse_3m_rss_mb     3 million cells in a sheet small enough to be read: refused
//                                      by the filled-cell count, naming the sheet
// A run that does not finish within 20 s is stopped and reported as such.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { ROOT, EXAMPLES, ensureBuild, runProcess, round } = require("./_lib");
const { writeBigWorkbook } = require("./_big-workbook");

const TIMEOUT = 20_000;

async function farCellWorkbook(file, ref) {
  const { ZipArchive, writeZip } = require(path.join(ROOT, "build", "xlsx", "zip.js"));
  const { nodeCodec } = require(path.join(ROOT, "build", "cli", "node-codec.js"));
  const zip = new ZipArchive(fs.readFileSync(path.join(EXAMPLES, "sao-2566-questions.xlsx")));
  const files = zip.names().map((name) => {
    let data = zip.read(name, nodeCodec);
    // sheet2 is the OIT sheet: one space far away, as a stray keystroke leaves it.
    if (name === "xl/worksheets/sheet2.xml") {
      const row = Number(/\d+$/.exec(ref)[0]);
      data = Buffer.from(
        data
          .toString("utf8")
          .replace(
            "</sheetData>",
            `<row r="${row}"><c r="${ref}" t="inlineStr"><is><t xml:space="preserve"> </t></is></c></row></sheetData>`,
          ),
      );
    }
    return { name, data };
  });
  fs.writeFileSync(file, writeZip(files, nodeCodec));
}

function analyze(file) {
  const r = runProcess([path.join(ROOT, "bin", "ita.js"), "analyze", file, "--json", "-"], { timeout: TIMEOUT });
  let ok = false;
  try {
    ok = JSON.parse(r.stdout).overall.score === 92.59;
  } catch {
    ok = false;
  }
  return { ms: round(r.ms, 0), ok, status: r.timedOut ? "timeout" : r.status, rss: r.maxRssMb, stderr: r.stderr };
}

async function benchLimits() {
  ensureBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ita-bench-limits-"));
  try {
    const far = path.join(dir, "far.xlsx");
    await farCellWorkbook(far, "XFD1048576");
    const far100k = path.join(dir, "far100k.xlsx");
    await farCellWorkbook(far100k, "XFD100000");
    const big8 = path.join(dir, "big8m.xlsx");
    writeBigWorkbook(big8, 1_000_000, 8);
    const big3 = path.join(dir, "big3m.xlsx");
    writeBigWorkbook(big3, 375_000, 8);
    const f1 = analyze(far);
    const f2 = analyze(far100k);
    const b8 = analyze(big8);
    const b3 = analyze(big3);
    const refused = (r) => r.status === 1 && /ข้อมูลดิบ/.test(r.stderr);
    return {
      far_cell_ms: f1.ms,
      far_cell_ok: f1.ok,
      far_cell_status: f1.status,
      far_cell_100k_ms: f2.ms,
      far_cell_100k_ok: f2.ok,
      far_cell_100k_status: f2.status,
      refuse_8m_ms: b8.ms,
      refuse_8m_rss_mb: round(b8.rss ?? NaN, 1),
      refuse_8m_file_mb: round(fs.statSync(big8).size / 1024 / 1024, 1),
      refuse_8m_refused: refused(b8),
      refuse_3m_ms: b3.ms,
      refuse_3m_rss_mb: round(b3.rss ?? NaN, 1),
      refuse_3m_file_mb: round(fs.statSync(big3).size / 1024 / 1024, 1),
      refuse_3m_refused: refused(b3),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = benchLimits;

if (require.main === module) benchLimits().then((r) => process.stdout.write(JSON.stringify(r, null, 2) + "\n"));
