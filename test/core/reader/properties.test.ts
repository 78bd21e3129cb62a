// Property-based tests: junk never crashes the reader, and junk around a valid table never changes its scores.
import fc from "fast-check";
import { BUILTIN_CATALOG } from "../../../src/core/catalog/builtin";
import { readWorkbook } from "../../../src/core/reader/read-workbook";
import { parseCode } from "../../../src/core/text/code";
import { toThaiDigits } from "../../../src/core/text/digits";
import type { CellValue, SheetCells } from "../../../src/core/types";
import { thaiFirstViolations } from "../../fixtures/thai-first";

const RUNS = Number(process.env.READER_PROPERTY_RUNS ?? 150);

/** Fragments that look like ITA sheets, so the junk exercises the detectors and not only the blank paths. */
const ITA_LIKE = [
  "i1",
  "ข้อ i๒",
  "(e3)",
  "I27",
  "E 3",
  "i๑๐",
  "๐๑๔ แผนการจัดซื้อจัดจ้าง",
  "014",
  "119 ท่านรู้แนวปฏิบัติ",
  "17",
  "o43",
  "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่",
  "๑. การปฏิบัติหน้าที่",
  "การแก้ไขปัญหาการทุจริต",
  "9.1 ข้อมูลพื้นฐาน",
  "10.2",
  "IIT",
  "EIT (เข้าตอบเอง)",
  "EIT (สำนักงาน ป.ป.ช. ประเมิน)",
  "OIT",
  "คะแนนเฉลี่ย",
  "คะแนนรวม",
  "ITA",
  "ผลการประเมิน ITA",
  "2566",
  "๒๕๖๗",
  "ปี 2567",
  "พ.ศ. 2568",
  "เปรียบเทียบ",
  "Public",
  "Survey",
  "ส่วนที่ 1",
  "คะแนน",
  "-",
  "98.5%",
  "๙๗.๑๓",
  "+5.71",
  "-0.91",
  "abc",
  "ผ่านดี",
  "มาตรการ",
  "ขั้นตอน/วิธีปฏิบัติ",
  "รหัส",
  "ข้อคำถาม",
  "เครื่องมือ",
  "ตัวชี้วัด",
  "องค์การบริหารส่วนตำบลทดสอบ",
  "สำนักงาน ป.ป.ช.",
  "ลำดับ",
  "จำนวนผู้ตอบ",
];

const thaiText = fc.array(fc.integer({ min: 0x0e01, max: 0x0e5b }), { maxLength: 12 }).map((cs) => String.fromCharCode(...cs));

const junkCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.string({ maxLength: 20 }),
  thaiText,
  fc.constantFrom(...ITA_LIKE),
  fc.integer({ min: -1000, max: 3000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
);

const grid = (cell: fc.Arbitrary<CellValue>, rows: number, cols: number) =>
  fc.array(fc.array(cell, { maxLength: cols }), { maxLength: rows });

const merge = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc
    .tuple(
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 30 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 30 }),
    )
    .map(([c1, r1, c2, r2]) => `${String.fromCharCode(64 + c1)}${r1}:${String.fromCharCode(64 + c2)}${r2}`),
);

const junkSheet: fc.Arbitrary<SheetCells> = fc.record({
  name: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("ITA2567", "ปี 2566", "My Sheet", "O'Brien")),
  values: grid(junkCell, 30, 12),
  rowOffset: fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }),
  colOffset: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
  merges: fc.option(fc.array(merge, { maxLength: 5 }), { nil: undefined }),
});

describe("random junk never crashes the reader", () => {
  it("returns a well-formed result for any cells", () => {
    fc.assert(
      fc.property(fc.array(junkSheet, { maxLength: 3 }), (sheets) => {
        const r = readWorkbook({ sheets }, BUILTIN_CATALOG);
        for (const o of r.observations) {
          expect(o.score === null || (o.score >= 0 && o.score <= 100)).toBe(true);
          expect(o.cell).toMatch(/!\$?[A-Z]+[0-9]+$/);
        }
        for (const p of r.problems) {
          expect(thaiFirstViolations(p)).toEqual([]);
          expect(p.en ?? "").not.toContain("could not read sheet");
        }
        expect([...r.years].sort((a, b) => a - b)).toEqual(r.years);
      }),
      { numRuns: RUNS },
    );
  });

  it("survives sparse rows, holes and odd values", () => {
    const values: CellValue[][] = [];
    values[3] = [];
    values[3][5] = "i1";
    values[3][6] = 90;
    values[7] = undefined as unknown as CellValue[];
    values[8] = [NaN, Infinity, -Infinity, "", " ", "\u200b"] as CellValue[];
    const r = readWorkbook({ sheets: [{ name: "x", values }, null as unknown as SheetCells] }, BUILTIN_CATALOG);
    expect(r.observations.map((o) => [o.cell, o.score])).toEqual([["x!G4", 90]]);
    expect(readWorkbook({} as never, BUILTIN_CATALOG).problems).toHaveLength(1);
  });
});

/** Junk that is not an item code in any spelling (a code in the junk would be a table of its own). */
const notCode = junkCell.map((v) => {
  if (typeof v !== "string") return v;
  const p = parseCode(v);
  return p.code || p.ocrCandidate ? null : v;
});

const CODES = [
  ...Array.from({ length: 30 }, (_, k) => `i${k + 1}`),
  ...Array.from({ length: 15 }, (_, k) => `e${k + 1}`),
  ...Array.from({ length: 43 }, (_, k) => `o${k + 1}`),
];

const tableRow = fc.record({
  code: fc.constantFrom(...CODES),
  spelling: fc.constantFrom("plain", "upper", "thai", "prefix", "text"),
  score: fc.integer({ min: 100, max: 10000 }).map((n) => n / 100),
  form: fc.constantFrom("number", "text", "thai", "percent"),
});

function codeCell(code: string, spelling: string): string {
  switch (spelling) {
    case "upper":
      return code.toUpperCase();
    case "thai":
      return code[0] === "o" ? `๐${toThaiDigits(code.slice(1))}` : `${code[0]}${toThaiDigits(code.slice(1))}`;
    case "prefix":
      return `ข้อ ${code}`;
    case "text":
      return `${code} ข้อความ`;
    default:
      return code;
  }
}

function scoreCell(score: number, form: string): CellValue {
  switch (form) {
    case "text":
      return score.toFixed(2);
    case "thai":
      return toThaiDigits(score.toFixed(2));
    case "percent":
      return `${score}%`;
    default:
      return score;
  }
}

describe("junk around a valid per-question table never changes its scores", () => {
  it("reads the same code → score with or without junk rows and columns around it", () => {
    const table = fc.uniqueArray(tableRow, { minLength: 1, maxLength: 12, selector: (r) => r.code });
    fc.assert(
      fc.property(
        table,
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 4 }),
        fc.array(fc.array(notCode, { minLength: 16, maxLength: 16 }), { minLength: 20, maxLength: 20 }),
        (rows, above, below, left, right, junk) => {
          const body: CellValue[][] = [["ข้อ", "คะแนน"], ...rows.map((r) => [codeCell(r.code, r.spelling), scoreCell(r.score, r.form)])];
          const expected = Object.fromEntries(rows.map((r) => [r.code, r.score]));

          // Junk on every side, one blank row / column between it and the table.
          const top = above ? above + 1 : 0;
          const leftCol = left ? left + 1 : 0;
          const height = top + body.length + (below ? below + 1 : 0);
          const width = leftCol + 2 + (right ? right + 1 : 0);
          const values: CellValue[][] = [];
          for (let r = 0; r < height; r++) {
            const row: CellValue[] = [];
            for (let c = 0; c < width; c++) {
              const inTable = r >= top && r < top + body.length && c >= leftCol && c < leftCol + 2;
              const gap = r === top - 1 || r === top + body.length || c === leftCol - 1 || c === leftCol + 2;
              row.push(inTable ? body[r - top][c - leftCol] : gap ? null : junk[r % 20][c % 16]);
            }
            values.push(row);
          }
          const read = (v: CellValue[][]) => {
            const result = readWorkbook({ sheets: [{ name: "s", values: v }] }, BUILTIN_CATALOG);
            const scores: Record<string, number | null> = {};
            for (const o of result.observations) if (o.target.kind === "item") scores[o.target.code] = o.score;
            return scores;
          };
          expect(read(body)).toEqual(expected);
          expect(read(values)).toEqual(expected);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe("cases the properties found", () => {
  it("junk naming มาตรการ and ขั้นตอน beside a score table's header does not hide the table", () => {
    const values = [
      ["ขั้นตอน/วิธีปฏิบัติ", null, "ข้อ", "คะแนน", null, "มาตรการ"],
      [0, null, "i1", 1, null, 0],
    ];
    const r = readWorkbook({ sheets: [{ name: "s", values }] }, BUILTIN_CATALOG);
    expect(r.observations.filter((o) => o.target.kind === "item").map((o) => o.score)).toEqual([1]);
  });
});
