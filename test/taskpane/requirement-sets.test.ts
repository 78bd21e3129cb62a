// Every Office.js member the add-in's code uses is within the requirement sets its manifests
// declare (the `[Api set: …]` tags of @types/office-js say which set each needs), or sits behind a
// supports(set, version) check; and the pane-only manifest declares exactly the lowest ExcelApi
// the pane needs. See test/taskpane/api-sets.ts for how uses are found.
import { XMLParser } from "fast-xml-parser";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type ts from "typescript";
import { FUNCTIONS_RUNTIME, PANE_EXCEL_API } from "../../src/taskpane/compat";
import { type ApiUse, apiUses, createProgram, type Family, floorOf, ROOT, sourceFiles, uncovered } from "./api-sets";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const manifests = require("../../scripts/manifest.js") as { paneOnlyManifest(xml: string): string; PANE_ONLY_EXCEL_API: string };

const SOURCE = readFileSync(join(ROOT, "manifest.xml"), "utf8");

/** The <Set Name MinVersion> of a manifest's <Requirements>. */
function declaredSets(xml: string): Partial<Record<Family, string>> {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_" }).parse(xml) as {
    OfficeApp: {
      Requirements: { Sets: { Set: { "@_Name": string; "@_MinVersion": string }[] | { "@_Name": string; "@_MinVersion": string } } };
    };
  };
  const sets = doc.OfficeApp.Requirements.Sets.Set;
  return Object.fromEntries((Array.isArray(sets) ? sets : [sets]).map((s) => [s["@_Name"], s["@_MinVersion"]]));
}

const show = (uses: ApiUse[]) => uses.map((u) => `${u.member} (${u.need?.set} ${u.need?.version}) at ${u.file}:${u.line}`);

let program: ts.Program;
let all: ApiUse[];
/** What pane.html runs: the pane and the adapter, not the custom functions. */
let pane: ApiUse[];

beforeAll(() => {
  const files = sourceFiles(["excel", "taskpane", "functions"]);
  program = createProgram({ files });
  all = apiUses(program, files);
  pane = all.filter((u) => !u.file.startsWith("src/functions/"));
}, 120_000);

describe("the Office.js members the code uses", () => {
  it("are found, through the adapter's surface and directly", () => {
    const members = new Set(all.map((u) => u.member));
    for (const m of [
      "Worksheet.getRangeByIndexes",
      "Worksheet.pageLayout",
      "CustomXmlPartCollection.getByNamespace",
      "Application.suspendApiCalculationUntilNextSync",
      "Addin.onVisibilityModeChanged",
      "ErrorCode.invalidValue",
    ])
      expect(members).toContain(m);
    expect(all.find((u) => u.member === "Worksheet.pageLayout")?.need).toEqual({ set: "ExcelApi", version: "1.9" });
    expect(all.find((u) => u.member === "Worksheet.getRangeByIndexes")?.need).toEqual({ set: "ExcelApi", version: "1.7" });
    expect(all.find((u) => u.member === "Addin.onVisibilityModeChanged")?.need).toEqual({ set: "SharedRuntime", version: "1.1" });
  });

  it("are within the full manifest's sets (SharedRuntime, ExcelApi), the functions within the runtime the pane checks", () => {
    const declared = { ...declaredSets(SOURCE), CustomFunctionsRuntime: FUNCTIONS_RUNTIME };
    expect(declared).toMatchObject({ SharedRuntime: "1.1", ExcelApi: "1.9" });
    expect(show(uncovered(all, declared))).toEqual([]);
    // The functions need exactly what compat.ts checks before telling staff the formulas work.
    expect(floorOf(all, "CustomFunctionsRuntime")).toBe(FUNCTIONS_RUNTIME);
  });

  it("of the pane are within the pane-only manifest's ExcelApi, newer ones behind supports(), and that is the lowest it can declare", () => {
    const declared = declaredSets(manifests.paneOnlyManifest(SOURCE));
    expect(declared).toEqual({ ExcelApi: PANE_EXCEL_API });
    expect(manifests.PANE_ONLY_EXCEL_API).toBe(PANE_EXCEL_API);
    expect(show(uncovered(pane, declared))).toEqual([]);
    expect(floorOf(pane, "ExcelApi")).toBe(PANE_EXCEL_API);
    // Guarded, not dropped: print setup and the shared runtime's event are still used where supported.
    const guarded = pane.filter((u) => u.guards.length > 0).map((u) => u.member);
    expect(guarded).toEqual(
      expect.arrayContaining([
        "PageLayout.orientation",
        "PageLayout.setPrintTitleRows",
        "PageLayout.setPrintArea",
        "Range.dataValidation",
        "DataValidation.rule",
        "DataValidation.errorAlert",
        "Addin.onVisibilityModeChanged",
      ]),
    );
    // Data validation is ExcelApi 1.8: above the pane-only floor, within the full manifest's.
    expect(pane.find((u) => u.member === "Range.dataValidation")?.need).toEqual({ set: "ExcelApi", version: "1.8" });
  });

  it("without a requirement-set tag are the known common ones (a new one is a conscious choice)", () => {
    const untagged = [...new Set(all.filter((u) => !u.need).map((u) => u.member))].sort();
    // Office's common API (no set: every Office with add-ins has it) and the adapter's plumbing.
    expect(untagged).toEqual([
      "ClientObject.isNullObject",
      "ClientRequestContext.sync",
      "ClientResult.value",
      "Context.officeTheme",
      "Context.requirements",
      "Context.ui",
      "CustomFunctions.ErrorCode",
      "Excel.run",
      "HostType.Excel",
      "Office.HostType",
      "Office.VisibilityMode",
      "Office.addin",
      "Office.context",
      "Office.host",
      "Office.onReady",
      "Office.platform",
      "OfficeTheme.bodyBackgroundColor",
      "RequestContext.workbook",
      "RequirementSetSupport.isSetSupported",
      "VisibilityMode.taskpane",
      "VisibilityModeChangedMessage.visibilityMode",
    ]);
  });
});

describe("the check itself", () => {
  it("fails on an unguarded member above the floor, and passes it once guarded", () => {
    const probe = join(ROOT, "src", "excel", "__probe__.ts");
    const source = (guard: boolean) => `import type { XWorksheet } from "./api";
import { supports } from "./capabilities";
export function landscape(ws: XWorksheet): void {
  ${guard ? 'if (supports("ExcelApi", "1.9"))' : ""} ws.pageLayout.orientation = "Landscape";
}
`;
    for (const guard of [false, true]) {
      const p = createProgram({ files: [join(ROOT, "src", "excel", "api.ts")], virtual: { [probe]: source(guard) }, old: program });
      const uses = apiUses(p, [probe]);
      expect(uses.map((u) => u.member).sort()).toEqual(["PageLayout.orientation", "Worksheet.pageLayout"]);
      expect(show(uncovered(uses, { ExcelApi: "1.7" })).length).toBe(guard ? 0 : 2);
      expect(floorOf(uses, "ExcelApi")).toBe(guard ? undefined : "1.9");
    }
  }, 120_000);
});
