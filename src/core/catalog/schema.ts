import type { Catalog } from "../types";
import { ISSUE_NUMBERS, TOOLS, toolOfCode } from "../vocabulary";

/** Checks the catalog data against the shape the engine relies on; throws naming the first bad entry. */
export function validateCatalog(catalog: Catalog): Catalog {
  const issueNumbers = new Set(catalog.issues.map((i) => i.number));
  if (issueNumbers.size !== ISSUE_NUMBERS.length || ISSUE_NUMBERS.some((n) => !issueNumbers.has(n)))
    throw new Error("catalog: expected the 7 issues");
  for (const fw of catalog.frameworks) {
    const where = `catalog ${fw.id}`;
    if (!/^\d{4}$/.test(fw.id)) throw new Error(`${where}: id must be a BE year`);
    if (fw.indicators.length !== 10) throw new Error(`${where}: expected 10 indicators`);
    const close = fw.oitClose;
    if (
      close &&
      !(
        Number.isInteger(close.month) &&
        close.month >= 1 &&
        close.month <= 12 &&
        Number.isInteger(close.day) &&
        close.day >= 1 &&
        close.day <= 31
      )
    )
      throw new Error(`${where}: oitClose must be a day 1–31 and a month 1–12`);
    for (const ind of fw.indicators)
      if (ind.issue !== undefined && !issueNumbers.has(ind.issue))
        throw new Error(`${where} indicator ${ind.number}: issue must be one of the 7`);
    const subs = new Set(fw.subIndicators.map((s) => s.id));
    const seen = new Set<string>();
    for (const item of fw.items) {
      const at = `${where} ${item.code}`;
      if (!/^[ieo][1-9]\d?$/.test(item.code)) throw new Error(`${at}: bad code`);
      if (seen.has(item.code)) throw new Error(`${at}: duplicate code`);
      seen.add(item.code);
      if (!TOOLS.includes(item.tool)) throw new Error(`${at}: bad tool`);
      if (toolOfCode(item.code) !== item.tool) throw new Error(`${at}: code and tool disagree`);
      const ind = fw.indicators.find((i) => i.number === item.indicator);
      if (!ind || ind.tool !== item.tool) throw new Error(`${at}: indicator ${item.indicator} is not an ${item.tool} indicator`);
      if (item.tool === "OIT" && (!item.subIndicator || !subs.has(item.subIndicator)))
        throw new Error(`${at}: OIT item needs a known sub-indicator`);
      if (item.issues.length === 0 || item.issues.some((n) => !issueNumbers.has(n)))
        throw new Error(`${at}: needs at least one of the 7 issues`);
      if (item.textKnown !== (item.text.trim() !== "")) throw new Error(`${at}: textKnown disagrees with text`);
    }
  }
  return catalog;
}
