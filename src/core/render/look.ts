import type { RowTone } from "./spec";

// The look of the generated sheets, shared by both writers (exceljs and Office.js).

export const TABLE_STYLE = "TableStyleMedium2";

/** Status fills (#RRGGBB): urgent red, improve amber, maintain green; problems red and amber. */
export const TONE_COLOR: Record<Exclude<RowTone, undefined>, string> = {
  urgent: "#FFC7CE",
  improve: "#FFEB9C",
  maintain: "#C6EFCE",
  error: "#FF8B8B",
  warning: "#FFD966",
};

/** The header colour of TableStyleMedium2, set explicitly where a table style is not drawn. */
export const HEADER_COLOR = "#4472C4";
