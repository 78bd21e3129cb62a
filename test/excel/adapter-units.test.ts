// Pure pieces of the adapter: cell writes, addresses, layout, carrying staff edits, the write plan.
import type { SheetSpec } from "../../src/core/render/spec";
import { defaultSettings, stampText } from "../../src/core";
import { cellA1, columnIndex, columnLetter, parseCellRef, quoteSheetName, rangeA1, sheetNameProblem } from "../../src/excel/addresses";
import { carryStaffEdits, measureColumns, stampMeasures } from "../../src/excel/carry";
import { cellWrite, excelWouldConvert, fromExcelValue } from "../../src/excel/cells";
import { layoutOf, toneRuns, widthToPoints } from "../../src/core/render/layout";
import { planWrite, recordsAfter, thaiDate } from "../../src/excel/plan";
import type { WorkbookSnapshot } from "../../src/excel/read";

describe("cell writes", () => {
  it.each([
    ["=1+1", true],
    ["+1", true],
    ["-x", true],
    ["@a", true],
    ["85", true],
    ["1,234.5", true],
    ["98.5%", true],
    ["TRUE", true],
    ["false", true],
    ["1/2", true],
    ["2567-10-01", true],
    ["10:30", true],
    ["#N/A", true],
    ["'x", true],
    ["i1", false],
    ["ข้อ i1", false],
    ["๘๕", false],
    ["1 ต.ค. 2567 – 30 ก.ย. 2568", false],
    ["สำนักปลัด", false],
    ["", false],
  ])("%s → converted by Excel: %s", (text, converted) => {
    expect(excelWouldConvert(text)).toBe(converted);
  });

  it("formats text Excel would convert as Text, numbers with their column format", () => {
    expect(cellWrite("=SUM(A1)", undefined)).toEqual({ value: "=SUM(A1)", format: "@" });
    expect(cellWrite("ทั่วไป", "0.00")).toEqual({ value: "ทั่วไป", format: "General" });
    expect(cellWrite(93.567, "0.00")).toEqual({ value: 93.567, format: "0.00" });
    expect(cellWrite(null, "0.00")).toEqual({ value: "", format: "0.00" });
    expect(cellWrite(Number.NaN, undefined)).toEqual({ value: "", format: "General" });
    const long = "=" + "x".repeat(300);
    expect(cellWrite(long, undefined)).toEqual({ value: `'${long}`, format: "General" });
  });

  it("reads Excel's empty string as a blank cell", () => {
    expect(fromExcelValue("")).toBeNull();
    expect(fromExcelValue(0)).toBe(0);
    expect(fromExcelValue(false)).toBe(false);
    expect(fromExcelValue("ก")).toBe("ก");
  });
});

describe("addresses", () => {
  it("converts columns and cells", () => {
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
    expect(columnIndex("AA")).toBe(26);
    expect(cellA1(4, 1)).toBe("B5");
    expect(rangeA1(0, 0, 1, 1)).toBe("A1");
    expect(rangeA1(3, 0, 12, 4)).toBe("A4:D15");
  });

  it("parses the engine's cell references", () => {
    expect(parseCellRef("คะแนน!B5")).toEqual({ sheet: "คะแนน", address: "B5" });
    expect(parseCellRef("'It''s ปี 67'!$b$5:$c$7")).toEqual({ sheet: "It's ปี 67", address: "B5:C7" });
    expect(parseCellRef("")).toBeUndefined();
    expect(parseCellRef("B5")).toBeUndefined();
    expect(quoteSheetName("คะแนน")).toBe("คะแนน");
    expect(quoteSheetName("คะแนน ปี 67")).toBe("'คะแนน ปี 67'");
    expect(quoteSheetName("A1")).toBe("'A1'");
  });

  it("checks sheet names by Excel's rules", () => {
    expect(sheetNameProblem("ITA-สรุปผล")).toBeUndefined();
    expect(sheetNameProblem("ก".repeat(32))).toMatch(/31/);
    expect(sheetNameProblem("a/b")).toBeDefined();
    expect(sheetNameProblem("'x")).toBeDefined();
    expect(sheetNameProblem("History")).toBeDefined();
    expect(sheetNameProblem(" ")).toBeDefined();
  });
});

const spec = (rows: (string | number | null)[][], heading = ["หัวเรื่อง"]): SheetSpec => ({
  key: "measures",
  name: "ITA-มาตรการ",
  tableName: "ITA_Measures",
  heading,
  columns: ["ประเด็น", "ข้อบกพร่อง/ข้อค้นพบ", "มาตรการ", "ขั้นตอน/วิธีปฏิบัติ", "ผู้รับผิดชอบ", "ระยะเวลา"].map((header) => ({
    header,
    width: 20,
    wrap: true,
  })),
  rows,
});

describe("layout", () => {
  it("puts the header after the heading and a blank row", () => {
    const l = layoutOf(spec([["a", "b", "c", "d", "e", "f"]], ["1", "2"]));
    expect(l).toMatchObject({ headerRow: 3, firstDataRow: 4, bodyRows: 1, tableAddress: "A4:F5", bodyAddress: "A5:F5" });
    expect(layoutOf(spec([], [])).tableAddress).toBe("A1:F2");
  });

  it("converts widths and groups tones", () => {
    expect(widthToPoints(10)).toBe(56.25);
    expect(toneRuns(["urgent", "urgent", undefined, "improve", "improve", "urgent"], 6)).toEqual([
      [0, 2, "urgent"],
      [3, 2, "improve"],
      [5, 1, "urgent"],
    ]);
  });
});

describe("carrying staff edits", () => {
  const generated = spec([
    ["1. ประเด็นหนึ่ง", "พบ", "มาตรการ ก", "1. ทำ", "สำนักปลัด", "ไตรมาส 1"],
    [null, "พบ", "มาตรการ ข", "1. ทำ", "กองคลัง", "ไตรมาส 2"],
    ["2. ประเด็นสอง", "พบ", "มาตรการ ก", "1. ทำ", "สำนักปลัด", "ไตรมาส 3"],
  ]);
  const record = { id: "1", key: "measures" as const, name: "ITA-มาตรการ", writtenAt: "", rows: stampMeasures(generated) };
  const sheetOf = (rows: (string | number | null)[][]) => ({
    name: "ITA-มาตรการ",
    values: [["หัวเรื่อง"], [], generated.columns.map((c) => c.header), ...rows],
  });

  it("finds the measures columns by their headers", () => {
    expect(measureColumns(generated.columns.map((c) => c.header))).toEqual({
      issue: 0,
      measure: 2,
      steps: 3,
      responsible: 4,
      timeframe: 5,
    });
    expect(measureColumns(["รายการ", "คะแนน"])).toBeUndefined();
  });

  it("stamps rows by issue (carried down blank cells) and measure, with Thai digits normalised", () => {
    expect(record.rows.map((r) => r.key)).toEqual([
      stampText("1. ประเด็นหนึ่ง|มาตรการ ก"),
      stampText("1. ประเด็นหนึ่ง|มาตรการ ข"),
      stampText("2. ประเด็นสอง|มาตรการ ก"),
    ]);
    const thai = stampMeasures(spec([["๑. ประเด็นหนึ่ง", "พบ", "มาตรการ ก", "๑. ทำ", "สำนักปลัด", "ไตรมาส ๑"]]));
    expect(thai[0].key).toBe(record.rows[0].key);
  });

  it("finds nothing to carry in an untouched sheet", () => {
    const r = carryStaffEdits(sheetOf(generated.rows), record, generated);
    expect(r).toMatchObject({ edited: 0, carried: 0, lost: 0, unreadable: false });
    expect(r.spec.rows).toEqual(generated.rows);
  });

  it("carries edited cells to the same measure, even when staff sorted the rows", () => {
    const old = [[...generated.rows[2]], [...generated.rows[0]], [...generated.rows[1]]];
    old[2][4] = "กองคลัง (หัวหน้าฝ่ายการเงิน)";
    old[2][0] = "1. ประเด็นหนึ่ง"; // staff filled the blank issue cell: same key
    old[0][5] = "ภายใน ธ.ค. 2567";
    const next = spec(generated.rows.map((r) => [...r]));
    const r = carryStaffEdits(sheetOf(old), record, next);
    expect(r).toMatchObject({ edited: 2, carried: 2, lost: 0 });
    expect(r.spec.rows[1][4]).toBe("กองคลัง (หัวหน้าฝ่ายการเงิน)");
    expect(r.spec.rows[2][5]).toBe("ภายใน ธ.ค. 2567");
    expect(next.rows[1][4]).toBe("กองคลัง");
  });

  it("reports edits it cannot carry: a re-worded measure, an added row, a deleted row, a measure gone from the plan", () => {
    const reworded = generated.rows.map((r) => [...r]);
    reworded[0][2] = "มาตรการ ก (ใหม่)";
    expect(carryStaffEdits(sheetOf(reworded), record, generated)).toMatchObject({ lost: 2 });
    expect(carryStaffEdits(sheetOf([...generated.rows, ["3. อื่น", null, "เพิ่มเอง", null, null, null]]), record, generated)).toMatchObject({
      lost: 1,
    });
    expect(carryStaffEdits(sheetOf(generated.rows.slice(0, 2)), record, generated)).toMatchObject({ lost: 1 });
    const edited = generated.rows.map((r) => [...r]);
    edited[2][4] = "กองช่าง";
    expect(carryStaffEdits(sheetOf(edited), record, spec(generated.rows.slice(0, 2)))).toMatchObject({ edited: 1, carried: 0, lost: 1 });
    expect(carryStaffEdits({ name: "x", values: [["ไม่มีตาราง"]] }, record, generated)).toMatchObject({ unreadable: true });
  });
});

describe("write plan", () => {
  const snapshot = (sheets: WorkbookSnapshot["sheets"], records = defaultSettings().sheets): WorkbookSnapshot => ({
    sheets,
    settings: { ...defaultSettings(), sheets: records },
    hasSettings: records.length > 0,
    parts: [],
    problems: [],
    syncs: 3,
  });

  it("names sheets and tables so they never collide with what stays", () => {
    const s = snapshot(
      [
        { id: "u1", name: "ITA-มาตรการ", position: 0, tableNames: ["ITA_Measures"] },
        { id: "o1", name: "ชื่อใหม่ของสรุป", position: 1, tableNames: ["ITA_Summary"], ownKey: "summary" },
      ],
      [{ id: "o1", key: "summary", name: "ITA-สรุปผล", writtenAt: "" }],
    );
    const summary: SheetSpec = { ...spec([]), key: "summary", name: "ITA-สรุปผล", tableName: "ITA_Summary" };
    const plan = planWrite(s, [summary, spec([])], new Date(2024, 0, 2), "abc");
    expect(plan.remove).toEqual([{ id: "o1", name: "ชื่อใหม่ของสรุป" }]);
    expect(plan.sheets.map((p) => [p.name, p.tableName, p.tempName])).toEqual([
      ["ITA-สรุปผล", "ITA_Summary", "~ita-abc-0"],
      ["ITA-มาตรการ (2)", "ITA_Measures_2", "~ita-abc-1"],
    ]);
    expect(recordsAfter(plan, ["n1", "n2"]).map((r) => [r.id, r.key])).toEqual([
      ["n1", "summary"],
      ["n2", "measures"],
    ]);
    expect(thaiDate(new Date(2024, 0, 2))).toBe("2-1-2567");
  });

  it("keeps a library staff may have edited when the new run does not write one", () => {
    const s = snapshot(
      [{ id: "l", name: "ITA-คลังมาตรการ", position: 0, tableNames: [], ownKey: "library" }],
      [{ id: "l", key: "library", name: "ITA-คลังมาตรการ", writtenAt: "t" }],
    );
    const plan = planWrite(s, [spec([])], new Date(), "x");
    expect(plan.remove).toEqual([]);
    expect(plan.kept).toEqual([{ id: "l", key: "library", name: "ITA-คลังมาตรการ", writtenAt: "t" }]);
  });

  it("refuses an invalid sheet name before writing anything", () => {
    expect(() => planWrite(snapshot([]), [{ ...spec([]), name: "a/b" }], new Date(), "x")).toThrow(/ต้องห้าม/);
  });
});
