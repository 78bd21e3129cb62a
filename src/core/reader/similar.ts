import { toArabicDigits } from "../text/digits";

// Fuzzy text comparison for Thai question texts and names: character-bigram Dice coefficient
// over a normalised form (no spaces, punctuation or case; Thai digits as Arabic).

/** Bigram multiset: key = two UTF-16 units packed in one number. */
export type Bigrams = Map<number, number>;

const STRIP = /[^\p{L}\p{M}\p{N}]+/gu;

/** The form texts are compared in. */
export function normalizeForCompare(text: string): string {
  return toArabicDigits(text)
    .toLowerCase()
    .replace(/<[^>]*>/g, "")
    .replace(STRIP, "");
}

/** Bigrams of an already normalised text. */
export function bigramsOfNormalized(s: string): Bigrams {
  const grams: Bigrams = new Map();
  if (s.length === 1) grams.set(s.charCodeAt(0), 1);
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

export function bigrams(text: string): Bigrams {
  return bigramsOfNormalized(normalizeForCompare(text));
}

function size(grams: Bigrams): number {
  let n = 0;
  for (const k of grams.values()) n += k;
  return n;
}

/** Dice coefficient of two bigram multisets: 1 for equal texts, 0 for nothing in common. */
export function diceOf(a: Bigrams, b: Bigrams): number {
  const total = size(a) + size(b);
  if (total === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const [g, k] of small) {
    const other = large.get(g);
    if (other) common += Math.min(k, other);
  }
  return (2 * common) / total;
}

export function similarity(a: string, b: string): number {
  return diceOf(bigrams(a), bigrams(b));
}

/** Caches the bigrams of fixed reference texts (catalog texts, names). */
export class BigramCache {
  private readonly cache = new Map<string, Bigrams>();
  get(text: string): Bigrams {
    let g = this.cache.get(text);
    if (!g) this.cache.set(text, (g = bigrams(text)));
    return g;
  }
}
