// The workbook's own catalog sheet: recognised by its header, applied over the built-in catalog.
import { BUILTIN_CATALOG } from "../../../src/core/catalog/builtin";
import { findItem, frameworkById } from "../../../src/core/catalog/find";
import { applyCatalogSheet, CATALOG_SHEET_COLUMNS, catalogSheetRows, isCatalogSheet } from "../../../src/core/catalog/sheet";
import { validateCatalog } from "../../../src/core/catalog/schema";
import { LIBRARY_HEADERS } from "../../../src/core/measures/library-sheet";
import type { CellValue, SheetCells } from "../../../src/core/types";
import { expectThaiFirst } from "../../fixtures/thai-first";

const sheet = (values: CellValue[][], name = "แคตตาล็อก"): SheetCells => ({ name, values });
const fw = (catalog = BUILTIN_CATALOG, id = "2567") => frameworkById(catalog, id)!;

describe("isCatalogSheet", () => {
  it("recognises the header we write, below title lines, and English headers", () => {
    expect(isCatalogSheet(sheet([CATALOG_SHEET_COLUMNS]))).toBe(true);
    expect(isCatalogSheet(sheet([["แคตตาล็อกข้อคำถาม ITA 2567"], [], ["รหัส", "ข้อคำถาม", "ตัวชี้วัด", "ประเด็น"]]))).toBe(true);
    expect(isCatalogSheet(sheet([["Code", "Text", "Tool", "Indicator", "Sub-indicator", "Issues", "Framework"]]))).toBe(true);
  });

  it("does not take score tables, the measures library or other sheets for a catalog", () => {
    expect(
      isCatalogSheet(
        sheet([
          ["รหัส", "ข้อคำถาม", "ตัวชี้วัด", "ประเด็น", "คะแนน"],
          ["i1", "…", 1, 1, 100],
        ]),
      ),
    ).toBe(false);
    expect(isCatalogSheet(sheet([[...LIBRARY_HEADERS]]))).toBe(false);
    expect(
      isCatalogSheet(
        sheet([
          ["ข้อ", "คะแนน"],
          ["i1", 100],
        ]),
      ),
    ).toBe(false);
    expect(isCatalogSheet(sheet([["รหัส", "ข้อคำถาม"]]))).toBe(false);
    expect(isCatalogSheet(sheet([]))).toBe(false);
  });
});

describe("applyCatalogSheet", () => {
  const header = CATALOG_SHEET_COLUMNS;

  it("fills an unknown text and overrides fields, without touching the base catalog", () => {
    const s = sheet([
      header,
      ["e2", "หน่วยงานให้บริการอย่างเป็นธรรม", null, null, null, null, null],
      ["o5", null, "OIT", 9, "9.2", "1, 3", "2567"],
    ]);
    const { catalog, problems } = applyCatalogSheet(BUILTIN_CATALOG, s, "2567");
    expect(problems).toEqual([]);
    expect(findItem(fw(catalog), "e2")).toMatchObject({ text: "หน่วยงานให้บริการอย่างเป็นธรรม", textKnown: true });
    expect(findItem(fw(catalog), "o5")).toMatchObject({ subIndicator: "9.2", issues: [1, 3] });
    expect(findItem(fw(), "e2")!.textKnown).toBe(false);
    expect(findItem(fw(), "o5")!.subIndicator).toBe("9.1");
    expect(() => validateCatalog(catalog)).not.toThrow();
  });

  it("adds new items with Thai digits and sorts them in", () => {
    const s = sheet([
      header,
      ["o๓๔", "รายการใหม่", "OIT", "ตัวชี้วัดที่ ๑๐", "๑๐.๒", "๗", null],
      ["i16", "ข้อคำถามเพิ่ม", "IIT", 5, null, "7", null],
    ]);
    const { catalog, problems } = applyCatalogSheet(BUILTIN_CATALOG, s, "2568");
    expect(problems).toEqual([]);
    const f = fw(catalog, "2568");
    expect(findItem(f, "o34")).toMatchObject({
      tool: "OIT",
      indicator: 10,
      subIndicator: "10.2",
      issues: [7],
      text: "รายการใหม่",
      provisional: true,
    });
    expect(findItem(f, "i16")).toMatchObject({ tool: "IIT", indicator: 5, issues: [7] });
    const codes = f.items.map((i) => i.code);
    expect(codes.indexOf("i16")).toBe(codes.indexOf("i15") + 1);
    expect(findItem(fw(catalog, "2567"), "i16")).toBeUndefined();
  });

  it("a framework column sends a row to its framework", () => {
    const s = sheet([
      header,
      ["e3", "ข้อความ e3 ปี 2567", null, null, null, null, "๒๕๖๗"],
      ["e3", "ข้อความ e3 ปี 2568", null, null, null, null, 2568],
    ]);
    const { catalog } = applyCatalogSheet(BUILTIN_CATALOG, s, "2568");
    expect(findItem(fw(catalog, "2567"), "e3")!.text).toBe("ข้อความ e3 ปี 2567");
    expect(findItem(fw(catalog, "2568"), "e3")!.text).toBe("ข้อความ e3 ปี 2568");
  });

  it("bad rows give errors naming the cell and change nothing", () => {
    const s = sheet(
      [
        ["แคตตาล็อก"],
        header,
        ["x9", "ข้อความ", null, null, null, null, null],
        ["i1", "ข้อความ", "EIT", null, null, null, null],
        ["i2", null, null, 9, null, null, null],
        ["o1", null, null, null, "9.9", null, null],
        ["i3", null, null, null, null, "1, 8", null],
        ["o40", "ใหม่", "OIT", 10, null, "7", null],
        ["e1", null, null, null, null, null, "กรอบใหม่"],
        [null, "ไม่มีรหัส", null, null, null, null, null],
        [],
      ],
      "Catalog 1",
    );
    const { catalog, problems } = applyCatalogSheet(BUILTIN_CATALOG, s, "2567");
    expect(catalog).toBe(BUILTIN_CATALOG);
    expect(problems.map((p) => p.cell)).toEqual([
      "'Catalog 1'!A3",
      "'Catalog 1'!C4",
      "'Catalog 1'!D5",
      "'Catalog 1'!E6",
      "'Catalog 1'!F7",
      "'Catalog 1'!E8",
      "'Catalog 1'!G9",
      "'Catalog 1'!A10",
    ]);
    for (const p of problems) {
      expect(p.severity).toBe("error");
      expect(p.en?.startsWith(`${p.cell}: `)).toBe(true);
    }
    expectThaiFirst(problems);
  });

  it("a sheet we write from a framework reads back to the same framework", () => {
    const base = fw(BUILTIN_CATALOG, "2566");
    const s = sheet([CATALOG_SHEET_COLUMNS, ...catalogSheetRows(base)]);
    expect(isCatalogSheet(s)).toBe(true);
    const { catalog, problems } = applyCatalogSheet(BUILTIN_CATALOG, s, "2567");
    expect(problems).toEqual([]);
    expect(fw(catalog, "2566").items).toEqual(base.items);
  });

  it("a sheet that is not a catalog changes nothing", () => {
    expect(applyCatalogSheet(BUILTIN_CATALOG, sheet([["ข้อ", "คะแนน"]]), "2567")).toEqual({ catalog: BUILTIN_CATALOG, problems: [] });
  });
});
