// Every problem the engine gives keeps the Thai-first rule (test/fixtures/thai-first.ts): the
// workbooks below set off nearly every kind of problem, and each must read as one Thai sentence
// naming its cell, with an English gist in `en` and no command-line option in the message.
import { analyze } from "../../src/core/analyze";
import { NO_YEAR } from "../../src/core/analysis/year";
import { CATALOG_SHEET_COLUMNS } from "../../src/core/catalog/sheet";
import { LookupError, lookupCode } from "../../src/core/code-lookup";
import { LIBRARY_HEADERS } from "../../src/core/measures/library-sheet";
import { buildPlan } from "../../src/core/measures/plan";
import { parseSettings } from "../../src/core/settings/xml";
import { SETTINGS_NAMESPACE } from "../../src/core/settings/model";
import type { CellValue, IssueAnalysis, Problem, SheetCells } from "../../src/core/types";
import { thaiFirstViolations } from "../fixtures/thai-first";

const sheet = (name: string, values: CellValue[][]): SheetCells => ({ name, values });
const range = (p: string, a: number, b: number) => Array.from({ length: b - a + 1 }, (_, k) => `${p}${a + k}`);

function problemsOf(): Problem[] {
  const all: Problem[] = [];
  const run = (sheets: SheetCells[], options = {}) => all.push(...analyze({ sheets }, options).problems);
  // Bad scores, a score twice, a 2566-only code under a 2567 title, items missing, no overall.
  run([sheet("คะแนน", [["ผลคะแนน ITA ปี 2567"], ["ข้อ", "คะแนน"], ["i1", 105], ["i2", "abc"], ["i3", 90], ["i3", 91], ["i20", 80]])]);
  // No year at all; years the catalog cannot place; an unknown framework; a year after the one analysed.
  run([
    sheet("s", [
      ["ข้อ", "คะแนน"],
      ["i1", 90],
      ["e1", 85],
    ]),
  ]);
  run(
    [
      sheet("s", [
        ["ข้อ", "คะแนน"],
        ["i1", 90],
      ]),
    ],
    { year: 2550 },
  );
  run(
    [
      sheet("s", [
        ["ข้อ", "คะแนน"],
        ["i1", 90],
      ]),
    ],
    { year: 2590 },
  );
  run(
    [
      sheet("s", [
        ["ข้อ", "คะแนน"],
        ["i1", 90],
      ]),
    ],
    { frameworkId: "2599" },
  );
  run(
    [
      sheet("s", [
        ["รายการ", "คะแนน 2566", "คะแนน 2567"],
        ["IIT", 90, 91],
        ["EIT", 80, 81],
        ["OIT", 70, 71],
      ]),
    ],
    { year: 2566 },
  );
  // EIT parts by number, percentages typed as 0–1, an official indicator that disagrees.
  const eit = range("e", 1, 15).map((c) => [c, 0.9, 0.92]);
  run([sheet("EIT", [["ผล EIT ปี 2566"], ["ข้อ", "ส่วนที่ 1", "ส่วนที่ 2"], ...eit])]);
  const iit = range("i", 1, 30).map((c) => [c, 100]);
  run([
    sheet("IIT", [["ผล IIT ปี 2566"], ["ข้อ", "คะแนน"], ...iit]),
    sheet("สรุป", [
      ["ตัวชี้วัด", "คะแนน 2566"],
      ["ตัวชี้วัดที่ 1", 50],
    ]),
  ]);
  // OCR that dropped the i, and a code whose text is another item's.
  run([sheet("s", [["ผลปี 2566"], ["ข้อ", "คะแนน"], ["119 การประชุมประจำเดือนของคณะผู้บริหาร", 90], ["i2", 90]])]);
  // A catalog sheet and a library sheet with bad rows.
  run([
    sheet("คะแนน", [["ผลปี 2567"], ["ข้อ", "คะแนน"], ["i1", 90]]),
    sheet("แคตตาล็อก", [
      CATALOG_SHEET_COLUMNS,
      ["x9"],
      ["i1", null, "EIT"],
      ["i2", null, null, 9],
      ["o5", null, null, null, "9.9"],
      ["i3", null, null, null, null, "1, 8"],
      ["o40", null, "OIT", 9, null, "1"],
      [null, "ข้อความ"],
    ]),
    sheet("คลังมาตรการ", [
      [...LIBRARY_HEADERS],
      ["m1", "i1", 9, "ทำ", "ขั้น"],
      ["m2", "i99", 1, "ทำ", "ขั้น"],
      ["m3", "i1", 1, "", "ขั้น"],
      ["m4", "i1", 1, "ทำ", ""],
      ["m4", "i1", 1, "ทำ", "ขั้น", "", "", "x1"],
      ["m4", "i1", 1, "ทำ", "ขั้น"],
    ]),
  ]);
  // Issue 7: rows told by title (matched, ambiguous, of no item), a value no label explains, a bare mean
  // in a question table, Excel errors, a lone fraction, stated levels (differing, not a level, twice),
  // a table in another framework's texts, two rows read as one item, a year the catalog lacks and
  // the provisional grouping, a framework with no OIT list.
  run([
    sheet("OIT", [
      ["ผลการประเมิน OIT ปีงบประมาณ พ.ศ. 2566"],
      ["รายการ", "คะแนน"],
      ["ข้อมูลผู้บริหาร", 100],
      ["ข้อมูลผู้บริหารของหน่วยงาน", 100],
      ["การเผยแพร่แผนดำเนินงานประจำปี", 100],
      ["ความพึงพอใจต่อการจัดงานประเพณี", 90],
      ["i3", "#DIV/0!"],
      ["i4", 0.95],
      ["i5", 97],
      ["i6", 96],
      ["คะแนนเฉลี่ย", 96.5],
      [],
      ["ระดับผลการประเมิน: ผ่านดีเยี่ยม"],
      ["ระดับ ITA", "ผ่าน"],
    ]),
  ]);
  run([sheet("s", [["ผลปี 2566"], ["เครื่องมือ", "คะแนน"], ["IIT", 90], ["EIT", 90], ["OIT", 90], [], ["ระดับคะแนน", "AA"]])]);
  run([
    sheet("IIT", [
      ["ผลคะแนน IIT ปีงบประมาณ พ.ศ. 2566"],
      ["ข้อ", "ข้อคำถาม", "คะแนน"],
      ["i3", "เจ้าหน้าที่ในหน่วยงานของท่าน มีการเรียก รับ สินบนเพื่อแลกกับการปฏิบัติงานหรือการให้บริการหรือไม่", 95],
      ["i5", "ในหน่วยงานของท่าน มีเจ้าหน้าที่เบิกจ่ายเงินเป็นเท็จ เช่น ค่าทำงานล่วงเวลา ค่าวัสดุอุปกรณ์ หรือค่าเดินทาง ฯลฯ มากน้อยเพียงใด", 95],
      ["i7", "ผู้บังคับบัญชาในหน่วยงานของท่าน มีการสั่งให้เจ้าหน้าที่ทำธุรกรรมส่วนตัวของผู้บังคับบัญชา มากน้อยเพียงใด", 95],
    ]),
  ]);
  run([sheet("s", [["ผลปี 2569"], ["ข้อ", "คะแนน"], ...range("o", 1, 33).map((c) => [c, 100]), ["i1", 90], ["e1", 90], ["สำนักงาน", null]])]);
  run([sheet("s", [["ผลปี 2565"], ["ข้อ", "คะแนน"], ["o1", 100], ["o2", 100], ["i1", 90]])]);
  run([sheet("s", [["ผลปี 2566"], ["รายการ", "คะแนน"], ["ข้อมูลผู้บริหาร", 100], ["จำนวนผู้ตอบ", 3], ["ข้อมูลผู้บริหาร", 0]])]);
  // No measure in the library for a weak item, nor a keep-the-standard one.
  const weak = {
    code: "i1",
    tool: "IIT" as const,
    text: "",
    score: 50,
    status: "urgent" as const,
    issues: [1 as const],
    indicator: 1 as const,
    cell: "s!B2",
  };
  const issues: IssueAnalysis[] = [
    { number: 1, title: "ก", items: [weak], weak: ["i1"], indicators: [], weakIndicators: [], readings: [] },
    { number: 2, title: "ข", items: [], weak: [], indicators: [], weakIndicators: [], readings: [] },
  ];
  all.push(...buildPlan(issues, [], 2567).problems);
  // Saved settings that cannot all be used (reported by the adapters).
  const damaged = parseSettings(
    `<itaSettings xmlns="${SETTINGS_NAMESPACE}" version="9"><digits>roman</digits><classification urgentBelow="99" improveBelow="50"/><sheets><sheet id="1" key="catalog"/></sheets></itaSettings>`,
  )!;
  all.push(...damaged.warnings.map((message): Problem => ({ severity: "warning", cell: "", message })));
  return all;
}

describe("Thai-first problems", () => {
  const problems = problemsOf();
  const gists = problems.map((p) => p.en ?? "");

  it("sets off the kinds of problem it means to check", () => {
    for (const gist of [
      "is outside 0–100",
      "is not a score",
      "at คะแนน!B6 but",
      "are only in the 2566 framework: using it",
      "no results year found",
      "no 2550 framework in the catalog: analysed with the nearest, 2565",
      "no 2590 framework in the catalog: analysed with the nearest, 2568",
      "unknown framework 2599",
      "after the year analysed",
      "EIT parts given by number only",
      "read as percentages",
      "differs from the computed",
      "not counted as 0",
      "not enough data for the overall",
      "does not confirm it",
      "is not an item code",
      "does not match i1",
      "not an IIT indicator",
      "not a sub-indicator",
      "not a list of issues",
      "new item o40 needs",
      "no item code in this row",
      "unknown issue; row skipped",
      "unknown codes i99",
      "empty measure",
      "no steps",
      "duplicate id m4",
      "not OIT items",
      "no library measure for i1",
      "no keep-the-standard measure",
      "no code; the text is o2's (2566): read as o2",
      "no code; the text is as close to",
      "belongs to no item, indicator or tool",
      "not the overall ITA score; not used",
      "Excel error #DIV/0! instead of a score",
      "0.95 among scores out of 100",
      "differs from the computed",
      "is not a level of 2566",
      "level of 2566: ",
      "the texts are the 2567 framework's, not 2566's",
      "both read as o2",
      "no 2569 framework in the catalog: analysed with the nearest, 2568",
      "computed with the provisional 2568 OIT grouping",
      "the 2565 framework has no OIT list",
      "a count or rank",
    ])
      expect([gist, gists.some((g) => g.includes(gist))]).toEqual([gist, true]);
    expect(problems.length).toBeGreaterThan(35);
  });

  it("gives every one as one Thai sentence naming its cell, with no English and no option", () => {
    const bad = problems.flatMap((p) => thaiFirstViolations(p).map((v) => `${v}: ${p.message}`));
    expect(bad).toEqual([]);
  });

  it("keeps the English for en, and says what to do (every message has a colon before its advice)", () => {
    for (const p of problems) {
      if (p.en !== undefined) expect(p.en).toMatch(/[A-Za-z]{3,}/);
      expect(p.message).toMatch(/: \S/);
    }
  });

  it("tells staff to set the year, not which option to pass", () => {
    expect(NO_YEAR.message).toContain("ระบุปีที่ประเมิน");
    expect(NO_YEAR.message).not.toMatch(/--/);
  });

  it("gives lookups the same shape: a Thai message and an English gist", () => {
    for (const [code, year] of [
      ["x1", 2566],
      ["", 2566],
      ["i30", 2567],
      ["i1", 2024],
      ["i1", 2540],
    ] as const) {
      let caught: unknown;
      try {
        lookupCode(code, year);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(LookupError);
      const e = caught as LookupError;
      expect(thaiFirstViolations({ severity: "error", cell: "", message: e.message })).toEqual([]);
      expect(e.en).toMatch(/[A-Za-z]{3,}/);
    }
  });
});
