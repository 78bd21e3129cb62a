import { BoundedCache } from "../core";
import { onContextChange } from "./context";
import { toFunctionError } from "./errors";

// Memo of the scalar ITA.* formulas: Excel calls them once per cell, with the same few hundred
// argument combinations over and over. Answers and errors are both kept; the memo empties whenever
// the task pane changes the context (year, catalog, library, thresholds), and when it grows too big.
// Keys are the arguments as typed text (SameValueZero, as a Map of the raw values would compare).

type Outcome = { ok: true; value: unknown } | { ok: false; error: CustomFunctions.Error };

const MAX_ENTRIES = 50_000;
const memo = new BoundedCache<string, Outcome>(MAX_ENTRIES);
onContextChange(() => clearMemo());

const primitive = (v: unknown): boolean => v === null || (typeof v !== "object" && typeof v !== "function");

/** One argument in a key: its type, and strings with their length, so no two argument lists share a key. */
const part = (v: unknown): string => (typeof v === "string" ? `s${v.length}:${v}` : `${typeof v}:${String(v)}`);

function run<T>(compute: () => T): Outcome {
  try {
    return { ok: true, value: compute() };
  } catch (e) {
    return { ok: false, error: toFunctionError(e) };
  }
}

function settle<T>(outcome: Outcome): T {
  if (outcome.ok) return outcome.value as T;
  throw outcome.error;
}

/**
 * Runs `compute` once per (name, a, b, c), mapping whatever it throws to a CustomFunctions.Error
 * (#N/A or #VALUE! with a Thai message) that is thrown again on every later call. Arguments that are
 * not primitive values (arrays) are never memoized.
 */
export function memoized<T>(name: string, a: unknown, b: unknown, c: unknown, compute: () => T): T {
  if (!primitive(a) || !primitive(b) || !primitive(c)) return settle(run(compute));
  return settle(memo.getOrAdd(`${name}|${part(a)}|${part(b)}|${part(c)}`, () => run(compute)));
}

/** Runs `compute`, mapping whatever it throws to a CustomFunctions.Error (for the range formulas). */
export function guarded<T>(compute: () => T): T {
  try {
    return compute();
  } catch (e) {
    throw toFunctionError(e);
  }
}

/** Number of memoized answers (tests). */
export function memoSize(): number {
  return memo.size;
}

/** Empties the memo (tests and benchmarks). */
export function clearMemo(): void {
  memo.clear();
}
