// The output's styles.xml: the input's own styles kept at their indices (copied cells refer to them
// by number), with the few looks of the generated sheets appended: title, heading line, table
// header, body cells by number format, wrap and status fill.
import { BODY_FONT_SIZE, DOCUMENT_FONT, TITLE_FONT_SIZE } from "../core";
import { attributes, elements, escapeAttr, firstElement } from "./xml";

export interface CellLook {
  font?: "title" | "normal" | "header";
  /** #RRGGBB fill. */
  fill?: string;
  numFmt?: string;
  wrap?: boolean;
  vertical?: "top" | "center";
}

/** Formats Excel knows by number (ECMA-376 §18.8.30), as Excel names them (en-US). */
const BUILTIN_CODES: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "m/d/yyyy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yyyy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** The same, by format: written by id, not as custom formats. */
const BUILTIN_FORMATS: Record<string, number> = Object.fromEntries(Object.entries(BUILTIN_CODES).map(([id, code]) => [code, Number(id)]));

/**
 * The number format of each cell style (cellXfs index) of a styles.xml, other than General: what
 * the add-in reads as a cell's numberFormat, so a carried cell keeps it.
 */
export function numberFormatsOf(xml: string | undefined): (style: number) => string | undefined {
  if (!xml) return () => undefined;
  const custom = new Map<number, string>();
  const numFmts = firstElement(xml, "numFmts");
  if (numFmts)
    for (const f of elements(xml, "numFmt", numFmts.innerStart, numFmts.innerEnd)) {
      const a = attributes(f.attrs);
      if (a.numFmtId !== undefined && a.formatCode !== undefined) custom.set(Number(a.numFmtId), a.formatCode);
    }
  const xfs = firstElement(xml, "cellXfs");
  const codes: (string | undefined)[] = [];
  if (xfs)
    for (const xf of elements(xml, "xf", xfs.innerStart, xfs.innerEnd)) {
      const id = Number(attributes(xf.attrs).numFmtId ?? 0);
      const code = custom.get(id) ?? BUILTIN_CODES[id];
      codes.push(code === undefined || code === "General" ? undefined : code);
    }
  return (style) => codes[style];
}

/** The generated sheets' fonts: the Thai document font (core/render/print.ts), title, body, white bold header. */
const FONT_XML: Record<NonNullable<CellLook["font"]>, string> = {
  title: `<font><b/><sz val="${TITLE_FONT_SIZE}"/><color theme="1"/><name val="${DOCUMENT_FONT}"/><family val="2"/></font>`,
  normal: `<font><sz val="${BODY_FONT_SIZE}"/><color theme="1"/><name val="${DOCUMENT_FONT}"/><family val="2"/></font>`,
  header: `<font><b/><sz val="${BODY_FONT_SIZE}"/><color rgb="FFFFFFFF"/><name val="${DOCUMENT_FONT}"/><family val="2"/></font>`,
};
/** The workbook's default font (column widths are counted in its digits): Calibri 11, as Excel's. */
const DEFAULT_FONT_XML = '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/></font>';

const BASE_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  `<fonts count="1">${DEFAULT_FONT_XML}</fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>';

interface Section {
  name: string;
  child: string;
  existing: number;
  added: string[];
}

/** Builds styles.xml over the input's; `index(look)` gives the cellXfs index of a look. */
export class StyleSheet {
  private readonly base: string;
  /** False when the input's styles could not be extended: copied cells must then drop their style. */
  readonly inputUsable: boolean;
  private readonly sections: Record<"numFmts" | "fonts" | "fills" | "cellXfs", Section>;
  private readonly fonts = new Map<string, number>();
  private readonly fills = new Map<string, number>();
  private readonly formats = new Map<string, number>();
  private readonly looks = new Map<string, number>();
  private nextFormatId: number;

  constructor(input?: string) {
    const usable =
      input !== undefined && ["fonts", "fills", "borders", "cellStyleXfs", "cellXfs"].every((s) => firstElement(input, s) !== undefined);
    this.inputUsable = input === undefined || usable;
    this.base = usable ? input! : BASE_STYLES;
    const count = (name: string, child: string) => {
      const e = firstElement(this.base, name);
      if (!e) return 0;
      return Array.from(elements(this.base, child, e.innerStart, e.innerEnd)).length;
    };
    this.sections = {
      numFmts: { name: "numFmts", child: "numFmt", existing: count("numFmts", "numFmt"), added: [] },
      fonts: { name: "fonts", child: "font", existing: count("fonts", "font"), added: [] },
      fills: { name: "fills", child: "fill", existing: count("fills", "fill"), added: [] },
      cellXfs: { name: "cellXfs", child: "xf", existing: count("cellXfs", "xf"), added: [] },
    };
    let maxId = 163;
    const numFmts = firstElement(this.base, "numFmts");
    if (numFmts)
      for (const f of elements(this.base, "numFmt", numFmts.innerStart, numFmts.innerEnd)) {
        const id = Number(/numFmtId\s*=\s*["'](\d+)/.exec(f.attrs)?.[1]);
        if (Number.isFinite(id)) maxId = Math.max(maxId, id);
      }
    this.nextFormatId = maxId + 1;
  }

  private add(section: Section, xml: string): number {
    section.added.push(xml);
    return section.existing + section.added.length - 1;
  }

  private font(kind: NonNullable<CellLook["font"]>): number {
    let i = this.fonts.get(kind);
    if (i === undefined) this.fonts.set(kind, (i = this.add(this.sections.fonts, FONT_XML[kind])));
    return i;
  }

  private fill(hex: string): number {
    let i = this.fills.get(hex);
    if (i === undefined) {
      const rgb = `FF${hex.replace("#", "").toUpperCase()}`;
      i = this.add(
        this.sections.fills,
        `<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor indexed="64"/></patternFill></fill>`,
      );
      this.fills.set(hex, i);
    }
    return i;
  }

  private format(code: string): number {
    if (code in BUILTIN_FORMATS) return BUILTIN_FORMATS[code];
    let id = this.formats.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.sections.numFmts.added.push(`<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
      this.formats.set(code, id);
    }
    return id;
  }

  /** The cellXfs index of a look (one entry per distinct look). */
  index(look: CellLook): number {
    const key = `${look.font ?? "normal"}|${look.fill ?? ""}|${look.numFmt ?? ""}|${look.wrap ? 1 : 0}|${look.vertical ?? ""}`;
    let i = this.looks.get(key);
    if (i !== undefined) return i;
    const fontId = this.font(look.font ?? "normal");
    const fillId = look.fill ? this.fill(look.fill) : 0;
    const numFmtId = look.numFmt ? this.format(look.numFmt) : 0;
    const align =
      look.wrap || look.vertical
        ? `<alignment${look.vertical ? ` vertical="${look.vertical}"` : ""}${look.wrap ? ' wrapText="1"' : ""}/>`
        : "";
    const xf =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0" applyFont="1"` +
      `${fillId ? ' applyFill="1"' : ""}${numFmtId ? ' applyNumberFormat="1"' : ""}${align ? ' applyAlignment="1"' : ""}` +
      (align ? `>${align}</xf>` : "/>");
    i = this.add(this.sections.cellXfs, xf);
    this.looks.set(key, i);
    return i;
  }

  /** styles.xml with the appended entries (count attributes set to the real number of entries). */
  toXml(): string {
    let xml = this.base;
    // Sections in reverse document order, so earlier offsets stay valid while later ones change.
    const order = (Object.values(this.sections) as Section[])
      .map((s) => ({ s, e: firstElement(xml, s.name) }))
      .sort((a, b) => (b.e?.start ?? -1) - (a.e?.start ?? -1));
    for (const { s, e } of order) {
      if (s.added.length === 0) continue;
      const total = s.existing + s.added.length;
      if (!e) {
        // Only numFmts may be missing: it is the stylesheet's first child.
        const root = firstElement(xml, "styleSheet")!;
        const prefix = root.prefix;
        const body = s.added.map((a) => a.replace(/^<(\/?)/, `<$1${prefix}`)).join("");
        xml = `${xml.slice(0, root.innerStart)}<${prefix}numFmts count="${total}">${body}</${prefix}numFmts>${xml.slice(root.innerStart)}`;
        continue;
      }
      const prefix = e.prefix;
      const added = prefix ? s.added.map((a) => a.replace(/<(\/?)(?=[a-zA-Z])/g, `<$1${prefix}`)) : s.added;
      const open = `<${prefix}${s.name}${e.attrs.replace(/\s*\bcount\s*=\s*("[^"]*"|'[^']*')/, "")} count="${total}">`;
      const inner = e.innerEnd > e.innerStart ? xml.slice(e.innerStart, e.innerEnd) : "";
      xml = `${xml.slice(0, e.start)}${open}${inner}${added.join("")}</${prefix}${s.name}>${xml.slice(e.end)}`;
    }
    return xml;
  }
}
