import type { IssueNumber, LibraryMeasure } from "../../../src/core/types";
import { BUILTIN_CATALOG } from "../../../src/core/catalog/builtin";
import {
  builtinLibrary,
  keepStandardMeasure,
  measuresForCode,
  measuresForIndicator,
  mergeLibraries,
} from "../../../src/core/measures/library";
import { isLibraryTiming, validateLibrary } from "../../../src/core/measures/library-schema";
import { buildPlan } from "../../../src/core/measures/plan";
import { timeframeText } from "../../../src/core/measures/timeframe";

const ISSUES: IssueNumber[] = [1, 2, 3, 4, 5, 6, 7];
const frameworks = BUILTIN_CATALOG.frameworks;
const codesOf = (id: string) => frameworks.find((f) => f.id === id)!.items.map((i) => i.code);

describe("built-in measures library: coverage", () => {
  it("ships the four frameworks of the catalog", () => {
    expect(frameworks.map((f) => f.id).sort()).toEqual(["2565", "2566", "2567", "2568"]);
  });

  describe.each(frameworks.map((f) => [f.id, f] as const))("framework %s", (id, framework) => {
    const library = builtinLibrary(id, codesOf(id));
    const answers = library.filter((m) => !m.keepStandard);

    it("passes the schema against the framework's codes", () => {
      expect(() =>
        validateLibrary(
          library,
          framework.items.map((i) => i.code),
        ),
      ).not.toThrow();
      expect(library.every((m) => m.frameworkId === id)).toBe(true);
    });

    it("answers every item of the framework with at least one measure", () => {
      const unanswered = framework.items.filter((i) => measuresForCode(library, i.code).length === 0).map((i) => i.code);
      expect(unanswered).toEqual([]);
    });

    it("answers every indicator at the indicator level, filed under the indicator's issue", () => {
      for (const info of framework.indicators) {
        const ms = measuresForIndicator(library, info.number);
        expect([info.number, ms.length]).toEqual([info.number, 1]);
        expect(ms[0].issue).toBe(info.issue);
        expect(ms[0].codes).toEqual([]);
      }
    });

    it("has exactly one keep-the-standard measure per issue", () => {
      for (const n of ISSUES) {
        const keeps = library.filter((m) => m.keepStandard && m.issue === n);
        expect(keeps).toHaveLength(1);
        expect(keepStandardMeasure(library, n)).toBe(keeps[0]);
      }
    });

    it("keeps the plan readable: 35–50 item measures (fewer without an OIT list), 3–5 steps each", () => {
      const hasOit = framework.items.some((i) => i.tool === "OIT");
      const forItems = answers.filter((m) => m.codes.length > 0);
      expect(forItems.length).toBeGreaterThanOrEqual(hasOit ? 35 : 25);
      expect(forItems.length).toBeLessThanOrEqual(50);
      for (const m of library) {
        expect(m.steps.length).toBeGreaterThanOrEqual(3);
        expect(m.steps.length).toBeLessThanOrEqual(5);
      }
    });

    it("files each measure under an issue that all its items belong to", () => {
      const wrong = answers.flatMap((m) =>
        m.codes.filter((c) => !framework.items.find((i) => i.code === c)!.issues.includes(m.issue)).map((c) => `${m.id}:${c}`),
      );
      expect(wrong).toEqual([]);
    });

    it("uses only the timing vocabulary, which the plan turns into dates", () => {
      for (const m of library) {
        expect(isLibraryTiming(m.timing)).toBe(true);
        expect(timeframeText(m.timing, 2568)).toMatch(/2567/);
      }
    });

    it("writes steps without leading numbers and measures as plain sentences", () => {
      for (const m of library) {
        expect(m.measure.trim()).toBe(m.measure);
        for (const s of m.steps) {
          expect(s).not.toMatch(/^\s*([0-9๐-๙]+[.)]|[-•])/);
          expect(s.trim()).toBe(s);
        }
      }
    });

    it("answers missing disclosures (OIT) by publishing them on the website", () => {
      const oit = answers.filter((m) => m.codes.some((c) => c.startsWith("o")));
      for (const m of oit) expect([m.measure, ...m.steps].join(" ")).toMatch(/เว็บไซต์/);
    });

    it("answers reverse-scored items with measures against the misconduct, not 'raise the score'", () => {
      const reverse = framework.items.filter((i) => i.reverse).map((i) => i.code);
      expect(reverse.length).toBeGreaterThan(0);
      for (const code of reverse)
        for (const m of measuresForCode(library, code)) {
          const all = [m.measure, ...m.steps].join(" ");
          expect(all).not.toMatch(/(เพิ่ม|ยกระดับ|ปรับ)คะแนน|คะแนนสูงขึ้น/);
          expect(all).toMatch(/ห้าม|ไม่รับ|งด|ป้องกัน|ปิดโอกาส|ไม่มีส่วนได้เสีย|ไม่ให้|คุม/);
        }
    });
  });

  it("2566: gives real OIT codes as evidence and lists o30's four required parts", () => {
    const library = builtinLibrary("2566");
    for (const m of library) for (const e of m.evidence) expect(e).toMatch(/^o([1-9]|[1-3][0-9]|4[0-3])$/);
    const o30 = measuresForCode(library, "o30")[0];
    const text = [o30.measure, ...o30.steps].join(" ");
    for (const part of ["เรื่องที่ให้ร่วม", "ใครเข้าร่วม", "ได้ผลอะไร", "นำผลไปใช้"]) expect(text).toContain(part);
    expect(measuresForCode(library, "o42")[0].evidence).toEqual(["o42"]);
    expect(measuresForCode(library, "o43")[0].evidence).toEqual(["o43"]);
  });

  it("2567: uses provisional OIT codes as evidence only for the measures document, its report and o30 (a 2568 manual page says what it is)", () => {
    const evidence = new Set(builtinLibrary("2567").flatMap((m) => m.evidence));
    expect([...evidence].sort()).toEqual(["o30", "o32", "o33"]);
    expect(measuresForCode(builtinLibrary("2567"), "o30").map((m) => m.issue)).toEqual([7]);
  });

  it("2565: no measure cites a 2566 OIT number (the 2563–2565 OIT list is numbered differently)", () => {
    const library = builtinLibrary("2565", codesOf("2565"));
    expect(library.flatMap((m) => [...m.codes, ...m.evidence]).filter((c) => c.startsWith("o"))).toEqual([]);
    expect(measuresForCode(library, "i8").length).toBeGreaterThan(0);
  });

  it("2568 reuses the 2567 entries with frameworkId 2568 and unchanged ids", () => {
    const l2567 = builtinLibrary("2567");
    const l2568 = builtinLibrary("2568");
    expect(l2568.map((m) => m.id)).toEqual(l2567.map((m) => m.id));
    expect(l2568.every((m) => m.frameworkId === "2568")).toBe(true);
    expect(l2568.map((m) => ({ ...m, frameworkId: "2567" }))).toEqual(l2567);
  });

  it("returns fresh copies, and nothing for an unknown framework", () => {
    const a = builtinLibrary("2566");
    a[0].steps.push("x");
    a[0].codes.length = 0;
    expect(builtinLibrary("2566")[0].steps).not.toContain("x");
    expect(builtinLibrary("2566")[0].codes.length).toBeGreaterThan(0);
    expect(builtinLibrary("abc")).toEqual([]);
  });

  it("never offers a keep-the-standard measure for a weak item", () => {
    const library: LibraryMeasure[] = [{ ...builtinLibrary("2566").find((m) => m.keepStandard)!, codes: ["i1"] }];
    expect(measuresForCode(library, "i1")).toEqual([]);
  });
});

describe("validateLibrary", () => {
  const codes = codesOf("2566");
  const good = (): LibraryMeasure => ({
    id: "t-1",
    codes: ["i1"],
    frameworkId: "2566",
    issue: 1,
    measure: "มาตรการทดสอบ",
    steps: ["ขั้นที่หนึ่ง", "ขั้นที่สอง", "ขั้นที่สาม"],
    responsible: "สำนักปลัด",
    timing: "ไตรมาส 1–2",
    evidence: ["o14"],
  });

  it("accepts a good entry and returns the list", () => {
    const list = [good()];
    expect(validateLibrary(list, codes)).toBe(list);
  });

  it.each<[string, Partial<LibraryMeasure>, RegExp]>([
    ["unknown timing", { timing: "เร็ว ๆ นี้" }, /t-1.*timing/],
    ["backwards quarter range", { timing: "ไตรมาส 3–2" }, /t-1.*timing/],
    ["unknown code", { codes: ["i1", "i99"] }, /t-1.*unknown code i99/],
    ["evidence that is not OIT", { evidence: ["i2"] }, /t-1.*evidence i2/],
    ["empty steps", { steps: [] }, /t-1.*empty steps/],
    ["blank step", { steps: ["ก", " "] }, /t-1.*empty step/],
    ["issue 0", { issue: 0 as IssueNumber }, /t-1.*issue 0/],
    ["issue 8", { issue: 8 as IssueNumber }, /t-1.*issue 8/],
    ["no codes", { codes: [] }, /t-1.*no code/],
    ["empty measure", { measure: "  " }, /t-1.*empty measure/],
    ["empty responsible", { responsible: "" }, /t-1.*responsible/],
  ])("rejects %s, naming the entry", (_label, change, message) => {
    expect(() => validateLibrary([{ ...good(), ...change }], codes)).toThrow(message);
  });

  it("rejects a duplicate id, naming it", () => {
    expect(() => validateLibrary([good(), { ...good(), codes: ["i2"] }], codes)).toThrow(/t-1.*duplicate/);
  });

  it("lets a keep-the-standard entry list no codes", () => {
    expect(() => validateLibrary([{ ...good(), codes: [], keepStandard: true }], codes)).not.toThrow();
  });
});

describe("mergeLibraries: the workbook's library sheet over the built-in one", () => {
  const builtin = builtinLibrary("2566");
  const row = (over: Partial<LibraryMeasure>): LibraryMeasure => ({
    id: "wb-1",
    codes: ["i1"],
    frameworkId: "2566",
    issue: 1,
    measure: "มาตรการของหน่วยงานเอง",
    steps: ["ก", "ข", "ค"],
    responsible: "กองช่าง",
    timing: "ทุกเดือน",
    evidence: [],
    ...over,
  });

  it("answers a code the workbook lists with workbook rows only", () => {
    const merged = mergeLibraries(builtin, [row({})]);
    expect(measuresForCode(merged, "i1").map((m) => m.id)).toEqual(["wb-1"]);
  });

  it("keeps built-in rows for the codes the workbook does not cover", () => {
    const merged = mergeLibraries(builtin, [row({})]);
    const manual = merged.find((m) => m.id === "2566-work-manual")!;
    expect(manual.codes).toEqual(["e1", "o14"]);
    expect(measuresForCode(merged, "e1").map((m) => m.id)).toEqual(["2566-work-manual"]);
    for (const code of codesOf("2566")) expect(measuresForCode(merged, code).length).toBeGreaterThan(0);
  });

  it("drops a built-in row whose codes are all covered", () => {
    const merged = mergeLibraries(builtin, [row({ codes: ["i2", "e2"], issue: 1 })]);
    expect(merged.find((m) => m.id === "2566-equal-service")).toBeUndefined();
  });

  it("replaces the built-in keep-the-standard row of an issue with the workbook's", () => {
    const keep = row({ id: "wb-keep-3", codes: [], issue: 3, keepStandard: true });
    const merged = mergeLibraries(builtin, [keep]);
    expect(keepStandardMeasure(merged, 3)?.id).toBe("wb-keep-3");
    expect(merged.filter((m) => m.keepStandard && m.issue === 3)).toHaveLength(1);
    expect(keepStandardMeasure(merged, 4)?.id).toBe("2566-keep-issue-4");
  });

  it("does not let a workbook keep-the-standard row take codes away from built-in measures", () => {
    const merged = mergeLibraries(builtin, [row({ id: "wb-keep-1", codes: ["i1"], keepStandard: true })]);
    expect(measuresForCode(merged, "i1").map((m) => m.id)).toEqual(["2566-work-manual"]);
  });

  it("keeps ids unique when a workbook row reuses a built-in id", () => {
    const edited = row({ id: "2566-work-manual", codes: ["i1", "o14"] });
    const merged = mergeLibraries(builtin, [edited]);
    const ids = merged.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(measuresForCode(merged, "e1").map((m) => m.id)).toEqual(["2566-work-manual-builtin"]);
    expect(measuresForCode(merged, "o14").map((m) => m.id)).toEqual(["2566-work-manual"]);
  });

  it("with no workbook rows, is the built-in library", () => {
    expect(mergeLibraries(builtin, [])).toEqual(builtin);
  });
});

describe("the built-in library drives the plan", () => {
  function issuesWith(frameworkId: string, status: "urgent" | "maintain") {
    const framework = frameworks.find((f) => f.id === frameworkId)!;
    return BUILTIN_CATALOG.issues.map((info) => {
      const items = framework.items
        .filter((i) => i.issues.includes(info.number))
        .map((i) => ({
          code: i.code,
          tool: i.tool,
          text: i.text,
          score: status === "urgent" ? 50 : 100,
          status,
          issues: i.issues,
          indicator: i.indicator,
        }));
      return {
        number: info.number,
        title: info.title,
        items,
        weak: status === "urgent" ? items.map((i) => i.code) : [],
        indicators: [],
        weakIndicators: [],
        readings: [],
      };
    });
  }

  it.each(["2566", "2567", "2568"])("%s: every weak item is answered by a library measure, never the fallback", (id) => {
    const { plan, problems } = buildPlan(issuesWith(id, "urgent"), builtinLibrary(id), 2569);
    expect(problems).toEqual([]);
    const answered = new Set(plan.rows.flatMap((r) => r.codes));
    expect(codesOf(id).filter((c) => !answered.has(c))).toEqual([]);
    expect(plan.rows.every((r) => r.measure && r.steps.length && r.responsible && r.timeframe)).toBe(true);
  });

  it.each(["2566", "2567"])("%s: an issue with no weak item gets its keep-the-standard row", (id) => {
    const { plan, problems } = buildPlan(issuesWith(id, "maintain"), builtinLibrary(id), 2569);
    expect(problems).toEqual([]);
    expect(plan.rows.map((r) => r.issue)).toEqual(ISSUES);
    expect(plan.rows.every((r) => r.status === "maintain" && r.libraryId.includes("keep"))).toBe(true);
  });
});
