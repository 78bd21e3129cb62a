import type { Catalog, CatalogItem, Framework, IssueInfo, IssueNumber } from "../types";

/** The framework a BE results year was assessed with (2563–2566 → 2566, 2567, 2568+). */
export function frameworkForYear(catalog: Catalog, year: number): Framework | undefined {
  const exact = catalog.frameworks.find((f) => f.years.includes(year));
  if (exact) return exact;
  const sorted = [...catalog.frameworks].sort((a, b) => Number(a.id) - Number(b.id));
  const latest = sorted[sorted.length - 1];
  return latest && year > Number(latest.id) ? latest : undefined;
}

export function frameworkById(catalog: Catalog, id: string): Framework | undefined {
  return catalog.frameworks.find((f) => f.id === id);
}

export function latestFramework(catalog: Catalog): Framework {
  return [...catalog.frameworks].sort((a, b) => Number(b.id) - Number(a.id))[0];
}

const indexCache = new WeakMap<Framework, Map<string, CatalogItem>>();

export function findItem(framework: Framework, code: string): CatalogItem | undefined {
  let index = indexCache.get(framework);
  if (!index) {
    index = new Map(framework.items.map((i) => [i.code, i]));
    indexCache.set(framework, index);
  }
  return index.get(code);
}

export function issueInfo(catalog: Catalog, n: IssueNumber): IssueInfo {
  const info = catalog.issues.find((i) => i.number === n);
  if (!info) throw new Error(`unknown issue ${n}`);
  return info;
}

export function indicatorName(framework: Framework, n: number): string {
  return framework.indicators.find((i) => i.number === n)?.name ?? "";
}
