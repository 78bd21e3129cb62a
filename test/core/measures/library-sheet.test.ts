import type { CellValue, SheetCells } from "../../../src/core/types";
import { BUILTIN_CATALOG } from "../../../src/core/catalog/builtin";
import { builtinLibrary } from "../../../src/core/measures/library";
import {
  LIBRARY_COLUMNS,
  LIBRARY_HEADERS,
  libraryToRows,
  parseCodeList,
  parseSteps,
  readLibrarySheet,
} from "../../../src/core/measures/library-sheet";
import { sheetAddress } from "../../../src/core/text/a1";
import { expectThaiFirst } from "../../fixtures/thai-first";

const codesOf = (id: string) => BUILTIN_CATALOG.frameworks.find((f) => f.id === id)!.items.map((i) => i.code);
const CODES = codesOf("2566");

/** A library sheet as staff keep it: a title, a blank line, the header, the rows. */
function sheetWith(rows: CellValue[][], name = "คลังมาตรการ"): SheetCells {
  return { name, values: [["คลังมาตรการส่งเสริมคุณธรรม (แก้ไขได้)"], [], [...LIBRARY_HEADERS], ...rows] };
}

/** One data row by header, the rest blank. */
function rowOf(cells: Partial<Record<(typeof LIBRARY_COLUMNS)[number]["key"], CellValue>>): CellValue[] {
  return LIBRARY_COLUMNS.map((c) => cells[c.key] ?? null);
}

const GOOD = {
  id: "my-1",
  codes: "i1, e1",
  issue: 1,
  measure: "จัดทำคู่มือ",
  steps: "1. ก\n2. ข\n3. ค",
  responsible: "สำนักปลัด",
  timing: "ไตรมาส 1",
};

describe("library sheet format", () => {
  it("has the Thai headers in order", () => {
    expect(LIBRARY_HEADERS).toEqual([
      "รหัสมาตรการ",
      "ข้อคำถาม/รายการ",
      "ประเด็น",
      "มาตรการ",
      "ขั้นตอน/วิธีปฏิบัติ",
      "ผู้รับผิดชอบ",
      "ระยะเวลา",
      "หลักฐานเผยแพร่ (o43)",
      "ใช้เมื่อไม่มีจุดอ่อน",
    ]);
    for (const c of LIBRARY_COLUMNS) expect(c.width).toBeGreaterThan(0);
  });

  it("writes one row a measure: codes comma-separated, steps numbered one per line, ใช่ for keep-the-standard", () => {
    const library = builtinLibrary("2566");
    const rows = libraryToRows(library);
    expect(rows).toHaveLength(library.length);
    const manual = rows[library.findIndex((m) => m.id === "2566-work-manual")];
    expect(manual[0]).toBe("2566-work-manual");
    expect(manual[1]).toBe("i1, e1, o14");
    expect(manual[2]).toBe(1);
    expect(String(manual[4]).split("\n")[0]).toMatch(/^1\. /);
    expect(String(manual[4]).split("\n")).toHaveLength(5);
    expect(manual[8]).toBeNull();
    const keep = rows[library.findIndex((m) => m.keepStandard)];
    expect(keep[1]).toBeNull();
    expect(keep[8]).toBe("ใช่");
    for (const r of rows) expect(r).toHaveLength(LIBRARY_COLUMNS.length);
  });

  it.each(["2566", "2567", "2568"])("round-trips the %s library exactly through a sheet under a heading", (id) => {
    const library = builtinLibrary(id);
    const read = readLibrarySheet(sheetWith(libraryToRows(library)), id, codesOf(id));
    expect(read).toBeDefined();
    expect(read!.problems).toEqual([]);
    expect(read!.measures).toStrictEqual(library);
  });

  it("round-trips with the table away from A1 and offsets", () => {
    const library = builtinLibrary("2567");
    const values: CellValue[][] = [
      ["ชื่อหน่วยงาน", null, "อบต.ตัวอย่าง"],
      [],
      [null, null, ...LIBRARY_HEADERS],
      ...libraryToRows(library).map((r) => [null, null, ...r]),
    ];
    const read = readLibrarySheet({ name: "Library", values, rowOffset: 4, colOffset: 1 }, "2567", codesOf("2567"));
    expect(read!.measures).toStrictEqual(library);
  });

  it("is not a library sheet without its header row in the first 20 rows", () => {
    expect(
      readLibrarySheet(
        {
          name: "คะแนน",
          values: [
            ["i1", 98.5],
            ["i2", 100],
          ],
        },
        "2566",
        CODES,
      ),
    ).toBeUndefined();
    const late: CellValue[][] = [...Array.from({ length: 20 }, () => [null]), [...LIBRARY_HEADERS], rowOf(GOOD)];
    expect(readLibrarySheet({ name: "x", values: late }, "2566", CODES)).toBeUndefined();
    const early: CellValue[][] = [...Array.from({ length: 19 }, () => [null]), [...LIBRARY_HEADERS], rowOf(GOOD)];
    expect(readLibrarySheet({ name: "x", values: early }, "2566", CODES)?.measures).toHaveLength(1);
  });

  it("does not take the measures table of a report for a library", () => {
    const measuresSheet: CellValue[][] = [
      ["ประเด็น", "ข้อบกพร่อง/ข้อค้นพบ", "มาตรการ", "ขั้นตอน/วิธีปฏิบัติ", "ผู้รับผิดชอบ", "ระยะเวลา"],
      ["1. กระบวนการปฏิบัติงาน", "i1 (80.00)", "จัดทำคู่มือ", "1. ก", "สำนักปลัด", "ไตรมาส 1"],
    ];
    expect(readLibrarySheet({ name: "มาตรการ", values: measuresSheet }, "2566", CODES)).toBeUndefined();
  });

  it("accepts a sheet with only some columns, filling the defaults", () => {
    const values: CellValue[][] = [
      ["รหัสมาตรการ", "ข้อคำถาม", "ประเด็น", "แนวทาง/มาตรการ", "ขั้นตอน"],
      ["a", "i7", 5, "ชี้แจงงบประมาณ", "- ก\n- ข"],
    ];
    const read = readLibrarySheet({ name: "lib", values }, "2566", CODES)!;
    expect(read.measures).toEqual([
      {
        id: "a",
        codes: ["i7"],
        frameworkId: "2566",
        issue: 5,
        measure: "ชี้แจงงบประมาณ",
        steps: ["ก", "ข"],
        responsible: "ทุกสำนัก/กอง",
        timing: "ตลอดปีงบประมาณ",
        evidence: [],
      },
    ]);
    expect(read.problems.map((p) => p.cell)).toEqual(["lib!D2"]);
  });
});

describe("reading what staff type", () => {
  it("reads codes in Thai digits, upper case, with ข้อ, spaced, ๐ for o, and ranges", () => {
    expect(parseCodeList("i๑, E 3, ข้อ i๑๐; ๐๑๔\nO30").codes).toEqual(["i1", "e3", "i10", "o14", "o30"]);
    expect(parseCodeList("i4–i6, o19-o22").codes).toEqual(["i4", "i5", "i6", "o19", "o20", "o21", "o22"]);
    expect(parseCodeList("i1 i2").codes).toEqual(["i1", "i2"]);
    expect(parseCodeList("i1, x9, i6–e2")).toEqual({ codes: ["i1"], indicators: [], unreadable: ["x9", "i6–e2"] });
    expect(parseCodeList(null)).toEqual({ codes: [], indicators: [], unreadable: [] });
    expect(parseCodeList("ตัวชี้วัดที่ ๙, ตัวชี้วัด 10, i1, ตัวชี้วัดที่ 11")).toEqual({
      codes: ["i1"],
      indicators: [9, 10],
      unreadable: ["ตัวชี้วัดที่ 11"],
    });
  });

  it("splits steps one per line and strips 1. / ๑. / (1) / 1) / - / • markers", () => {
    expect(parseSteps("1. ก\n2. ข\r\n\n3. ค")).toEqual(["ก", "ข", "ค"]);
    expect(parseSteps("๑. ก\n๒) ข\n(3) ค")).toEqual(["ก", "ข", "ค"]);
    expect(parseSteps("- ก\n• ข\n● ค")).toEqual(["ก", "ข", "ค"]);
    expect(parseSteps("ก\nข")).toEqual(["ก", "ข"]);
  });

  it("splits a single line numbered in sequence, and leaves other numbers alone", () => {
    expect(parseSteps("1. ทำแผน 2. ลงเว็บไซต์ภายใน 15 วัน 3. รายงาน")).toEqual(["ทำแผน", "ลงเว็บไซต์ภายใน 15 วัน", "รายงาน"]);
    expect(parseSteps("๑. ทำแผน ๒. รายงาน")).toEqual(["ทำแผน", "รายงาน"]);
    expect(parseSteps("รายงานรอบ 6 เดือน ตาม พ.ศ. 2562")).toEqual(["รายงานรอบ 6 เดือน ตาม พ.ศ. 2562"]);
    expect(parseSteps("1.5 เท่าของเดิม")).toEqual(["1.5 เท่าของเดิม"]);
  });

  it("reads the issue as a number, in Thai digits, or as the issue's title", () => {
    const rows = [
      rowOf({ ...GOOD, id: "a", issue: "๓" }),
      rowOf({ ...GOOD, id: "b", issue: "ประเด็นที่ ๕ กระบวนการสร้างความโปร่งใส" }),
      rowOf({ ...GOOD, id: "c", issue: "7. กลไกและมาตรการ" }),
    ];
    const read = readLibrarySheet(sheetWith(rows), "2566", CODES)!;
    expect(read.measures.map((m) => m.issue)).toEqual([3, 5, 7]);
  });

  it("reads the keep-the-standard mark in its usual spellings", () => {
    const marks: CellValue[] = ["ใช่", "yes", true, "✓", 1, "", null, "ไม่"];
    const rows = marks.map((keep, k) => rowOf({ ...GOOD, id: `k${k}`, keep }));
    const read = readLibrarySheet(sheetWith(rows), "2566", CODES)!;
    expect(read.measures.map((m) => m.keepStandard === true)).toEqual([true, true, true, true, true, false, false, false]);
  });

  it("reads Thai-digit evidence codes and keeps Thai-digit timing as typed", () => {
    const read = readLibrarySheet(sheetWith([rowOf({ ...GOOD, evidence: "๐๑๔, o๑๕", timing: "ไตรมาส ๑–๒" })]), "2566", CODES)!;
    expect(read.measures[0].evidence).toEqual(["o14", "o15"]);
    expect(read.measures[0].timing).toBe("ไตรมาส ๑–๒");
  });

  it("gives rows without an id one from the sheet and row, and renames a repeated id", () => {
    const read = readLibrarySheet(sheetWith([rowOf({ ...GOOD, id: null }), rowOf(GOOD), rowOf(GOOD)]), "2566", CODES)!;
    expect(read.measures.map((m) => m.id)).toEqual(["wb-คลังมาตรการ-4", "my-1", "my-1-r6"]);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0].cell).toBe("คลังมาตรการ!A6");
  });

  it("skips blank rows silently", () => {
    const read = readLibrarySheet(sheetWith([[], rowOf(GOOD), [null, "", "  "]]), "2566", CODES)!;
    expect(read.measures).toHaveLength(1);
    expect(read.problems).toEqual([]);
  });
});

describe("problems name the cell", () => {
  it("skips a row with an unknown code only, naming the codes cell", () => {
    const read = readLibrarySheet(sheetWith([rowOf(GOOD), rowOf({ ...GOOD, id: "bad", codes: "i31" })]), "2566", CODES)!;
    expect(read.measures.map((m) => m.id)).toEqual(["my-1"]);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatchObject({ severity: "warning", cell: "คลังมาตรการ!B5" });
    expect(read.problems[0].message).toMatch(/i31 ที่ คลังมาตรการ!B5 .*: แก้รหัสข้อให้ถูกต้อง$/);
    expectThaiFirst(read.problems);
  });

  it("drops unknown codes from a row that has known ones", () => {
    const read = readLibrarySheet(sheetWith([rowOf({ ...GOOD, codes: "i1, i16" })]), "2567", codesOf("2567"))!;
    expect(read.measures[0].codes).toEqual(["i1"]);
    expect(read.problems.map((p) => p.cell)).toEqual(["คลังมาตรการ!B4"]);
    expect(read.problems[0].message).toMatch(/i16/);
  });

  it("skips a row with an empty measure or an issue outside 1–7", () => {
    const rows = [
      rowOf({ ...GOOD, measure: "  " }),
      rowOf({ ...GOOD, issue: 9 }),
      rowOf({ ...GOOD, issue: "ก" }),
      rowOf({ ...GOOD, issue: null }),
    ];
    const read = readLibrarySheet(sheetWith(rows), "2566", CODES)!;
    expect(read.measures).toEqual([]);
    expect(read.problems.map((p) => p.cell)).toEqual(["คลังมาตรการ!D4", "คลังมาตรการ!C5", "คลังมาตรการ!C6", "คลังมาตรการ!C7"]);
  });

  it("skips a row with no steps or no codes, and reports evidence that is not OIT", () => {
    const rows = [rowOf({ ...GOOD, steps: null }), rowOf({ ...GOOD, codes: null }), rowOf({ ...GOOD, evidence: "i1, o99" })];
    const read = readLibrarySheet(sheetWith(rows), "2566", CODES)!;
    expect(read.measures.map((m) => m.evidence)).toEqual([[]]);
    expect(read.problems.map((p) => p.cell)).toEqual(["คลังมาตรการ!E4", "คลังมาตรการ!B5", "คลังมาตรการ!H6"]);
  });

  it("quotes sheet names with spaces or punctuation, Excel style, and counts offsets", () => {
    const read = readLibrarySheet(
      { ...sheetWith([rowOf({ ...GOOD, codes: "zz" })], "คลัง มาตรการ"), rowOffset: 10, colOffset: 2 },
      "2566",
      CODES,
    )!;
    expect(read.problems[0].cell).toBe("'คลัง มาตรการ'!D14");
    expect(sheetAddress("คะแนน", 4, 1)).toBe("คะแนน!B5");
    expect(sheetAddress("มาตรการ-2567", 0, 0)).toBe("'มาตรการ-2567'!A1");
    expect(sheetAddress("it's", 0, 26)).toBe("'it''s'!AA1");
    expect(sheetAddress("2567", 0, 0)).toBe("'2567'!A1");
  });
});
