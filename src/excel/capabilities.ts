// Which requirement sets this Excel supports, for the calls that the pane-only manifest (lower
// ExcelApi, no shared runtime) does not guarantee: each such call sits behind `supports(...)`
// (test/taskpane/requirement-sets.test.ts holds the rule). Outside Office (the tests and the
// recording fake) everything is supported.

export type RequirementSet = "ExcelApi" | "SharedRuntime" | "CustomFunctionsRuntime" | "OpenBrowserWindowApi";

export function supports(set: RequirementSet, version: string): boolean {
  if (typeof Office === "undefined") return true;
  const requirements = Office.context?.requirements;
  return requirements ? requirements.isSetSupported(set, version) : true;
}
