// A property of re-runs: whatever random edits staff make to the sheets the add-in wrote (typing,
// clearing, formulas, inserted and deleted rows and columns, renamed sheets, lost IDs), the next run
// never loses a value they typed: it is in the new sheets or in a kept copy. And a run after that,
// with nothing typed in between, keeps no further copy.
import fc from "fast-check";
import { defaultSettings } from "../../src/core";
import { runAnalysis } from "../../src/excel/run";
import type { RunOutcome } from "../../src/taskpane/host";
import { FakeExcel, type FakeSheetModel } from "./fake-excel";
import { fakeEngine } from "./fake-engine";

type Written = Extract<RunOutcome, { kind: "written" }>;

async function run(excel: FakeExcel, fiscalYear: number): Promise<Written> {
  const out = await runAnalysis(
    excel.run,
    fakeEngine({ measures: 4 }),
    { ...defaultSettings(), fiscalYear },
    () => {},
    () => new Date(2024, 10, 23),
  );
  if (out.kind !== "written") throw new Error("not written");
  return out;
}

function workbook(): FakeExcel {
  const excel = new FakeExcel();
  excel.model.addSheet("คะแนน", [
    ["ข้อ", "คะแนน"],
    ["i1", 98.5],
  ]);
  return excel;
}

type Edit =
  | { kind: "type"; sheet: number; row: number; col: number; number: boolean }
  | { kind: "clear"; sheet: number; row: number; col: number }
  | { kind: "formula"; sheet: number; row: number; col: number }
  | { kind: "insertRow"; sheet: number; row: number }
  | { kind: "deleteRow"; sheet: number; row: number }
  | { kind: "insertColumn"; sheet: number; col: number }
  | { kind: "rename"; sheet: number }
  | { kind: "renewIds" };

const at = (sheet: fc.Arbitrary<number>) => ({ sheet, row: fc.integer({ min: 0, max: 20 }), col: fc.integer({ min: 0, max: 11 }) });
const sheet = fc.integer({ min: 0, max: 2 });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant("type" as const), ...at(sheet), number: fc.boolean() }), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant("clear" as const), ...at(sheet) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant("formula" as const), ...at(sheet) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant("insertRow" as const), sheet, row: fc.integer({ min: 0, max: 20 }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("deleteRow" as const), sheet, row: fc.integer({ min: 0, max: 20 }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("insertColumn" as const), sheet, col: fc.integer({ min: 0, max: 10 }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("rename" as const), sheet }), weight: 1 },
  { arbitrary: fc.constant({ kind: "renewIds" as const }), weight: 1 },
);

function shift(s: FakeSheetModel, move: (r: number, c: number) => [number, number] | undefined): void {
  const cells = [...s.cells];
  s.cells.clear();
  for (const [k, cell] of cells) {
    const [r, c] = k.split(",").map(Number);
    const to = move(r, c);
    if (to) s.cells.set(`${to[0]},${to[1]}`, cell);
  }
}

function apply(excel: FakeExcel, generated: FakeSheetModel[], e: Edit, n: number): void {
  if (e.kind === "renewIds") return excel.model.renewIds();
  const s = generated[e.sheet];
  switch (e.kind) {
    case "type":
      s.at(e.row, e.col).value = e.number ? 90000 + n : `พิมพ์เอง-${n}`;
      s.at(e.row, e.col).formula = undefined;
      return;
    case "clear":
      s.cells.delete(`${e.row},${e.col}`);
      return;
    case "formula":
      s.typeFormula(`${String.fromCharCode(65 + e.col)}${e.row + 1}`, `=LEN("สูตร-${n}")`, 7);
      return;
    case "insertRow":
      return shift(s, (r, c) => [r >= e.row ? r + 1 : r, c]);
    case "deleteRow":
      return shift(s, (r, c) => (r === e.row ? undefined : [r > e.row ? r - 1 : r, c]));
    case "insertColumn":
      return shift(s, (r, c) => [r, c >= e.col ? c + 1 : c]);
    case "rename":
      s.name = `${s.name.slice(0, 20)} แก้${n}`;
      return;
  }
}

/** What staff typed that is in the workbook now: the values and formulas marked as theirs. */
function typed(excel: FakeExcel): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of excel.model.sheets)
    for (const cell of s.cells.values()) {
      const mark = cell.formula?.includes("สูตร-")
        ? cell.formula
        : typeof cell.value === "string" && cell.value.startsWith("พิมพ์เอง-")
          ? cell.value
          : typeof cell.value === "number" && cell.value >= 90000
            ? String(cell.value)
            : undefined;
      if (mark !== undefined) out.set(mark, (out.get(mark) ?? 0) + 1);
    }
  return out;
}

describe("random edits between two runs", () => {
  it("never lose a value staff typed: it is carried or in a kept copy", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 12 }), async (edits) => {
        const excel = workbook();
        await run(excel, 2568);
        const generated = ["ITA-สรุปผล", "ITA-มาตรการ", "ITA-ปัญหาข้อมูล"].map((n) => excel.model.sheet(n));
        edits.forEach((e, n) => apply(excel, generated, e, n));
        const before = typed(excel);
        const out = await run(excel, 2569);
        const after = typed(excel);
        for (const mark of before.keys()) expect([mark, after.has(mark)]).toEqual([mark, true]);
        // Every kept copy is named in the outcome, and no second set of our sheets appears.
        expect(excel.model.sheets.filter((s) => / \(\d+\)$/.test(s.name))).toEqual([]);
        expect(excel.model.sheets).toHaveLength(1 + 3 + (out.keptCopies?.length ?? 0));
        // With nothing typed since, the next run keeps everything and no further copy.
        const again = await run(excel, 2570);
        expect(again.keptCopies).toEqual([]);
        for (const mark of before.keys()) expect([mark, typed(excel).has(mark)]).toEqual([mark, true]);
      }),
      { numRuns: 60, seed: 20241123 },
    );
  });
});
