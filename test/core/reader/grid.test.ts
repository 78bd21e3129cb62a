// The sparse grid: memory follows the filled cells, not the rectangle around them. A stray value at
// XFD1048576 costs one stored cell (a stray space none), and the reader gives the same result.
import { analyze } from "../../../src/core/analyze";
import { BUILTIN_CATALOG } from "../../../src/core/catalog/builtin";
import { Grid } from "../../../src/core/reader/grid";
import { MAX_FILLED_CELLS } from "../../../src/core/reader/limits";
import type { CellValue, SheetCells } from "../../../src/core/types";
import { seed004QuestionSheet } from "../../fixtures/seed-sheets";
import { expectThaiFirst } from "../../fixtures/thai-first";
import { itemScores, read } from "./build";

const LAST_ROW = 1_048_575;
const LAST_COL = 16_383;

function filledIn(values: CellValue[][]): number {
  let n = 0;
  for (const row of values)
    for (const v of row ?? []) if (v !== null && v !== undefined && !(typeof v === "string" && v.trim() === "")) n++;
  return n;
}

/** The seed sheet with one more value at XFD1048576, in a holey array (as a sparse reader gives it). */
function withFarCell(value: CellValue): SheetCells {
  const sheet = seed004QuestionSheet();
  const values: CellValue[][] = sheet.values.map((r) => [...r]);
  const far: CellValue[] = [];
  far[LAST_COL] = value;
  values[LAST_ROW] = far;
  return { ...sheet, values };
}

describe("the sparse grid", () => {
  it("stores a value at XFD1048576 as one cell, and the rows and columns it spans as extents only", () => {
    const seed = seed004QuestionSheet();
    const grid = new Grid(withFarCell("หมายเหตุ"));
    expect(grid.storedCells).toBe(filledIn(seed.values) + 1);
    expect(grid.rows).toBe(LAST_ROW + 1);
    expect(grid.cols).toBe(LAST_COL + 1);
    expect(grid.get(LAST_ROW, LAST_COL)).toBe("หมายเหตุ");
    expect(grid.text(LAST_ROW, LAST_COL)).toBe("หมายเหตุ");
    expect(grid.get(LAST_ROW - 1, LAST_COL)).toBeNull();
    expect(grid.filledRows().at(-1)).toBe(LAST_ROW);
    expect(grid.filledCols(LAST_ROW)).toEqual([LAST_COL]);
    expect(grid.rowBlank(LAST_ROW, 0, LAST_COL - 1)).toBe(true);
    expect(grid.rowBlank(LAST_ROW)).toBe(false);
  });

  it("ignores a stray space far out: nothing stored, the extent stays the table's", () => {
    const seed = seed004QuestionSheet();
    const grid = new Grid(withFarCell(" "));
    expect(grid.storedCells).toBe(filledIn(seed.values));
    expect(grid.rows).toBeLessThan(100);
    expect(grid.cols).toBeLessThan(20);
  });

  it("keeps numbers, text and booleans of a dense block; blanks, NaN and objects are not stored", () => {
    const grid = new Grid({
      name: "s",
      values: [
        [1, null, "a", "", "  "],
        [true, Number.NaN, { x: 1 } as unknown as CellValue, undefined, 0],
      ],
    });
    expect(grid.storedCells).toBe(4);
    expect([grid.get(0, 0), grid.get(0, 2), grid.get(1, 0), grid.get(1, 4)]).toEqual([1, "a", true, 0]);
    expect([grid.get(0, 3), grid.get(1, 1), grid.get(1, 2), grid.get(9, 9), grid.get(-1, 0)]).toEqual([null, null, null, null, null]);
    expect(grid.filledCols(1)).toEqual([0, 4]);
  });

  it("reads the same scores with or without a far stray value, on any sheet", () => {
    const plain = read(seed004QuestionSheet());
    const far = read(withFarCell("x"));
    expect(itemScores(far)).toEqual(itemScores(plain));
    expect(far.tables.map((t) => t.range)).toEqual(plain.tables.map((t) => t.range));
    // A notes sheet with only a far value beside the scores changes nothing either.
    const notes: CellValue[][] = [];
    notes[LAST_ROW] = [];
    notes[LAST_ROW][LAST_COL] = "บันทึก";
    const withNotes = analyze({ sheets: [seed004QuestionSheet(), { name: "บันทึก", values: notes }] });
    const alone = analyze({ sheets: [seed004QuestionSheet()] });
    expect(withNotes.current.overall?.value).toBe(alone.current.overall?.value);
    expect(withNotes.problems.map((p) => p.message)).toEqual(alone.problems.map((p) => p.message));
  });

  it("finds rows told by their question text and a stated level the same way with a far stray value", () => {
    // The title scan and the stated-level scan follow filled cells too: over the whole rectangle
    // (1,048,576 × 16,384) this test would not finish.
    const fw = BUILTIN_CATALOG.frameworks.find((f) => f.id === "2566")!;
    const rows: CellValue[][] = [["ผลการประเมิน ITA ปี 2566"], ["ข้อคำถาม", "คะแนน"]];
    for (const item of fw.items.filter((i) => i.tool === "IIT").slice(0, 6)) rows.push([item.text, 90]);
    rows.push([], ["ระดับผลการประเมิน: ผ่านดี"]);
    const plain = read({ name: "คะแนน", values: rows });
    const values: CellValue[][] = rows.map((r) => [...r]);
    values[LAST_ROW] = [];
    values[LAST_ROW][LAST_COL] = "x";
    const far = read({ name: "คะแนน", values });
    expect(Object.keys(itemScores(plain))).toHaveLength(6);
    expect(itemScores(far)).toEqual(itemScores(plain));
    expect(plain.levels).toEqual([{ level: "ผ่านดี", cell: "คะแนน!A10", year: 2566 }]);
    expect(far.levels).toEqual(plain.levels);
  });

  it("does not take in a sheet over the filled-cell limit: the reader names it and reads the others", () => {
    const cols = 10;
    const rows = Math.ceil((MAX_FILLED_CELLS + 1) / cols);
    const big: CellValue[][] = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => r * cols + c + 1));
    const grid = new Grid({ name: "ข้อมูลดิบ", values: big });
    expect(grid.tooLarge).toBe(true);
    expect(grid.storedCells).toBe(0);
    const result = read(seed004QuestionSheet(), { name: "ข้อมูลดิบ", values: big });
    const warning = result.problems.find((p) => p.message.includes("ข้อมูลดิบ"))!;
    expect(warning.severity).toBe("warning");
    expect(warning.message).toContain("500,000");
    expectThaiFirst([warning]);
    expect(Object.keys(itemScores(result))).toHaveLength(Object.keys(itemScores(read(seed004QuestionSheet()))).length);
  });
});
