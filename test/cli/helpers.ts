// Shared by the command's end-to-end tests: temp folders, workbooks built on the fly, running main().
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { promises as fs, existsSync, readdirSync, statSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { captureIo } from "../../src/cli/io";
import { main } from "../../src/cli/main";

export const ROOT = path.join(__dirname, "..", "..");
export const EXAMPLES = path.join(ROOT, "examples");
export const EXAMPLE_FILES = ["sao-2566-questions.xlsx", "municipality-2567-two-years.xlsx", "eit-two-parts-2566.xlsx"];

export interface Expected {
  file: string;
  year: number;
  indicators: Record<string, number>;
  IIT: number;
  EIT: number;
  OIT: number;
  overall: number;
  level: string;
  public?: number;
  survey?: number;
  previous?: Omit<Expected, "file" | "previous">;
}

/** The figures scripts/make-examples.js derived when it wrote the examples. */
export async function expectedFigures(): Promise<Expected[]> {
  return JSON.parse(await fs.readFile(path.join(EXAMPLES, "expected.json"), "utf8")) as Expected[];
}

export async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), "ita-cli-"));
}

export async function run(...argv: string[]) {
  const io = captureIo();
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

/** `ita analyze --out` on every example into `dir` (each `<name>-out.xlsx`); the outputs' paths, in EXAMPLE_FILES order. */
export async function writeExampleOutputs(dir: string): Promise<string[]> {
  const outputs: string[] = [];
  for (const file of EXAMPLE_FILES) {
    const out = path.join(dir, file.replace(/\.xlsx$/, "-out.xlsx"));
    expect((await run("analyze", path.join(EXAMPLES, file), "--out", out)).code).toBe(0);
    outputs.push(out);
  }
  return outputs;
}

/** A workbook with one sheet of rows (row 1 first). */
export async function writeWorkbook(file: string, sheets: Record<string, unknown[][]>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
  }
  await wb.xlsx.writeFile(file);
}

export async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

/** A table's data rows as objects keyed by header. */
export function tableRows(ws: ExcelJS.Worksheet): Record<string, unknown>[] {
  const tables = ws.getTables() as unknown as { table: { tableRef: string } }[];
  const ref = tables[0].table.tableRef;
  const [from, to] = ref.split(":");
  const top = Number(/\d+/.exec(from)![0]);
  const bottom = Number(/\d+/.exec(to)![0]);
  const width = to.charCodeAt(0) - 64;
  const headers = Array.from({ length: width }, (_, c) => String(ws.getCell(top, c + 1).value));
  const rows: Record<string, unknown>[] = [];
  for (let r = top + 1; r <= bottom; r++) rows.push(Object.fromEntries(headers.map((h, c) => [h, ws.getCell(r, c + 1).value ?? null])));
  return rows;
}

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** The compiled command (build/), rebuilt when the sources are newer: the tests that run bin/ita.js use it. */
export function ensureBuilt(): void {
  const entry = path.join(ROOT, "build", "cli", "main.js");
  const sources = Math.max(...["core", "xlsx", "cli"].map((d) => newest(path.join(ROOT, "src", d))));
  if (!existsSync(entry) || statSync(entry).mtimeMs < sources)
    execFileSync(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT });
}

export const BIN = path.join(ROOT, "bin", "ita.js");
