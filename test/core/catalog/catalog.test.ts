import { BUILTIN_CATALOG } from "../../../src/core/catalog/builtin";
import { findItem, frameworkById, frameworkForYear, frameworksHolding, nearestFramework } from "../../../src/core/catalog/find";
import { validateCatalog } from "../../../src/core/catalog/schema";
import type { Catalog } from "../../../src/core/types";

const count = (id: string, tool: string) => frameworkById(BUILTIN_CATALOG, id)!.items.filter((i) => i.tool === tool).length;

describe("built-in catalog", () => {
  it("has the complete 2566 framework: i1–i30, e1–e15, o1–o43 with texts", () => {
    expect([count("2566", "IIT"), count("2566", "EIT"), count("2566", "OIT")]).toEqual([30, 15, 43]);
    const fw = frameworkById(BUILTIN_CATALOG, "2566")!;
    expect(fw.items.every((i) => i.textKnown && i.text.length > 1)).toBe(true);
    expect(fw.oitProvisional).toBe(false);
  });

  it("has 2567 and 2568: i1–i15, e1–e9, a provisional OIT list, unknown texts marked", () => {
    for (const id of ["2567", "2568"]) {
      expect([count(id, "IIT"), count(id, "EIT")]).toEqual([15, 9]);
      const fw = frameworkById(BUILTIN_CATALOG, id)!;
      expect(fw.oitProvisional).toBe(true);
      expect(fw.items.filter((i) => i.tool === "OIT").every((i) => i.provisional)).toBe(true);
      expect(["e2", "e3", "e7"].map((c) => findItem(fw, c)!.textKnown)).toEqual([false, false, false]);
    }
  });

  it("groups questions into indicators and OIT items into sub-indicators", () => {
    const fw = frameworkById(BUILTIN_CATALOG, "2566")!;
    expect(findItem(fw, "i27")!.indicator).toBe(5);
    expect(findItem(fw, "e13")!.indicator).toBe(8);
    expect(findItem(fw, "o30")!.subIndicator).toBe("9.5");
    expect(findItem(fw, "o42")!.subIndicator).toBe("10.2");
    const perSub = (id: string) => fw.items.filter((i) => i.subIndicator === id).length;
    expect(["9.1", "9.2", "9.3", "9.4", "9.5", "10.1", "10.2"].map(perSub)).toEqual([10, 8, 4, 4, 4, 8, 5]);
  });

  it("puts every item in at least one of the 7 issues, some in two", () => {
    const fw = frameworkById(BUILTIN_CATALOG, "2566")!;
    expect(findItem(fw, "e13")!.issues).toEqual([2]);
    expect(findItem(fw, "e10")!.issues).toEqual([3, 7]);
    expect(findItem(fw, "o11")!.issues).toEqual([1, 5]);
  });

  it("flags reverse-scored and yes/no questions", () => {
    const fw = frameworkById(BUILTIN_CATALOG, "2566")!;
    expect(fw.items.filter((i) => i.reverse).map((i) => i.code)).toEqual([
      "i4",
      "i5",
      "i6",
      "i10",
      "i11",
      "i12",
      "i16",
      "i17",
      "i18",
      "i22",
      "i23",
      "e4",
    ]);
    expect(fw.items.filter((i) => i.yesNo).map((i) => i.code)).toEqual(["e8", "e10", "e13"]);
  });

  it("maps the results years it knows to frameworks, and no others", () => {
    expect([2563, 2564, 2565, 2566, 2567, 2568].map((y) => frameworkForYear(BUILTIN_CATALOG, y)?.id)).toEqual([
      "2565",
      "2565",
      "2565",
      "2566",
      "2567",
      "2568",
    ]);
    expect(frameworkForYear(BUILTIN_CATALOG, 2569)).toBeUndefined();
    expect(frameworkForYear(BUILTIN_CATALOG, 2550)).toBeUndefined();
  });

  it("finds the nearest framework of a year it does not know, and says it is not exact", () => {
    expect(nearestFramework(BUILTIN_CATALOG, 2569)).toMatchObject({ framework: { id: "2568" }, exact: false });
    expect(nearestFramework(BUILTIN_CATALOG, 2562)).toMatchObject({ framework: { id: "2565" }, exact: false });
    expect(nearestFramework(BUILTIN_CATALOG, 2567)).toMatchObject({ framework: { id: "2567" }, exact: true });
  });

  it("2563–2565 share the 2566 IIT and EIT questions, not its OIT list", () => {
    const fw = frameworkById(BUILTIN_CATALOG, "2565")!;
    expect([count("2565", "IIT"), count("2565", "EIT"), count("2565", "OIT")]).toEqual([30, 15, 0]);
    expect(findItem(fw, "i8")).toEqual(findItem(frameworkById(BUILTIN_CATALOG, "2566")!, "i8"));
    expect(fw.indicators).toEqual(frameworkById(BUILTIN_CATALOG, "2566")!.indicators);
    expect(fw.note).toMatch(/OIT/);
  });

  it("tells which frameworks hold a set of IIT/EIT codes (OIT codes do not count)", () => {
    const ids = (codes: string[]) => frameworksHolding(BUILTIN_CATALOG, codes).map((f) => f.id);
    expect(ids(["i1", "e9"])).toEqual(["2565", "2566", "2567", "2568"]);
    expect(ids(["i1", "i20"])).toEqual(["2565", "2566"]);
    expect(ids(["e1", "o40"])).toEqual(["2565", "2566", "2567", "2568"]);
    expect(ids(["i31"])).toEqual([]);
  });

  it("2567 and 2568 tie o30 to issue 7, with the source noted", () => {
    for (const id of ["2567", "2568"]) {
      const o30 = findItem(frameworkById(BUILTIN_CATALOG, id)!, "o30")!;
      expect(o30).toMatchObject({ issues: [7], provisional: true });
      expect(o30.note).toMatch(/fliphtml5\.com\/gwwiq\/kgpc/);
    }
  });

  it("rejects malformed catalog data, naming the entry", () => {
    const bad: Catalog = JSON.parse(JSON.stringify(BUILTIN_CATALOG));
    frameworkById(bad, "2566")!.items[3].indicator = 9;
    expect(() => validateCatalog(bad)).toThrow(/2566 i4: indicator 9/);
    const noIssue: Catalog = JSON.parse(JSON.stringify(BUILTIN_CATALOG));
    frameworkById(noIssue, "2567")!.items[0].issues = [];
    expect(() => validateCatalog(noIssue)).toThrow(/2567 i1/);
  });
});
