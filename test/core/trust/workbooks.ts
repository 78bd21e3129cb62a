// The workbooks of issue 7 (scripts/make-trust-workbooks.js), read as the command reads them and
// analysed through the engine's one door.
import * as path from "node:path";
import { promises as fs } from "node:fs";
import { analyze, toAnalysisJson, type AnalysisResult, type AnalyzeOptions, type Problem } from "../../../src/core";
import type { AnalysisJson } from "../../../src/core/report/json";
import { nodeCodec } from "../../../src/cli/node-codec";
import { readWorkbookFile } from "../../../src/xlsx/read";

export const WORKBOOKS = path.join(__dirname, "..", "..", "fixtures", "workbooks");

export interface Expected {
  file: string;
  year: number;
  framework?: string;
  overall?: number;
  level?: string;
  computedLevel?: string;
  levelCell?: string;
  overallCell?: string;
  tools?: Record<string, number>;
  indicators?: Record<string, number>;
  titleCells?: Record<string, string>;
  urgent?: string[];
  errorCells?: string[];
  warningCells?: string[];
  indicatorStatus?: Record<string, string>;
  [key: string]: unknown;
}

let expected: Expected[] | undefined;
export async function expectedOf(file: string): Promise<Expected> {
  expected ??= JSON.parse(await fs.readFile(path.join(WORKBOOKS, "expected.json"), "utf8")) as Expected[];
  const e = expected.find((x) => x.file === file);
  if (!e) throw new Error(`no expected figures for ${file}`);
  return e;
}

export async function analyzeFile(file: string, options: AnalyzeOptions = {}): Promise<{ result: AnalysisResult; json: AnalysisJson }> {
  const { cells } = readWorkbookFile(await fs.readFile(path.join(WORKBOOKS, file)), { codec: nodeCodec, fileName: file });
  const result = analyze(cells, options);
  return { result, json: toAnalysisJson(result) };
}

export const errorsOf = (problems: Problem[]) => problems.filter((p) => p.severity === "error");
export const warningsOf = (problems: Problem[]) => problems.filter((p) => p.severity === "warning");
