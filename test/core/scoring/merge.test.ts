import { BUILTIN_CATALOG } from "../../../src/core/catalog/builtin";
import { frameworkById } from "../../../src/core/catalog/find";
import { computeYear } from "../../../src/core/scoring/compute";
import { mergeObservations } from "../../../src/core/scoring/merge";
import { round2 } from "../../../src/core/text/round";
import type { Observation } from "../../../src/core/types";

const fw2566 = frameworkById(BUILTIN_CATALOG, "2566")!;
const item = (code: string, score: number | null, cell: string, extra: Partial<Observation> = {}): Observation => ({
  target: { kind: "item", code },
  score,
  cell,
  ...extra,
});

describe("merging observations", () => {
  it("accepts the same code repeated with the same score (seed 004 repeats items across issues)", () => {
    const { tables, problems } = mergeObservations([item("e1", 98.12, "A!C3"), item("e1", 98.12, "A!C20")], 2566);
    expect(problems).toEqual([]);
    expect(tables.get(2566)!.items.get("e1")!.score).toBe(98.12);
  });

  it("reports the same code twice with different scores, naming both cells", () => {
    const { problems } = mergeObservations([item("i8", 90, "คะแนน!B5"), item("i8", 80, "สรุป!D9")], 2566);
    expect(problems).toHaveLength(1);
    expect(problems[0].severity).toBe("error");
    expect(problems[0].cell).toBe("สรุป!D9");
    expect(problems[0].message).toContain("คะแนน!B5");
  });

  it("a blank reading never conflicts with a number", () => {
    const { tables, problems } = mergeObservations([item("i8", null, "A!B2"), item("i8", 77.5, "B!B2")], 2566);
    expect(problems).toEqual([]);
    expect(tables.get(2566)!.items.get("i8")!.score).toBe(77.5);
  });

  it("EIT in two columns: the question score is the mean of Public and Survey", () => {
    const { tables } = mergeObservations(
      [
        { target: { kind: "item", code: "e1", part: "public" }, score: 97.66, cell: "E!B2" },
        { target: { kind: "item", code: "e1", part: "survey" }, score: 72.12, cell: "E!C2" },
      ],
      2566,
    );
    expect(round2(tables.get(2566)!.items.get("e1")!.score!)).toBe(84.89);
  });

  it("keeps years apart and files undated tables under the current year", () => {
    const { tables } = mergeObservations([item("i1", 90, "A!B2", { year: 2565 }), item("i1", 95, "B!B2")], 2566);
    expect(tables.get(2565)!.items.get("i1")!.score).toBe(90);
    expect(tables.get(2566)!.items.get("i1")!.score).toBe(95);
  });

  it("missing items are excluded and listed, never counted as 0", () => {
    const { tables } = mergeObservations([item("i7", 100, "A!B2"), item("i8", null, "A!B3"), item("i9", 90, "A!B4")], 2566);
    const { scores } = computeYear(fw2566, tables.get(2566)!);
    expect(scores.indicators[2]!.value).toBe(95);
    expect(scores.missing).toContain("i8");
    expect(scores.tools.IIT).toBeUndefined();
    expect(scores.overall).toBeUndefined();
  });
});
