import type {
  Catalog,
  ClassificationOptions,
  Comparison,
  Framework,
  IndicatorAnalysis,
  ItemAnalysis,
  IssueAnalysis,
  LibraryMeasure,
  MeasurePlan,
  Problem,
  ReadResult,
  YearScores,
} from "../types";
import type { AgencyType } from "../measures/agency-type";

export interface AnalyzeOptions {
  /** BE results year; overrides what the workbook says. */
  year?: number;
  /** Framework id ("2566", "2567", "2568"); overrides detection. */
  frameworkId?: string;
  agency?: string;
  classification?: Partial<ClassificationOptions>;
  /** BE fiscal year of the measures; default: results year + 1. */
  fiscalYear?: number;
  /** The kind of agency (its responsible units); blank = told from the agency's name. */
  agencyType?: AgencyType;
  /** The built-in catalog unless given (tests, the add-in's cached copy). */
  catalog?: Catalog;
  /** Problems the caller found before the analysis (saved settings it could not use): reported after the engine's own. */
  problems?: Problem[];
}

export interface AnalysisResult {
  agency?: string;
  /** BE year of the results; undefined only when no year could be told (then there is an error problem). */
  year: number | undefined;
  framework: Framework;
  /** The catalog after the workbook's own catalog sheet was applied. */
  catalog: Catalog;
  current: YearScores;
  previous?: YearScores;
  comparison?: Comparison;
  items: ItemAnalysis[];
  /** Indicators scored without any of their questions, analysed at the indicator level. */
  indicators: IndicatorAnalysis[];
  issues: IssueAnalysis[];
  /** Which figures of the year are provisional and why (a provisional OIT grouping), for the pane and the summary sheet. */
  provisionalNote?: string;
  plan: MeasurePlan;
  /** The measures library in force (the workbook's library sheet over the built-in one). */
  library: LibraryMeasure[];
  libraryFromWorkbook: boolean;
  /** The kind of agency whose units the measures name, and how it was known (the setting, the name, or neither). */
  agencyType: { type: AgencyType; from: "setting" | "name" | "unknown" };
  classification: ClassificationOptions;
  read: ReadResult;
  problems: Problem[];
}
