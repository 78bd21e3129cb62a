// An office.js stand-in that reports Excel as the host, with Excel.run backed by the recording
// fake of the Excel API (test/excel/fake-excel.ts, transpiled for the browser). The built pane
// then runs its Excel path in a real browser: scan, run, write, select a cell, open a sheet.
// Options stand for other Excels: requirement sets it lacks, its theme.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import type { CellValue } from "../../src/core/types";

export interface SeedSheet {
  name: string;
  values: CellValue[][];
}

export interface StubOptions {
  /** Requirement sets this Excel lacks, from a version up: ["ExcelApi 1.9", "SharedRuntime 1.1"]. */
  lacks?: string[];
  /** Office.context.officeTheme.bodyBackgroundColor ("#262626" for the dark theme). */
  bodyBackground?: string;
  /** Where Office.onReady says the pane runs (Excel for Mac cannot download). */
  platform?: "OfficeOnline" | "PC" | "Mac";
}

/** The stub's source: the fake, a workbook holding `sheets`, and Office/Excel/CustomFunctions globals. */
export function excelOfficeStub(sheets: SeedSheet[], options: StubOptions = {}): string {
  const fake = ts.transpileModule(readFileSync(join(__dirname, "..", "excel", "fake-excel.ts"), "utf8"), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  }).outputText;
  const lacks = (options.lacks ?? []).map((l) => {
    const [set, version] = l.split(" ");
    return { set, version };
  });
  return `(function () {
  "use strict";
  var exports = {};
  var module = { exports: exports };
  ${fake}
  var excel = new exports.FakeExcel();
  var sheets = ${JSON.stringify(sheets)};
  sheets.forEach(function (s) {
    excel.model.addSheet(s.name).setValues(s.values.map(function (r) { return r.map(function (v) { return v === null || v === undefined ? "" : v; }); }));
  });
  window.__fakeExcel = excel;
  window.Excel = { run: function (batch) { return excel.run(batch); } };
  var lacks = ${JSON.stringify(lacks)};
  function newer(a, b) {
    var x = a.split("."), y = b.split(".");
    for (var i = 0; i < Math.max(x.length, y.length); i++) if ((+x[i] || 0) !== (+y[i] || 0)) return (+x[i] || 0) > (+y[i] || 0);
    return true;
  }
  var info = { host: "Excel", platform: ${JSON.stringify(options.platform ?? "OfficeOnline")}, addin: null };
  window.Office = {
    HostType: { Excel: "Excel", Word: "Word" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    VisibilityMode: { taskpane: "Taskpane", hidden: "Hidden" },
    addin: { onVisibilityModeChanged: function () { return Promise.resolve(function () { return Promise.resolve(); }); } },
    onReady: function (cb) { return new Promise(function (r) { setTimeout(function () { if (cb) cb(info); r(info); }, 0); }); },
    context: {
      requirements: {
        isSetSupported: function (name, version) {
          return !lacks.some(function (l) { return l.set === name && newer(version || "1.1", l.version); });
        },
      },
      officeTheme: ${JSON.stringify(options.bodyBackground ? { bodyBackgroundColor: options.bodyBackground } : undefined)},
      ui: { openBrowserWindow: function (url) { (window.__openedInBrowser = window.__openedInBrowser || []).push(url); } },
    },
  };
  window.CustomFunctions = { associate: function (id) { (window.__associated = window.__associated || []).push(id); }, ErrorCode: {}, Error: function () {} };
})();`;
}
