import type { Paragraph } from "docx";
import type { DocContext } from "./context";
import { STYLE } from "./styles";
import { styled } from "./text";
import type { CalendarDate } from "./thai-date";
import { thaiDate } from "./thai-date";
import { BLANK, BLANK_DATE, DATE, POSITION, SIGN } from "./wording";

export interface Signer {
  name?: string;
  position?: string;
  date?: CalendarDate;
}

/**
 * The block a head of agency signs: "ลงชื่อ ……", "(name)", "ตำแหน่ง …", "วันที่ …", in the right half of
 * the page and kept together. What is not known yet is left as a dotted line to fill in by hand.
 */
export function signatureBlock(ctx: DocContext, signer: Signer): Paragraph[] {
  const name = signer.name?.trim();
  const position = signer.position?.trim();
  const lines = [
    `${SIGN} ${BLANK}`,
    `(${name || BLANK})`,
    `${POSITION} ${position || BLANK}`,
    `${DATE} ${signer.date ? thaiDate(signer.date) : BLANK_DATE}`,
  ];
  return lines.map((line, i) => styled(ctx, STYLE.signature, line, { keepNext: i < lines.length - 1, spaceBefore: i === 0 ? 36 : 0 }));
}
