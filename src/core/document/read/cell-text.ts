import type { CellValue } from "../../types";

/** A cell as text for the document: numbers as written, line breaks kept, outer spaces trimmed. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return "";
  return v.replace(/\r\n?/g, "\n").trim();
}

/** A header cell, compared without spaces and line breaks. */
export const headerKey = (v: CellValue): string => cellText(v).replace(/\s+/g, "");
