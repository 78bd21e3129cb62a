// One worksheet part read in a single pass: the raw values the engine reads (sparse: a row or cell
// that holds nothing is absent, so one stray cell at XFD1048576 costs one entry, not a grid), the
// merged ranges, and, when the output workbook needs it, the sheet's copy as values (formulas
// dropped, their cached results kept, styles kept by index). The XML is decoded in chunks cut
// after a row's end tag, so a large sheet is never one huge string, and the filled-cell limit
// stops the pass as soon as it is crossed.
import { type CellValue, cellA1 } from "../core";
import { MAIN_NAMESPACES, NS_MAIN, NS_REL, REL_NAMESPACES } from "./opc";
import { attribute, attributes, decodeText, elements, escapeAttr, runText, startTag, tagEnd } from "./xml";

/** What the output keeps of an input sheet: XML pieces, in the input's (schema) order. */
export interface SheetCopy {
  /** Namespace declarations for the copy's root element. */
  rootAttrs: string;
  /** Elements before <sheetData> (sheetPr, dimension, sheetViews, sheetFormatPr, cols). */
  before: string[];
  /** The rows, as values. */
  rows: string[];
  /** Elements after it (mergeCells, printOptions, pageMargins, pageSetup, headerFooter, breaks). */
  after: string[];
}

export interface ScannedSheet {
  /** values[r][c] from A1; sparse. */
  values: CellValue[][];
  merges: string[];
  /** Cells that hold a value. */
  filled: number;
  copy?: SheetCopy;
}

export interface ScanOptions {
  sharedStrings: readonly string[];
  date1904: boolean;
  keepCopy: boolean;
  /** Called with the running count of filled cells every time a row ends; throws to stop the pass. */
  onFilled?: (filled: number) => void;
  /** Bytes decoded at a time (tests make it small to cut between every row). */
  chunkBytes?: number;
}

const COPY_BEFORE = new Set(["sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols"]);
const COPY_AFTER = new Set(["mergeCells", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks"]);
const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

const localOf = (qname: string) => {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
};

/** "AB12" → [11, 27] (0-based row, column), or undefined. */
export function parseRef(ref: string): [number, number] | undefined {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i) | 0x20; // lower case
    if (ch < 97 || ch > 122) break;
    col = col * 26 + (ch - 96);
  }
  if (i === 0 || i > 3) return undefined;
  let row = 0;
  for (let j = i; j < ref.length; j++) {
    const d = ref.charCodeAt(j) - 48;
    if (d < 0 || d > 9) return undefined;
    row = row * 10 + d;
  }
  return row > 0 ? [row - 1, col - 1] : undefined;
}

/** The copy's root: the main and relationships namespaces (transitional), plus the input's others (x14ac…). */
export function copyRootAttrs(raw: string): string {
  const out = [`xmlns="${NS_MAIN}"`, `xmlns:r="${NS_REL}"`];
  for (const [name, value] of Object.entries(attributes(raw))) {
    if (name === "xmlns" || name === "xmlns:r") continue;
    if (name.startsWith("xmlns:")) {
      const uri = MAIN_NAMESPACES.has(value) ? NS_MAIN : REL_NAMESPACES.has(value) ? NS_REL : value;
      out.push(`${name}="${escapeAttr(uri)}"`);
    } else if (name === "mc:Ignorable") out.push(`${name}="${escapeAttr(value)}"`);
  }
  return out.join(" ");
}

/** The offset just after the last row end tag ("</row>", any prefix) at or before `limit`, or -1. */
function lastRowEnd(bytes: Uint8Array, from: number, limit: number): number {
  for (let i = limit; i > from + 5; i--) {
    if (bytes[i] !== 0x3e || bytes[i - 1] !== 0x77 || bytes[i - 2] !== 0x6f || bytes[i - 3] !== 0x72) continue;
    let k = i - 4;
    if (bytes[k] === 0x3a) {
      k--;
      while (k > from && bytes[k] !== 0x2f && bytes[k] !== 0x3c && bytes[k] !== 0x3e && bytes[k] !== 0x20) k--;
    }
    if (bytes[k] === 0x2f && bytes[k - 1] === 0x3c) return i + 1;
  }
  return -1;
}

function nextCut(bytes: Uint8Array, from: number, chunk: number): number {
  if (bytes.length - from <= chunk) return bytes.length;
  for (let limit = from + chunk; limit < bytes.length; limit += chunk) {
    const cut = lastRowEnd(bytes, from, Math.min(limit, bytes.length - 1));
    if (cut > from) return cut;
  }
  return bytes.length;
}

function dateSerial(iso: string, date1904: boolean): number | null {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) ? iso : `${iso}${iso.includes("T") ? "" : "T00:00:00"}Z`);
  return Number.isNaN(ms) ? null : (ms - (date1904 ? EPOCH_1904 : EPOCH_1900)) / DAY_MS;
}

/** The text between <p:name ...> and </p:name> inside [from, to), raw; undefined when absent. */
function childRaw(
  xml: string,
  prefix: string,
  name: string,
  from: number,
  to: number,
): { start: number; inner: string; end: number } | undefined {
  const open = `<${prefix}${name}`;
  let i = xml.indexOf(open, from);
  while (i >= 0 && i < to) {
    const after = xml.charCodeAt(i + open.length);
    if (after === 62 || after === 32 || after === 47 || after === 9 || after === 10 || after === 13) {
      const gt = tagEnd(xml, i);
      if (xml.charCodeAt(gt - 1) === 47) return { start: i, inner: "", end: gt + 1 };
      const close = xml.indexOf(`</${prefix}${name}>`, gt);
      if (close < 0 || close > to) return undefined;
      return { start: i, inner: xml.slice(gt + 1, close), end: close + prefix.length + name.length + 3 };
    }
    i = xml.indexOf(open, i + open.length);
  }
  return undefined;
}

/**
 * The copy's views: the first window's only, pointing at the output's one workbook view, and not
 * selected (the output opens on the summary; two selected tabs would group the sheets in Excel).
 */
function oneView(raw: string): string {
  const views = Array.from(elements(raw, "sheetView"));
  const first = views[0];
  if (!first) return raw;
  const view = raw
    .slice(first.start, first.end)
    .replace(/\s+tabSelected\s*=\s*("[^"]*"|'[^']*')/, "")
    .replace(/(\sworkbookViewId\s*=\s*)("[^"]*"|'[^']*')/, '$1"0"');
  const last = views[views.length - 1];
  return raw.slice(0, first.start) + view + raw.slice(last.end);
}

/** Reads one worksheet part (already inflated). */
export function scanSheet(bytes: Uint8Array, options: ScanOptions): ScannedSheet {
  const { sharedStrings, date1904, keepCopy, onFilled } = options;
  const chunk = options.chunkBytes ?? 4 * 1024 * 1024;
  const decoder = new TextDecoder("utf-8");
  const values: CellValue[][] = [];
  const merges: string[] = [];
  const copy: SheetCopy | undefined = keepCopy ? { rootAttrs: copyRootAttrs(""), before: [], rows: [], after: [] } : undefined;
  let filled = 0;
  let inSheetData = false;
  let row = -1;
  let col = -1;
  let seenSheetData = false;

  let start = 0;
  // A UTF-8 byte-order mark, if any.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  while (start < bytes.length) {
    const cut = nextCut(bytes, start, chunk);
    const xml = decoder.decode(bytes.subarray(start, cut));
    start = cut;
    const out: string[] | undefined = copy ? [] : undefined;
    let pos = 0;
    for (;;) {
      const lt = xml.indexOf("<", pos);
      if (lt < 0) break;
      const c1 = xml.charCodeAt(lt + 1);
      if (c1 === 47) {
        // An end tag.
        const gt = xml.indexOf(">", lt);
        const local = localOf(xml.slice(lt + 2, gt).trim());
        if (local === "row") {
          out?.push("</row>");
          onFilled?.(filled);
        } else if (local === "sheetData") inSheetData = false;
        pos = gt + 1;
        continue;
      }
      if (c1 === 63 || c1 === 33) {
        // <?xml …?>, <!-- … -->
        const end = c1 === 33 && xml.startsWith("<!--", lt) ? xml.indexOf("-->", lt) + 3 : xml.indexOf(">", lt) + 1;
        pos = end > 0 ? end : xml.length;
        continue;
      }
      const tag = startTag(xml, lt);
      if (!tag) break;
      const local = localOf(tag.qname);
      if (!inSheetData) {
        if (local === "worksheet") {
          if (copy) copy.rootAttrs = copyRootAttrs(tag.attrs);
          pos = tag.end;
          continue;
        }
        if (local === "sheetData") {
          seenSheetData = true;
          inSheetData = !tag.selfClosing;
          pos = tag.end;
          continue;
        }
        let end = tag.end;
        if (!tag.selfClosing) {
          const close = xml.indexOf(`</${tag.qname}>`, tag.end);
          end = close < 0 ? xml.length : close + tag.qname.length + 3;
        }
        if (local === "mergeCells") {
          const inner = xml.slice(tag.end, end);
          for (let i = inner.indexOf("<"); i >= 0; i = inner.indexOf("<", i + 1)) {
            const t = startTag(inner, i);
            if (t && localOf(t.qname) === "mergeCell") {
              const ref = attribute(t.attrs, "ref");
              if (ref) merges.push(ref);
            }
          }
        }
        if (copy && (seenSheetData ? COPY_AFTER : COPY_BEFORE).has(local)) {
          let raw = xml.slice(lt, end);
          if (local === "sheetViews") raw = oneView(raw);
          if (local === "pageSetup") raw = raw.replace(/\s+[\w.-]+:id\s*=\s*("[^"]*"|'[^']*')/g, "");
          (seenSheetData ? copy.after : copy.before).push(raw);
        }
        pos = end;
        continue;
      }
      // Inside <sheetData>: rows and cells.
      if (local === "row") {
        const r = attribute(tag.attrs, "r");
        row = r !== undefined && /^\d+$/.test(r) ? Number(r) - 1 : row + 1;
        col = -1;
        if (out) {
          const attrs = r !== undefined ? tag.attrs : ` r="${row + 1}"${tag.attrs}`;
          out.push(tag.selfClosing ? `<row${attrs}/>` : `<row${attrs}>`);
        }
        if (tag.selfClosing) onFilled?.(filled);
        pos = tag.end;
        continue;
      }
      if (local !== "c") {
        pos = tag.end;
        continue;
      }
      const ref = attribute(tag.attrs, "r");
      const at = ref ? parseRef(ref) : undefined;
      if (at) [row, col] = at;
      else col++;
      const type = attribute(tag.attrs, "t") ?? "n";
      const style = attribute(tag.attrs, "s");
      const prefix = tag.qname.slice(0, tag.qname.length - 1);
      let end = tag.end;
      let v: { start: number; inner: string; end: number } | undefined;
      let inline: { start: number; inner: string; end: number } | undefined;
      if (!tag.selfClosing) {
        const close = xml.indexOf(`</${tag.qname}>`, tag.end);
        const innerEnd = close < 0 ? xml.length : close;
        end = close < 0 ? xml.length : close + tag.qname.length + 3;
        if (type === "inlineStr") inline = childRaw(xml, prefix, "is", tag.end, innerEnd);
        else v = childRaw(xml, prefix, "v", tag.end, innerEnd);
      }
      let value: CellValue = null;
      if (inline) value = runText(inline.inner, 0, inline.inner.length);
      else if (v) {
        const text = v.inner;
        switch (type) {
          case "s": {
            const s = sharedStrings[Number(text)];
            value = s === undefined ? null : s;
            break;
          }
          case "str":
            value = decodeText(text);
            break;
          case "b":
            value = text.trim() === "1" || text.trim() === "true";
            break;
          case "e":
            // An error value or result is its text ("#DIV/0!"), as Office.js gives it: the core names the cell.
            value = decodeText(text).trim() || null;
            break;
          case "d":
            value = dateSerial(text.trim(), date1904);
            break;
          default: {
            const n = Number(text);
            value = text.trim() !== "" && Number.isFinite(n) ? n : null;
          }
        }
      }
      if (value !== null && value !== "" && row >= 0 && col >= 0) {
        (values[row] ??= [])[col] = value;
        filled++;
      }
      if (out && row >= 0 && col >= 0) {
        const cellRef = cellA1(row, col);
        const s = style !== undefined ? ` s="${style}"` : "";
        if (inline) out.push(`<c r="${cellRef}"${s} t="inlineStr">${xml.slice(inline.start, inline.end)}</c>`);
        else if (v && type === "str") out.push(`<c r="${cellRef}"${s} t="inlineStr"><is><t xml:space="preserve">${v.inner}</t></is></c>`);
        else if (v) out.push(`<c r="${cellRef}"${s}${type === "n" ? "" : ` t="${type}"`}><v>${v.inner}</v></c>`);
        else if (style !== undefined) out.push(`<c r="${cellRef}"${s}/>`);
      }
      pos = end;
    }
    if (copy && out && out.length) copy.rows.push(out.join(""));
  }
  return { values, merges, filled, ...(copy ? { copy } : {}) };
}
