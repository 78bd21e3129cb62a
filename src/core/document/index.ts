// The document engine's door: the o42 Word document from the workbook as staff left it, and the
// Thai government document kit the o43 progress report will reuse. A door of its own, beside
// src/core/index.ts, so the pane loads it (and docx) only when a document is asked for.
import type { AnalysisResult } from "../analysis/result";
import { buildO42Docx } from "./o42/compose";
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
