// Small builders for in-memory workbooks in the reader tests.
import { BUILTIN_CATALOG } from "../../../src/core/catalog/builtin";
import { chooseYearAndFramework } from "../../../src/core/analysis/year";
import { nearestFramework } from "../../../src/core/catalog/find";
import { identifyItems } from "../../../src/core/reader/identify";
import { readWorkbook } from "../../../src/core/reader/read-workbook";
import { toThaiDigits } from "../../../src/core/text/digits";
import type { CellValue, Observation, ReadResult, SheetCells } from "../../../src/core/types";

export type Rows = CellValue[][];

export function sheet(name: string, values: Rows, extra: Partial<SheetCells> = {}): SheetCells {
  return { name, values, ...extra };
}

/** What the reader finds (readWorkbook), with each row's item settled by the framework of the year (as analyze does). */
export function read(...sheets: SheetCells[]): ReadResult & { framework?: string } {
  return readAs({}, ...sheets);
}

/** read(), with the year or framework given as the user would (--year, --framework). */
export function readAs(options: { year?: number; frameworkId?: string }, ...sheets: SheetCells[]): ReadResult & { framework?: string } {
  const found = readWorkbook({ sheets }, BUILTIN_CATALOG);
  const chosen = chooseYearAndFramework(BUILTIN_CATALOG, found, options);
  if ("error" in chosen) return found;
  const { year, framework } = chosen;
  const identified = identifyItems(found.observations, {
    year,
    frameworkOf: (y) => (y === year ? framework : (nearestFramework(BUILTIN_CATALOG, y)?.framework ?? framework)),
    frameworks: BUILTIN_CATALOG.frameworks,
    chosen: options.frameworkId !== undefined,
  });
  return {
    ...found,
    observations: identified.observations,
    problems: [...found.problems, ...identified.problems],
    framework: framework.id,
  };
}

/** A score in Thai digits with two decimals: 98.12 → "๙๘.๑๒". */
export const th = (n: number): string => toThaiDigits(n.toFixed(2));

/** Copies `block` into a blank grid of at least rows × cols, its top-left cell at (top, left). */
export function place(block: Rows, top: number, left: number, rows = 0, cols = 0): Rows {
  const height = Math.max(rows, top + block.length);
  const width = Math.max(cols, left + Math.max(0, ...block.map((r) => r.length)));
  const out: Rows = Array.from({ length: height }, () => Array<CellValue>(width).fill(null));
  block.forEach((row, r) => row.forEach((v, c) => (out[top + r][left + c] = v)));
  return out;
}

/** Item scores read, keyed "code" or "code/part" or "code@year". */
export function itemScores(result: ReadResult, key: (o: Observation) => string = itemKey): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const o of result.observations) if (o.target.kind === "item") out[key(o)] = o.score;
  return out;
}

export function itemKey(o: Observation): string {
  if (o.target.kind !== "item") return "";
  return `${o.target.code}${o.target.part ? `/${o.target.part}` : ""}${o.year !== undefined ? `@${o.year}` : ""}`;
}

/** Summary observations as "indicator 1@2566" → score. */
export function summaryScores(result: ReadResult): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const o of result.observations) {
    const t = o.target;
    const name =
      t.kind === "indicator"
        ? `indicator ${t.indicator}`
        : t.kind === "subIndicator"
          ? `sub ${t.id}`
          : t.kind === "tool"
            ? t.tool
            : t.kind === "overall"
              ? "overall"
              : undefined;
    if (name) out[`${name}${o.year !== undefined ? `@${o.year}` : ""}`] = o.score;
  }
  return out;
}

export const errors = (r: ReadResult) => r.problems.filter((p) => p.severity === "error");
export const warnings = (r: ReadResult) => r.problems.filter((p) => p.severity === "warning");
