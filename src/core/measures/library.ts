import type { IndicatorNumber, IssueNumber, LibraryMeasure } from "../types";
import data2566 from "./data/library-2566.json";
import data2567 from "./data/library-2567.json";

// The built-in measures library: Thai measures, steps, default responsible unit, timing and the
// OIT evidence to publish, for every item of every framework (see library-schema.ts for the rules
// the data follows). 2568 uses the same questions as 2567, so it shares the 2567 entries.

const LIB_2566 = data2566 as unknown as LibraryMeasure[];
const LIB_2567 = data2567 as unknown as LibraryMeasure[];

function copy(m: LibraryMeasure, frameworkId: string): LibraryMeasure {
  return {
    ...m,
    frameworkId,
    codes: [...m.codes],
    ...(m.indicators ? { indicators: [...m.indicators] } : {}),
    steps: [...m.steps],
    evidence: [...m.evidence],
  };
}

/**
 * The built-in library of a framework, as fresh copies: "2566" (also used for older results),
 * "2567", and "2568" or later (the 2567 entries with that frameworkId, ids unchanged).
 * With `codes` (the framework's items), codes and evidence the framework does not have are left out,
 * and a measure left answering nothing is dropped: the 2563–2565 framework has no OIT list, so no
 * measure may cite a 2566 OIT number for it. An id that is not a year gives an empty library.
 */
export function builtinLibrary(frameworkId: string, codes?: readonly string[]): LibraryMeasure[] {
  const year = Number(frameworkId);
  if (!Number.isInteger(year)) return [];
  const source = year <= 2566 ? LIB_2566 : LIB_2567;
  const all = source.map((m) => copy(m, frameworkId));
  if (!codes) return all;
  const known = new Set(codes);
  const kept: LibraryMeasure[] = [];
  for (const m of all) {
    const own = m.codes.filter((c) => known.has(c));
    if (!m.keepStandard && own.length === 0 && !m.indicators?.length) continue;
    kept.push({ ...m, codes: own, evidence: m.evidence.filter((c) => known.has(c)) });
  }
  return kept;
}

/** Measures that answer a weak indicator with no question scores (keep-the-standard entries never do). */
export function measuresForIndicator(library: LibraryMeasure[], indicator: IndicatorNumber): LibraryMeasure[] {
  return library.filter((m) => !m.keepStandard && m.indicators !== undefined && m.indicators.includes(indicator));
}

/** Measures that answer a weak item (keep-the-standard entries never do). */
export function measuresForCode(library: LibraryMeasure[], code: string): LibraryMeasure[] {
  return library.filter((m) => !m.keepStandard && m.codes.includes(code));
}

/** The measure used for an issue with no weak item. */
export function keepStandardMeasure(library: LibraryMeasure[], issue: IssueNumber): LibraryMeasure | undefined {
  return library.find((m) => m.keepStandard === true && m.issue === issue);
}

/**
 * The library in force when the workbook has a library sheet:
 * - a code (or an indicator) listed by any workbook measure is answered by workbook measures only;
 * - a workbook keep-the-standard row replaces the built-in one of its issue;
 * - built-in measures still answer the codes no workbook measure lists (their other codes are dropped).
 * Workbook rows come first, in their order. A built-in row kept beside a workbook row with the same id
 * is renamed `<id>-builtin` so that ids stay unique.
 */
export function mergeLibraries(builtin: LibraryMeasure[], workbook: LibraryMeasure[]): LibraryMeasure[] {
  const covered = new Set(workbook.filter((m) => !m.keepStandard).flatMap((m) => m.codes));
  const coveredIndicators = new Set(workbook.filter((m) => !m.keepStandard).flatMap((m) => m.indicators ?? []));
  const keepIssues = new Set(workbook.filter((m) => m.keepStandard).map((m) => m.issue));
  const ids = new Set<string>();
  const unique = (id: string): string => {
    let candidate = id;
    for (let n = 2; ids.has(candidate); n++) candidate = `${id}-${n}`;
    ids.add(candidate);
    return candidate;
  };

  const merged: LibraryMeasure[] = workbook.map((m) => ({ ...m, id: unique(m.id) }));
  const workbookIds = new Set(merged.map((m) => m.id));
  for (const m of builtin) {
    let kept: LibraryMeasure | undefined;
    if (m.keepStandard) {
      if (!keepIssues.has(m.issue)) kept = { ...m };
    } else {
      const codes = m.codes.filter((c) => !covered.has(c));
      const indicators = (m.indicators ?? []).filter((n) => !coveredIndicators.has(n));
      if (codes.length || indicators.length) kept = { ...m, codes, ...(m.indicators ? { indicators } : {}) };
    }
    if (!kept) continue;
    kept.id = unique(workbookIds.has(kept.id) ? `${kept.id}-builtin` : kept.id);
    merged.push(kept);
  }
  return merged;
}
