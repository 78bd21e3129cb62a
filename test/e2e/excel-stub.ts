// An office.js stand-in that reports Excel as the host, with Excel.run backed by the recording
// fake of the Excel API (test/excel/fake-excel.ts, transpiled for the browser). The built pane
// then runs its Excel path in a real browser: scan, run, write, select a cell, open a sheet.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import type { CellValue } from "../../src/core/types";

export interface SeedSheet {
  name: string;
  values: CellValue[][];
}

/** The stub's source: the fake, a workbook holding `sheets`, and Office/Excel/CustomFunctions globals. */
export function excelOfficeStub(sheets: SeedSheet[], where: { platform?: "OfficeOnline" | "PC" | "Mac" } = {}): string {
  const fake = ts.transpileModule(readFileSync(join(__dirname, "..", "excel", "fake-excel.ts"), "utf8"), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  }).outputText;
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
  var info = { host: "Excel", platform: ${JSON.stringify(where.platform ?? "OfficeOnline")}, addin: null };
  window.Office = {
    HostType: { Excel: "Excel", Word: "Word" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    onReady: function (cb) { return new Promise(function (r) { setTimeout(function () { if (cb) cb(info); r(info); }, 0); }); },
    context: {
      requirements: { isSetSupported: function () { return true; } },
      ui: { openBrowserWindow: function (url) { (window.__openedInBrowser = window.__openedInBrowser || []).push(url); } },
    },
  };
  window.CustomFunctions = { associate: function (id) { (window.__associated = window.__associated || []).push(id); }, ErrorCode: {}, Error: function () {} };
})();`;
}
