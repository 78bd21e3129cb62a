import type { Framework, ItemRow, Observation, Problem } from "../types";
import { findItem } from "../catalog/find";
import { BoundedCache } from "../bounded-cache";
import { error, quoted, warning } from "../problems";
import { toolOfCode } from "../vocabulary";
import { CONFIRM_THRESHOLD, CORRECTION_MARGIN, CodeChecker, correctionWarning, unconfirmedWarning } from "./confirm";
import { TITLES } from "./titles";
import { normalizeForCompare, similarity } from "./similar";

// Which item each row of a per-question table names, decided with the framework of the year being
// scored (the year decides the texts): a written code is confirmed (or corrected) against that
// framework's texts only, an OCR candidate must match its text there, and a row with no code is
// matched by its text to that framework's items. A table whose texts are another framework's is
// named; so is every row that cannot be placed.

export interface IdentifyOptions {
  /** The results year analysed; rows of other years use their own year's framework. */
  year: number;
  /** The framework of a results year (the one chosen for `year`). */
  frameworkOf: (year: number) => Framework;
  /** Every framework of the catalog, to tell a table written in another one. */
  frameworks: readonly Framework[];
  /** The user chose the framework: a table that fits another one is then a warning, not an error. */
  chosen: boolean;
}

/** Texts shorter than this (normalised characters) say too little to tell a framework. */
const MIN_TEXT = 4;
/** Rows of a table that fit another framework before the table is said to be that framework's. */
const MIN_FOREIGN_ROWS = 2;

interface Row {
  item: ItemRow;
  observations: Observation[];
  /** The code the reader found (as written, the OCR candidate, or the title's best item anywhere). */
  found: string;
  text: string;
  framework: Framework;
  hasScore: boolean;
}

interface Verdict {
  code?: string;
  /** Corrected into another code, or told by title/OCR: a duplicate of it is worth an error. */
  inferred: boolean;
  problems: Problem[];
  /** Which framework the row's text fits: its own, another one (by id), or no telling. */
  fits?: "own" | string;
}

const checkers = new WeakMap<Framework, CodeChecker>();
function checkerOf(framework: Framework): CodeChecker {
  let c = checkers.get(framework);
  if (!c) checkers.set(framework, (c = new CodeChecker({ texts: [framework], corrections: [framework] })));
  return c;
}

const scores = new WeakMap<Framework, BoundedCache<string, number>>();
/** Similarity of a text to the catalog text of `code` in a framework; undefined when the framework does not know that text. */
function textScore(framework: Framework, code: string, text: string): number | undefined {
  const item = findItem(framework, code);
  if (!item || !item.textKnown) return undefined;
  let memo = scores.get(framework);
  if (!memo) scores.set(framework, (memo = new BoundedCache(5_000)));
  return memo.getOrAdd(`${code}|${text}`, () => similarity(text, item.text));
}

/** The other frameworks whose texts a row fits better than its own: the best one, if any. */
function foreignFit(row: Row, others: readonly Framework[], own: number | undefined): string | undefined {
  let best: { id: string; score: number } | undefined;
  for (const g of others) {
    if (g === row.framework) continue;
    let s: number | undefined;
    if (row.item.via === "title") s = TITLES.match(row.text, g)?.score;
    else s = textScore(g, row.found, row.text);
    if (s === undefined || s < CONFIRM_THRESHOLD) continue;
    if (own !== undefined && s - own < CORRECTION_MARGIN) continue;
    if (!best || s > best.score) best = { id: g.id, score: s };
  }
  return best?.id;
}

function titleWarning(at: string, raw: string, code: string, fw: Framework): Problem {
  return warning(
    at,
    `แถวที่ ${at} ไม่มีรหัสข้อ แต่ข้อความ ${quoted(raw)} ตรงกับข้อ ${code} ของกรอบปี ${fw.id} จึงอ่านเป็นข้อ ${code}: ถ้าไม่ใช่ให้ใส่รหัสข้อที่ถูกต้องหน้าข้อความ`,
    `${at}: no code; the text is ${code}'s (${fw.id}): read as ${code}`,
  );
}

/** What a written code and its text say in a framework: the code to read, a correction, the fit. */
interface CodeVerdict {
  code: string;
  corrected?: { from: string; to: string };
  fits?: "own" | string;
}

// The same rows (code + text) come back on every run of the same workbook: keep the verdicts.
const codeVerdicts = new WeakMap<Framework, BoundedCache<string, CodeVerdict>>();

function codeVerdict(row: Row, others: readonly Framework[]): CodeVerdict {
  const { framework: fw, text } = row;
  let memo = codeVerdicts.get(fw);
  if (!memo) codeVerdicts.set(fw, (memo = new BoundedCache(5_000)));
  return memo.getOrAdd(`${row.found}|${text}`, () => {
    // A text this long has at least MIN_TEXT characters that count; shorter ones are measured.
    const long = text.length >= 3 * MIN_TEXT || normalizeForCompare(text).length >= MIN_TEXT;
    if (!long) return { code: row.found };
    const own = textScore(fw, row.found, text);
    // The same code in another framework with this text: the table may be that framework's (then
    // a correction within this framework would only renumber it).
    const foreign = own !== undefined && own < CONFIRM_THRESHOLD ? foreignFit(row, others, own) : undefined;
    const check = checkerOf(fw).checkWritten(row.found, text);
    if (check.corrected)
      return { code: check.corrected.to, corrected: { from: check.corrected.from, to: check.corrected.to }, fits: foreign ?? "own" };
    const fits = foreign ?? (own !== undefined && own >= CONFIRM_THRESHOLD ? "own" : undefined);
    return { code: row.found, ...(fits ? { fits } : {}) };
  });
}

function decide(row: Row, others: readonly Framework[]): Verdict {
  const { item, framework: fw, text } = row;
  if (item.via === "code") {
    const v = codeVerdict(row, others);
    return {
      code: v.code,
      inferred: v.corrected !== undefined,
      problems: v.corrected ? [correctionWarning(item.at, item.raw, v.corrected.from, v.corrected.to)] : [],
      ...(v.fits ? { fits: v.fits } : {}),
    };
  }
  if (item.via === "ocr") {
    if (checkerOf(fw).checkCandidate(row.found, text).code) return { code: row.found, inferred: true, problems: [], fits: "own" };
    // Not that question (a running number, `16`, beside a question's text): the text may still tell the item.
    const m = TITLES.match(text, fw);
    if (m && !m.runnerUp) return { code: m.code, inferred: true, problems: [titleWarning(item.at, text, m.code, fw)], fits: "own" };
    const fits = foreignFit(row, others, undefined);
    return { inferred: true, problems: [unconfirmedWarning(item.at, item.raw, row.found)], ...(fits ? { fits } : {}) };
  }
  const m = TITLES.match(text, fw);
  if (m && m.runnerUp)
    return {
      inferred: true,
      fits: "own",
      problems: [
        error(
          item.at,
          `ข้อความ ${quoted(item.raw)} ที่ ${item.at} ไม่มีรหัสข้อ และใกล้เคียงทั้งข้อ ${m.code} และข้อ ${m.runnerUp.code} ของกรอบปี ${fw.id} จึงบอกไม่ได้ว่าเป็นข้อใด: ใส่รหัสข้อหน้าข้อความ`,
          `${item.at}: no code; the text is as close to ${m.code} as to ${m.runnerUp.code} (${fw.id})`,
        ),
      ],
    };
  if (m) return { code: m.code, inferred: true, problems: [titleWarning(item.at, item.raw, m.code, fw)], fits: "own" };
  const fits = foreignFit(row, others, undefined);
  const tool = toolOfCode(row.found);
  const noTexts = tool !== undefined && !fw.items.some((i) => i.tool === tool && i.textKnown);
  const elsewhere = fits ? ` (ตรงกับข้อความของกรอบปี ${fits})` : "";
  const why = noTexts ? ` และกรอบปี ${fw.id} ยังไม่มีข้อความของรายการ ${tool} ในโปรแกรมให้เทียบ` : "";
  const message = `ข้อความ ${quoted(item.raw)} ที่ ${item.at} ไม่มีรหัสข้อ และไม่ตรงกับข้อใดของกรอบปี ${fw.id}${elsewhere}${why} จึงไม่รู้ว่าคะแนนแถวนี้เป็นของข้อใด: ใส่รหัสข้อหน้าข้อความ${noTexts ? " หรือเพิ่มข้อความของรายการในชีตแคตตาล็อก" : ""}`;
  const en = `${item.at}: no code, and the text is no item of the ${fw.id} framework`;
  return {
    inferred: true,
    problems: [row.hasScore ? error(item.at, message, en) : warning(item.at, message, en)],
    ...(fits ? { fits } : {}),
  };
}

/**
 * Settles the item of every item observation with the framework of its year. Observations whose row
 * names no item of that framework are dropped, each such row named in a problem; other observations
 * pass through unchanged.
 */
export function identifyItems(observations: Observation[], o: IdentifyOptions): { observations: Observation[]; problems: Problem[] } {
  const rows = new Map<string, Row>();
  for (const obs of observations) {
    if (obs.target.kind !== "item" || !obs.item) continue;
    let row = rows.get(obs.item.at);
    if (!row) {
      rows.set(
        obs.item.at,
        (row = {
          item: obs.item,
          observations: [],
          found: obs.target.code,
          text: obs.text ?? "",
          framework: o.frameworkOf(o.year),
          hasScore: false,
        }),
      );
    }
    row.observations.push(obs);
    if (obs.score !== null) row.hasScore = true;
  }
  // A row of another year only (a 2566 column beside 2567's) is read with that year's framework.
  for (const row of rows.values()) {
    const years = new Set(row.observations.map((x) => x.year ?? o.year));
    if (years.size === 1) row.framework = o.frameworkOf([...years][0]);
  }

  const problems: Problem[] = [];
  const codeOf = new Map<string, string>();
  const byTable = new Map<string, { row: Row; verdict: Verdict }[]>();
  for (const row of rows.values()) {
    const verdict = decide(row, o.frameworks);
    const list = byTable.get(row.item.table) ?? [];
    list.push({ row, verdict });
    byTable.set(row.item.table, list);
  }

  for (const [table, list] of byTable) {
    const own = list.filter((x) => x.verdict.fits === "own").length;
    const foreign = new Map<string, number>();
    for (const x of list)
      if (x.verdict.fits && x.verdict.fits !== "own") foreign.set(x.verdict.fits, (foreign.get(x.verdict.fits) ?? 0) + 1);
    const told = list.filter((x) => x.verdict.fits !== undefined).length;
    let other: { id: string; n: number } | undefined;
    for (const [id, n] of foreign) if (n >= MIN_FOREIGN_ROWS && n > 2 * own && 2 * n >= told && (!other || n > other.n)) other = { id, n };

    if (other) {
      const first = list.find((x) => x.verdict.fits === other!.id)!;
      const fw = first.row.framework;
      const at = first.row.item.at;
      problems.push(
        o.chosen
          ? warning(
              at,
              `ข้อความในตาราง ${table} (${other.n} แถว เช่น ${at}) ตรงกับข้อคำถามของกรอบปี ${other.id} แต่เลือกกรอบการประเมิน ${fw.id} ไว้ จึงอ่านตามรหัสข้อที่เขียนไว้ในกรอบปี ${fw.id}: ตรวจว่าเลือกกรอบการประเมินถูกต้อง`,
              `${table}: the texts are the ${other.id} framework's; read by code in ${fw.id}, as chosen`,
            )
          : error(
              at,
              `ข้อความในตาราง ${table} (${other.n} แถว เช่น ${at}) ตรงกับข้อคำถามของกรอบปี ${other.id} ไม่ใช่กรอบปี ${fw.id} ที่ใช้กับผลปีนี้ จึงคิดคะแนนตามกรอบปี ${fw.id} ไม่ได้: ถ้าเป็นผลตามกรอบปี ${other.id} ให้แก้ปีในหัวตาราง หรือเลือกกรอบการประเมิน ${other.id}`,
              `${table}: the texts are the ${other.id} framework's, not ${fw.id}'s`,
            ),
      );
      // Row by row, the other framework's texts would only renumber codes: keep codes as written.
      for (const x of list) {
        problems.push(...x.verdict.problems.filter((p) => p.severity === "error"));
        const code = x.row.item.via === "code" ? x.row.found : x.verdict.code;
        if (code) codeOf.set(x.row.item.at, code);
      }
      continue;
    }

    const seen = new Map<string, { at: string; inferred: boolean }>();
    for (const { row, verdict } of list) {
      problems.push(...verdict.problems);
      if (!verdict.code) continue;
      const before = seen.get(verdict.code);
      if (before && (before.inferred || verdict.inferred)) {
        problems.push(
          error(
            row.item.at,
            `แถวที่ ${before.at} และ ${row.item.at} ในตาราง ${table} อ่านเป็นข้อ ${verdict.code} ทั้งสองแถว: ใส่รหัสข้อที่ถูกต้องให้แต่ละแถว`,
            `${before.at} and ${row.item.at} in ${table} both read as ${verdict.code}`,
          ),
        );
        continue;
      }
      if (!before) seen.set(verdict.code, { at: row.item.at, inferred: verdict.inferred });
      codeOf.set(row.item.at, verdict.code);
    }
  }

  const out: Observation[] = [];
  for (const obs of observations) {
    if (obs.target.kind !== "item" || !obs.item) {
      out.push(obs);
      continue;
    }
    const code = codeOf.get(obs.item.at);
    if (code === undefined) continue;
    out.push(code === obs.target.code ? obs : { ...obs, target: { ...obs.target, code } });
  }
  return { observations: out, problems };
}
