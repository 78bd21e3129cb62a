import type { Catalog, CatalogItem, Framework, IssueInfo, IssueNumber } from "../types";
import { toolOfCode } from "../vocabulary";

/** The framework a BE results year was assessed with, when the catalog has that year. */
export function frameworkForYear(catalog: Catalog, year: number): Framework | undefined {
  return catalog.frameworks.find((f) => f.years.includes(year));
}

/**
 * The framework of a results year, else the one whose years are nearest (the later one on a tie):
 * `exact` says which. Undefined only for an empty catalog.
 */
export function nearestFramework(catalog: Catalog, year: number): { framework: Framework; exact: boolean } | undefined {
  const exact = frameworkForYear(catalog, year);
  if (exact) return { framework: exact, exact: true };
  let best: { framework: Framework; distance: number } | undefined;
  for (const f of catalog.frameworks) {
    for (const y of f.years) {
      const distance = Math.abs(year - y);
      if (!best || distance < best.distance || (distance === best.distance && Number(f.id) > Number(best.framework.id)))
        best = { framework: f, distance };
    }
  }
  return best && { framework: best.framework, exact: false };
}

/**
 * Frameworks whose IIT and EIT lists hold every IIT/EIT code given (i20 is only in the 30-question
 * lists). OIT codes do not count: the 2567+ OIT lists are provisional and a workbook may number past them.
 */
export function frameworksHolding(catalog: Catalog, codes: Iterable<string>): Framework[] {
  const asked = [...new Set(codes)].filter((c) => {
    const tool = toolOfCode(c);
    return tool !== undefined && tool !== "OIT";
  });
  return catalog.frameworks.filter((f) => asked.every((c) => findItem(f, c) !== undefined));
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
