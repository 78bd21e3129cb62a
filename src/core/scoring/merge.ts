import type { Observation, Problem, StatedLevel } from "../types";
import { round2, samePublished } from "../text/round";
import { emptyTable, type CellScore, type ScoreTable } from "./table";
import { error, warning } from "../problems";
import { TOOL_IN_TEXT } from "../vocabulary";

/** Two readings of one score are the same when they agree at the published precision. */
const same = samePublished;

/** What a score is, in Thai (for the message) and in English (for its gist). */
function targetLabel(o: Observation): { th: string; en: string } {
  const t = o.target;
  switch (t.kind) {
    case "item":
      if (!t.part) return { th: `ข้อ ${t.code}`, en: t.code };
      return { th: `ข้อ ${t.code} (${TOOL_IN_TEXT[t.part === "public" ? "EIT_PUBLIC" : "EIT_SURVEY"]})`, en: `${t.code} (EIT ${t.part})` };
    case "indicator":
      return { th: `ตัวชี้วัดที่ ${t.indicator}`, en: `indicator ${t.indicator}` };
    case "subIndicator":
      return { th: `ตัวชี้วัดย่อย ${t.id}`, en: `sub-indicator ${t.id}` };
    case "tool":
      return { th: `คะแนน ${TOOL_IN_TEXT[t.tool]}`, en: t.tool };
    case "overall":
      return { th: "คะแนนรวม ITA", en: "overall ITA score" };
  }
}

function conflict(o: Observation, first: CellScore, value: number): Problem {
  const label = targetLabel(o);
  return error(
    o.cell,
    `${label.th} มีสองค่าที่ไม่ตรงกัน คือ ${value} ที่ ${o.cell} และ ${first.value} ที่ ${first.cell}: แก้ให้ตรงกันหรือลบค่าที่ผิดออก`,
    `${label.en}: ${value} at ${o.cell} but ${first.value} at ${first.cell}`,
  );
}

/** Keeps the first reading of a score; a later one that disagrees is an error naming both cells. */
function put<K>(map: Map<K, CellScore>, key: K, o: Observation, value: number, problems: Problem[]): void {
  const first = map.get(key);
  if (!first) map.set(key, { value, cell: o.cell });
  else if (!same(first.value, value)) problems.push(conflict(o, first, value));
}

/**
 * Groups observations by results year (undefined → currentYear) and merges the tables of each year.
 * Blank readings never conflict with a number; equal readings repeated across tables are fine.
 */
export function mergeObservations(
  observations: Observation[],
  currentYear: number,
  levels: readonly StatedLevel[] = [],
): { tables: Map<number, ScoreTable>; problems: Problem[] } {
  const tables = new Map<number, ScoreTable>();
  const problems: Problem[] = [];
  const tableFor = (year: number): ScoreTable => {
    let t = tables.get(year);
    if (!t) tables.set(year, (t = emptyTable(year)));
    return t;
  };
  for (const o of observations) {
    const table = tableFor(o.year ?? currentYear);
    const t = o.target;
    if (t.kind === "item") {
      const entry = table.items.get(t.code) ?? { score: null, cell: o.cell };
      if (!table.items.has(t.code)) table.items.set(t.code, entry);
      if (o.score === null) continue;
      if (t.part) {
        entry.parts ??= {};
        const prev = entry.parts[t.part];
        if (!prev) entry.parts[t.part] = { value: o.score, cell: o.cell };
        else if (!same(prev.value, o.score)) problems.push(conflict(o, prev, o.score));
      } else if (entry.score === null) {
        entry.score = o.score;
        entry.cell = o.cell;
      } else if (!same(entry.score, o.score)) {
        problems.push(conflict(o, { value: entry.score, cell: entry.cell }, o.score));
      }
      continue;
    }
    if (o.score === null) continue;
    if (t.kind === "indicator") put(table.indicators, t.indicator, o, o.score, problems);
    else if (t.kind === "subIndicator") put(table.subIndicators, t.id, o, o.score, problems);
    else if (t.kind === "tool") put(table.tools, t.tool, o, o.score, problems);
    else if (!table.overall) table.overall = { value: o.score, cell: o.cell };
    else if (!same(table.overall.value, o.score)) problems.push(conflict(o, table.overall, o.score));
  }
  // Stated levels: one per year; two that disagree are an error naming both cells.
  for (const l of levels) {
    const table = tableFor(l.year ?? currentYear);
    if (!table.level) table.level = { value: l.level, cell: l.cell };
    else if (table.level.value !== l.level)
      problems.push(
        error(
          l.cell,
          `ระดับผลการประเมินปี ${table.year} มีสองค่าที่ไม่ตรงกัน คือ “${l.level}” ที่ ${l.cell} และ “${table.level.value}” ที่ ${table.level.cell}: แก้ให้ตรงกันหรือลบค่าที่ผิดออก`,
          `level of ${table.year}: ${l.level} at ${l.cell} but ${table.level.value} at ${table.level.cell}`,
        ),
      );
  }
  // EIT given as two columns: the question score is the mean of its parts.
  for (const table of tables.values()) {
    for (const [code, entry] of table.items) {
      const p = entry.parts;
      if (!p || (!p.public && !p.survey)) continue;
      const values = [p.public?.value, p.survey?.value].filter((v): v is number => v !== undefined);
      const m = values.reduce((a, b) => a + b, 0) / values.length;
      if (entry.score === null) {
        entry.score = m;
        entry.cell = (p.public ?? p.survey)!.cell;
      } else if (!same(entry.score, m)) {
        problems.push(
          warning(
            entry.cell,
            `คะแนนข้อ ${code} ที่ ${entry.cell} เป็น ${entry.score} ไม่เท่ากับค่าเฉลี่ยของ EIT สองส่วน (${round2(m)}) จึงใช้ ${entry.score} ตามที่กรอก: ถ้าไม่ถูกต้องให้แก้คะแนนข้อนี้`,
            `${code} = ${entry.score} differs from the mean of its EIT parts (${round2(m)}); using ${entry.score}`,
          ),
        );
      }
    }
  }
  return { tables, problems };
}
