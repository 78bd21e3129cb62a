// The little XML the .xlsx parts need: text and attribute escaping both ways (with OOXML's _xHHHH_
// escapes for characters XML cannot hold), attributes of a start tag, and whole elements found by
// local name whatever namespace prefix a writer chose ("<x:sheetData>" as well as "<sheetData>").

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** XML character data → text: entities, then OOXML's _xHHHH_ (e.g. _x000D_ for a carriage return). */
export function decodeText(raw: string): string {
  let s =
    raw.indexOf("&") >= 0
      ? raw.replace(ENTITY, (_, hex, dec, name) => (name ? NAMED[name] : String.fromCodePoint(parseInt(hex ?? dec, hex ? 16 : 10))))
      : raw;
  if (s.indexOf("_x") >= 0) s = s.replace(OOXML_ESCAPE, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
  return s;
}

/** Attribute values decode like text, without the OOXML escapes. */
export function decodeAttr(raw: string): string {
  return raw.indexOf("&") >= 0
    ? raw.replace(ENTITY, (_, hex, dec, name) => (name ? NAMED[name] : String.fromCodePoint(parseInt(hex ?? dec, hex ? 16 : 10))))
    : raw;
}

// eslint-disable-next-line no-control-regex -- characters XML 1.0 cannot hold, written as _xHHHH_
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)/g;

// eslint-disable-next-line no-control-regex -- anything escapeText would change
const NEEDS_ESCAPE = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_x[0-9A-Fa-f]{4}_/;

/** Text → XML character data (OOXML escapes for control characters, and for a literal "_xHHHH_"). */
export function escapeText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(NOT_XML, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

// eslint-disable-next-line no-control-regex -- control characters cannot appear in an attribute at all
const ATTR_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeAttr(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;")
    .replace(ATTR_CONTROL, "");
}

/** Text for a <t> element: xml:space="preserve" when leading or trailing spaces or line breaks must survive. */
export function textElement(text: string, tag = "t"): string {
  const preserve = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
  return `<${tag}${preserve}>${escapeText(text)}</${tag}>`;
}

const ATTR = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a start tag's text (everything after the element name), decoded. */
export function attributes(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(raw); m; m = ATTR.exec(raw)) out[m[1]] = decodeAttr(m[2] ?? m[3] ?? "");
  return out;
}

/** One attribute by exact name (fast path for the hot loop), undefined when absent. */
export function attribute(raw: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const i = raw.indexOf(name, from);
    if (i < 0) return undefined;
    from = i + name.length;
    const before = i === 0 ? " " : raw[i - 1];
    if (before !== " " && before !== "\t" && before !== "\n" && before !== "\r") continue;
    let j = from;
    while (raw[j] === " ") j++;
    if (raw[j] !== "=") continue;
    j++;
    while (raw[j] === " ") j++;
    const quote = raw[j];
    if (quote !== '"' && quote !== "'") continue;
    const end = raw.indexOf(quote, j + 1);
    return decodeAttr(raw.slice(j + 1, end < 0 ? raw.length : end));
  }
}

/** A sheet name inside a formula the file holds: always quoted, which Excel accepts for any name. */
export function formulaSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export interface Element {
  /** Local name (without prefix). */
  name: string;
  /** The prefix with its colon ("x:"), or "". */
  prefix: string;
  /** The raw attribute text of the start tag. */
  attrs: string;
  /** Offsets of the whole element in the source: [start, end). */
  start: number;
  end: number;
  /** Offsets of the content between the tags (empty for a self-closing element). */
  innerStart: number;
  innerEnd: number;
}

/** The end of the start tag that opens at `lt` (its ">"), quotes respected. */
export function tagEnd(xml: string, lt: number): number {
  let quote = "";
  for (let i = lt + 1; i < xml.length; i++) {
    const ch = xml.charCodeAt(i);
    if (quote) {
      if (xml[i] === quote) quote = "";
    } else if (ch === 34 || ch === 39) quote = xml[i];
    else if (ch === 62) return i;
  }
  return -1;
}

const NAME_END = /[\s/>]/g;

/** Start tag at `lt`: its qualified name, raw attributes, end offset and whether it closes itself. */
export function startTag(xml: string, lt: number): { qname: string; attrs: string; end: number; selfClosing: boolean } | undefined {
  const gt = tagEnd(xml, lt);
  if (gt < 0) return undefined;
  NAME_END.lastIndex = lt + 1;
  const m = NAME_END.exec(xml);
  const nameEnd = m && m.index < gt ? m.index : gt;
  const qname = xml.slice(lt + 1, nameEnd);
  const selfClosing = xml.charCodeAt(gt - 1) === 47;
  return { qname, attrs: xml.slice(nameEnd, selfClosing ? gt - 1 : gt), end: gt + 1, selfClosing };
}

const localOf = (qname: string) => {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
};

/**
 * Every element named `local` (any prefix) at any depth, in document order, from `from` on. Elements
 * of one name do not nest in the parts we read, so the first matching end tag closes each.
 */
export function* elements(xml: string, local: string, from = 0, to = xml.length): Generator<Element> {
  let i = from;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0 || lt >= to) return;
    const next = xml.charCodeAt(lt + 1);
    if (next === 47 || next === 63 || next === 33) {
      i = lt + 1;
      continue;
    }
    const tag = startTag(xml, lt);
    if (!tag) return;
    if (localOf(tag.qname) !== local) {
      i = tag.end;
      continue;
    }
    const colon = tag.qname.indexOf(":");
    const prefix = colon < 0 ? "" : tag.qname.slice(0, colon + 1);
    if (tag.selfClosing) {
      yield { name: local, prefix, attrs: tag.attrs, start: lt, end: tag.end, innerStart: tag.end, innerEnd: tag.end };
      i = tag.end;
      continue;
    }
    const close = xml.indexOf(`</${tag.qname}>`, tag.end);
    const innerEnd = close < 0 ? to : close;
    const end = close < 0 ? to : close + tag.qname.length + 3;
    yield { name: local, prefix, attrs: tag.attrs, start: lt, end, innerStart: tag.end, innerEnd };
    i = end;
  }
}

/** The first element named `local`, or undefined. */
export function firstElement(xml: string, local: string, from = 0, to = xml.length): Element | undefined {
  for (const e of elements(xml, local, from, to)) return e;
  return undefined;
}

/** The plain text of every <t> inside an element's content, phonetic runs (<rPh>) left out. */
export function runText(xml: string, from: number, to: number): string {
  const phonetic = Array.from(elements(xml, "rPh", from, to), (e) => [e.start, e.end]);
  let out = "";
  for (const t of elements(xml, "t", from, to))
    if (!phonetic.some(([a, b]) => t.start >= a && t.start < b)) out += decodeText(xml.slice(t.innerStart, t.innerEnd));
  return out;
}
