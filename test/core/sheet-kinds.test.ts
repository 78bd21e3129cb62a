import { renderSheets } from "../../src/core/render/sheets";
import {
  ANALYSIS_KINDS,
  RENDERED_KINDS,
  SHEET_KINDS,
  copyNumber,
  isOwnSheetName,
  isSheetKind,
  ownKindOf,
} from "../../src/core/sheet-kinds";
import { result2566 } from "./render/fixture";

describe("the table of sheet kinds", () => {
  it("an analysis renders exactly the analysis kinds, in the table's order, under the table's names", () => {
    const specs = renderSheets(result2566());
    expect(specs.map((s) => s.key)).toEqual([...ANALYSIS_KINDS]);
    expect(specs.map((s) => [s.name, s.tableName])).toEqual(ANALYSIS_KINDS.map((k) => [SHEET_KINDS[k].name, SHEET_KINDS[k].table]));
    expect(RENDERED_KINDS).not.toContain("copy");
    // The progress sheet is rendered by its own job (ita progress, the pane's o43 button) only.
    expect(RENDERED_KINDS.filter((k) => !(ANALYSIS_KINDS as readonly string[]).includes(k))).toEqual(["progress"]);
  });

  it("says what the next run reads back: every generated sheet, for staff edits; the library also as data", () => {
    for (const k of RENDERED_KINDS) expect(SHEET_KINDS[k].readBack).not.toBe(false);
    expect(SHEET_KINDS.library.readBack).toBe("input");
    expect(SHEET_KINDS.measures.readBack).toBe("edits");
    // A kept copy is never rendered, replaced or read: it stays as staff left it.
    expect(SHEET_KINDS.copy).toMatchObject({ rendered: false, staleWhenMissing: false, readBack: false });
    // The limitations sheet is read for the o42 document only, and is never written again once it exists.
    expect(SHEET_KINDS.limitations).toMatchObject({ readBack: "document", createOnce: true, staleWhenMissing: false });
    // A sheet written once is staff's from then on: never removed as out of date.
    for (const k of Object.values(SHEET_KINDS)) if (k.createOnce) expect(k.staleWhenMissing).toBe(false);
    expect(
      Object.entries(SHEET_KINDS)
        .filter(([, k]) => k.createOnce)
        .map(([kind]) => kind),
    ).toEqual(["limitations"]);
  });

  it("writes a create-once sheet only while the workbook has none", () => {
    const kinds = (o: Parameters<typeof renderSheets>[1]) => renderSheets(result2566(), o).map((s) => s.key);
    expect(kinds({})).toContain("limitations");
    expect(kinds({ present: ["limitations"] })).not.toContain("limitations");
    expect(kinds({ existingNames: ["ITA-ข้อจำกัด (2)"] })).not.toContain("limitations");
    expect(kinds({ existingNames: ["ITA-มาตรการ"] })).toEqual([...ANALYSIS_KINDS]);
    expect(ownKindOf("ITA-มาตรการ (2)")).toBe("measures");
    expect(ownKindOf("ITA-มาตรการ เดิม 1-1-2568")).toBeUndefined();
    expect([copyNumber("ITA-มาตรการ"), copyNumber("ITA-มาตรการ (3)")]).toEqual([1, 3]);
  });

  it("knows its kinds and the names of the sheets it writes", () => {
    expect(isSheetKind("summary")).toBe(true);
    expect(isSheetKind("catalog")).toBe(false);
    expect(isSheetKind("toString")).toBe(false);
    expect(isOwnSheetName("ITA-มาตรการ (3)")).toBe(true);
    expect(isOwnSheetName("มาตรการ")).toBe(false);
  });
});
