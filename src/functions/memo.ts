import { onContextChange } from "./context";
import { toFunctionError } from "./errors";

// Memo of the scalar ITA.* formulas: Excel calls them once per cell, with the same few hundred
// argument combinations over and over. Answers and errors are both kept; the memo empties whenever
// the task pane changes the context (year, catalog, library, thresholds), and when it grows too big.

type Outcome = { ok: true; value: unknown } | { ok: false; error: CustomFunctions.Error };
type Level<T> = Map<unknown, T>;

const MAX_ENTRIES = 50_000;
// name → a → b → c → outcome; keys are the raw argument values (SameValueZero), so no key strings
// are built on the hot path.
const memo = new Map<string, Level<Level<Level<Outcome>>>>();
let entries = 0;
onContextChange(() => clearMemo());

const primitive = (v: unknown): boolean => v === null || (typeof v !== "object" && typeof v !== "function");

function level<T>(parent: Map<unknown, T>, key: unknown, make: () => T): T {
  let child = parent.get(key);
  if (child === undefined) {
    child = make();
    parent.set(key, child);
  }
  return child;
}

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
  const slot = () => level(level(level(memo, name, () => new Map()), a, () => new Map()), b, () => new Map());
  let byC = slot();
  let outcome = byC.get(c);
  if (outcome === undefined) {
    outcome = run(compute);
    if (entries >= MAX_ENTRIES) {
      clearMemo();
      byC = slot();
    }
    byC.set(c, outcome);
    entries++;
  }
  return settle(outcome);
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
  return entries;
}

/** Empties the memo (tests and benchmarks). */
export function clearMemo(): void {
  memo.clear();
  entries = 0;
}
