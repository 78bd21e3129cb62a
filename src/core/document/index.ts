// The document engine's door: the o42 Word document from the workbook as staff left it, and the o43
// progress report from a ProgressReport, both built with the Thai government document kit. A door of
// its own, beside src/core/index.ts, so the pane loads it (and docx) only when a document is asked for.
import type { AnalysisResult } from "../analysis/result";
import type { ProgressReport, ReportRound } from "../progress/model";
import { buildO42Docx } from "./o42/compose";
import { buildO43Docx } from "./o43/compose";
import type { O43Choices } from "./o43/model";
import { o42FromWorkbook, type DocumentChoices, type DocumentSources, type WorkbookForDocument } from "./o42/from-workbook";

export type { Basis, Figure, IndicatorRow, IssueItemRow, IssueSection, Limitation, MeasureLine, O42Input, ToolRow } from "./o42/model";
export type { O42Overrides } from "./o42/from-analysis";
export type { DocumentChoices, DocumentSources, WorkbookForDocument } from "./o42/from-workbook";
export { o42FromAnalysis } from "./o42/from-analysis";
export { o42FromWorkbook, sourcesText } from "./o42/from-workbook";
export { buildO42Docx, o42Document } from "./o42/compose";
export { DEFAULT_LIMITATION_SIDES } from "./o42/wording";
export { isoDateOf, parseIsoDate, thaiDate } from "./kit/thai-date";

/** The file name of an agency's o42 document ("o42-2568.docx"). */
export const o42FileName = (fiscalYear: number): string => `o42-${fiscalYear}.docx`;

/** The whole job for an adapter: the .docx bytes and what they were made from. */
export async function o42Docx(
  book: WorkbookForDocument,
  result: AnalysisResult,
  choices: DocumentChoices,
): Promise<{ bytes: Uint8Array; sources: DocumentSources; fiscalYear: number }> {
  const { input, sources } = o42FromWorkbook(book, result, choices);
  return { bytes: await buildO42Docx(input), sources, fiscalYear: input.fiscalYear };
}

export type { O43Choices, O43Input } from "./o43/model";
export { buildO43Docx, o43Document } from "./o43/compose";
export { asOfLine, O43_TITLE, roundLine } from "./o43/wording";

/** The file name of an agency's o43 report for a round ("o43-2568-6m.docx", "o43-2568-12m.docx"). */
export const o43FileName = (fiscalYear: number, round: ReportRound): string =>
  `o43-${fiscalYear}-${round === "halfYear" ? "6m" : "12m"}.docx`;

/** The whole job for an adapter: the o43 .docx bytes of a progress report, and its fiscal year. */
export async function o43Docx(report: ProgressReport, choices: O43Choices): Promise<{ bytes: Uint8Array; fiscalYear: number }> {
  return { bytes: await buildO43Docx({ ...choices, report }), fiscalYear: report.fiscalYear };
}
