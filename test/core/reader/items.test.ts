// Per-question tables: one score column, EIT Public/Survey, one column per year, side-by-side blocks.
import { errors, itemScores, place, read, sheet, th, warnings } from "./build";
import { SEED004_SIDE_BY_SIDE, seed004SideBySide } from "./seed-layouts";
import { seed004QuestionSheet } from "../../fixtures/seed-sheets";
import { SEED004_ITEMS } from "../../fixtures/seeds";
import { expectThaiFirst } from "../../fixtures/thai-first";

describe("seed 004: three code/score pairs side by side (IIT | EIT | OIT)", () => {
  const result = read(sheet("ประเด็น5", seed004SideBySide()));

  it("reads every code of every block with its own score (Thai digits, ๐ for o)", () => {
    const scores = itemScores(result, (o) => (o.target.kind === "item" ? o.target.code : ""));
    expect(scores).toEqual(SEED004_SIDE_BY_SIDE);
    expect(["i7", "i8", "i9", "i10", "i11", "i12"].map((c) => scores[c])).toEqual([100, 100, 100, 98, 100, 100]);
  });

  it("does not read the indicator header rows inside the blocks as items or scores", () => {
    expect(result.observations.every((o) => o.target.kind === "item")).toBe(true);
    expect(errors(result)).toEqual([]);
  });

  it("names the score cell and keeps the text beside the code", () => {
    const i10 = result.observations.find((o) => o.target.kind === "item" && o.target.code === "i10")!;
    expect(i10.cell).toBe("ประเด็น5!B9");
    expect(i10.text).toContain("ใช้จ่ายงบประมาณเพื่อประโยชน์ส่วนตัว");
    const o13 = result.observations.find((o) => o.target.kind === "item" && o.target.code === "o13")!;
    expect(o13.cell).toBe("ประเด็น5!F8");
  });

  it("trusts the title over the printed code ๐๑๔ and warns with both codes", () => {
    const w = warnings(result).filter((p) => p.cell === "ประเด็น5!E9");
    expect(w).toHaveLength(1);
    expect(w[0].message).toMatch(/^รหัส o14 ที่ ประเด็น5!E9 /);
    expectThaiFirst(w);
    expect(w[0].message).toContain("o14");
    expect(w[0].message).toContain("o19");
  });

  it("takes the year from the title, the framework from the codes, the agency from the title", () => {
    expect(result.observations.every((o) => o.year === 2566)).toBe(true);
    expect(result.years).toEqual([2566]);
    expect(result.framework).toBe("2566");
    expect(result.agency).toBe("เทศบาลเมืองเพชรบูรณ์");
  });

  it("records the blocks as one table", () => {
    expect(result.tables).toHaveLength(1);
    expect(result.tables[0]).toMatchObject({ sheet: "ประเด็น5", kind: "items", years: [2566] });
    expect(result.tables[0].range).toMatch(/^A\d+:F14$/);
  });
});

describe("one code column and one score column", () => {
  it("reads the fixture of all seed 004 question scores", () => {
    const result = read(seed004QuestionSheet());
    const scores = itemScores(result, (o) => (o.target.kind === "item" ? o.target.code : ""));
    expect(scores).toEqual(Object.fromEntries(SEED004_ITEMS.map((i) => [i.code, i.score])));
    expect(errors(result)).toEqual([]);
  });

  it("reads code and text in separate columns, and codes in every spelling", () => {
    const result = read(
      sheet("รายข้อ", [
        ["ลำดับ", "ข้อ", "ข้อคำถาม", "คะแนน"],
        [1, "ข้อ i1", "เจ้าหน้าที่ของหน่วยงานท่านปฏิบัติหรือให้บริการแก่บุคคลภายนอกเป็นไปตามขั้นตอนและระยะเวลา", 91.5],
        [2, "(e3)", "หน่วยงานปฏิบัติหรือให้บริการแก่ท่านโดยมุ่งผลสัมฤทธิ์", "98.5%"],
        [3, "I27", "ท่านทราบเกี่ยวกับมาตรฐานทางจริยธรรม", "๙๗.๑๓"],
        [4, "E 3 ", null, 88],
        [5, "i๑๐", null, "100"],
        [6, "O14", null, 0],
      ]),
    );
    expect(itemScores(result)).toEqual({ i1: 91.5, e3: 88, i27: 97.13, i10: 100, o14: 0 });
    // e3 twice: both readings are returned, the merge step compares them.
    expect(result.observations.filter((o) => o.target.kind === "item" && o.target.code === "e3").map((o) => o.score)).toEqual([98.5, 88]);
    expect(result.observations[0].cell).toBe("รายข้อ!D2");
  });

  it("skips a running-number or count column and takes the nearest score column", () => {
    const result = read(
      sheet("s", [
        ["ข้อ", "จำนวนผู้ตอบ", "คะแนน"],
        ["i1", 42, 95.24],
        ["i2", 42, 97.62],
      ]),
    );
    expect(itemScores(result)).toEqual({ i1: 95.24, i2: 97.62 });
  });

  it("skips issue and indicator number columns between the codes and the scores", () => {
    const result = read(
      sheet("s", [
        ["ข้อ", "ประเด็น", "ตัวชี้วัด", "คะแนน"],
        ["i1", 1, 1, 95.24],
        ["i7", 5, 2, 97.62],
      ]),
    );
    expect(itemScores(result)).toEqual({ i1: 95.24, i7: 97.62 });
    expect(result.observations).toHaveLength(2);
  });

  it("a tool written left of the questions with running numbers is not a tool score", () => {
    const result = read(
      sheet("s", [
        ["เครื่องมือ", "ลำดับ", "ข้อคำถาม", "คะแนน"],
        ["IIT", 1, "i1 การปฏิบัติงาน", 95],
        [null, 2, "i2 การให้บริการ", 96],
        ["EIT", 3, "e1 การให้บริการ", 97],
      ]),
    );
    expect(result.observations.map((o) => o.target.kind)).toEqual(["item", "item", "item"]);
  });

  it("gives blank and '-' scores as missing (score null), not as errors", () => {
    const result = read(
      sheet("s", [
        ["i1", 100],
        ["i2", null],
        ["i3", "-"],
        ["i4", 90],
      ]),
    );
    expect(itemScores(result)).toEqual({ i1: 100, i2: null, i3: null, i4: 90 });
    expect(errors(result)).toEqual([]);
  });

  it("reads scores typed as percentages (0.985) as 98.5 and warns", () => {
    const result = read(
      sheet("s", [
        ["i1", 0.985],
        ["i2", 1],
        ["i3", 0.9512],
      ]),
    );
    expect(itemScores(result)).toEqual({ i1: 98.5, i2: 100, i3: 95.12 });
    expect(warnings(result).length).toBe(1);
  });
});

describe("bad scores", () => {
  it("105 is an error naming the cell, and no observation", () => {
    const result = read(sheet("คะแนน", [["ผลคะแนนรายข้อ"], [], [], ["ข้อ", "คะแนน"], ["i1", 105], ["i2", 99], ["i3", 98]]));
    expect(errors(result)).toEqual([
      {
        severity: "error",
        cell: "คะแนน!B5",
        message: "คะแนนในเซลล์ คะแนน!B5 เป็น 105 ซึ่งอยู่นอกช่วง 0–100: แก้เป็นคะแนน 0 ถึง 100 หรือเว้นว่างถ้ายังไม่มีคะแนน",
        en: "คะแนน!B5: 105 is outside 0–100",
      },
    ]);
    expectThaiFirst(result.problems);
    expect(itemScores(result)).toEqual({ i2: 99, i3: 98 });
  });

  it('"abc" is an error naming the cell, and no observation', () => {
    const values = place(
      [
        ["ข้อ", "ข้อคำถาม", "คะแนน"],
        ["i1", "ข้อความ", 90],
        ["i2", "ข้อความ", 91],
        ["i3", "ข้อความ", "abc"],
        ["i4", "ข้อความ", 92],
      ],
      3,
      0,
    );
    const result = read(sheet("Sheet", values));
    expect(errors(result)).toEqual([
      {
        severity: "error",
        cell: "Sheet!C7",
        message: expect.stringMatching(/^เซลล์ Sheet!C7 มีค่า “abc” ซึ่งอ่านเป็นคะแนนไม่ได้: /),
        en: "Sheet!C7: “abc” is not a score",
      },
    ]);
    expectThaiFirst(result.problems);
    expect(Object.keys(itemScores(result))).toEqual(["i1", "i2", "i4"]);
  });

  it("a negative number and TRUE are errors too", () => {
    const result = read(
      sheet("s", [
        ["i1", 90],
        ["i2", "-5"],
        ["i3", true],
        ["i4", 91],
        ["i5", 92],
      ]),
    );
    expect(errors(result).map((p) => p.cell)).toEqual(["s!B2", "s!B3"]);
  });
});

describe("EIT in two score columns (Public, Survey)", () => {
  const values = [
    ["ผลคะแนน EIT รายข้อ ปีงบประมาณ พ.ศ. ๒๕๖๗"],
    [],
    ["ข้อ", "ข้อคำถาม", "EIT Public (เข้าตอบเอง)", "EIT Survey (ป.ป.ช. ประเมิน)"],
    ["e1", "เจ้าหน้าที่ปฏิบัติงานหรือให้บริการแก่ท่านเป็นไปตามขั้นตอนและระยะเวลา", 97.5, 96.3],
    ["e2", null, "๙๕.๐๐", "๘๙.๕๐"],
    ["e3", null, 99, null],
  ];

  it("gives two observations per code, one per part, with the year of the title", () => {
    const result = read(sheet("EIT", values));
    expect(itemScores(result)).toEqual({
      "e1/public@2567": 97.5,
      "e1/survey@2567": 96.3,
      "e2/public@2567": 95,
      "e2/survey@2567": 89.5,
      "e3/public@2567": 99,
      "e3/survey@2567": null,
    });
    expect(result.framework).toBe("2567");
  });

  it("knows the parts by their Thai names, and reads a mean column beside them as the question score", () => {
    const result = read(
      sheet("EIT", [
        ["รหัส", "เข้าตอบเอง", "ผู้ประเมินจัดเก็บ", "คะแนนเฉลี่ย"],
        ["e4", 90, 80, 85],
        ["e5", 100, 90, 95],
      ]),
    );
    expect(itemScores(result)).toEqual({ "e4/public": 90, "e4/survey": 80, e4: 85, "e5/public": 100, "e5/survey": 90, e5: 95 });
  });

  it("parts told only as ส่วนที่ 1 / ส่วนที่ 2 are read in that order, with a warning", () => {
    const result = read(
      sheet("EIT", [
        ["ข้อ", "ส่วนที่ 1", "ส่วนที่ 2"],
        ["e1", 90, 80],
        ["e2", 91, 81],
      ]),
    );
    expect(itemScores(result)).toEqual({ "e1/public": 90, "e1/survey": 80, "e2/public": 91, "e2/survey": 81 });
    expect(warnings(result)).toHaveLength(1);
  });
});

describe("one score column per year", () => {
  it("reads each year column (2566, ๒๕๖๖, ปี 2567, พ.ศ. 2568) and ignores the comparison column", () => {
    const result = read(
      sheet("สองปี", [
        ["ข้อคำถาม", "๒๕๖๖", "ปี 2567", "เปรียบเทียบ"],
        ["i1 การปฏิบัติงาน", 95, 100, "+5.00"],
        ["i2 การให้บริการ", 97.5, 96, "-1.50"],
      ]),
    );
    expect(itemScores(result)).toEqual({ "i1@2566": 95, "i1@2567": 100, "i2@2566": 97.5, "i2@2567": 96 });
    expect(result.years).toEqual([2566, 2567]);
    expect(result.tables[0]).toMatchObject({ kind: "items", years: [2566, 2567], rows: 2 });
  });

  it("reads years given as numbers under a merged header, and 'พ.ศ.' headers", () => {
    const result = read(
      sheet(
        "ปี",
        [
          ["ผลการประเมินรายข้อ"],
          [],
          ["ข้อ", "คะแนน", null, "ผลต่าง"],
          [null, 2566, "พ.ศ. 2567", null],
          ["o1 โครงสร้าง", 100, 100, 0],
          ["o2 ข้อมูลผู้บริหาร", 0, 100, 100],
        ],
        { merges: ["A1:D1", "B3:C3", "A3:A4"] },
      ),
    );
    expect(itemScores(result)).toEqual({ "o1@2566": 100, "o1@2567": 100, "o2@2566": 0, "o2@2567": 100 });
  });

  it("a difference column found only by its signed values is ignored", () => {
    const result = read(
      sheet("s", [
        ["ข้อ", "2566", "2567", ""],
        ["i1", 90, 95, "+5"],
        ["i2", 92, 91, "-1"],
      ]),
    );
    expect(Object.keys(itemScores(result))).toEqual(["i1@2566", "i1@2567", "i2@2566", "i2@2567"]);
  });
});

describe("tables among titles, blank rows and merged cells", () => {
  it("finds a table anywhere on the sheet, across blank rows, under merged titles", () => {
    const block = [
      ["รายงานผลการประเมิน ITA"],
      ["ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"],
      [],
      ["ตัวชี้วัดที่", "หัวข้อการประเมิน", "เครื่องมือ", "ข้อคำถาม", "คะแนน", "ข้อบกพร่อง"],
      ["๑", "การปฏิบัติหน้าที่", "IIT", "i๑ เจ้าหน้าที่ของหน่วยงานท่านปฏิบัติหรือให้บริการแก่บุคคลภายนอกเป็นไปตามขั้นตอนและระยะเวลา มากน้อยเพียงใด", th(100), null],
      [null, null, null, "i๒ เจ้าหน้าที่ของหน่วยงานท่านปฏิบัติหรือให้บริการแก่บุคคลภายนอกอย่างเท่าเทียมกัน", th(96.5), "ควรปรับปรุง"],
      [],
      [],
      [null, null, null, "i๓ เจ้าหน้าที่ของหน่วยงานท่านปฏิบัติงานโดยมุ่งผลสัมฤทธิ์", th(99), null],
      ["๒", "การใช้งบประมาณ", "IIT", "i๗ ท่านทราบข้อมูลเกี่ยวกับงบประมาณ", th(88.25), "ต้องแก้ไข"],
    ];
    const values = place(block, 4, 2, 20, 12);
    const merges = ["C5:H5", "C9:C13", "D9:D13", "E9:E13"];
    const result = read(sheet("วิเคราะห์", values, { merges }));
    expect(itemScores(result)).toEqual({ "i1@2566": 100, "i2@2566": 96.5, "i3@2566": 99, "i7@2566": 88.25 });
    expect(result.observations.filter((o) => o.target.kind !== "item")).toEqual([]);
    expect(result.observations[0].cell).toBe("วิเคราะห์!G9");
  });

  it("uses rowOffset/colOffset in every address", () => {
    const result = read(
      sheet(
        "My Sheet",
        [
          ["i1", 105],
          ["i2", 90],
        ],
        { rowOffset: 9, colOffset: 2 },
      ),
    );
    expect(errors(result)[0].cell).toBe("'My Sheet'!D10");
    expect(result.observations[0].cell).toBe("'My Sheet'!D11");
    expect(result.tables[0].range).toBe("C10:D11");
  });

  it("reads the year from the sheet name when no title says it", () => {
    const result = read(
      sheet("ITA2567", [
        ["ข้อ", "คะแนน"],
        ["i1", 90],
      ]),
      sheet("ปี 2566", [
        ["ข้อ", "คะแนน"],
        ["i1", 80],
      ]),
    );
    expect(itemScores(result)).toEqual({ "i1@2567": 90, "i1@2566": 80 });
    expect(result.years).toEqual([2566, 2567]);
  });
});
