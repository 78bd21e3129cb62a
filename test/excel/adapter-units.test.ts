// Pure pieces of the adapter: cell writes, addresses, layout, carrying staff edits, the write plan.
import type { SheetSpec } from "../../src/core/render/spec";
import { type CellContent, contentHash, defaultSettings, printOf, type SheetRecord } from "../../src/core";
import { cellA1, columnIndex, columnLetter, parseCellRef, quoteSheetName, rangeA1, sheetNameProblem } from "../../src/excel/addresses";
import { carryStaffEdits, type OldSheet, writtenCells } from "../../src/core/keep/carry";
import { cellWrite, excelWouldConvert, fromExcelValue } from "../../src/excel/cells";
import { layoutOf, toneRuns, widthToPoints } from "../../src/core/render/layout";
import { planWrite, recordsAfter, thaiDate } from "../../src/core/keep/plan";
import type { SheetInfo, WorkbookSnapshot } from "../../src/excel/read";

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

const KEYS = ["issue", "finding", "measure", "steps", "responsible", "timeframe"];
const spec = (rows: (string | number | null)[][], heading = ["หัวเรื่อง"], rowIds?: string[]): SheetSpec => ({
  key: "measures",
  name: "ITA-มาตรการ",
  tableName: "ITA_Measures",
  heading,
  columns: ["ประเด็น", "ข้อบกพร่อง/ข้อค้นพบ", "มาตรการ", "ขั้นตอน/วิธีปฏิบัติ", "ผู้รับผิดชอบ", "ระยะเวลา"].map((header, i) => ({
    key: KEYS[i],
    header,
    width: 20,
    wrap: true,
  })),
  rows,
  ...(rowIds ? { rowIds } : {}),
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
  const ids = ["1:a", "1:b", "2:a"];
  const generated = spec(
    [
      ["1. ประเด็นหนึ่ง", "พบ", "มาตรการ ก", "1. ทำ", "สำนักปลัด", "ไตรมาส 1"],
      [null, "พบ", "มาตรการ ข", "1. ทำ", "กองคลัง", "ไตรมาส 2"],
      ["2. ประเด็นสอง", "พบ", "มาตรการ ก", "1. ทำ", "สำนักปลัด", "ไตรมาส 3"],
    ],
    ["หัวเรื่อง", "หน่วยงาน"],
    ids,
  );
  const print = printOf(generated);
  /** The sheet as the add-in wrote it (title rows 1–2, blank row 3, header row 4, data from row 5), then edited. */
  const sheet = (edit: (cells: Map<string, CellContent>) => void = () => {}): OldSheet => {
    const cells = new Map(writtenCells(generated, []).map((c) => [`${c.row},${c.col}`, c.content]));
    edit(cells);
    return {
      cells: [...cells]
        .filter(([, v]) => v !== null)
        .map(([k, content]) => ({ row: Number(k.split(",")[0]), col: Number(k.split(",")[1]), content })),
      formats: new Map(),
    };
  };
  const next = () =>
    spec(
      generated.rows.map((r) => [...r]),
      ["หัวเรื่อง ปีใหม่", "หน่วยงาน"],
      ids,
    );
  const at = (r: ReturnType<typeof carryStaffEdits>, row: number, col: number) =>
    r.overrides.find((o) => o.row === row && o.col === col)?.content;

  it("finds nothing to carry in an untouched sheet, and writes the new heading", () => {
    const r = carryStaffEdits(sheet(), print, undefined, next());
    expect(r).toMatchObject({ edited: 0, carried: 0, lost: 0, unreadable: false, overrides: [] });
    expect(r.spec.heading).toEqual(["หัวเรื่อง ปีใหม่", "หน่วยงาน"]);
    expect(r.spec.columns.map((c) => c.key)).toEqual(KEYS);
  });

  it("carries edited cells to the same measure id and column key, even when staff sorted the rows", () => {
    const r = carryStaffEdits(
      sheet((c) => {
        // Staff sorted the rows (2:a first), then edited 1:b's responsible and 2:a's timeframe.
        const rows = [4, 5, 6].map((row) => KEYS.map((_, col) => c.get(`${row},${col}`) ?? null));
        [rows[2], rows[0], rows[1]].forEach((row, i) => row.forEach((v, col) => c.set(`${4 + i},${col}`, v)));
        c.set("6,4", "กองคลัง (หัวหน้าฝ่ายการเงิน)");
        c.set("4,5", "ภายใน ธ.ค. 2567");
      }),
      print,
      undefined,
      next(),
    );
    expect(r).toMatchObject({ edited: 2, carried: 2, lost: 0 });
    expect(at(r, 5, 4)).toBe("กองคลัง (หัวหน้าฝ่ายการเงิน)");
    expect(at(r, 6, 5)).toBe("ภายใน ธ.ค. 2567");
  });

  it("carries a renamed header, the title staff edited, a cleared cell and a formula", () => {
    const r = carryStaffEdits(
      sheet((c) => {
        c.set("3,4", "หน่วยงานที่รับผิดชอบ");
        c.set("0,0", "มาตรการของ อบต.ตัวอย่าง (ฉบับปรับปรุง)");
        c.set("4,1", null);
        c.set("5,5", { formula: '=TEXT(TODAY(),"d/m/yyyy")' });
      }),
      print,
      undefined,
      next(),
    );
    expect(r).toMatchObject({ edited: 4, carried: 4, lost: 0 });
    expect(at(r, 3, 4)).toBe("หน่วยงานที่รับผิดชอบ");
    expect(at(r, 0, 0)).toBe("มาตรการของ อบต.ตัวอย่าง (ฉบับปรับปรุง)");
    expect(r.spec.heading[0]).toBe("");
    expect(r.overrides.find((o) => o.row === 4 && o.col === 1)).toMatchObject({ content: null });
    expect(at(r, 5, 5)).toEqual({ formula: '=TEXT(TODAY(),"d/m/yyyy")' });
  });

  it("keeps a column staff inserted beside the same neighbour, carried by measure id", () => {
    const r = carryStaffEdits(
      sheet((c) => {
        // A budget column inserted after มาตรการ (column C): D… move right.
        for (let row = 0; row <= 6; row++)
          for (let col = 5; col >= 3; col--) {
            c.set(`${row},${col + 1}`, c.get(`${row},${col}`) ?? null);
            c.set(`${row},${col}`, null);
          }
        c.set("3,3", "งบประมาณ (บาท)");
        c.set("4,3", 5000);
        c.set("6,3", 12000);
      }),
      print,
      undefined,
      next(),
    );
    expect(r).toMatchObject({ lost: 0, carried: 3 });
    expect(r.spec.columns.map((c) => c.key)).toEqual([
      "issue",
      "finding",
      "measure",
      "staff:งบประมาณ (บาท)",
      "steps",
      "responsible",
      "timeframe",
    ]);
    expect(r.spec.columns[3]).toMatchObject({ header: "งบประมาณ (บาท)", owner: "staff" });
    expect(at(r, 4, 3)).toBe(5000);
    expect(at(r, 6, 3)).toBe(12000);
    // The fingerprint of the new sheet makes it a staff column: always carried from now on.
    expect(printOf(r.spec).columns[3]).toMatchObject({ key: "staff:งบประมาณ (บาท)", staff: true });
  });

  it("carries text below the table at the same distance below the new one, and beside it by row", () => {
    const r = carryStaffEdits(
      sheet((c) => {
        c.set("9,4", "ลงชื่อ ............ นายก อบต.");
        c.set("5,8", "ติดตามเดือนละครั้ง");
      }),
      print,
      undefined,
      spec(generated.rows.slice(0, 2), ["หัวเรื่อง", "หน่วยงาน"], ids.slice(0, 2)),
    );
    expect(r).toMatchObject({ edited: 2, carried: 2, lost: 0 });
    expect(at(r, 8, 4)).toBe("ลงชื่อ ............ นายก อบต.");
    expect(at(r, 5, 8)).toBe("ติดตามเดือนละครั้ง");
  });

  it("reports what it cannot carry: an added row, a deleted row, an edit in a measure gone from the plan, a lost table", () => {
    const added = sheet((c) => KEYS.forEach((_, col) => c.set(`7,${col}`, col === 2 ? "มาตรการของหน่วยงานเอง" : null)));
    expect(carryStaffEdits(added, print, undefined, next())).toMatchObject({ lost: 1 });
    const deleted = sheet((c) => KEYS.forEach((_, col) => c.set(`6,${col}`, null)));
    expect(carryStaffEdits(deleted, print, undefined, next())).toMatchObject({ lost: 1 });
    const edited = sheet((c) => c.set("6,4", "กองช่าง"));
    expect(carryStaffEdits(edited, print, undefined, spec(generated.rows.slice(0, 2), ["หัวเรื่อง"], ids.slice(0, 2)))).toMatchObject({
      edited: 1,
      carried: 0,
      lost: 1,
    });
    expect(
      carryStaffEdits({ cells: [{ row: 0, col: 0, content: "ไม่มีตาราง" }], formats: new Map() }, print, undefined, next()),
    ).toMatchObject({
      unreadable: true,
    });
  });

  it("without a fingerprint, trusts only the marker's content hash", () => {
    const untouched = sheet();
    const hash = contentHash(untouched.cells);
    expect(carryStaffEdits(untouched, undefined, hash, next())).toMatchObject({ unreadable: false, edited: 0 });
    expect(
      carryStaffEdits(
        sheet((c) => c.set("6,4", "กองช่าง")),
        undefined,
        hash,
        next(),
      ),
    ).toMatchObject({ unreadable: true });
    expect(carryStaffEdits(untouched, undefined, undefined, next())).toMatchObject({ unreadable: true });
  });
});

describe("write plan", () => {
  const info = (id: string, name: string, position: number, role: SheetInfo["role"], tableNames: string[] = []): SheetInfo => ({
    id,
    name,
    position,
    visibility: "visible",
    tableNames,
    role,
    formulas: new Map(),
    formats: new Map(),
  });
  const snapshot = (sheets: SheetInfo[], records: SheetRecord[] = []): WorkbookSnapshot => ({
    sheets,
    settings: { ...defaultSettings(), sheets: records },
    hasSettings: records.length > 0,
    parts: [],
    problems: [],
    itaFormulas: false,
    syncs: 3,
    hint: { sheets: [], parts: [], plans: [] },
  });
  const summary: SheetSpec = { ...spec([]), key: "summary", name: "ITA-สรุปผล", tableName: "ITA_Summary" };

  it("names sheets and tables so they never collide with what stays; a replacing sheet keeps the old name and place", () => {
    const unmarked = info("o1", "ชื่อใหม่ของสรุป", 1, { kind: "generated", sheetKind: "summary" }, ["ITA_Summary"]);
    const s = snapshot([
      info("u1", "ITA-มาตรการ", 0, { kind: "user" }, ["ITA_Measures"]),
      unmarked,
      info("u2", "บันทึก", 2, { kind: "user" }),
    ]);
    const plan = planWrite(s, [summary, spec([])], new Date(2024, 0, 2), "abc");
    // An old sheet that cannot be compared (no fingerprint, no marker) is kept, never deleted.
    expect(plan.remove).toEqual([]);
    expect(plan.copies.map((c) => [c.from, c.to])).toEqual([["ชื่อใหม่ของสรุป", "ชื่อใหม่ของสรุป เดิม 2-1-2567"]]);
    expect(plan.sheets.map((p) => [p.name, p.tableName, p.tempName])).toEqual([
      ["ชื่อใหม่ของสรุป", "ITA_Summary_2", "~ita-abc-0"],
      ["ITA-มาตรการ (2)", "ITA_Measures_2", "~ita-abc-1"],
    ]);
    expect(plan.order).toEqual(["u1", 0, "o1", "u2", 1]);
    expect(recordsAfter(plan, ["n1", "n2"]).map((r) => [r.id, r.key, r.marker])).toEqual([
      ["n1", "summary", "abc-0"],
      ["n2", "measures", "abc-1"],
      ["o1", "copy", "abc-c0"],
    ]);
    expect(thaiDate(new Date(2024, 0, 2))).toBe("2-1-2567");
  });

  it("keeps a library staff may have edited when the new run does not write one", () => {
    const record: SheetRecord = { id: "l", key: "library", name: "ITA-คลังมาตรการ", writtenAt: "t" };
    const s = snapshot([info("l", "ITA-คลังมาตรการ", 0, { kind: "generated", sheetKind: "library", record })], [record]);
    const plan = planWrite(s, [spec([])], new Date(), "x");
    expect(plan.remove).toEqual([]);
    expect(plan.copies).toEqual([]);
    // Written before markers: it stays as it is and is given one, so it is known by it from now on.
    expect(plan.kept).toEqual([{ ...record, marker: "x-k0" }]);
    expect(plan.marks).toEqual([
      { id: "l", name: "ITA-คลังมาตรการ", hadMarker: false, markerFormula: expect.stringContaining("|library|x-k0|") },
    ]);
  });

  it("a sheet that stays and already has its marker is left without a write and recorded under that marker", () => {
    const marker = { kind: "limitations", token: "old-3", hash: "h", writtenAt: "t" };
    const record: SheetRecord = { id: "l", key: "limitations", name: "ข้อจำกัด อบต.", writtenAt: "t", marker: "old-3" };
    const stays = info("l2", "ข้อจำกัด อบต.", 0, { kind: "generated", sheetKind: "limitations", record, marker });
    const plan = planWrite(snapshot([{ ...stays, marker, markerText: "x" }], [record]), [spec([])], new Date(), "x");
    expect(plan.marks).toEqual([]);
    expect(plan.kept).toEqual([{ ...record, id: "l2" }]);
  });

  it("never replaces a create-once sheet the workbook has: a spec of its kind is not written, the sheet stays", () => {
    const marker = { kind: "limitations", token: "r1-3", hash: "h", writtenAt: "t" };
    const record: SheetRecord = { id: "l", key: "limitations", name: "ITA-ข้อจำกัด", writtenAt: "t", marker: "r1-3" };
    const limits: SheetSpec = { ...spec([]), key: "limitations", name: "ITA-ข้อจำกัด (2)", tableName: "ITA_Limitations" };
    const stays = { ...info("l", "ITA-ข้อจำกัด", 0, { kind: "generated", sheetKind: "limitations", record, marker }), marker };
    const plan = planWrite(snapshot([stays], [record]), [summary, limits], new Date(), "x");
    expect(plan.sheets.map((p) => p.spec.key)).toEqual(["summary"]);
    expect([plan.remove, plan.copies, plan.marks]).toEqual([[], [], []]);
    expect(plan.kept).toEqual([record]);
    // With none in the workbook it is written like any other sheet.
    expect(planWrite(snapshot([]), [summary, limits], new Date(), "x").sheets.map((p) => p.spec.key)).toEqual(["summary", "limitations"]);
  });

  it("a create-once sheet found by its marker alone (the settings part lost) is recorded again", () => {
    const marker = { kind: "limitations", token: "r1-3", hash: "h", writtenAt: "2024-11-23T02:30:00.000Z" };
    const stays = { ...info("l", "ข้อจำกัด อบต.", 0, { kind: "generated", sheetKind: "limitations", marker }), marker };
    const plan = planWrite(snapshot([stays]), [summary], new Date(), "x");
    expect(plan.kept).toEqual([{ id: "l", key: "limitations", name: "ข้อจำกัด อบต.", writtenAt: marker.writtenAt, marker: "r1-3" }]);
    expect(recordsAfter(plan, ["n1"]).map((r) => [r.key, r.marker])).toEqual([
      ["summary", "x-0"],
      ["limitations", "r1-3"],
    ]);
  });

  it("refuses an invalid sheet name before writing anything", () => {
    expect(() => planWrite(snapshot([]), [{ ...spec([]), name: "a/b" }], new Date(), "x")).toThrow(/ต้องห้าม/);
  });
});
