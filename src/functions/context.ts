import { BUILTIN_CATALOG, type Catalog, type ClassificationOptions, type LibraryMeasure, type Settings } from "../core";

// What the ITA.* formulas know about the workbook they run in: a small in-memory module that the
// task pane sets (custom functions never call the Excel API). Every setter bumps `version`, which
// empties the formulas' memo; the pane should then ask Excel to recalculate (functions are not
// volatile, so cells with a blank year keep their old value until they are recalculated).

export interface FunctionsContext {
  /** BE results year configured in the workbook; a blank `year` argument means this year. */
  year?: number;
  /** Framework chosen in the workbook ("2566", "2567", "2568"), when set apart from the year. */
  frameworkId?: string;
  /** The built-in catalog, or the one completed by the workbook's catalog sheet. */
  catalog: Catalog;
  /** Measures read from the workbook's library sheet (any framework: rows are matched by frameworkId). */
  library?: LibraryMeasure[];
  /** Thresholds configured in the workbook (ITA.STATUS uses the same rule as the analysis). */
  classification?: Partial<ClassificationOptions>;
}

// Kept on globalThis under a registered symbol: if the pane and the functions end up as two webpack
// entries with separate module instances on the shared-runtime page, they still share one context.
interface Shared {
  state: FunctionsContext;
  version: number;
  listeners: Set<() => void>;
}
const KEY = Symbol.for("ita-measures.functions.context");
const holder = globalThis as unknown as Record<symbol, Shared | undefined>;
const shared: Shared = (holder[KEY] ??= { state: { catalog: BUILTIN_CATALOG }, version: 0, listeners: new Set() });

function changed(): void {
  shared.version++;
  for (const listener of shared.listeners) listener();
}

function update(patch: Partial<FunctionsContext>): void {
  shared.state = { ...shared.state, ...patch };
  changed();
}

/** The current context (read-only). */
export function getContext(): Readonly<FunctionsContext> {
  return shared.state;
}

/** Increases on every change; caches keyed on it never serve stale answers. */
export function contextVersion(): number {
  return shared.version;
}

/** Called after every change (the formulas' memo listens; the pane may too). Returns an unsubscribe. */
export function onContextChange(listener: () => void): () => void {
  shared.listeners.add(listener);
  return () => shared.listeners.delete(listener);
}

/** The workbook's configured BE year, or undefined for "latest framework". */
export function setConfiguredYear(year: number | undefined): void {
  if (year !== undefined && !Number.isInteger(year)) throw new Error(`configured year must be a whole BE year, got ${year}`);
  update({ year });
}

/** The workbook's library sheet, as read by readLibrarySheet (undefined: built-in library only). */
export function setWorkbookLibrary(measures: LibraryMeasure[] | undefined): void {
  update({ library: measures });
}

/** The catalog completed by the workbook's catalog sheet (undefined: built-in catalog). */
export function setWorkbookCatalog(catalog: Catalog | undefined): void {
  update({ catalog: catalog ?? BUILTIN_CATALOG });
}

/** Thresholds configured in the workbook (undefined: the defaults). */
export function setClassification(options: Partial<ClassificationOptions> | undefined): void {
  update({ classification: options });
}

/** Sets several fields at once (one recalculation instead of several). */
export function setContext(patch: Partial<FunctionsContext>): void {
  if (patch.year !== undefined && !Number.isInteger(patch.year))
    throw new Error(`configured year must be a whole BE year, got ${patch.year}`);
  update({ ...patch, catalog: patch.catalog ?? shared.state.catalog });
}

/**
 * Takes what the formulas need from the workbook's settings (src/core/settings): results year,
 * framework, classification thresholds. Catalog and library are left as they are.
 */
export function applySettings(settings: Pick<Settings, "year" | "frameworkId" | "classification">): void {
  setContext({
    year: settings.year,
    frameworkId: settings.frameworkId || undefined,
    classification: settings.classification,
  });
}

/** Back to the defaults: no configured year, built-in catalog and library. */
export function resetContext(): void {
  shared.state = { catalog: BUILTIN_CATALOG };
  changed();
}
