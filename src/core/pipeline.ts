// The whole job as one call: cells in, analysis and plan out. Adapters (CLI, add-in) call only this.
export type { AnalyzeOptions, AnalysisResult } from "./analysis/result";
export { analyzeWorkbook, hasErrors } from "./analysis/run";
