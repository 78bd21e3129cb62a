// Settings ⇄ the XML of our custom XML part. Pure: the add-in passes the text to
// workbook.customXmlParts, the `ita` command reads customXml/item*.xml from the .xlsx zip.
//
// <itaSettings xmlns="urn:ita-measures:settings:v1" version="2">
//   <agency>องค์การบริหารส่วนตำบลตัวอย่าง</agency>
//   <year>2567</year> <frameworkId>2567</frameworkId>
//   <classification mode="threshold" urgentBelow="85" improveBelow="95" lowestPerIssue="3"/>
//   <digits>thai</digits> <fiscalYear>2568</fiscalYear>
//   <headName>นายสมชาย ใจดี</headName> <headPosition>นายกองค์การบริหารส่วนตำบลตัวอย่าง</headPosition>
//   <district>เมือง</district> <province>ตัวอย่าง</province>
//   <sheets>
//     <sheet id="{…}" key="measures" name="ITA-มาตรการ" writtenAt="2024-11-23T08:00:00.000Z" marker="k3x9q2-2">
//       <print headerRow="4" heading="1a2b3c4d,5e6f7a8b">           (print.ts: hashes of what was written)
//         <col key="issue" h="…"/> <col key="progress" h="…" staff="1"/>
//         <row id="2:2566-e-service" h="…,,…"/>
//       </print>
//     </sheet>
//   </sheets>
// </itaSettings>
import { isAgencyType } from "../measures/agency-type";
import { isSheetKind } from "../sheet-kinds";
import { attributes, decodeText, elements, escapeAttr, escapeText, firstElement, type XmlElement } from "../text/xml";
import type { ClassificationOptions } from "../types";
import type { SheetPrint } from "./print";
import {
  DOCUMENT_FIELDS,
  SETTINGS_NAMESPACE,
  SETTINGS_ROOT,
  SETTINGS_VERSION,
  defaultSettings,
  type Settings,
  type SheetRecord,
} from "./model";

function attrs(pairs: [string, string | number | undefined][]): string {
  return pairs
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join("");
}

function element(name: string, value: string | number | undefined): string {
  return value === undefined || value === "" ? "" : `  <${name}>${escapeText(String(value))}</${name}>\n`;
}

/** Hashes as one attribute: "-" for a blank cell, so that no list is ambiguous. */
const hashList = (hs: readonly string[]): string => hs.map((h) => h || "-").join(",");

function printXml(p: SheetPrint): string {
  let xml = `      <print${attrs([
    ["headerRow", p.headerRow],
    ["heading", p.heading.length ? hashList(p.heading) : undefined],
  ])}>\n`;
  for (const c of p.columns)
    xml += `        <col${attrs([
      ["key", c.key],
      ["h", c.header],
      ["staff", c.staff ? "1" : undefined],
    ])}/>\n`;
  for (const r of p.rows)
    xml += `        <row${attrs([
      ["id", r.id],
      ["h", hashList(r.cells)],
    ])}/>\n`;
  return `${xml}      </print>\n`;
}

/** The part's XML (no XML declaration: Excel's customXmlParts.add takes the bare element). */
export function serializeSettings(settings: Settings): string {
  const c = settings.classification;
  let xml = `<${SETTINGS_ROOT} xmlns="${SETTINGS_NAMESPACE}" version="${SETTINGS_VERSION}">\n`;
  xml += element("agency", settings.agency?.trim());
  xml += element("year", settings.year);
  xml += element("frameworkId", settings.frameworkId);
  xml += `  <classification${attrs([
    ["mode", c.mode],
    ["urgentBelow", c.urgentBelow],
    ["improveBelow", c.improveBelow],
    ["lowestPerIssue", c.lowestPerIssue],
  ])}/>\n`;
  xml += element("digits", settings.digits);
  xml += element("fiscalYear", settings.fiscalYear);
  xml += element("agencyType", settings.agencyType);
  for (const field of DOCUMENT_FIELDS) xml += element(field, settings[field]?.trim());
  xml += "  <sheets>\n";
  for (const s of settings.sheets) {
    const head = `    <sheet${attrs([
      ["id", s.id],
      ["key", s.key],
      ["name", s.name],
      ["writtenAt", s.writtenAt],
      ["marker", s.marker],
    ])}`;
    xml += s.print ? `${head}>\n${printXml(s.print)}    </sheet>\n` : `${head}/>\n`;
  }
  xml += "  </sheets>\n";
  xml += `</${SETTINGS_ROOT}>\n`;
  return xml;
}

/** True when the XML's root element is declared in our namespace (with or without a prefix). */
export function isSettingsXml(xml: string): boolean {
  const root = /<(?:([A-Za-z_][\w.-]*):)?itaSettings\b[^>]*>/.exec(xml);
  if (!root) return false;
  const attr = root[1] ? `xmlns:${root[1]}` : "xmlns";
  const decl = new RegExp(`\\s${attr.replace(/[.:-]/g, "\\$&")}\\s*=\\s*["']([^"']*)["']`).exec(root[0]);
  return decl?.[1] === SETTINGS_NAMESPACE;
}

/** An element of the part: its attributes, and its children by local name. */
interface Node {
  xml: string;
  at?: XmlElement;
}

const childOf = (n: Node, name: string): Node => ({
  xml: n.xml,
  ...(n.at ? { at: firstElement(n.xml, name, n.at.innerStart, n.at.innerEnd) } : {}),
});
const childrenOf = (n: Node, name: string): Node[] =>
  n.at ? Array.from(elements(n.xml, name, n.at.innerStart, n.at.innerEnd), (at) => ({ xml: n.xml, at })) : [];
const attrsOf = (n: Node): Record<string, string> => (n.at ? attributes(n.at.attrs) : {});
/** An element's text, trimmed; undefined when the element is absent. */
const textOf = (n: Node): string | undefined => (n.at ? decodeText(n.xml.slice(n.at.innerStart, n.at.innerEnd)).trim() : undefined);

function num(s: string | undefined): number | undefined {
  const t = s?.trim();
  if (t === undefined || t === "") return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

function int(s: string | undefined): number | undefined {
  const n = num(s);
  return n !== undefined && Number.isInteger(n) ? n : undefined;
}

const hashes = (v: string | undefined): string[] => (v ?? "").split(",").map((h) => (h === "-" ? "" : h));

/** A sheet's fingerprint; undefined when absent or unusable (the sheet then counts as not verifiable). */
function parsePrint(node: Node): SheetPrint | undefined {
  if (!node.at) return undefined;
  const p = attrsOf(node);
  const headerRow = int(p.headerRow);
  if (headerRow === undefined || headerRow < 0) return undefined;
  const heading = p.heading ? hashes(p.heading) : [];

  const columns = childrenOf(node, "col").map((n) => {
    const c = attrsOf(n);
    return { key: c.key ?? "", header: c.h ?? "", ...(c.staff === "1" ? { staff: true } : {}) };
  });
  if (columns.length === 0 || columns.some((c) => c.key === "")) return undefined;
  const rows = childrenOf(node, "row").map((n) => {
    const r = attrsOf(n);
    return { id: r.id ?? "", cells: hashes(r.h) };
  });
  if (rows.some((r) => r.id === "" || r.cells.length !== columns.length)) return undefined;
  return { headerRow, heading, columns, rows };
}

export interface ParsedSettings {
  settings: Settings;
  /** Values that could not be used and fell back to their defaults. */
  warnings: string[];
}

/**
 * Settings from the part's XML; undefined when the XML is not ours (another namespace or root).
 * Bad values fall back to defaults with a warning: a damaged part never blocks the add-in.
 */
export function parseSettings(xml: string): ParsedSettings | undefined {
  if (!isSettingsXml(xml)) return undefined;
  const rootAt = firstElement(xml, SETTINGS_ROOT);
  // No root, or its end tag missing: the part was cut short.
  const closed = rootAt && (rootAt.innerStart === rootAt.end || /<\/(?:[\w.-]+:)?itaSettings\s*>/.test(xml.slice(rootAt.innerStart)));
  if (!rootAt || !closed)
    return { settings: defaultSettings(), warnings: ["อ่านการตั้งค่าที่บันทึกไว้ในสมุดงานไม่ได้ จึงใช้ค่าเริ่มต้น: ตรวจการตั้งค่าแล้ววิเคราะห์อีกครั้งเพื่อบันทึกใหม่"] };
  const root: Node = { xml, at: rootAt };
  const rootAttrs = attrsOf(root);
  const field = (name: string) => textOf(childOf(root, name));
  const settings = defaultSettings();
  const warnings: string[] = [];

  const version = int(rootAttrs.version);
  if (version !== undefined && version > SETTINGS_VERSION)
    warnings.push(`การตั้งค่าในสมุดงานเป็นรุ่น ${version} ซึ่งใหม่กว่ารุ่นที่โปรแกรมนี้รู้จัก (${SETTINGS_VERSION}): ใช้โปรแกรมรุ่นล่าสุดเพื่อไม่ให้การตั้งค่าบางส่วนหายไป`);

  const agency = field("agency");
  if (agency) settings.agency = agency;
  const year = int(field("year"));
  if (year !== undefined) settings.year = year;
  const frameworkId = field("frameworkId");
  if (frameworkId) settings.frameworkId = frameworkId;
  const fiscalYear = int(field("fiscalYear"));
  if (fiscalYear !== undefined) settings.fiscalYear = fiscalYear;
  const agencyType = field("agencyType");
  if (isAgencyType(agencyType)) settings.agencyType = agencyType;
  else if (agencyType)
    warnings.push(`ประเภทหน่วยงานที่บันทึกไว้ (“${agencyType}”) ไม่ถูกต้อง จึงใช้ประเภทตามชื่อหน่วยงาน: เลือกประเภทหน่วยงานในการตั้งค่าอีกครั้ง`);
  for (const name of DOCUMENT_FIELDS) {
    const value = field(name);
    if (value) settings[name] = value;
  }
  const digits = field("digits");
  if (digits === "thai" || digits === "arabic") settings.digits = digits;
  else if (digits) warnings.push(`ชนิดตัวเลขที่บันทึกไว้ (“${digits}”) ไม่ถูกต้อง จึงใช้เลขไทย: เลือกชนิดตัวเลขในการตั้งค่าอีกครั้งถ้าต้องการเลขอารบิก`);

  const c = attrsOf(childOf(root, "classification"));
  const classification: ClassificationOptions = { ...settings.classification };
  const mode = c.mode;
  if (mode === "threshold" || mode === "lowest") classification.mode = mode;
  const urgent = num(c.urgentBelow);
  const improve = num(c.improveBelow);
  const lowest = int(c.lowestPerIssue);
  if (urgent !== undefined) classification.urgentBelow = urgent;
  if (improve !== undefined) classification.improveBelow = improve;
  if (lowest !== undefined) classification.lowestPerIssue = lowest;
  const ok =
    classification.urgentBelow >= 0 &&
    classification.urgentBelow <= classification.improveBelow &&
    classification.improveBelow <= 100 &&
    classification.lowestPerIssue >= 1;
  if (ok) settings.classification = classification;
  else warnings.push("เกณฑ์การจัดกลุ่มที่บันทึกไว้ไม่ถูกต้อง จึงใช้ค่าเริ่มต้น: ตรวจเกณฑ์ในการตั้งค่าแล้ววิเคราะห์อีกครั้ง");

  for (const sheetNode of childrenOf(childOf(root, "sheets"), "sheet")) {
    const s = attrsOf(sheetNode);
    const id = s.id ?? "";
    const marker = s.marker;
    // Version 1 called a kept copy of the measures sheet "measures-copy".
    const key = s.key === "measures-copy" ? "copy" : s.key;
    if ((!id && !marker) || !key) continue;
    if (!isSheetKind(key)) {
      warnings.push(`ไม่รู้จักแผ่นงานชนิด “${key}” ที่บันทึกไว้ในสมุดงาน จึงไม่ติดตามแผ่นงานนั้นอีก: ถ้าไม่ใช้แผ่นงานนั้นแล้วลบออกได้`);
      continue;
    }
    const record: SheetRecord = { id, key, name: s.name ?? "", writtenAt: s.writtenAt ?? "" };
    if (marker) record.marker = marker;
    const print = parsePrint(childOf(sheetNode, "print"));
    if (print) record.print = print;
    settings.sheets.push(record);
  }
  return { settings, warnings };
}
