import type { Framework } from "../types";
import { BoundedCache } from "../bounded-cache";
import { CONFIRM_THRESHOLD } from "./confirm";
import { BigramCache, bigramsOfNormalized, diceOf, normalizeForCompare } from "./similar";
import { toArabicDigits } from "../text/digits";

// An item told by its text alone (a question or an OIT title with no code): matched against the
// catalog texts of a framework with the same bigram similarity that confirms OCR-damaged codes.

/** The best match must beat the next item by this much, else the text is ambiguous. */
export const TITLE_MARGIN = 0.1;
/** Shorter texts (normalised characters) match only when they are written as a catalog text ("Q&A"). */
const MIN_FUZZY = 4;
/** Dice ≥ 0.6 needs the shorter text to be at least this share of the longer one (2r / (1 + r) ≥ 0.6). */
const MIN_RATIO = CONFIRM_THRESHOLD / (2 - CONFIRM_THRESHOLD);

export interface TitleMatch {
  code: string;
  score: number;
  /** Another item within TITLE_MARGIN of the best: the text is ambiguous. */
  runnerUp?: { code: string; score: number };
}

interface Entry {
  code: string;
  text: string;
  norm: string;
  /** Lower case without spaces, punctuation kept: how a short title must be written to match ("Q&A"). */
  exact: string;
}

const exactForm = (text: string): string => toArabicDigits(text).toLowerCase().replace(/\s+/g, "");

/** Catalog texts of each framework, their bigrams, and verdicts per text (bounded). */
export class TitleMatcher {
  private readonly grams = new BigramCache();
  private readonly entries = new WeakMap<Framework, Entry[]>();
  private readonly memo = new BoundedCache<string, TitleMatch | null>(20_000);
  private readonly ids = new WeakMap<Framework, number>();
  private nextId = 0;

  private entriesOf(framework: Framework): Entry[] {
    let list = this.entries.get(framework);
    if (!list) {
      list = framework.items
        .filter((i) => i.textKnown)
        .map((i) => ({ code: i.code, text: i.text, norm: normalizeForCompare(i.text), exact: exactForm(i.text) }));
      this.entries.set(framework, list);
    }
    return list;
  }

  private idOf(framework: Framework): number {
    let id = this.ids.get(framework);
    if (id === undefined) this.ids.set(framework, (id = this.nextId++));
    return id;
  }

  /** The item of `framework` whose text is most like `text`, if any reaches CONFIRM_THRESHOLD. */
  match(text: string, framework: Framework): TitleMatch | undefined {
    const key = `${this.idOf(framework)}|${text}`;
    return this.memo.getOrAdd(key, () => this.matchUncached(text, framework) ?? null) ?? undefined;
  }

  private matchUncached(text: string, framework: Framework): TitleMatch | undefined {
    const norm = normalizeForCompare(text);
    if (norm.length < 2) return undefined;
    const entries = this.entriesOf(framework);
    if (norm.length < MIN_FUZZY) {
      // Too short for bigrams: only the title as written counts ("q{\\A" is not "Q&A").
      const exact = exactForm(text);
      const same = entries.filter((e) => e.exact === exact);
      return same.length === 1 ? { code: same[0].code, score: 1 } : undefined;
    }
    const g = bigramsOfNormalized(norm);
    let best: { code: string; score: number } | undefined;
    let second: { code: string; score: number } | undefined;
    for (const e of entries) {
      const ratio = Math.min(norm.length, e.norm.length) / Math.max(norm.length, e.norm.length);
      if (ratio < MIN_RATIO) continue;
      const score = e.norm === norm ? 1 : diceOf(g, this.grams.get(e.text));
      if (!best || score > best.score) {
        second = best;
        best = { code: e.code, score };
      } else if (!second || score > second.score) second = { code: e.code, score };
    }
    if (!best || best.score < CONFIRM_THRESHOLD) return undefined;
    return second && best.score - second.score < TITLE_MARGIN ? { ...best, runnerUp: second } : best;
  }
}

/** One matcher for every catalog: it keys what it learns by framework object. */
export const TITLES = new TitleMatcher();
