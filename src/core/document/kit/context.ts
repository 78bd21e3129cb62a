import type { Digits } from "./digits";
import { digitsIn } from "./digits";

/** What every part of a document is built with: the digits the agency chose, applied to all text. */
export interface DocContext {
  digits: Digits;
  t: (text: string) => string;
}

export function docContext(digits: Digits): DocContext {
  return { digits, t: digitsIn(digits) };
}
