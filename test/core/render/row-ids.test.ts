// Row ids across runs (the add-in carries staff edits by them, settings/print.ts): the
// indicator-level rows of a summary-only workbook keep theirs from run to run, and never share one.
import { analyzeFile } from "../trust/workbooks";
import { renderSheets } from "../../../src/core/render/sheets";
import { rowIdsOf } from "../../../src/core/settings/print";
import type { SheetSpec } from "../../../src/core/render/spec";
import type { MeasureRow } from "../../../src/core/types";

const byKey = (specs: SheetSpec[], key: SheetSpec["key"]) => specs.find((s) => s.key === key)!;

describe("row ids of indicator-level rows", () => {
  it("summary-only workbook: issues and measures rows have unique ids, the same on a second run", async () => {
    const first = renderSheets((await analyzeFile("summary-only-2566.xlsx")).result);
    const second = renderSheets((await analyzeFile("summary-only-2566.xlsx")).result);
    for (const key of ["issues", "measures"] as const) {
      const ids = byKey(first, key).rowIds!;
      expect(new Set(ids).size).toBe(ids.length);
      expect(byKey(second, key).rowIds).toEqual(ids);
    }
    const issues = byKey(first, "issues").rowIds!;
    expect(issues).toContain("3:indicator:9");
    const measures = byKey(first, "measures").rowIds!;
    expect(measures).toContain("3:indicators:2566-indicator-9-disclosure");
  });

  it("a library measure answering both a weak question and a weak indicator of one issue makes two rows with their own ids", async () => {
    const { result } = await analyzeFile("summary-only-2566.xlsx");
    const row = result.plan.rows.find((m) => m.indicators.includes(9))!;
    const forCode: MeasureRow = { ...row, codes: ["o1"], indicators: [] };
    // The indicator row first, then the question row, then the other way round: the ids follow the rows.
    const ids = (rows: MeasureRow[]) => {
      const spec = byKey(renderSheets({ ...result, plan: { ...result.plan, rows } }), "measures");
      return rowIdsOf(spec);
    };
    const a = ids([row, forCode]);
    const b = ids([forCode, row]);
    expect(a).toEqual([`3:indicators:${row.libraryId}`, `3:${row.libraryId}`]);
    expect(b).toEqual([...a].reverse());
  });
});
