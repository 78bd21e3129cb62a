import "../setup-custom-functions";
import * as ITA from "../../src/functions/functions";
import {
  applySettings,
  contextVersion,
  getContext,
  onContextChange,
  resetContext,
  setClassification,
  setConfiguredYear,
  setContext,
  setWorkbookCatalog,
  setWorkbookLibrary,
} from "../../src/functions/context";
import { clearMemo, memoSize } from "../../src/functions/memo";
import { BUILTIN_CATALOG } from "../../src/core/catalog/builtin";
import { builtinLibrary } from "../../src/core/measures/library";
import type { Catalog, LibraryMeasure } from "../../src/core/types";
import { SEED004_ITEMS } from "../fixtures/seeds";
import { column, failure, NA, VALUE } from "./formula-errors";

beforeEach(() => {
  resetContext();
  clearMemo();
});

describe("ITA.ISSUE", () => {
  it("gives the Thai issue title of an item (2566)", () => {
    expect(ITA.issue("e13", 2566)).toBe("การให้บริการและระบบ E-Service");
    expect(ITA.issue("i27", 2566)).toBe("กระบวนการควบคุม ตรวจสอบการใช้อำนาจและการบริหารงานบุคคล");
  });

  it("gives the issue number with format number", () => {
    expect(ITA.issue("e13", 2566, "number")).toBe(2);
    expect(ITA.issue("o34", 2566, "NUMBER")).toBe(4);
    expect(ITA.issue("o34", 2566, "เลข")).toBe(4);
  });

  it("takes the first issue in catalog order for an item in two issues; all lists every one", () => {
    expect(ITA.issue("e10", 2566)).toBe("ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสารภาครัฐ");
    expect(ITA.issue("e10", 2566, "number")).toBe(3);
    expect(ITA.issue("e10", 2566, "all")).toBe(
      "ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสารภาครัฐ; กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน",
    );
    expect(ITA.issue("e10", 2566, "all number")).toBe("3, 7");
    expect(ITA.issue("e13", 2566, "all numbers")).toBe("2");
    expect(ITA.issue("e13", 2566, "all")).toBe("การให้บริการและระบบ E-Service");
  });

  it("uses the 2567+ framework: i1 is in issue 1 only from 2567", () => {
    expect(ITA.issue("i1", 2566, "all number")).toBe("1, 2");
    expect(ITA.issue("i1", 2567, "all number")).toBe("1");
    expect(ITA.issue("o9", 2566, "number")).toBe(3);
    expect(ITA.issue("o9", 2567, "number")).toBe(1);
  });

  it("accepts messy spellings of the code and of the year", () => {
    expect(ITA.issue("ข้อ E 13", "2566")).toBe("การให้บริการและระบบ E-Service");
    expect(ITA.issue(" e13 ", "๒๕๖๖", "number")).toBe(2);
    expect(ITA.issue("๐๑๘", "พ.ศ. 2566", "number")).toBe(2);
  });

  it("blank year: the latest framework, or the year configured in the workbook", () => {
    expect(failure(() => ITA.issue("e13")).code).toBe(NA); // e13 is not in 2568
    expect(ITA.issue("e9", null, "number")).toBe(2);
    setConfiguredYear(2566);
    expect(ITA.issue("e13")).toBe("การให้บริการและระบบ E-Service");
    expect(ITA.issue("e13", "")).toBe("การให้บริการและระบบ E-Service");
    expect(ITA.issue("e13", 0)).toBe("การให้บริการและระบบ E-Service"); // an empty cell passed as a number
    expect(ITA.issue("i1", 2567, "all number")).toBe("1"); // an explicit year wins
  });

  it("unknown code → #N/A naming the code and the frameworks that have it", () => {
    const notInFramework = failure(() => ITA.issue("e13", 2567));
    expect(notInFramework.code).toBe(NA);
    expect(notInFramework.message).toContain("e13");
    expect(notInFramework.message).toContain("2567");
    expect(notInFramework.message).toMatch(/มีในกรอบปี [0-9, ]*2566/);
    const notACode = failure(() => ITA.issue("x1", 2566));
    expect(notACode.code).toBe(NA);
    expect(notACode.message).toContain("“x1” ไม่ใช่รหัสข้อ");
    expect(failure(() => ITA.issue("e99", 2566)).code).toBe(NA);
    expect(failure(() => ITA.issue("", 2566)).message).toContain("ไม่ได้ระบุรหัสข้อ");
  });

  it("wrong year or format → #VALUE! with the reason", () => {
    const ad = failure(() => ITA.issue("e13", 2023));
    expect(ad.code).toBe(VALUE);
    expect(ad.message).toContain("ค.ศ.");
    expect(ad.message).toContain("2566");
    const early = failure(() => ITA.issue("e13", 2550));
    expect(early.code).toBe(VALUE);
    expect(early.message).toContain("2550");
    expect(failure(() => ITA.issue("e13", "ปีนี้")).code).toBe(VALUE);
    expect(failure(() => ITA.issue("e13", 2566.5)).code).toBe(VALUE);
    expect(failure(() => ITA.issue("e13", 25667)).code).toBe(VALUE);
    expect(failure(() => ITA.issue("e13", true)).code).toBe(VALUE);
    const format = failure(() => ITA.issue("e13", 2566, "roman"));
    expect(format.code).toBe(VALUE);
    expect(format.message).toContain('"roman"');
    expect(format.message).toContain('"number"');
  });

  it("keeps the memo bounded and never memoizes arrays", () => {
    let thrown = 0;
    for (let k = 0; k < 60_000; k++) {
      try {
        ITA.normalize(`x${k}`);
      } catch {
        thrown++;
      }
    }
    expect(thrown).toBe(60_000);
    expect(memoSize()).toBeLessThanOrEqual(50_000);
    expect(memoSize()).toBeGreaterThan(0);
    clearMemo();
    expect(failure(() => ITA.issue("e13", [[2566]] as unknown as number)).code).toBe(VALUE); // Excel never passes one
    expect(memoSize()).toBe(0);
  });

  it("gives the same answer and the same error from the memo", () => {
    expect(ITA.issue("e13", 2566)).toBe(ITA.issue("e13", 2566));
    const a = failure(() => ITA.issue("e99", 2566));
    const b = failure(() => ITA.issue("e99", 2566));
    expect(b).toEqual(a);
  });
});

describe("ITA.QUESTION", () => {
  it("gives the question text (2566 and 2567) and the OIT title", () => {
    expect(ITA.question("e13", 2566)).toBe("หน่วยงานมีระบบการให้บริการออนไลน์หรือไม่");
    expect(ITA.question("i1", 2567)).toBe("การปฏิบัติงานหรือให้บริการของเจ้าหน้าที่ในหน่วยงานของท่านเป็นไปตามขั้นตอนและระยะเวลา มากน้อยเพียงใด");
    expect(ITA.question("o14", 2566)).toBe("คู่มือหรือมาตรฐานการปฏิบัติงาน");
    expect(ITA.question("o32", 2567)).toBe("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน");
  });

  it("text not yet known (provisional) → #N/A saying so", () => {
    for (const code of ["e2", "o14"]) {
      const e = failure(() => ITA.question(code, 2567));
      expect(e.code).toBe(NA);
      expect(e.message).toContain(`ยังไม่ทราบข้อความของข้อ ${code}`);
      expect(e.message).toContain("ชั่วคราว");
    }
  });

  it("unknown code or year → error", () => {
    expect(failure(() => ITA.question("i30", 2568)).code).toBe(NA);
    expect(failure(() => ITA.question("i1", "2566x")).code).toBe(VALUE);
  });
});

describe("ITA.INDICATOR", () => {
  it("gives number and Thai name", () => {
    expect(ITA.indicator("o14", 2566)).toBe("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล");
    expect(ITA.indicator("o14", 2566, "number")).toBe(9);
    expect(ITA.indicator("o14", 2566, "name")).toBe("การเปิดเผยข้อมูล");
    expect(ITA.indicator("e13", 2566)).toBe("ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน");
    expect(ITA.indicator("i15", 2567, "number")).toBe(5);
  });

  it("gives the sub-indicator of OIT items with format sub, per framework", () => {
    expect(ITA.indicator("o14", 2566, "sub")).toBe("9.2 การบริหารงาน");
    expect(ITA.indicator("o14", 2567, "sub")).toBe("9.3 การจัดซื้อจัดจ้าง");
    expect(ITA.indicator("o34", 2566, "ย่อย")).toBe("10.1 การดำเนินการเพื่อป้องกันการทุจริต");
  });

  it("sub on a question → #N/A; bad format → #VALUE!", () => {
    const e = failure(() => ITA.indicator("i1", 2566, "sub"));
    expect(e.code).toBe(NA);
    expect(e.message).toContain("OIT");
    expect(failure(() => ITA.indicator("i1", 2566, "roman")).code).toBe(VALUE);
    expect(failure(() => ITA.indicator("o40", 2567)).code).toBe(NA);
  });
});

describe("ITA.TOOL", () => {
  it("gives IIT, EIT or OIT in any framework", () => {
    expect(ITA.tool("i1")).toBe("IIT");
    expect(ITA.tool("e13")).toBe("EIT"); // 2566 only
    expect(ITA.tool("ข้อ o43")).toBe("OIT"); // 2566 only
    expect(ITA.tool("๐๑๘")).toBe("OIT");
  });

  it("not a code → #N/A", () => {
    expect(failure(() => ITA.tool("z9")).code).toBe(NA);
    expect(failure(() => ITA.tool("")).code).toBe(NA);
  });
});

describe("ITA.NORMALIZE", () => {
  it("gives the canonical code of messy spellings", () => {
    expect(ITA.normalize("๐๑๘")).toBe("o18");
    expect(ITA.normalize("ข้อ i๑๐")).toBe("i10");
    expect(ITA.normalize("(E3) ท่านได้รับ…")).toBe("e3");
    expect(ITA.normalize("I27")).toBe("i27");
    expect(ITA.normalize("014")).toBe("o14");
  });

  it("not a code → #N/A with the text", () => {
    const e = failure(() => ITA.normalize("สวัสดี"));
    expect(e.code).toBe(NA);
    expect(e.message).toContain("สวัสดี");
    expect(failure(() => ITA.normalize("i31")).code).toBe(NA);
    expect(failure(() => ITA.normalize("   ")).code).toBe(NA);
  });
});

describe("ITA.STATUS", () => {
  it("classifies with the analysis rule (85 / 95, OIT at 0 urgent)", () => {
    expect(ITA.status("i1", 84.99, 2566)).toBe("แก้ไขโดยเร่งด่วน");
    expect(ITA.status("i1", 85, 2566)).toBe("พัฒนาให้ดีขึ้น");
    expect(ITA.status("i1", 95, 2567)).toBe("รักษามาตรฐาน");
    expect(ITA.status("o13", 0, 2566)).toBe("แก้ไขโดยเร่งด่วน");
    expect(ITA.status("o13", 50, 2566)).toBe("พัฒนาให้ดีขึ้น");
    expect(ITA.status("o13", 100, 2566)).toBe("รักษามาตรฐาน");
    expect(ITA.status("e3", "๘๐", 2567)).toBe("แก้ไขโดยเร่งด่วน");
  });

  it("uses the thresholds configured in the workbook", () => {
    expect(ITA.status("i1", 88, 2566)).toBe("พัฒนาให้ดีขึ้น");
    setClassification({ urgentBelow: 90, improveBelow: 95 });
    expect(ITA.status("i1", 88, 2566)).toBe("แก้ไขโดยเร่งด่วน");
  });

  it("non-numeric, out-of-range or missing score → error naming it", () => {
    const text = failure(() => ITA.status("i1", "ดี", 2566));
    expect(text.code).toBe(VALUE);
    expect(text.message).toContain("คะแนนข้อ i1");
    expect(text.message).toContain('"ดี"');
    const high = failure(() => ITA.status("i1", 105, 2566));
    expect(high.code).toBe(VALUE);
    expect(high.message).toContain("105");
    expect(failure(() => ITA.status("i1", true, 2566)).code).toBe(VALUE);
    expect(failure(() => ITA.status("i1", null, 2566)).code).toBe(NA);
    expect(failure(() => ITA.status("i16", 90, 2567)).code).toBe(NA);
  });
});

describe("ITA.LEVEL", () => {
  it("2566+ rules: tools checked against 85", () => {
    expect(ITA.level(96, 95, 96, 97, 2566)).toBe("ผ่านดีเยี่ยม");
    expect(ITA.level(96, 95, 84, 97, 2567)).toBe("ผ่าน");
    expect(ITA.level(90, null, null, null, 2567)).toBe("ผ่านดี");
    expect(ITA.level(84.996, null, null, null, 2567)).toBe("ผ่านดี"); // 85.00 at 2 decimals
    expect(ITA.level(84.99, null, null, null, 2568)).toBe("ไม่ผ่าน");
    expect(ITA.level("97.13", "99.72", "", "95")).toBe("ผ่านดีเยี่ยม");
  });

  it("2563–2565 rules: AA–F", () => {
    expect(ITA.level(95, null, null, null, 2565)).toBe("AA");
    expect(ITA.level(81.27, null, null, null, 2564)).toBe("B");
  });

  it("blank year: the configured year, else the latest framework", () => {
    expect(ITA.level(90)).toBe("ผ่านดี");
    setConfiguredYear(2565);
    expect(ITA.level(90)).toBe("A");
  });

  it("bad arguments → errors naming them", () => {
    const eit = failure(() => ITA.level(90, 90, "n/a?", 90, 2566));
    expect(eit.code).toBe(VALUE);
    expect(eit.message).toContain("EIT");
    expect(failure(() => ITA.level(null)).code).toBe(NA);
    expect(failure(() => ITA.level("เก้าสิบ")).code).toBe(VALUE);
    expect(failure(() => ITA.level(90, null, null, null, 1999)).code).toBe(VALUE);
  });
});

describe("ITA.SCORE", () => {
  const oit = SEED004_ITEMS.filter((s) => s.code.startsWith("o"));
  const iit = SEED004_ITEMS.filter((s) => s.code.startsWith("i"));

  it("seed 004: indicator 9 is the mean of its sub-indicator means (80.00, not 83.33)", () => {
    expect(ITA.score(column(oit.map((s) => s.code)), column(oit.map((s) => s.score)), 9, 2566)).toBe(80);
    expect(ITA.score(column(oit.map((s) => s.code)), column(oit.map((s) => s.score)), "9", 2566)).toBe(80);
    expect(ITA.score(column(oit.map((s) => s.code)), column(oit.map((s) => s.score)), "ตัวชี้วัดที่ ๙", 2566)).toBe(80);
    expect(ITA.score(column(oit.map((s) => s.code)), column(oit.map((s) => s.score)), 10, 2566)).toBe(100);
    expect(ITA.score(column(oit.map((s) => s.code)), column(oit.map((s) => s.score)), "OIT", 2566)).toBe(90);
  });

  it("seed 004: indicator 2 from i7–i12 = 99.67; IIT of all questions", () => {
    const i7to12 = iit.filter((s) => ["i7", "i8", "i9", "i10", "i11", "i12"].includes(s.code));
    expect(i7to12.map((s) => s.score)).toEqual([100, 100, 100, 98, 100, 100]);
    expect(ITA.score(column(i7to12.map((s) => s.code)), column(i7to12.map((s) => s.score)), 2, 2566)).toBe(99.67);
    expect(ITA.score(column(iit.map((s) => s.code)), column(iit.map((s) => s.score)), "iit", 2566)).toBe(99.87);
  });

  it("sub-indicators (9.2) and ranges laid out as rows or blocks", () => {
    const codes = oit.map((s) => s.code);
    const scores = oit.map((s) => s.score);
    expect(ITA.score([codes], [scores], "9.2", 2566)).toBe(75); // 8 items, o13 at 0
    expect(ITA.score([codes], [scores], 9.1, 2566)).toBe(100);
    const block = <T>(xs: T[]) => [xs.slice(0, 20), xs.slice(20, 40)]; // o1–o40: all of indicator 9
    expect(ITA.score(block(codes), block(scores), 9, 2566)).toBe(80);
  });

  it("overall and level need every tool", () => {
    const fw = BUILTIN_CATALOG.frameworks.find((f) => f.id === "2567")!;
    const all = fw.items.map((i) => i.code);
    const scores = all.map((c) => (c === "i1" ? 90 : 100));
    expect(ITA.score(column(all), column(scores), null, 2567)).toBe(99.8);
    expect(ITA.score(column(all), column(scores), "level", 2567)).toBe("ผ่านดีเยี่ยม");
    const missing = failure(() => ITA.score(column(oit.map((s) => s.code)), column(oit.map((s) => s.score)), null, 2566));
    expect(missing.code).toBe(NA);
    expect(missing.message).toContain("IIT");
    expect(missing.message).toContain("EIT (ตัวชี้วัดที่ 6, 7, 8)");
    expect(failure(() => ITA.score(column(oit.map((s) => s.code)), column(oit.map((s) => s.score)), "level", 2566)).code).toBe(NA);
    expect(failure(() => ITA.score(column(oit.map((s) => s.code)), column(oit.map((s) => s.score)), "EIT", 2566)).message).toContain(
      "6, 7, 8",
    );
  });

  it("skips blank scores and accepts Thai digits and text numbers", () => {
    expect(ITA.score([["i7"], ["i8"], ["i9"], [""]], [[100], [null], ["๙๘"], [null]], 2, 2566)).toBe(99);
    expect(ITA.score([["i7"], ["i8"]], [["100"], [""]], 2, 2566)).toBe(100);
  });

  it("ranges of different sizes → #VALUE! with both sizes", () => {
    const e = failure(() => ITA.score([["i1"], ["i2"]], [[100]], 1, 2566));
    expect(e.code).toBe(VALUE);
    expect(e.message).toContain("2 แถว × 1 คอลัมน์");
    expect(e.message).toContain("1 แถว × 1 คอลัมน์");
    expect(failure(() => ITA.score([["i1", "i2"]], [[100], [90]], 1, 2566)).code).toBe(VALUE);
  });

  it("non-numeric score → #VALUE! naming the row; unknown code → #N/A naming the row", () => {
    const text = failure(() => ITA.score([["i1"], ["i2"], ["i3"]], [[100], [100], ["ดีมาก"]], 1, 2566));
    expect(text.code).toBe(VALUE);
    expect(text.message).toContain("แถวที่ 3 (i3)");
    expect(text.message).toContain("ดีมาก");
    const code = failure(() => ITA.score([["i1"], ["i16"]], [[100], [100]], 1, 2567));
    expect(code.code).toBe(NA);
    expect(code.message).toContain("แถวที่ 2");
    expect(code.message).toContain("i16");
    const noCode = failure(() => ITA.score([["i1"], [""]], [[100], [90]], 1, 2566));
    expect(noCode.code).toBe(VALUE);
    expect(noCode.message).toContain("แถวที่ 2");
    const row = failure(() => ITA.score([["i1", "i2"]], [[100, 120]], 1, 2566));
    expect(row.message).toContain("ช่องที่ 2");
  });

  it("same code twice with different scores → #VALUE!; with the same score it counts once", () => {
    expect(failure(() => ITA.score([["i1"], ["ข้อ i1"]], [[100], [90]], 1, 2566)).message).toContain("i1 ซ้ำ");
    expect(ITA.score([["i1"], ["i1"], ["i2"]], [[100], [100], [90]], 1, 2566)).toBe(95);
  });

  it("bad what / year / nothing to score → errors", () => {
    expect(failure(() => ITA.score([["i1"]], [[100]], "อื่น ๆ", 2566)).code).toBe(VALUE);
    expect(failure(() => ITA.score([["i1"]], [[100]], 11, 2566)).message).toContain("ตัวชี้วัดที่ 11");
    expect(failure(() => ITA.score([["i1"]], [[100]], "9.7", 2566)).message).toContain("9.7");
    expect(failure(() => ITA.score([["i1"]], [[100]], 1, "ปี")).code).toBe(VALUE);
    expect(failure(() => ITA.score([["i1"]], [[null]], 1, 2566)).code).toBe(NA);
    expect(failure(() => ITA.score([["i1"]], [[100]], 9, 2566)).message).toContain("ตัวชี้วัดที่ 9");
  });
});

describe("ITA.MEASURE", () => {
  it("gives the built-in library's measure (2566 and 2567)", () => {
    const lib2566 = builtinLibrary("2566");
    expect(ITA.measure("i1", 2566)).toBe(lib2566.find((m) => m.codes.includes("i1"))!.measure);
    const lib2567 = builtinLibrary("2567");
    expect(ITA.measure("i1", 2567)).toBe(lib2567.find((m) => m.codes.includes("i1"))!.measure);
    expect(typeof ITA.measure("o14", 2567)).toBe("string");
  });

  it("the workbook's library sheet comes first", () => {
    const mine: LibraryMeasure = {
      id: "my-i1",
      codes: ["i1"],
      frameworkId: "2566",
      issue: 1,
      measure: "มาตรการของเราเอง",
      steps: ["ขั้นตอนที่ 1"],
      responsible: "สำนักปลัด",
      timing: "ไตรมาส 1",
      evidence: [],
    };
    setWorkbookLibrary([mine]);
    expect(ITA.measure("i1", 2566)).toBe("มาตรการของเราเอง");
    expect(ITA.measure("i1", 2567)).not.toBe("มาตรการของเราเอง"); // rows of another framework do not apply
    setWorkbookLibrary(undefined);
    expect(ITA.measure("i1", 2566)).not.toBe("มาตรการของเราเอง");
  });

  it("an item the library does not answer → #N/A; unknown code → #N/A", () => {
    const fw2567 = BUILTIN_CATALOG.frameworks.find((f) => f.id === "2567")!;
    const extra = { ...fw2567.items.find((i) => i.code === "o33")!, code: "o34", text: "รายการเพิ่มในชีตแคตตาล็อก" };
    const catalog: Catalog = {
      ...BUILTIN_CATALOG,
      frameworks: BUILTIN_CATALOG.frameworks.map((f) => (f.id === "2567" ? { ...f, items: [...f.items, extra] } : f)),
    };
    setWorkbookCatalog(catalog);
    expect(ITA.question("o34", 2567)).toBe("รายการเพิ่มในชีตแคตตาล็อก");
    const none = failure(() => ITA.measure("o34", 2567));
    expect(none.code).toBe(NA);
    expect(none.message).toContain("ไม่มีมาตรการ");
    expect(none.message).toContain("o34");
    setWorkbookCatalog(undefined);
    expect(failure(() => ITA.measure("o34", 2567)).code).toBe(NA);
    expect(failure(() => ITA.measure("e13", 2567)).message).toContain("e13");
  });
});

describe("context set by the task pane", () => {
  it("applies the workbook settings: year, framework, thresholds", () => {
    applySettings({
      year: 2567,
      frameworkId: "2566",
      classification: { mode: "threshold", urgentBelow: 85, improveBelow: 95, lowestPerIssue: 3 },
    });
    expect(getContext().frameworkId).toBe("2566");
    expect(ITA.issue("e13")).toBe("การให้บริการและระบบ E-Service"); // 2566 framework chosen for 2567 results
    expect(ITA.level(90)).toBe("ผ่านดี");
    applySettings({
      year: 2565,
      frameworkId: undefined,
      classification: { mode: "threshold", urgentBelow: 85, improveBelow: 95, lowestPerIssue: 3 },
    });
    expect(ITA.level(90)).toBe("A");
    setContext({ frameworkId: "2599" });
    expect(failure(() => ITA.issue("i1")).code).toBe(VALUE);
  });

  it("is shared with a second copy of the module (pane and functions bundled as two webpack entries)", () => {
    let other: typeof import("../../src/functions/context") | undefined;
    jest.isolateModules(() => {
      other = jest.requireActual<typeof import("../../src/functions/context")>("../../src/functions/context");
    });
    expect(ITA.issue("i1", null, "all number")).toBe("1");
    other!.setConfiguredYear(2566);
    expect(getContext().year).toBe(2566);
    expect(ITA.issue("i1", null, "all number")).toBe("1, 2");
  });

  it("bumps the version and tells listeners; the memo never serves a stale answer", () => {
    const seen: number[] = [];
    const off = onContextChange(() => seen.push(contextVersion()));
    expect(ITA.issue("i1", null, "all number")).toBe("1");
    setConfiguredYear(2566);
    expect(ITA.issue("i1", null, "all number")).toBe("1, 2");
    off();
    setConfiguredYear(undefined);
    expect(seen).toHaveLength(1);
    expect(() => setConfiguredYear(2566.5)).toThrow();
  });
});
