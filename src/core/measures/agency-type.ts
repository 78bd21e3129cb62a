// The kind of local government an agency is, and the responsible units that fit it. The library is
// written with the units of a municipality; `units.json` says, per kind, which unit names become
// which (an อบต. has no กองยุทธศาสตร์และงบประมาณ: its plan and budget work sits in สำนักปลัด; a
// เทศบาล's office is สำนักปลัดเทศบาล). Construction and maintenance go to กองช่าง in the library itself.
import type { LibraryMeasure } from "../types";
import UNITS from "./data/units.json";

export const AGENCY_TYPES = ["sao", "subdistrict-municipality", "town-municipality", "city-municipality", "other"] as const;
export type AgencyType = (typeof AGENCY_TYPES)[number];

export const AGENCY_TYPE_LABEL: Readonly<Record<AgencyType, string>> = {
  sao: "องค์การบริหารส่วนตำบล (อบต.)",
  "subdistrict-municipality": "เทศบาลตำบล",
  "town-municipality": "เทศบาลเมือง",
  "city-municipality": "เทศบาลนคร",
  other: "หน่วยงานอื่น",
};

/** The kinds where space is short (the pane's select). */
export const AGENCY_TYPE_SHORT: Readonly<Record<AgencyType, string>> = {
  sao: "อบต.",
  "subdistrict-municipality": "เทศบาลตำบล",
  "town-municipality": "เทศบาลเมือง",
  "city-municipality": "เทศบาลนคร",
  other: "หน่วยงานอื่น",
};

export const isAgencyType = (v: unknown): v is AgencyType => (AGENCY_TYPES as readonly unknown[]).includes(v);

/** The kind an agency's name says: "อบต." / "องค์การบริหารส่วนตำบล…", "ทต." / "เทศบาลตำบล…", "ทม.", "ทน.". */
export function agencyTypeFromName(name: string | undefined): AgencyType | undefined {
  const n = (name ?? "").replace(/\s+/g, "");
  if (/องค์การบริหารส่วนตำบล|(^|[^ก-๙])อบต\./.test(n) || /^อบต/.test(n)) return "sao";
  if (/เทศบาลตำบล|(^|[^ก-๙])ทต\./.test(n) || /^ทต\./.test(n)) return "subdistrict-municipality";
  if (/เทศบาลเมือง|(^|[^ก-๙])ทม\./.test(n) || /^ทม\./.test(n)) return "town-municipality";
  if (/เทศบาลนคร|(^|[^ก-๙])ทน\./.test(n) || /^ทน\./.test(n)) return "city-municipality";
  return undefined;
}

type Rules = Record<AgencyType, [string, string][]>;
const RULES = UNITS as unknown as Rules;

// The data's schema: per kind, a list of [unit in the library, unit of this kind], both non-empty.
for (const type of AGENCY_TYPES) {
  const rules: unknown = RULES[type];
  if (!Array.isArray(rules)) throw new Error(`units.json: no list for ${type}`);
  for (const r of rules as unknown[])
    if (!Array.isArray(r) || r.length !== 2 || r.some((u) => typeof u !== "string" || u.trim() === ""))
      throw new Error(`units.json ${type}: each rule is [library unit, unit of this kind]`);
}

/** A responsible-unit label in the names of an agency of this kind (one pass: a replaced name is not replaced again). */
export function unitsFor(type: AgencyType, label: string): string {
  const rules = RULES[type];
  if (rules.length === 0) return label;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // "สำนักปลัด" is not the start of "สำนักปลัดเทศบาล".
  const pattern = new RegExp(rules.map(([from]) => `${escape(from)}(?!เทศบาล)`).join("|"), "g");
  return label.replace(pattern, (found) => rules.find(([from]) => from === found)![1]);
}

/** The built-in library with the units of this kind of agency (a measure's own per-kind unit first). */
export function libraryForType(library: LibraryMeasure[], type: AgencyType): LibraryMeasure[] {
  return library.map((m) => ({ ...m, responsible: m.responsibleByType?.[type] ?? unitsFor(type, m.responsible) }));
}
