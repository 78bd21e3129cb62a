import { BUILTIN_CATALOG } from "../../../src/core/catalog/builtin";
import { frameworkById } from "../../../src/core/catalog/find";
import { classificationOptions } from "../../../src/core/analysis/classify";
import { analyzeItems } from "../../../src/core/analysis/items";
import { scoreItems } from "../../../src/core/scoring/score-items";
import { SEED004_ITEMS } from "../../fixtures/seeds";

const fw2566 = frameworkById(BUILTIN_CATALOG, "2566")!;
const fw2567 = frameworkById(BUILTIN_CATALOG, "2567")!;

function analyse(items: { code: string; score: number }[], fw = fw2566, opts = {}) {
  const scores = scoreItems(fw, Number(fw.id), items);
  return analyzeItems(BUILTIN_CATALOG, fw, scores, classificationOptions(opts));
}

describe("analysis per issue", () => {
  const eit = [
    ["e1", 98.12],
    ["e2", 97.47],
    ["e3", 98.12],
    ["e4", 98.06],
    ["e5", 98.12],
    ["e6", 98.12],
    ["e7", 98.12],
    ["e8", 98.08],
    ["e9", 97.47],
    ["e10", 98.08],
    ["e11", 98.12],
    ["e12", 98.12],
    ["e13", 82.5],
    ["e14", 90.1],
    ["e15", 98.12],
  ].map(([code, score]) => ({ code: code as string, score: score as number }));
  const { items, issues } = analyse([...SEED004_ITEMS, ...eit]);

  it("flags OIT items at 0 as urgent and lists them as weak in their issues", () => {
    expect(items.find((i) => i.code === "o13")!.status).toBe("urgent");
    expect(issues[0].weak).toEqual(expect.arrayContaining(["o13"]));
    expect(issues[4].weak).toEqual(expect.arrayContaining(["o13", "o22"]));
    expect(issues[1].weak).toEqual(expect.arrayContaining(["e13", "e14", "o17", "o30"]));
  });

  it("writes a Thai finding for every urgent and improve item, and none for the others", () => {
    for (const item of items) {
      if (item.status === "urgent" || item.status === "improve") expect(item.finding).toMatch(/[ก-๙]/);
      else expect(item.finding).toBeUndefined();
    }
    const e13 = items.find((i) => i.code === "e13")!;
    expect(e13.finding).toContain("ผู้รับบริการ");
    expect(e13.finding).toContain("82.50");
    expect(e13.finding).toContain("อ้างอิง o18");
  });

  it("reads negatively worded questions the right way round", () => {
    const { items: low } = analyse([{ code: "i10", score: 80 }]);
    const f = low.find((i) => i.code === "i10")!.finding!;
    expect(f).toContain("บุคลากรภายใน");
    expect(f).toContain("เชิงลบ");
  });

  it("compares staff with service users, and disclosure with perception", () => {
    const issue2 = issues.find((i) => i.number === 2)!;
    expect(issue2.readings.join(" ")).toMatch(/บุคลากรภายใน \(IIT/);
    expect(issue2.readings.join(" ")).toMatch(/ยังขาดการเปิดเผย o17, o30/);
    const issue3 = issues.find((i) => i.number === 3)!;
    expect(issue3.readings.join(" ")).toMatch(/ครบถ้วน/);
  });

  it("says when disclosure exists but perception lags", () => {
    const { issues: i } = analyse([
      { code: "e13", score: 70 },
      { code: "e14", score: 80 },
      ...["o15", "o16", "o17", "o18", "o30"].map((code) => ({ code, score: 100 })),
    ]);
    expect(i[1].readings.join(" ")).toMatch(/ครบแล้ว แต่การรับรู้ยังตามไม่ทัน/);
  });

  it("lowest mode flags the N lowest questions of each issue (seed 003's method)", () => {
    const scores = [
      { code: "e1", score: 96.93 },
      { code: "e2", score: 97.5 },
      { code: "e3", score: 97.9 },
      { code: "e7", score: 98 },
      { code: "e8", score: 96.59 },
      { code: "e9", score: 82.49 },
      { code: "i1", score: 100 },
      { code: "i2", score: 100 },
      { code: "i3", score: 100 },
    ];
    const { issues: i, items: it } = analyse(scores, fw2567, { mode: "lowest", lowestPerIssue: 1 });
    expect(i[1].weak).toEqual(["e9"]);
    expect(it.find((x) => x.code === "e9")!.status).toBe("urgent");
    expect(i[0].weak).toEqual([]);
  });
});

describe("findings that say what the question means", () => {
  it.each([
    ["i7", "knowledge", "ไม่ทราบหรือไม่แน่ใจ"],
    ["i19", "knowledge", "ไม่ทราบหรือไม่แน่ใจ"],
    ["i27", "knowledge", "ไม่ทราบหรือไม่แน่ใจ"],
    ["i8", "participation", "ไม่เคยเข้าร่วมด้วยตนเอง"],
  ])("2566 %s (%s) reads as people not knowing or not taking part, not as 'not done'", (code, _kind, says) => {
    const { items } = analyse([{ code, score: 80 }]);
    const f = items.find((i) => i.code === code)!.finding!;
    expect(f).toContain(says);
    expect(f).toContain("ไม่ได้แปลว่าหน่วยงานไม่ได้ดำเนินการ");
    expect(f).not.toContain("ทำได้ไม่เต็มที่");
  });

  it("2567 e9 (have you used the E-Service) reads as users who have not used it, not as 'answered no'", () => {
    const { items } = analyse([{ code: "e9", score: 82.49 }], fw2567);
    const f = items.find((i) => i.code === "e9")!.finding!;
    expect(f).toContain("ไม่เคยใช้ด้วยตนเอง");
    expect(f).not.toContain("ตอบว่า “ไม่มี”");
  });

  it("a question with no score of its own gets no status from its indicator (indicator-level analysis speaks instead)", () => {
    const { items } = analyse([{ code: "i1", score: 80 }]);
    expect(items.find((i) => i.code === "i2")!.status).toBeNull();
  });
});
