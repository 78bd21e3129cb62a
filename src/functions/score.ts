import {
  type Catalog,
  findCode,
  type Framework,
  type IndicatorNumber,
  LookupError,
  normalizeCode,
  round2,
  scoreItems,
  toArabicDigits,
  type YearScores,
  TOOLS,
} from "../core";
import { cellPosition, isBlank, rangeSize, sameShape, scoreArg } from "./coerce";
import { invalidValue, notAvailable } from "./errors";

// ITA.SCORE: two ranges → question scores → scoreItems (the analysis' own scoring) → the figure asked for.

export type ScoreTarget =
  | { kind: "overall" }
  | { kind: "level" }
  | { kind: "tool"; tool: "IIT" | "EIT" | "OIT" }
  | { kind: "indicator"; number: IndicatorNumber }
  | { kind: "subIndicator"; id: string };

const WORDS: Record<string, ScoreTarget> = {
  overall: { kind: "overall" },
  ita: { kind: "overall" },
  รวม: { kind: "overall" },
  คะแนนรวม: { kind: "overall" },
  level: { kind: "level" },
  ระดับ: { kind: "level" },
  iit: { kind: "tool", tool: "IIT" },
  eit: { kind: "tool", tool: "EIT" },
  oit: { kind: "tool", tool: "OIT" },
};

const NUMBERED = /^(?:ตัวชี้วัด(?:ย่อย)?\s*(?:ที่)?\s*)?(\d{1,2})(?:\.(\d{1,2}))?$/u;
const ACCEPTED = `"overall", "IIT", "EIT", "OIT", "level", เลขตัวชี้วัด เช่น 9 หรือตัวชี้วัดย่อย เช่น "9.2"`;

/** The `what` argument: blank → overall; "IIT"/"EIT"/"OIT"; 9 or "9" → indicator; "9.2" → sub-indicator; "level". */
export function scoreTarget(what: unknown, framework: Framework): ScoreTarget {
  if (isBlank(what)) return { kind: "overall" };
  const text = toArabicDigits(String(what)).trim().toLowerCase();
  const word = WORDS[text];
  if (word) return word;
  const m = NUMBERED.exec(text);
  if (m && m[2] === undefined) {
    const n = Number(m[1]);
    if (framework.indicators.some((i) => i.number === n)) return { kind: "indicator", number: n as IndicatorNumber };
    throw invalidValue(`ไม่มีตัวชี้วัดที่ ${n} ในกรอบการประเมินปี ${framework.id} (มี 1–${framework.indicators.length})`);
  }
  if (m) {
    const id = `${Number(m[1])}.${Number(m[2])}`;
    if (framework.subIndicators.some((s) => s.id === id)) return { kind: "subIndicator", id };
    throw invalidValue(`ไม่มีตัวชี้วัดย่อย ${id} ในกรอบการประเมินปี ${framework.id} (มี ${framework.subIndicators.map((s) => s.id).join(", ")})`);
  }
  throw invalidValue(`ไม่รู้จักค่าที่ขอ "${String(what)}" ใช้ ${ACCEPTED}`);
}

/**
 * The question scores of two same-shaped ranges. Rows with a blank score are skipped; a score without
 * a code, a code the framework does not have, a score that is not a number, or the same code twice
 * with different scores → an error naming the row.
 */
export function readScoreRanges(
  codes: unknown[][],
  scores: unknown[][],
  framework: Framework,
  catalog?: Catalog,
): { code: string; score: number }[] {
  if (!Array.isArray(codes) || !Array.isArray(scores)) throw invalidValue("ITA.SCORE ต้องการช่วงรหัสข้อและช่วงคะแนน (two ranges)");
  const rows = codes.length;
  const cols = codes[0]?.length ?? 0;
  if (!sameShape(codes, scores))
    throw invalidValue(
      `ช่วงรหัสข้อ (${rangeSize(codes)}) กับช่วงคะแนน (${rangeSize(scores)}) ขนาดไม่เท่ากัน เลือกสองช่วงที่มีจำนวนแถวและคอลัมน์เท่ากัน (ranges differ in size)`,
    );
  const out: { code: string; score: number }[] = [];
  const seen = new Map<string, { score: number; where: string }>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const where = cellPosition(r, c, rows, cols);
      const raw = codes[r][c];
      const named = normalizeCode(raw);
      const score = scoreArg(scores[r][c], named ? `${where} (${named})` : where);
      if (score === undefined) continue;
      if (isBlank(raw)) throw invalidValue(`${where}: มีคะแนน ${score} แต่ไม่มีรหัสข้อ (score without a code)`);
      let code: string;
      try {
        code = findCode(raw, framework, catalog).code;
      } catch (e) {
        if (e instanceof LookupError) throw notAvailable(`${where}: ${e.message}`);
        throw e;
      }
      const before = seen.get(code);
      if (before) {
        if (before.score !== score)
          throw invalidValue(`ข้อ ${code} ซ้ำ: ${before.where} = ${before.score}, ${where} = ${score} (same code, different scores)`);
        continue;
      }
      seen.set(code, { score, where });
      out.push({ code, score });
    }
  }
  if (!out.length) throw notAvailable("ไม่มีคะแนนในช่วงที่เลือก (no scores in the ranges)");
  return out;
}

function missingIndicators(framework: Framework, scores: YearScores, tool: "IIT" | "EIT" | "OIT"): string {
  const missing = framework.indicators.filter((i) => i.tool === tool && scores.indicators[i.number] === undefined);
  return missing.map((i) => i.number).join(", ");
}

function missingTools(framework: Framework, scores: YearScores): string {
  return TOOLS.filter((t) => scores.tools[t] === undefined)
    .map((t) => `${t} (ตัวชี้วัดที่ ${missingIndicators(framework, scores, t)})`)
    .join(", ");
}

/** Scores the items with scoreItems and returns the figure asked for, at 2 decimals as published. */
export function scoreFigure(
  framework: Framework,
  year: number,
  items: { code: string; score: number }[],
  target: ScoreTarget,
): number | string {
  const scores = scoreItems(framework, year, items);
  switch (target.kind) {
    case "overall":
    case "level": {
      if (!scores.overall || !scores.level)
        throw notAvailable(`คำนวณคะแนนรวมไม่ได้: ยังขาดคะแนน ${missingTools(framework, scores)} (IIT, EIT and OIT are all needed)`);
      return target.kind === "level" ? scores.level : round2(scores.overall.value);
    }
    case "tool": {
      const s = scores.tools[target.tool];
      if (!s)
        throw notAvailable(
          `คำนวณคะแนน ${target.tool} ไม่ได้: ยังขาดคะแนนตัวชี้วัดที่ ${missingIndicators(framework, scores, target.tool)} (every indicator of the tool is needed)`,
        );
      return round2(s.value);
    }
    case "indicator": {
      const s = scores.indicators[target.number];
      if (!s) throw notAvailable(`ไม่มีคะแนนข้อใดของตัวชี้วัดที่ ${target.number} ในช่วงที่เลือก (no scores for indicator ${target.number})`);
      return round2(s.value);
    }
    case "subIndicator": {
      const s = scores.subIndicators[target.id];
      if (!s) throw notAvailable(`ไม่มีคะแนนข้อใดของตัวชี้วัดย่อย ${target.id} ในช่วงที่เลือก (no scores for ${target.id})`);
      return round2(s.value);
    }
  }
}
