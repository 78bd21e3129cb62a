import type { Catalog, CatalogItem, Framework, IndicatorNumber, IssueNumber, LibraryMeasure, SubIndicatorId, Tool } from "./types";
import { BoundedCache } from "./bounded-cache";
import { BUILTIN_CATALOG } from "./catalog/builtin";
import { findItem, indicatorName, issueInfo, latestFramework, nearestFramework } from "./catalog/find";
import { normalizeCode } from "./text/code";
import { builtinLibrary, measuresForCode, mergeLibraries } from "./measures/library";

// Everything the catalog and the measures library say about one code, for one framework year:
// the single place the ITA.* formulas and `ita lookup` read from. Pure and memoized.

export type LookupErrorKind =
  /** No code given. */
  | "noCode"
  /** The text is not a code in any spelling parseCode understands. */
  | "notACode"
  /** A valid spelling, but the framework of that year has no such item. */
  | "notInFramework"
  /** Not a BE year the catalog has a framework for. */
  | "badYear";

/** A lookup that cannot be answered: a Thai message saying what to give instead, an English gist. */
export class LookupError extends Error {
  constructor(
    readonly kind: LookupErrorKind,
    message: string,
    readonly en: string,
  ) {
    super(message);
    this.name = "LookupError";
  }
}

export interface LookupMeasure {
  id: string;
  measure: string;
  steps: string[];
  responsible: string;
  timing: string;
  evidence: string[];
  /** "workbook" when the measure comes from the workbook's library sheet. */
  source: "builtin" | "workbook";
}

/** What `ita lookup` prints and the ITA.* formulas return pieces of. Shared and cached: do not mutate. */
export interface CodeLookup {
  code: string;
  /** The BE year asked for; null when none was given (latest framework). */
  year: number | null;
  /** Framework id ("2566", "2567", "2568"). */
  framework: string;
  tool: Tool;
  /** First issue in catalog order (the one ITA.ISSUE gives by default). */
  issue: { number: IssueNumber; title: string };
  /** Every issue the item belongs to, in catalog order. */
  issues: { number: IssueNumber; title: string }[];
  /** Question text or OIT item title; null when the text is not yet known. */
  question: string | null;
  /** Part of a list not yet confirmed for this framework (2567+ OIT). */
  provisional: boolean;
  indicator: { number: IndicatorNumber; name: string };
  /** OIT items only. */
  subIndicator: { id: SubIndicatorId; name: string } | null;
  /** The first measure the library in force proposes for the item; null when it has none. */
  measure: LookupMeasure | null;
}

/** Thai label of a code's framework year, for messages. */
const fwLabel = (fw: Framework): string => `กรอบการประเมินปี ${fw.id}`;

/** Years that can be given: those the catalog lists, and any later year (assessed with the latest framework). */
function yearRange(catalog: Catalog): { min: number; max: number } {
  const years = catalog.frameworks.flatMap((f) => f.years);
  return { min: Math.min(...years), max: Math.max(...years) };
}

// A BE year far past the latest framework is a typo (25667), not a future assessment.
const FUTURE_SLACK = 10;

/**
 * The framework of a BE results year; the latest framework when year is undefined.
 * Throws LookupError("badYear") for a year the catalog has no framework for.
 */
export function resolveFramework(year: number | undefined, catalog: Catalog = BUILTIN_CATALOG): Framework {
  if (year === undefined) return latestFramework(catalog);
  const { min, max } = yearRange(catalog);
  if (!Number.isInteger(year))
    throw new LookupError("badYear", `ปี ${year} ไม่ใช่ปี พ.ศ.: ใส่ปี พ.ศ. เป็นจำนวนเต็ม เช่น 2567`, "a BE year is a whole number, e.g. 2567");
  if (year >= 1900 && year <= 2200)
    throw new LookupError("badYear", `ปี ${year} ดูเป็นปี ค.ศ.: ใส่ปี พ.ศ. แทน เช่น ${year + 543}`, "use the Buddhist Era year");
  // Years before the first framework are not ITA results; later ones are assessed with the nearest (latest) framework.
  const fw = year >= min && year <= max + FUTURE_SLACK ? nearestFramework(catalog, year)?.framework : undefined;
  if (!fw) throw new LookupError("badYear", `ไม่มีกรอบการประเมิน ITA สำหรับปี ${year}: ใส่ปี พ.ศ. ${min}–${max}`, `no ITA framework for ${year}`);
  return fw;
}

/**
 * The canonical code of any spelling (`"ข้อ i๑๐"` → i10, `"๐๑๘"` → o18), when some framework of the
 * catalog has it.
 * Throws LookupError: noCode (blank) or notACode.
 */
export function canonicalCode(code: unknown, catalog: Catalog = BUILTIN_CATALOG): string {
  if (code === null || code === undefined || (typeof code === "string" && code.trim() === ""))
    throw new LookupError("noCode", "ไม่ได้ระบุรหัสข้อ: ใส่รหัสข้อ เช่น i1, e13 หรือ o9", "no code given");
  const canonical = normalizeCode(code);
  // A spelling of a code no framework of the catalog has (i31) is no ITA code.
  if (!canonical || !catalog.frameworks.some((f) => findItem(f, canonical)))
    throw new LookupError("notACode", `“${String(code).trim()}” ไม่ใช่รหัสข้อ ITA: ใส่รหัสข้อ เช่น i1, e13 หรือ o9`, "not an ITA code");
  return canonical;
}

/**
 * The catalog item of a code in any spelling (`"ข้อ e13"`, `"๐๑๘"`) in a framework.
 * Throws LookupError: noCode, notACode, or notInFramework (naming the frameworks that have it).
 */
export function findCode(code: unknown, framework: Framework, catalog: Catalog = BUILTIN_CATALOG): CatalogItem {
  const canonical = canonicalCode(code, catalog);
  const item = findItem(framework, canonical);
  if (item) return item;
  const others = catalog.frameworks.filter((f) => f !== framework && findItem(f, canonical)).map((f) => f.id);
  const hint = others.length ? ` (ข้อนี้มีในกรอบปี ${others.join(", ")})` : "";
  throw new LookupError(
    "notInFramework",
    `ไม่มีข้อ ${canonical} ใน${fwLabel(framework)}${hint}: ตรวจรหัสข้อหรือปีที่ประเมิน`,
    `${canonical} is not in the ${framework.id} framework`,
  );
}

/** The measures library in force for a framework; the first `workbookCount` entries come from the workbook. */
export interface LibraryInForce {
  measures: LibraryMeasure[];
  workbookCount: number;
}

const builtinLibraries = new Map<string, LibraryInForce>();
const mergedLibraries = new WeakMap<LibraryMeasure[], Map<string, LibraryInForce>>();

/**
 * The library in force for a framework: the built-in one, or the workbook's rows for that framework
 * merged over it the way the analysis does (mergeLibraries: workbook rows first). Memoized per workbook array.
 */
export function libraryInForce(framework: Framework, workbook?: LibraryMeasure[]): LibraryInForce {
  let builtin = builtinLibraries.get(framework.id);
  if (!builtin) {
    builtin = {
      measures: builtinLibrary(
        framework.id,
        framework.items.map((i) => i.code),
      ),
      workbookCount: 0,
    };
    builtinLibraries.set(framework.id, builtin);
  }
  if (!workbook) return builtin;
  let perFramework = mergedLibraries.get(workbook);
  if (!perFramework) {
    perFramework = new Map();
    mergedLibraries.set(workbook, perFramework);
  }
  let merged = perFramework.get(framework.id);
  if (!merged) {
    const rows = workbook.filter((m) => m.frameworkId === framework.id);
    merged = rows.length ? { measures: mergeLibraries(builtin.measures, rows), workbookCount: rows.length } : builtin;
    perFramework.set(framework.id, merged);
  }
  return merged;
}

function buildLookup(
  item: CatalogItem,
  framework: Framework,
  year: number | undefined,
  catalog: Catalog,
  library: LibraryInForce,
): CodeLookup {
  const issues = item.issues.map((n) => ({ number: n, title: issueInfo(catalog, n).title }));
  const sub = item.subIndicator ? framework.subIndicators.find((s) => s.id === item.subIndicator) : undefined;
  const m = measuresForCode(library.measures, item.code)[0];
  const fromWorkbook = m !== undefined && library.measures.indexOf(m) < library.workbookCount;
  return {
    code: item.code,
    year: year ?? null,
    framework: framework.id,
    tool: item.tool,
    issue: issues[0],
    issues,
    question: item.textKnown ? item.text : null,
    provisional: item.provisional === true,
    indicator: { number: item.indicator, name: indicatorName(framework, item.indicator) },
    subIndicator: item.subIndicator ? { id: item.subIndicator, name: sub?.name ?? "" } : null,
    measure: m
      ? {
          id: m.id,
          measure: m.measure,
          steps: [...m.steps],
          responsible: m.responsible,
          timing: m.timing,
          evidence: [...m.evidence],
          source: fromWorkbook ? "workbook" : "builtin",
        }
      : null,
  };
}

// catalog → library (or the catalog itself for "no workbook library") → "framework|year|code" → lookup
const cache = new WeakMap<Catalog, WeakMap<object, BoundedCache<string, CodeLookup>>>();
const MAX_CACHED = 20_000;

/**
 * Like lookupCode, in a framework chosen by the caller (a workbook may set the framework apart from
 * the year). `year` is only reported back.
 */
export function lookupInFramework(
  code: unknown,
  framework: Framework,
  year: number | undefined,
  catalog: Catalog = BUILTIN_CATALOG,
  library?: LibraryMeasure[],
): CodeLookup {
  let byLibrary = cache.get(catalog);
  if (!byLibrary) {
    byLibrary = new WeakMap();
    cache.set(catalog, byLibrary);
  }
  const libKey: object = library ?? catalog;
  let results = byLibrary.get(libKey);
  if (!results) {
    results = new BoundedCache(MAX_CACHED);
    byLibrary.set(libKey, results);
  }
  const key = `${framework.id}|${year ?? ""}|${typeof code}|${String(code)}`;
  // A code that is not found throws from inside: errors are not kept.
  return results.getOrAdd(key, () =>
    buildLookup(findCode(code, framework, catalog), framework, year, catalog, libraryInForce(framework, library)),
  );
}

/**
 * Everything known about a code (any spelling) in the framework of a BE year (latest when undefined),
 * with the measure of the library in force (the workbook's rows first when given).
 * Throws LookupError with a Thai message for an unknown code or year.
 */
export function lookupCode(code: unknown, year?: number, catalog: Catalog = BUILTIN_CATALOG, library?: LibraryMeasure[]): CodeLookup {
  return lookupInFramework(code, resolveFramework(year, catalog), year, catalog, library);
}
