import type { LibraryMeasure } from "../types";
import { TIMINGS } from "./timeframe";
import { INDICATOR_NUMBERS } from "../vocabulary";
import { isAgencyType } from "./agency-type";

const QUARTER_RANGE = /^ไตรมาส ([1-4])–([1-4])$/;

/**
 * The timing words a library entry may use: the fixed phrases of TIMINGS, or a quarter range
 * written "ไตรมาส a–b" (en dash, a < b). The plan turns them into dates of the fiscal year.
 */
export function isLibraryTiming(timing: string): boolean {
  if ((TIMINGS as readonly string[]).includes(timing)) return true;
  const range = QUARTER_RANGE.exec(timing);
  return range !== null && Number(range[1]) < Number(range[2]);
}

function fail(id: string, message: string): never {
  throw new Error(`library measure "${id}": ${message}`);
}

function nonEmpty(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== "";
}

/**
 * Checks a library (built-in data) and returns it unchanged; throws naming the entry on the first
 * bad one: duplicate id, unknown code or evidence code, issue outside 1–7, empty measure or steps,
 * unknown timing. A keep-the-standard entry may list no codes; every other entry answers at least one
 * code or one indicator (indicator-level measures, for workbooks with no question scores).
 */
export function validateLibrary(measures: LibraryMeasure[], codes: string[]): LibraryMeasure[] {
  const known = new Set(codes);
  const seen = new Set<string>();
  measures.forEach((m, index) => {
    const id = nonEmpty(m.id) ? m.id : `#${index + 1}`;
    if (!nonEmpty(m.id)) fail(id, "empty id");
    if (seen.has(m.id)) fail(id, "duplicate id");
    seen.add(m.id);
    if (!Number.isInteger(m.issue) || m.issue < 1 || m.issue > 7) fail(id, `issue ${String(m.issue)} is outside 1–7`);
    if (!Array.isArray(m.codes)) fail(id, "codes must be a list");
    const indicators = m.indicators ?? [];
    if (!Array.isArray(indicators)) fail(id, "indicators must be a list");
    if (indicators.some((n) => !(INDICATOR_NUMBERS as readonly number[]).includes(n))) fail(id, "an indicator is outside 1–10");
    if (new Set(indicators).size !== indicators.length) fail(id, "an indicator is listed twice");
    if (indicators.length && m.keepStandard) fail(id, "a keep-the-standard measure answers no indicator");
    if (m.codes.length === 0 && indicators.length === 0 && !m.keepStandard) fail(id, "answers no code and no indicator");
    const unknown = m.codes.filter((c) => !known.has(c));
    if (unknown.length) fail(id, `unknown code ${unknown.join(", ")}`);
    if (new Set(m.codes).size !== m.codes.length) fail(id, "a code is listed twice");
    if (!Array.isArray(m.evidence)) fail(id, "evidence must be a list");
    const badEvidence = m.evidence.filter((c) => !known.has(c) || !c.startsWith("o"));
    if (badEvidence.length) fail(id, `evidence ${badEvidence.join(", ")} is not an OIT item of this framework`);
    if (!nonEmpty(m.measure)) fail(id, "empty measure");
    if (!Array.isArray(m.steps) || m.steps.length === 0) fail(id, "empty steps");
    if (m.steps.some((s) => !nonEmpty(s))) fail(id, "an empty step");
    if (!nonEmpty(m.responsible)) fail(id, "empty responsible unit");
    for (const [type, unit] of Object.entries(m.responsibleByType ?? {}))
      if (!isAgencyType(type) || !nonEmpty(unit)) fail(id, `responsibleByType: "${type}" is not a kind of agency with a unit`);
    if (!isLibraryTiming(m.timing)) fail(id, `unknown timing "${m.timing}"`);
    if (!nonEmpty(m.frameworkId)) fail(id, "empty frameworkId");
  });
  return measures;
}
