import { renderSheets } from "../../src/core/render/sheets";
import { RENDERED_KINDS, SHEET_KINDS, isOwnSheetName, isSheetKind } from "../../src/core/sheet-kinds";
import { result2566 } from "./render/fixture";

describe("the table of sheet kinds", () => {
  it("renders exactly the rendered kinds, in the table's order, under the table's names", () => {
    const specs = renderSheets(result2566());
    expect(specs.map((s) => s.key)).toEqual([...RENDERED_KINDS]);
    expect(specs.map((s) => [s.name, s.tableName])).toEqual(RENDERED_KINDS.map((k) => [SHEET_KINDS[k].name, SHEET_KINDS[k].table]));
    expect(RENDERED_KINDS).not.toContain("copy");
  });

  it("says what the next run reads back: every generated sheet, for staff edits; the library also as data", () => {
    for (const k of RENDERED_KINDS) expect(SHEET_KINDS[k].readBack).not.toBe(false);
    expect(SHEET_KINDS.library.readBack).toBe("input");
    expect(SHEET_KINDS.measures.readBack).toBe("edits");
    // A kept copy is never rendered, replaced or read: it stays as staff left it.
    expect(SHEET_KINDS.copy).toMatchObject({ rendered: false, staleWhenMissing: false, readBack: false });
  });

  it("knows its kinds and the names of the sheets it writes", () => {
    expect(isSheetKind("summary")).toBe(true);
    expect(isSheetKind("catalog")).toBe(false);
    expect(isSheetKind("toString")).toBe(false);
    expect(isOwnSheetName("ITA-มาตรการ (3)")).toBe(true);
    expect(isOwnSheetName("มาตรการ")).toBe(false);
  });
});
