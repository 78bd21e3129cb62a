// The document engine's door: the o42 Word document from an analysis, and the Thai government document
// kit the o43 progress report will reuse. Loaded on its own (docx is large) only when a document is asked for.
export type { Basis, Figure, IndicatorRow, IssueItemRow, IssueSection, Limitation, MeasureLine, O42Input, ToolRow } from "./o42/model";
export type { O42Overrides } from "./o42/from-analysis";
export { o42FromAnalysis } from "./o42/from-analysis";
export { buildO42Docx, o42Document } from "./o42/compose";
export { DEFAULT_LIMITATION_SIDES } from "./o42/wording";
export type { Digits } from "./kit/digits";
export { thaiDate, parseIsoDate } from "./kit/thai-date";
