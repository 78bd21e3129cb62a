// The shared-formula shifter (as Excel's fill down moves a formula) and the number formats of a
// styles.xml's cell styles: what the reader needs to carry staff formulas and formats.
import { shiftFormula } from "../../src/xlsx/formula";
import { markersOf } from "../../src/xlsx/known-sheets";
import { numberFormatsOf } from "../../src/xlsx/styles";

describe("shiftFormula", () => {
  it.each([
    ["A1+B2", 1, 0, "A2+B3"],
    ["A1+B2", 0, 2, "C1+D2"],
    ["$A$1+A$1+$A1+A1", 2, 1, "$A$1+B$1+$A3+B3"],
    ["SUM(A1:A3)", 4, 0, "SUM(A5:A7)"],
    ["SUM(A:A)+SUM(1:2)", 1, 1, "SUM(B:B)+SUM(2:3)"],
    ["Sheet1!A1&'My Sheet'!B2", 1, 0, "Sheet1!A2&'My Sheet'!B3"],
    ['"A1 ข้อ"&A1', 1, 0, '"A1 ข้อ"&A2'],
    ['"he said ""B2"""&B2', 1, 0, '"he said ""B2"""&B3'],
    ["'It''s A1'!C3", 1, 0, "'It''s A1'!C4"],
    ["LOG10(A1)+ATAN2(B1,1)", 1, 0, "LOG10(A2)+ATAN2(B2,1)"],
    ["ITA_Measures[ผู้รับผิดชอบ]&E7", 1, 0, "ITA_Measures[ผู้รับผิดชอบ]&E8"],
    ["1.5E3*A1", 1, 0, "1.5E3*A2"],
  ])("%s moved by (%i, %i) is %s", (text, dr, dc, want) => expect(shiftFormula(text, dr, dc)).toBe(want));

  it("gives #REF! for a reference moved off the sheet, and leaves a formula at its own cell alone", () => {
    expect(shiftFormula("A2-B1", -1, 0)).toBe("A1-#REF!");
    expect(shiftFormula("XFD1", 0, 1)).toBe("#REF!");
    expect(shiftFormula("a1", 0, 0)).toBe("a1");
  });
});

describe("numberFormatsOf", () => {
  const styles =
    '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="0.000"/></numFmts>' +
    '<cellStyleXfs count="1"><xf numFmtId="10"/></cellStyleXfs>' +
    '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="2"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="49"/></cellXfs></styleSheet>';
  it("names each cell style's format, built in or the workbook's own; General is none", () => {
    const of = numberFormatsOf(styles);
    expect([0, 1, 2, 3, 4].map(of)).toEqual([undefined, "0.00", "0.000", "@", undefined]);
    expect(numberFormatsOf(undefined)(1)).toBeUndefined();
  });
});

describe("markersOf", () => {
  it("reads each sheet's ITA_SHEET by localSheetId, and nothing else", () => {
    const xml =
      '<workbook><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="1">S!$5:$5</definedName>' +
      '<definedName name="ITA_SHEET" localSheetId="3" hidden="1">"ITA1|summary|t-0|abc|2026-01-01"</definedName>' +
      '<definedName name="ITA_SHEET">"ITA1|measures|t-1|abc|"</definedName></definedNames></workbook>';
    expect([...markersOf(xml)]).toEqual([[3, '"ITA1|summary|t-0|abc|2026-01-01"']]);
  });
});
