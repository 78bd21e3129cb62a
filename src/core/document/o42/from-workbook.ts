import type { AnalysisResult } from "../../analysis/result";
import { SHEET_KINDS } from "../../sheet-kinds";
import type { Digits } from "../kit/digits";
import { readLimitationsSheet } from "../read/limitations-sheet";
import { readMeasuresSheet } from "../read/measures-sheet";
import { findPlace } from "../read/place";
import { kindOf, latest, type WorkbookForDocument } from "../read/workbook";
import { o42FromAnalysis } from "./from-analysis";
import type { O42Input } from "./model";
import * as W from "./wording";

// The o42 document from the workbook as staff left it: the measures sheet they edited (not a fresh
// plan), the limitations sheet they filled in, the district and province of the titles, with the
// settings (head of agency, place, digits) over them. Says which it used.

export type { WorkbookForDocument };

export interface DocumentChoices {
  digits: Digits;
  /** ISO date of the document (common era), "2026-10-01". */
  date?: string;
  headName?: string;
  headPosition?: string;
  district?: string;
  province?: string;
}

export interface DocumentSources {
  /** The measures sheet whose rows the document prints; none: the plan made from this analysis. */
  measuresSheet?: string;
  measuresRows: number;
  limitationsSheet?: string;
  /** Weak items of this analysis that no row of the staff's measures sheet answers. */
  unanswered: string[];
}

export function o42FromWorkbook(
  book: WorkbookForDocument,
  result: AnalysisResult,
  choices: DocumentChoices,
): { input: O42Input; sources: DocumentSources } {
  const measuresSheet = latest(book, "measures");
  const measures = measuresSheet ? readMeasuresSheet(measuresSheet) : undefined;
  const limitationsSheet = latest(book, "limitations");
  const limitations = limitationsSheet ? readLimitationsSheet(limitationsSheet) : undefined;
  const found = findPlace({ sheets: book.sheets }, (name) => kindOf(book, { name }) !== undefined);

  const blank = (v?: string) => (v && v.trim() ? v.trim() : undefined);
  const district = blank(choices.district) ?? found.district;
  const province = blank(choices.province) ?? found.province;
  const headName = blank(choices.headName);
  const headPosition = blank(choices.headPosition);
  const input = o42FromAnalysis(result, {
    digits: choices.digits,
    ...(choices.date ? { date: choices.date } : {}),
    ...(district ? { district } : {}),
    ...(province ? { province } : {}),
    ...(headName || headPosition
      ? { head: { ...(headName ? { name: headName } : {}), ...(headPosition ? { position: headPosition } : {}) } }
      : {}),
    ...(measures && measures.rows.length ? { measures: measures.rows } : {}),
    ...(limitations && limitations.length ? { limitations } : {}),
  });

  // A staff sheet from an earlier analysis may lack rows for items that are weak now.
  const answered = new Set(measures?.codes.flat() ?? []);
  const hasCodes = measures?.codes.some((c) => c.length > 0) ?? false;
  const unanswered =
    measures && hasCodes
      ? result.items.filter((i) => (i.status === "urgent" || i.status === "improve") && !answered.has(i.code)).map((i) => i.code)
      : [];

  return {
    input,
    sources: {
      ...(input.measuresSource === "workbook" && measuresSheet ? { measuresSheet: measuresSheet.name } : {}),
      measuresRows: input.measures.length,
      // A sheet still holding only its prompts has not been filled in yet.
      ...(limitations?.some((l) => l.detail) && limitationsSheet ? { limitationsSheet: limitationsSheet.name } : {}),
      unanswered,
    },
  };
}

/** What the document was made from, in Thai, one line each: for the command and the pane to say. */
export function sourcesText(s: DocumentSources): string[] {
  const lines = [
    s.measuresSheet ? W.measuresFromSheet(s.measuresSheet, s.measuresRows) : W.measuresFromPlan(SHEET_KINDS.measures.name, s.measuresRows),
    s.limitationsSheet ? W.limitationsFromSheet(s.limitationsSheet) : W.limitationsBlank(SHEET_KINDS.limitations.name),
  ];
  if (s.unanswered.length) lines.push(W.unansweredItems(s.measuresSheet ?? SHEET_KINDS.measures.name, s.unanswered.join(", ")));
  return lines;
}
