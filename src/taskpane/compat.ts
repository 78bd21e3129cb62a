// What this Excel can do for the pane, from Office's requirement sets (the manifest's floor is
// checked by test/taskpane/requirement-sets.test.ts; these are the sets above the pane-only
// manifest's floor). Pure: the host passes Office.context.requirements.isSetSupported.
import type { RequirementSet } from "../excel/capabilities";
import type { HostCapabilities } from "./host";
import { T } from "./strings";

export type IsSetSupported = (set: RequirementSet, version: string) => boolean;

/** The ExcelApi the pane needs to read and write a workbook (the pane-only manifest declares it). */
export const PANE_EXCEL_API = "1.7";
/** What the ITA.* formulas use (CustomFunctions.Error and its codes are CustomFunctionsRuntime 1.3). */
export const FUNCTIONS_RUNTIME = "1.3";

/** `paneOnly`: the page of the pane-only manifest (pane.html: no shared runtime, no custom functions). */
export function capabilitiesOf(isSetSupported: IsSetSupported, paneOnly: boolean): HostCapabilities {
  if (!isSetSupported("ExcelApi", PANE_EXCEL_API)) return { canRun: false, limits: [T.cannotRun] };
  const limits: string[] = [];
  if (!isSetSupported("ExcelApi", "1.9")) limits.push(T.limitPrint);
  if (paneOnly) limits.push(T.limitPaneOnly);
  else if (!isSetSupported("SharedRuntime", "1.1")) limits.push(T.limitFormulas, T.limitFollow);
  else if (!isSetSupported("CustomFunctionsRuntime", FUNCTIONS_RUNTIME)) limits.push(T.limitFormulas);
  return { canRun: true, limits };
}

/** Is this the pane-only page? pane.html says so in `<meta name="ita-runtime" content="pane">`. */
export function isPaneOnly(doc: Document): boolean {
  return doc.querySelector('meta[name="ita-runtime"]')?.getAttribute("content") === "pane";
}
