// The engine's one public door: the command (src/cli), the add-in (src/excel, src/taskpane,
// src/functions) and the .xlsx code (src/xlsx) import src/core only from here (enforced by lint).
// Tests may import deeper.

// The whole job.
export type { AnalyzeOptions, AnalysisResult } from "./analysis/result";
export { analyze, analyzeAndRender, hasErrors } from "./analyze";
export { renderSheets, type RenderOptions } from "./render/sheets";
export { toAnalysisJson } from "./report/json";

// Many agencies at once: one summary row each, and the overview workbook's sheets.
export { agencySummary, type AgencySummary, type WeakItem } from "./overview/agency";
// The agency's district and province, from the titles staff type (the o42 document's rule).
export { findPlace, type Place } from "./document/read/place";
export { OverviewBuilder, type OverviewSheet } from "./overview/sheets";

// Problems: how they are built, and the ones an adapter adds a hint to.
export { problem } from "./problems";
export { NO_YEAR, YEAR_CONTRADICTS_EN } from "./analysis/year";
export { NO_DATA } from "./reader/read-workbook";
export { MAX_FILLED_CELLS, tooManyCellsWarning } from "./reader/limits";
export { hiddenSheetNote, nameHiddenSheets, type SheetVisibility } from "./hidden-sheets";

// The o43 progress report: what staff recorded against each measure, as of a day.
// The report itself, its sheet and its JSON are behind the progress door (src/core/progress/index.ts),
// which the pane loads on demand; here what it needs before: the status, date and round rules.
export { overallProgress, progressPercentOf, progressStatusOf } from "./progress/status";
export { fiscalYearOf, parseDay } from "./progress/dates";
export { isoDateOf } from "./document/kit/thai-date";
export { progressRound, roundFor, type RoundOf } from "./progress/round";
// The o43 report's round and date lines (pure text, no docx): the sheet, the command and the pane say the same words.
export { asOfLine, roundLine } from "./document/o43/lines";
export type { WorkbookForDocument } from "./document/read/workbook";
export type { GroupCounts, IsoDate, ProgressMeasure, ProgressReport, ReportRound, StatusCounts } from "./progress/model";

// Plain data shared by every step.
export type {
  Catalog,
  CellValue,
  ClassificationOptions,
  Framework,
  IndicatorNumber,
  IssueNumber,
  LibraryMeasure,
  Problem,
  SheetCells,
  TableInfo,
  ToolKey,
  WorkbookCells,
  YearScores,
} from "./types";

// The fixed vocabulary: tools, issues, severities, statuses, digits.
export {
  DIGITS,
  ISSUE_NUMBERS,
  SEVERITY_LABEL,
  STATUS_LABEL,
  TOOLS,
  TOOL_KEYS,
  TOOL_IN_TEXT,
  TOOL_LABEL,
  TOOL_SHORT,
  PROGRESS_STATUSES,
  PROGRESS_STATUS_LABEL,
  PROGRESS_STATUS_WORDS,
  applyDigits,
  isIssueNumber,
  type Digits,
  type ProgressStatus,
} from "./vocabulary";

// The kinds of sheet the product writes: names, and what a new run does with each.
export { SHEET_KINDS, isOwnSheetName, isSheetKind, ownKindOf, type RenderedKind, type SheetKind } from "./sheet-kinds";

// The add-in's settings (a custom XML part of the workbook) and its record of the sheets it wrote.
export {
  DOCUMENT_FIELDS,
  SETTINGS_NAMESPACE,
  analyzeOptionsFrom,
  defaultSettings,
  settingsFieldErrors,
  validateSettings,
  type DocumentField,
  type SettingsField,
  type Settings,
  type SheetRecord,
} from "./settings/model";
// What the add-in wrote into each sheet (fingerprints and the sheet's marker), to keep staff edits.
export {
  MARKER_NAME,
  cellHash,
  columnKeyOf,
  contentHash,
  markerFormula,
  parseMarker,
  printOf,
  rowIdsOf,
  type CellContent,
  type PlacedCell,
  type PrintColumn,
  type PrintRow,
  type SheetMarker,
  type SheetPrint,
} from "./settings/print";
export { parseSettings, serializeSettings } from "./settings/xml";
// Running again on a workbook we wrote (the add-in, the command and the preview alike): which sheets
// are ours, what staff typed in them, and the plan that keeps it.
export { identifySheets, recordOf, type SheetIdentity, type SheetRole } from "./keep/identify";
export { carryStaffEdits, oldSheetOf, writtenCells, type CarryResult, type OldSheet, type Override } from "./keep/carry";
export { COLS, documentBook, engineCells, generatedKinds, isRead, replacedSheets, stayingSheets, type KnownSheet } from "./keep/known";
export {
  PlanError,
  keptOf,
  planWrite,
  recordsAfter,
  tempPrefix,
  thaiDate,
  type KeptCopy,
  type KnownWorkbook,
  type MarkedSheet,
  type PlannedSheet,
  type PlanOptions,
  type WritePlan,
} from "./keep/plan";

// What the sheets look like, for the two writers (exceljs and Office.js).
export type { ColumnSpec, ColumnValidation, RowTone, SheetSpec, SpecValue } from "./render/spec";
export { validationMessage } from "./render/spec";
export { HEADER_COLOR, TABLE_STYLE, TONE_COLOR } from "./render/look";
export { TITLE_FONT_SIZE, layoutOf, toneRuns, widthToPoints, type SheetLayout } from "./render/layout";
export {
  BODY_FONT_SIZE,
  DOCUMENT_FONT,
  MAX_ROW_HEIGHT,
  columnPoints,
  headingRowHeight,
  lineHeight,
  printSetup,
  rowHeight,
  type PrintSetup,
} from "./render/print";
export { sheetNameProblem, truncateToUnits, uniqueSheetName, uniqueTableName } from "./render/sheet-names";

// The catalog and one code's facts, for the ITA.* formulas and `ita lookup`.
export { BUILTIN_CATALOG } from "./catalog/builtin";
export { findItem, frameworkById, frameworkForYear, latestFramework } from "./catalog/find";
// The score-entry sheet offered for a workbook with no scores (the pane writes it with src/excel).
export {
  TEMPLATE_INPUT_COLOR,
  TEMPLATE_SCORE_COLUMN,
  scoreEntrySheet,
  templateSheetName,
  type TemplateBox,
  type TemplateSheet,
  type TemplateValue,
} from "./catalog/template";
export { LookupError, canonicalCode, findCode, lookupCode, lookupInFramework, resolveFramework, type CodeLookup } from "./code-lookup";
export { classifyScore } from "./analysis/classify";
export { ratingLevel } from "./scoring/levels";
export { scoreItems } from "./scoring/score-items";

// One bounded memo for every cache that lives as long as the page.
export { BoundedCache } from "./bounded-cache";

// Text rules shared with the adapters.
export { cellA1, columnIndex, columnLetter, quoteSheetName, rangeA1 } from "./text/a1";
export { cleanText } from "./text/clean";
export { normalizeCode } from "./text/code";
export { toArabicDigits } from "./text/digits";
export { format2, round2 } from "./text/round";
export { parseScore } from "./text/score";
export {
  attribute,
  attributes,
  decodeAttr,
  decodeText,
  elements,
  escapeAttr,
  escapeText,
  firstElement,
  startTag,
  tagEnd,
  type XmlElement,
} from "./text/xml";
export {
  AGENCY_TYPES,
  AGENCY_TYPE_LABEL,
  AGENCY_TYPE_SHORT,
  agencyTypeFromName,
  isAgencyType,
  type AgencyType,
} from "./measures/agency-type";
