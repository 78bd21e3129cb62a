import { RENDERED_KINDS, SHEET_KINDS, isOwnSheetName } from "../../../src/core/sheet-kinds";
import {
  MAX_SHEET_NAME,
  graphemes,
  sanitizeSheetName,
  truncateToUnits,
  uniqueSheetName,
  uniqueTableName,
} from "../../../src/core/render/sheet-names";

const RENDERED_NAMES = RENDERED_KINDS.map((k) => SHEET_KINDS[k].name);

describe("sheet names", () => {
  it("base names are valid, Thai and short enough for a suffix", () => {
    for (const name of RENDERED_NAMES) {
      expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME - 5);
      expect(sanitizeSheetName(name)).toBe(name);
      expect(name).toMatch(/[ก-๙]/);
    }
  });

  it("counts UTF-16 units and cuts at grapheme boundaries, never between a consonant and its tone mark", () => {
    const long = "การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสที่ยาวมาก";
    const cut = truncateToUnits(long, 31);
    expect(cut.length).toBeLessThanOrEqual(31);
    expect(long.startsWith(cut)).toBe(true);
    // The next character after the cut is not a combining mark left behind.
    expect(long.slice(cut.length)).not.toMatch(/^[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/u);
    expect(graphemes("ที่")).toEqual(["ที่"]);
    // Emoji count as 2 units.
    expect(truncateToUnits("😀".repeat(20), 31)).toBe("😀".repeat(15));
  });

  it("replaces forbidden characters and handles blank, apostrophes and History", () => {
    expect(sanitizeSheetName("ผล:2566/2567?[x]*\\")).toBe("ผล-2566-2567--x---");
    expect(sanitizeSheetName("  ")).toBe("Sheet");
    expect(sanitizeSheetName("'ชีต'")).toBe("ชีต");
    expect(sanitizeSheetName("history")).not.toBe("history");
  });

  it("never collides with existing names (case-insensitively) and stays within 31 units", () => {
    expect(uniqueSheetName("ITA-มาตรการ", ["ita-มาตรการ"])).toBe("ITA-มาตรการ (2)");
    expect(uniqueSheetName("ITA-มาตรการ", ["ITA-มาตรการ", "ITA-มาตรการ (2)"])).toBe("ITA-มาตรการ (3)");
    const long = "ก่อนหน้านี้ที่ผ่านมาผู้บังคับบัญชาสั่งการ";
    const first = uniqueSheetName(long, []);
    const second = uniqueSheetName(long, [first]);
    expect(first.length).toBeLessThanOrEqual(31);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second.endsWith(" (2)")).toBe(true);
    expect(long.startsWith(second.slice(0, -4))).toBe(true);
    expect(long.slice(second.length - 4)).not.toMatch(/^[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/u);
  });

  it("recognises the sheets we wrote, with or without a suffix", () => {
    for (const name of RENDERED_NAMES) {
      expect(isOwnSheetName(name)).toBe(true);
      expect(isOwnSheetName(`${name} (2)`)).toBe(true);
    }
    expect(isOwnSheetName("สรุปผล")).toBe(false);
    expect(isOwnSheetName("มาตรการ")).toBe(false);
  });

  it("makes ASCII table names unique", () => {
    expect(uniqueTableName("ITA_Summary", [])).toBe("ITA_Summary");
    expect(uniqueTableName("ITA_Summary", ["ita_summary"])).toBe("ITA_Summary_2");
    expect(uniqueTableName("สรุป 1", [])).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
  });
});
