// One cell-text rule for every reader: a zero-width space or a no-break space pasted with "e13"
// reads as e13 in the score reader, the catalog sheet and the library sheet.
import { BUILTIN_CATALOG } from "../../../src/core/catalog/builtin";
import { findItem, frameworkById } from "../../../src/core/catalog/find";
import { CATALOG_SHEET_COLUMNS, applyCatalogSheet } from "../../../src/core/catalog/sheet";
import { parseCodeList, parseSteps } from "../../../src/core/measures/library-sheet";
import { readWorkbook } from "../../../src/core/reader/read-workbook";
import { cleanText } from "../../../src/core/text/clean";

const PASTED = ["\u200be13", "e13\u200b", "\u00a0e13\u00a0", "\ufeffe13", "e\u200b13"];

describe("cleanText", () => {
  it("removes invisible characters, makes odd spaces plain, collapses and trims", () => {
    expect(PASTED.map((t) => cleanText(t))).toEqual(PASTED.map(() => "e13"));
    expect(cleanText("  ข้อ\u00a0 i1 \n ท่าน\u3000รู้ ")).toBe("ข้อ i1 ท่าน รู้");
    expect(cleanText(98.5)).toBe("98.5");
    expect(cleanText(null)).toBe("");
  });

  it("keeps line breaks when asked (steps, one per line)", () => {
    expect(cleanText(" 1. ก\u200b  ข \r\n 2.\u00a0ค ", { keepLines: true })).toBe("1. ก ข\n2. ค");
  });
});

describe("every reader uses it", () => {
  it.each(PASTED)("the score reader reads %j as e13", (code) => {
    const read = readWorkbook(
      { sheets: [{ name: "คะแนน", values: [["ผลการประเมิน ITA ปี 2566"], ["ข้อ", "คะแนน"], [code, 84.5], ["e14", 90]] }] },
      BUILTIN_CATALOG,
    );
    expect(read.observations.map((o) => o.target)).toContainEqual({ kind: "item", code: "e13" });
  });

  it.each(PASTED)("the catalog sheet reads %j as e13", (code) => {
    const sheet = { name: "แคตตาล็อก", values: [CATALOG_SHEET_COLUMNS, [code, "ข้อความใหม่ของ e13", null, null, null, null, null]] };
    const { catalog, problems } = applyCatalogSheet(BUILTIN_CATALOG, sheet, "2566");
    expect(problems).toEqual([]);
    expect(findItem(frameworkById(catalog, "2566")!, "e13")?.text).toBe("ข้อความใหม่ของ e13");
  });

  it.each(PASTED)("the library sheet reads %j as e13", (code) => {
    expect(parseCodeList(`${code}, i8`)).toEqual({ codes: ["e13", "i8"], indicators: [], unreadable: [] });
  });

  it("the library keeps its steps apart", () => {
    expect(parseSteps("1.\u00a0ประชุม\u200b\n2. รายงาน")).toEqual(["ประชุม", "รายงาน"]);
  });
});
