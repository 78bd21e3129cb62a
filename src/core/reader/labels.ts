import type { Catalog, IndicatorNumber, ObservationTarget, ToolKey } from "../types";
import { toArabicDigits } from "../text/digits";
import { eitPartIn } from "./eit-parts";
import type { Grid } from "./grid";
import { BigramCache, bigramsOfNormalized, diceOf, normalizeForCompare } from "./similar";
import { singleYear } from "./years";
import { BoundedCache } from "../bounded-cache";

// Row labels of indicator and tool summaries: what a label cell names, if anything.

export interface RowLabel {
  target: Exclude<ObservationTarget, { kind: "item" }>;
  col: number;
  /** A number cell to the left that belongs to the label (`๑ | การปฏิบัติหน้าที่`). */
  numberCol?: number;
  /** Indicator and sub-indicator labels outrank tool labels, which outrank overall labels. */
  strength: number;
  /** A year written in the label ("คะแนนเฉลี่ย ปี 2566"). */
  year?: number;
  /** EIT part told only by number ("EIT ส่วนที่ 1"): worth a warning. */
  partByNumber?: boolean;
  /** Told by its name alone (no number, no tool word): how similar the name is. An item title that is more similar wins. */
  nameScore?: number;
}

const MAX_LABEL = 90;
const HAS_LETTER = /\p{L}/u;
const HAS_THAI_DIGIT = /[๐-๙]/;
const NAME_WITH_NUMBER = 0.6;
const NAME_ALONE = 0.7;
const NAME_MARGIN = 0.15;

interface Named {
  key: string;
  name: string;
  length: number;
}

/** Indicator and sub-indicator names of every framework of a catalog (plus spellings seen in the wild). */
export class LabelContext {
  readonly indicators: Named[] = [];
  readonly subs: Named[] = [];
  readonly subIds = new Set<string>();
  private readonly grams = new BigramCache();

  constructor(catalog: Catalog) {
    const seen = new Set<string>();
    const add = (list: Named[], key: string, name: string) => {
      const norm = normalizeForCompare(name);
      if (!norm || seen.has(`${key}|${norm}`)) return;
      seen.add(`${key}|${norm}`);
      list.push({ key, name, length: norm.length });
    };
    for (const fw of catalog.frameworks) {
      for (const ind of fw.indicators) add(this.indicators, String(ind.number), ind.name);
      for (const sub of fw.subIndicators) {
        add(this.subs, sub.id, sub.name);
        this.subIds.add(sub.id);
      }
    }
  }

  /** Best match of a name among the given entries (optionally only those of one key). */
  match(list: Named[], text: string, key?: string): { key: string; score: number; second: number } | undefined {
    // The same labels recur in every workbook: remember the verdicts (bounded).
    const memoKey = `${list === this.indicators ? "i" : "s"}|${key ?? ""}|${text}`;
    return this.memo.getOrAdd(memoKey, () => this.matchUncached(list, text, key));
  }

  private readonly memo = new BoundedCache<string, { key: string; score: number; second: number } | undefined>(20_000);

  private matchUncached(list: Named[], text: string, key?: string): { key: string; score: number; second: number } | undefined {
    const norm = normalizeForCompare(text);
    if (norm.length < 3) return undefined;
    const g = bigramsOfNormalized(norm);
    const bestPerKey = new Map<string, number>();
    for (const n of list) {
      if (key !== undefined && n.key !== key) continue;
      const ratio = norm.length / n.length;
      if (ratio < 0.6 || ratio > 1.6) continue;
      const s = diceOf(g, this.grams.get(n.name));
      if (s > (bestPerKey.get(n.key) ?? 0)) bestPerKey.set(n.key, s);
    }
    let best: { key: string; score: number } | undefined;
    let second = 0;
    for (const [k, s] of bestPerKey) {
      if (!best || s > best.score) {
        if (best) second = Math.max(second, best.score);
        best = { key: k, score: s };
      } else second = Math.max(second, s);
    }
    return best ? { ...best, second } : undefined;
  }
}

/** Strips what may surround a name: "ตัวชี้วัด", a tool in brackets, trailing punctuation. */
function bareName(text: string): string {
  return text
    .replace(/^ตัวชี้วัด(?:ย่อย)?(?:ที่)?\s*/, "")
    .replace(/\(\s*(?:IIT|EIT|OIT)\s*\)/gi, "")
    .replace(/[\s.:：\-–]+$/, "")
    .trim();
}

/** A small number written in a cell (1, "๑", "2.", 9.1): an indicator or sub-indicator number. */
export function numberIn(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return undefined;
  const t = toArabicDigits(value).trim().replace(/[.)]$/, "");
  return /^[0-9]{1,2}(?:\.[0-9])?$/.test(t) ? Number(t) : undefined;
}

export function indicatorTarget(n: number): RowLabel["target"] | undefined {
  return Number.isInteger(n) && n >= 1 && n <= 10 ? { kind: "indicator", indicator: n as IndicatorNumber } : undefined;
}

const IND_NUMBERED = /^ตัวชี้วัด(?:ที่)?\s*([0-9]{1,2})(?![0-9]|\.[0-9])\s*[.:)]?\s*(.*)$/;
const NUMBER_NAME = /^([0-9]{1,2})(?:\s*[.)]\s*|\s+)(?![0-9])(.+)$/;
const SUB_NUMBERED = /^(ตัวชี้วัดย่อย(?:ที่)?\s*)?([0-9]{1,2}\.[0-9])(?![0-9])\s*[.:)]?\s*(.*)$/;

const EIT = /\bEIT\b|ผู้รับบริการภายนอก|ผู้มีส่วนได้ส่วนเสียภายนอก/i;
const IIT = /\bIIT\b|บุคลากรภายใน|ผู้มีส่วนได้ส่วนเสียภายใน/i;
const OIT = /\bOIT\b|เปิดเผยข้อมูลสาธารณะ/i;
const OVERALL = /^(?:คะแนนเฉลี่ย|ค่าเฉลี่ย|คะแนนรวม|ผลคะแนนรวม|ผลรวม|ผลการประเมิน|ผลคะแนน|คะแนน|ITA|overall|total)\s*(.*)$/i;
/** What may follow an overall keyword: ITA, a year phrase, "รวม", "ภาพรวม" and the like. */
const OVERALL_REST =
  /^(?:\(?\s*ITA\s*\)?|ภาพรวม|รวม|ทั้งหมด|ทั้งหน่วยงาน|score|ของหน่วยงาน|\s|[().:：\-–]|ประจำ|ปี(?:งบประมาณ)?|พ\.?\s*ศ\.?|[0-9]{4})*$/i;

function toolLabel(t: string): { tool: ToolKey; partByNumber?: boolean } | undefined {
  const e = EIT.test(t);
  const i = IIT.test(t);
  const o = OIT.test(t);
  if (Number(e) + Number(i) + Number(o) !== 1) return undefined;
  if (i) return { tool: "IIT" };
  if (o) return { tool: "OIT" };
  const eit = eitPartIn(t);
  if (eit.part) return { tool: eit.part === "public" ? "EIT_PUBLIC" : "EIT_SURVEY" };
  if (eit.partNumber) return { tool: eit.partNumber === 1 ? "EIT_PUBLIC" : "EIT_SURVEY", partByNumber: true };
  return { tool: "EIT" };
}

/**
 * What the label cell at (r, c) names. Cells holding item codes must be left out by the caller.
 * `ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่`, `๑. การปฏิบัติหน้าที่`, `๑ | การปฏิบัติหน้าที่`, a name alone, `9.1 ข้อมูลพื้นฐาน`,
 * `ผลการประเมินบุคลากรภายใน (IIT)`, `EIT (เข้าตอบเอง)`, `คะแนนเฉลี่ย`, `ITA`.
 */
export function classifyLabel(grid: Grid, r: number, c: number, ctx: LabelContext): RowLabel | undefined {
  const raw = grid.text(r, c);
  if (!raw || raw.length > MAX_LABEL) return undefined;
  if (!HAS_LETTER.test(raw)) return undefined;
  const t = HAS_THAI_DIGIT.test(raw) ? toArabicDigits(raw) : raw;
  const withYear = (label: RowLabel): RowLabel => {
    const year = singleYear(t);
    return year !== undefined ? { ...label, year } : label;
  };

  const sub = SUB_NUMBERED.exec(t);
  if (sub && ctx.subIds.has(sub[2])) {
    const rest = bareName(sub[3]);
    if (sub[1] || (rest.length >= 2 && HAS_LETTER.test(rest)))
      return withYear({ target: { kind: "subIndicator", id: sub[2] }, col: c, strength: 3 });
  }
  const numbered = IND_NUMBERED.exec(t);
  if (numbered) {
    const target = indicatorTarget(Number(numbered[1]));
    return target ? withYear({ target, col: c, strength: 3 }) : undefined;
  }
  const numberName = NUMBER_NAME.exec(t);
  if (numberName) {
    const n = Number(numberName[1]);
    const target = indicatorTarget(n);
    const m = target ? ctx.match(ctx.indicators, bareName(numberName[2]), String(n)) : undefined;
    if (target && m && m.score >= NAME_WITH_NUMBER) return withYear({ target, col: c, strength: 3 });
  }

  const name = bareName(t);
  if (name.length <= 60 && !numberName) {
    // A number in the cell to the left (`๑ | การปฏิบัติหน้าที่`, `9.1 | ข้อมูลพื้นฐาน`) settles which one.
    const n = c > 0 ? numberIn(grid.get(r, c - 1)) : undefined;
    // Only an indicator or sub-indicator number counts (a score to the left is another column's).
    const left = n !== undefined && (indicatorTarget(n) !== undefined || ctx.subIds.has(String(n))) ? n : undefined;
    if (left !== undefined) {
      const id = String(left);
      if (Number.isInteger(left)) {
        const target = indicatorTarget(left);
        const m = target ? ctx.match(ctx.indicators, name, id) : undefined;
        if (target && m && m.score >= NAME_WITH_NUMBER) return withYear({ target, col: c, numberCol: c - 1, strength: 3 });
      } else if (ctx.subIds.has(id)) {
        const m = ctx.match(ctx.subs, name, id);
        if (m && m.score >= NAME_WITH_NUMBER)
          return withYear({ target: { kind: "subIndicator", id }, col: c, numberCol: c - 1, strength: 3 });
      }
    } else {
      const m = ctx.match(ctx.indicators, name);
      if (m && m.score >= NAME_ALONE && m.score - m.second >= NAME_MARGIN) {
        const target = indicatorTarget(Number(m.key));
        if (target) return withYear({ target, col: c, strength: 3, nameScore: m.score });
      }
      const s = ctx.match(ctx.subs, name);
      if (s && s.score >= 0.8 && s.score - s.second >= NAME_MARGIN)
        return withYear({ target: { kind: "subIndicator", id: s.key }, col: c, strength: 3, nameScore: s.score });
    }
  }

  const tool = toolLabel(t);
  if (tool)
    return withYear({
      target: { kind: "tool", tool: tool.tool },
      col: c,
      strength: 2,
      ...(tool.partByNumber ? { partByNumber: true } : {}),
    });

  const overall = OVERALL.exec(t);
  if (overall && OVERALL_REST.test(overall[1])) {
    // "คะแนน" alone is a column header, not a row label.
    if (/^คะแนน$/i.test(t.trim()) || /^ผลการประเมิน$/.test(t.trim())) return undefined;
    return withYear({ target: { kind: "overall" }, col: c, strength: 1 });
  }
  return undefined;
}
