// The o43 progress report's door: the report from the measures sheet as staff left it, its sheet and
// its JSON. A door of its own, beside src/core/index.ts, so the pane loads this code only when the
// officer asks for a report; what the pane needs before (the status words, the date and round
// rules, =ITA.PROGRESS's rule) is in the engine's door. The Word document is in src/core/document.
export { progressJob, type ProgressJob } from "./job";
export { NoMeasuresSheet, progressReport, type ProgressOptions } from "./report";
export { timeframeEnd } from "./due";
export { toProgressJson } from "./json";
export { progressSheet, type ProgressSheetOptions } from "../render/progress";
export type { GroupCounts, IsoDate, ProgressMeasure, ProgressReport, ReportRound, StatusCounts } from "./model";
