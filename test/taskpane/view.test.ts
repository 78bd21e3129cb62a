// What the result card shows, from the engine's own marks: provisional figures, the level the
// workbook states, and the indicators a summary-only workbook scores without their questions.
import { summaryOf } from "../../src/taskpane/view";
import { analyzeFile, expectedOf } from "../core/trust/workbooks";

describe("the result summary of the pane", () => {
  it("a summary-only workbook: weak indicators count in their issue, and the card says it counted them", async () => {
    const r = summaryOf((await analyzeFile("summary-only-2566.xlsx")).result);
    expect(r.issues.find((i) => i.number === 3)).toMatchObject({ urgent: 1, improve: 1 });
    expect(r.issues.find((i) => i.number === 4)).toMatchObject({ urgent: 0, improve: 0 });
    expect(r.indicatorLevel).toBe(true);
    expect(r.levelProvisional).toBe(false);
  });

  it("provisional figures are the ones the engine marks: OIT and the overall of 2569 (2568 lists), not IIT", async () => {
    const { result } = await analyzeFile("year-2569.xlsx");
    const r = summaryOf(result);
    expect(r.overallProvisional).toBe(true);
    expect(r.tools.filter((t) => t.provisional).map((t) => t.key)).toEqual(["OIT"]);
    expect(r.provisionalNote).toBe(result.provisionalNote);
    expect(r.levelProvisional).toBe(true);
    expect(r.indicatorLevel).toBe(false);
  });

  it("a stated level: its cell and the level the scores give", async () => {
    const e = await expectedOf("stated-level-2566.xlsx");
    const r = summaryOf((await analyzeFile(e.file)).result);
    expect(r).toMatchObject({ level: e.level, levelCell: e.levelCell, computedLevel: e.computedLevel, levelProvisional: false });
  });
});
