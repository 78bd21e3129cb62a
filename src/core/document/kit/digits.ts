import { toArabicDigits, toThaiDigits } from "../../text/digits";
import { format2 } from "../../text/round";

import type { Digits } from "../../vocabulary";

/** Every number a document shows is written in one kind of digit, as the agency chooses. */
export type { Digits };

/**
 * Applies the chosen digits to a piece of display text, data and fixed text alike, both ways: staff may
 * have typed Thai digits in a sheet of a document set in Arabic ones.
 */
export function digitsIn(digits: Digits): (text: string) => string {
  return digits === "thai" ? toThaiDigits : toArabicDigits;
}

/** A score as published: two decimals ("92.59"). */
export const scoreText = (value: number): string => format2(value);

/** A change between two years with its sign ("+10.39", "-0.91", "0.00"). */
export function changeText(value: number): string {
  const s = format2(value);
  return value > 0 && s !== "0.00" ? `+${s}` : s === "-0.00" ? "0.00" : s;
}
