import type { Framework, Problem } from "../types";
import { findItem } from "../catalog/find";
import { BoundedCache } from "../bounded-cache";
import { BigramCache, bigramsOfNormalized, diceOf, normalizeForCompare, type Bigrams } from "./similar";
import { quoted, warning } from "../problems";

// Checking a written code against the text beside it, in the frameworks given (the reader: all of
// them, to find the tables; identify.ts: the framework of the year being scored). OCR that dropped
// the i (`119` = i19) is accepted only when the text is i19's; a code whose text is clearly another
// item's is read as that item.

/** Texts at least this similar (bigram Dice) are the same question. */
export const CONFIRM_THRESHOLD = 0.6;
/** Another code's text must beat the written code's by this much before the text wins. */
export const CORRECTION_MARGIN = 0.15;
/** Texts shorter than this (normalised characters) say too little to confirm anything. */
const MIN_TEXT = 4;

export interface CodeCheck {
  /** The code to read; undefined when an OCR candidate is not confirmed. */
  code?: string;
  /** Written code and the code the text matches, when they differ. */
  corrected?: { from: string; to: string; score: number };
}

/** Compares texts with catalog texts of the frameworks given (bigrams cached per text). */
export class CodeChecker {
  private readonly grams = new BigramCache();
  private readonly frameworks: Framework[];
  private readonly corrections: Framework[];
  constructor(frameworks: { texts: Framework[]; corrections: Framework[] }) {
    this.frameworks = frameworks.texts;
    this.corrections = frameworks.corrections;
  }

  /** Normalised catalog texts, to spot exact copies without comparing bigrams. */
  private readonly normalized = new Map<string, string>();
  /** Results per code and text: the same table often stands on several sheets. A checker lives as
   * long as its catalog, so its memory is bounded. */
  private readonly memo = new BoundedCache<string, CodeCheck>(20_000);

  private norm(text: string): string {
    let n = this.normalized.get(text);
    if (n === undefined) this.normalized.set(text, (n = normalizeForCompare(text)));
    return n;
  }

  /** Best similarity of a text to the catalog text of `code`; unknown if some candidate framework lacks that text. */
  private scoreFor(norm: string, grams: () => Bigrams, code: string): { score?: number; unknown: boolean } {
    let best: number | undefined;
    let unknown = false;
    for (const fw of this.frameworks) {
      const item = findItem(fw, code);
      if (!item) continue;
      if (!item.textKnown) {
        unknown = true;
        continue;
      }
      const s = this.norm(item.text) === norm ? 1 : diceOf(grams(), this.grams.get(item.text));
      if (best === undefined || s > best) best = s;
    }
    return { score: best, unknown };
  }

  private bestOther(g: Bigrams, letter: string, except: string): { code: string; score: number } | undefined {
    let best: { code: string; score: number } | undefined;
    for (const fw of this.corrections) {
      for (const item of fw.items) {
        if (item.code[0] !== letter || item.code === except || !item.textKnown) continue;
        const s = diceOf(g, this.grams.get(item.text));
        if (!best || s > best.score) best = { code: item.code, score: s };
      }
    }
    return best;
  }

  private cached(kind: string, code: string, text: string, run: () => CodeCheck): CodeCheck {
    return this.memo.getOrAdd(`${kind}|${code}|${text}`, run);
  }

  /** A code written in the workbook, with the text beside it. */
  checkWritten(code: string, text: string): CodeCheck {
    return this.cached("w", code, text, () => {
      const norm = normalizeForCompare(text);
      if (norm.length < MIN_TEXT) return { code };
      let g: Bigrams | undefined;
      const grams = () => (g ??= bigramsOfNormalized(norm));
      const own = this.scoreFor(norm, grams, code);
      // Unknown text somewhere, or a text so close to its own that no other could beat it by the margin.
      if (own.unknown || own.score === undefined || own.score > 1 - CORRECTION_MARGIN) return { code };
      const other = this.bestOther(grams(), code[0], code);
      if (other && other.score >= CONFIRM_THRESHOLD && other.score - own.score >= CORRECTION_MARGIN)
        return { code: other.code, corrected: { from: code, to: other.code, score: other.score } };
      return { code };
    });
  }

  /** An OCR candidate (`119 …` → i19): read only when the text is that question's. */
  checkCandidate(candidate: string, text: string): CodeCheck {
    return this.cached("c", candidate, text, () => {
      const norm = normalizeForCompare(text);
      if (norm.length < MIN_TEXT) return {};
      let g: Bigrams | undefined;
      const own = this.scoreFor(norm, () => (g ??= bigramsOfNormalized(norm)), candidate);
      return own.score !== undefined && own.score >= CONFIRM_THRESHOLD ? { code: candidate } : {};
    });
  }
}

export function correctionWarning(cell: string, raw: string, from: string, to: string): Problem {
  return warning(
    cell,
    `รหัส ${from} ที่ ${cell} ไม่ตรงกับข้อความ ${quoted(raw)} ซึ่งเป็นข้อความของข้อ ${to} จึงอ่านเป็นข้อ ${to}: ถ้าไม่ใช่ให้แก้รหัสหรือข้อความให้ตรงกัน`,
    `code ${from} but the text is ${to}'s: read as ${to}`,
  );
}

export function unconfirmedWarning(cell: string, raw: string, candidate: string): Problem {
  return warning(
    cell,
    `${quoted(raw)} ที่ ${cell} อาจเป็นข้อ ${candidate} แต่ข้อความไม่ตรงกับข้อคำถาม จึงไม่นำมาใช้: ถ้าเป็นข้อ ${candidate} ให้เขียนรหัสเป็น ${candidate}`,
    `looks like ${candidate} but the text does not confirm it: not read`,
  );
}
