// What only the .xlsx parts need on top of the core's XML rules (core/text/xml.ts): <t> elements,
// sheet names inside formulas, and the plain text of rich-text runs.
import { decodeText, elements, escapeText } from "../core";

export { attribute, attributes, decodeAttr, decodeText, elements, escapeAttr, escapeText, firstElement, startTag, tagEnd } from "../core";
export type { XmlElement as Element } from "../core";

/** Text for a <t> element: xml:space="preserve" when leading or trailing spaces or line breaks must survive. */
export function textElement(text: string, tag = "t"): string {
  const preserve = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
  return `<${tag}${preserve}>${escapeText(text)}</${tag}>`;
}

/** A sheet name inside a formula the file holds: always quoted, which Excel accepts for any name. */
export function formulaSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The plain text of every <t> inside an element's content, phonetic runs (<rPh>) left out. */
export function runText(xml: string, from: number, to: number): string {
  const phonetic = Array.from(elements(xml, "rPh", from, to), (e) => [e.start, e.end]);
  let out = "";
  for (const t of elements(xml, "t", from, to))
    if (!phonetic.some(([a, b]) => t.start >= a && t.start < b)) out += decodeText(xml.slice(t.innerStart, t.innerEnd));
  return out;
}
