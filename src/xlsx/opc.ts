// The package around the sheets (Open Packaging Conventions): relationships between parts and the
// namespaces and relationship types we write. Types are matched by their last segment, so a
// workbook saved as "Strict Open XML" (purl.oclc.org namespaces) reads like a transitional one.
import { attribute, elements } from "./xml";

export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
export const NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types";
export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Namespaces that mean the spreadsheet main namespace or the relationships namespace, strict included. */
export const MAIN_NAMESPACES = new Set([NS_MAIN, "http://purl.oclc.org/ooxml/spreadsheetml/main"]);
export const REL_NAMESPACES = new Set([NS_REL, "http://purl.oclc.org/ooxml/officeDocument/relationships"]);

export interface Relationship {
  id: string;
  /** Last segment of the type: "worksheet", "sharedStrings", "styles", "theme", "officeDocument"… */
  type: string;
  /** Resolved part name, without a leading slash ("xl/worksheets/sheet1.xml"); the raw target when external. */
  target: string;
  external: boolean;
}

/** The .rels part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the folder of its source part. */
export function resolveTarget(sourcePart: string, target: string): string {
  const clean = target.split("#")[0];
  const base = clean.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const seg of clean.replace(/^\/+/, "").split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(decodeURIComponent(seg));
  }
  return base.join("/");
}

export function parseRelationships(xml: string | undefined, sourcePart: string): Relationship[] {
  if (!xml) return [];
  const out: Relationship[] = [];
  for (const e of elements(xml, "Relationship")) {
    const id = attribute(e.attrs, "Id") ?? "";
    const type = (attribute(e.attrs, "Type") ?? "").split("/").pop() ?? "";
    const raw = attribute(e.attrs, "Target") ?? "";
    const external = (attribute(e.attrs, "TargetMode") ?? "") === "External";
    out.push({ id, type, target: external ? raw : resolveTarget(sourcePart, raw), external });
  }
  return out;
}
