// One staff cell carried into a sheet we write again (core/keep's Override) as worksheet XML: a
// formula stays a formula (Excel computes it on opening: the workbook asks for a full
// calculation), a value keeps its type, a cleared cell stays blank.
import { type Override, cellA1 } from "../core";
import type { SharedStrings } from "./strings";
import { escapeText } from "./xml";

export function staffCellXml(o: Override, style: number, strings: SharedStrings): string {
  const ref = `r="${cellA1(o.row, o.col)}" s="${style}"`;
  const c = o.content;
  if (c === null || c === "") return `<c ${ref}/>`;
  if (typeof c === "object") return `<c ${ref}><f>${escapeText(c.formula.replace(/^=/, ""))}</f></c>`;
  if (typeof c === "number") return Number.isFinite(c) ? `<c ${ref}><v>${c}</v></c>` : `<c ${ref}/>`;
  if (typeof c === "boolean") return `<c ${ref} t="b"><v>${c ? 1 : 0}</v></c>`;
  return `<c ${ref} t="s"><v>${strings.of(c)}</v></c>`;
}

/** Whether any carried cell is a formula (the workbook then asks Excel to calculate on opening). */
export const hasFormula = (overrides: readonly Override[]): boolean =>
  overrides.some((o) => o.content !== null && typeof o.content === "object");
