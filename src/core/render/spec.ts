// What the output sheets contain, independent of the spreadsheet library that writes them.
// Both the `ita` command (exceljs) and the add-in (Office.js) only translate these specs.

import type { RenderedKind } from "../sheet-kinds";

export type SpecValue = string | number | null;

export interface ColumnSpec {
  header: string;
  /** The column's id across runs (the add-in carries staff edits by it, never by the Thai header). */
  key?: string;
  /** Staff fill this column (the add-in writes it blank or with a default): what they wrote is always kept, by row id. */
  owner?: "staff";
  /** Width in Excel character units, sized for Thai text. */
  width: number;
  /** Excel number format for numeric cells ("0.00"); text columns leave it unset. */
  numFmt?: string;
  wrap?: boolean;
  /** A working column (where a figure came from, the codes a row answers): grouped on screen, left out of print. */
  internal?: boolean;
  /**
   * Shown on screen, not printed: the staff's progress columns beside the o42 table (the printed
   * table stays the o42 one, at its size). Screen-only columns come last; the print area stops before them.
   */
  screenOnly?: boolean;
  /** What a body cell may hold: Excel refuses anything else with `validationMessage`'s Thai text. */
  validation?: ColumnValidation;
}

/** A data-validation rule of a column's body cells. */
export type ColumnValidation = { kind: "list"; values: readonly string[] } | { kind: "decimal"; min: number; max: number };

/** The title and Thai message Excel shows when a cell breaks its column's rule (both writers use it). */
export function validationMessage(v: ColumnValidation): { title: string; message: string } {
  switch (v.kind) {
    case "list":
      return { title: "เลือกจากรายการ", message: `เลือกหนึ่งในรายการ: ${v.values.join(" / ")}` };
    case "decimal":
      return { title: "ตัวเลขไม่ถูกต้อง", message: `กรอกตัวเลขตั้งแต่ ${v.min} ถึง ${v.max}` };
  }
}

/** Row highlight: the status of the item or measure it shows. */
export type RowTone = "urgent" | "improve" | "maintain" | "error" | "warning" | undefined;

export interface ChartSpec {
  title: string;
  /** Rows of the table (0-based, within rows) holding the categories and series. */
  categoryColumn: number;
  seriesColumns: number[];
  firstRow: number;
  lastRow: number;
}

export interface SheetSpec {
  key: RenderedKind;
  /** Thai sheet name, at most 31 UTF-16 units, without : \ / ? * [ ]. */
  name: string;
  /** Lines written above the table (title, agency, year…), one cell each in column A. */
  heading: string[];
  columns: ColumnSpec[];
  rows: SpecValue[][];
  /** Each row's id across runs (a measure: issue and library id), so staff edits follow the row, not its position. */
  rowIds?: string[];
  tones?: RowTone[];
  /** Excel table name: unique, ASCII, no spaces. */
  tableName: string;
  chart?: ChartSpec;
  /** The printed footer's text: the agency and the results year (core/render/print.ts adds the page number). */
  footer?: string;
}
