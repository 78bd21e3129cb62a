// Problems about hidden sheets say so; a user's sheet named like ours is data unless the adapter
// says the product wrote it.
import { analyze } from "../../src/core/analyze";
import { hiddenSheetNote, nameHiddenSheets } from "../../src/core/hidden-sheets";
import type { CellValue, SheetCells } from "../../src/core/types";
import { seed004QuestionSheet } from "../fixtures/seed-sheets";
import { expectThaiFirst } from "../fixtures/thai-first";

const scores = (name: string, extra: Partial<SheetCells> = {}): SheetCells => ({
  name,
  values: [["ผลคะแนน ITA ปี 2567"], ["ข้อ", "คะแนน"], ["i1", 105], ["i2", 90]] as CellValue[][],
  ...extra,
});

describe("problems about hidden sheets", () => {
  it("name a hidden sheet as hidden and say how to show it", () => {
    const result = analyze({ sheets: [scores("ซ่อน", { visibility: "hidden" })] });
    const bad = result.problems.find((p) => p.cell === "ซ่อน!B3")!;
    expect(bad.message).toContain(hiddenSheetNote("ซ่อน", "hidden"));
    expect(bad.message).toContain("ยกเลิกการซ่อน");
    expect(bad.en).toMatch(/sheet ซ่อน is hidden/);
    expectThaiFirst(result.problems);
  });

  it("name a very hidden sheet as such, in every problem that names it, once", () => {
    const sheets = [scores("ลับ", { visibility: "veryHidden" }), scores("เปิด")];
    const result = analyze({ sheets });
    const about = result.problems.filter((p) => p.cell.startsWith("ลับ!") || p.message.includes("ลับ!"));
    expect(about.length).toBeGreaterThan(0);
    for (const p of about) expect(p.message.split(hiddenSheetNote("ลับ", "veryHidden"))).toHaveLength(2);
    for (const p of result.problems.filter((q) => q.cell.startsWith("เปิด!") && !q.message.includes("ลับ")))
      expect(p.message).not.toContain("ซ่อน");
    expectThaiFirst(result.problems);
    // Applying the rule twice adds nothing.
    expect(nameHiddenSheets(result.problems, sheets)).toEqual(result.problems);
  });

  it("also names a sheet quoted in the message (an adapter's own warning)", () => {
    const p = { severity: "warning" as const, cell: "", message: "แผ่นงาน “ลับ” มีข้อมูลมากเกินไป: ย้ายคะแนน" };
    const [out] = nameHiddenSheets([p], [{ name: "ลับ", visibility: "hidden" }]);
    expect(out.message).toContain(hiddenSheetNote("ลับ", "hidden"));
    expectThaiFirst([out]);
  });
});

describe("a user's sheet named like ours", () => {
  const own = (): SheetCells => ({ ...seed004QuestionSheet(), name: "ITA-สรุปผล" });

  it("is left out when the adapter cannot say who wrote it (no settings part)", () => {
    const result = analyze({ sheets: [own()] });
    expect(result.read.tables).toEqual([]);
  });

  it("is read as data when the adapter says which sheets the product wrote, and it is not one", () => {
    const result = analyze({ sheets: [own()], ownSheets: [] });
    expect(result.read.tables.map((t) => t.sheet)).toEqual(["ITA-สรุปผล"]);
    expect(result.read.observations.length).toBeGreaterThan(40);
    const ours = analyze({ sheets: [own()], ownSheets: ["ITA-สรุปผล"] });
    expect(ours.read.tables).toEqual([]);
  });
});
