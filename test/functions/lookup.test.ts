import { BUILTIN_CATALOG } from "../../src/core/catalog/builtin";
import { canonicalCode, libraryInForce, lookupCode, LookupError, resolveFramework } from "../../src/core/code-lookup";
import { frameworkById } from "../../src/core/catalog/find";
import type { LibraryMeasure } from "../../src/core/types";
import { runLookup } from "../../src/cli/lookup";
import { main } from "../../src/cli/main";
import { captureIo } from "../../src/cli/io";

function lookupError(call: () => unknown): LookupError {
  try {
    call();
  } catch (e) {
    if (e instanceof LookupError) return e;
    throw e;
  }
  throw new Error("expected a LookupError");
}

describe("lookupCode (core)", () => {
  it("gives everything about e13 in 2566", () => {
    const r = lookupCode("e13", 2566);
    expect(r).toMatchObject({
      code: "e13",
      year: 2566,
      framework: "2566",
      tool: "EIT",
      issue: { number: 2, title: "การให้บริการและระบบ E-Service" },
      issues: [{ number: 2, title: "การให้บริการและระบบ E-Service" }],
      question: "หน่วยงานมีระบบการให้บริการออนไลน์หรือไม่",
      provisional: false,
      indicator: { number: 8, name: "การปรับปรุงระบบการทำงาน" },
      subIndicator: null,
    });
    expect(r.measure?.source).toBe("builtin");
    expect(r.measure?.measure.length).toBeGreaterThan(10);
  });

  it("gives OIT sub-indicators, provisional items and unknown texts (2567)", () => {
    const r = lookupCode("๐๑๔", 2567);
    expect(r).toMatchObject({ code: "o14", framework: "2567", provisional: true, question: null });
    expect(r.subIndicator).toEqual({ id: "9.3", name: "การจัดซื้อจัดจ้าง" });
    expect(lookupCode("o14", 2566).subIndicator).toEqual({ id: "9.2", name: "การบริหารงาน" });
  });

  it("uses the latest framework without a year; 2563–2565 their own framework; 2569 the 2568 one", () => {
    expect(lookupCode("i1").framework).toBe("2568");
    expect(lookupCode("i1").year).toBeNull();
    expect(lookupCode("i30", 2564).framework).toBe("2565");
    expect(lookupCode("i1", 2569).framework).toBe("2568");
  });

  it("memoizes: the same object for the same question", () => {
    expect(lookupCode("e13", 2566)).toBe(lookupCode("e13", 2566));
  });

  it("explains unknown codes and years in Thai", () => {
    expect(lookupError(() => lookupCode("e13", 2567))).toMatchObject({ kind: "notInFramework" });
    expect(lookupError(() => lookupCode("e13", 2567)).message).toMatch(/มีในกรอบปี [0-9, ]*2566/);
    expect(lookupError(() => lookupCode("hello")).kind).toBe("notACode");
    expect(lookupError(() => lookupCode(" ")).kind).toBe("noCode");
    expect(lookupError(() => lookupCode(null)).kind).toBe("noCode");
    expect(lookupError(() => resolveFramework(2024)).message).toContain("2567");
    expect(lookupError(() => resolveFramework(2560)).kind).toBe("badYear");
    expect(lookupError(() => resolveFramework(2700)).kind).toBe("badYear");
    expect(lookupError(() => canonicalCode("i0")).kind).toBe("notACode");
  });

  it("puts the workbook's measures first and marks them", () => {
    const fw = frameworkById(BUILTIN_CATALOG, "2567")!;
    const mine: LibraryMeasure = {
      id: "2567-work-steps",
      codes: ["i1", "i2"],
      frameworkId: "2567",
      issue: 1,
      measure: "มาตรการของหน่วยงาน",
      steps: ["ทำ"],
      responsible: "กองช่าง",
      timing: "ตลอดปี",
      evidence: [],
    };
    const workbook = [mine];
    const inForce = libraryInForce(fw, workbook);
    expect(inForce.workbookCount).toBe(1);
    expect(libraryInForce(fw, workbook)).toBe(inForce);
    const r = lookupCode("i1", 2567, BUILTIN_CATALOG, workbook);
    expect(r.measure).toMatchObject({ id: "2567-work-steps", measure: "มาตรการของหน่วยงาน", source: "workbook" });
    expect(lookupCode("i3", 2567, BUILTIN_CATALOG, workbook).measure?.source).toBe("builtin");
    expect(lookupCode("i1", 2566, BUILTIN_CATALOG, workbook).measure?.source).toBe("builtin");
  });
});

describe("ita lookup", () => {
  async function run(args: string[]) {
    let out = "";
    let err = "";
    const code = await runLookup(args, {
      out: (t) => {
        out += t;
      },
      err: (t) => {
        err += t;
      },
    });
    return { code, out, err };
  }

  it("prints the lookup as JSON", async () => {
    const r = await run(["e13", "--year", "2566"]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    const json = JSON.parse(r.out);
    expect(json).toEqual(JSON.parse(JSON.stringify(lookupCode("e13", 2566))));
    expect(json.issue.title).toBe("การให้บริการและระบบ E-Service");
    expect(json.indicator).toEqual({ number: 8, name: "การปรับปรุงระบบการทำงาน" });
    expect(json.tool).toBe("EIT");
    expect(typeof json.measure.measure).toBe("string");
  });

  it("accepts --year=, Thai digits and a code in several words", async () => {
    expect(JSON.parse((await run(["--year=๒๕๖๗", "ข้อ", "i๑๐"])).out)).toMatchObject({ code: "i10", framework: "2567", year: 2567 });
    expect(JSON.parse((await run(["o9"])).out)).toMatchObject({ code: "o9", framework: "2568", year: null });
  });

  it("exits 1 with a Thai message on an unknown code or year", async () => {
    const unknown = await run(["e13", "--year", "2568"]);
    expect(unknown.code).toBe(1);
    expect(unknown.out).toBe("");
    expect(unknown.err).toContain("ไม่มีข้อ e13");
    const notCode = await run(["abc"]);
    expect(notCode.code).toBe(1);
    expect(notCode.err).toContain("ไม่ใช่รหัสข้อ");
    expect((await run(["i1", "--year", "2024"])).err).toContain("ค.ศ.");
    expect((await run(["i1", "--year", "soon"])).code).toBe(1);
    expect((await run(["i1", "--year"])).code).toBe(2);
  });

  it("usage: no code, unknown option (exit 2, as ita), --help", async () => {
    expect((await run([])).code).toBe(2);
    const option = await run(["i1", "--frobnicate"]);
    expect(option.code).toBe(2);
    expect(option.err).toContain("--frobnicate");
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("ita lookup <code>");
  });

  it("is what `ita lookup` runs", async () => {
    const io = captureIo();
    expect(await main(["lookup", "o9", "--year", "2566"], io)).toBe(0);
    expect(JSON.parse(io.out)).toMatchObject({ code: "o9", framework: "2566", tool: "OIT", subIndicator: { id: "9.1" } });
    const bad = captureIo();
    expect(await main(["lookup", "o40", "--year", "2567"], bad)).toBe(1);
    expect(bad.err).toContain("ไม่มีข้อ o40");
  });

  it("writes to process.stdout by default", async () => {
    const spy = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      expect(await runLookup(["i1", "--year", "2566"])).toBe(0);
      expect(JSON.parse(String(spy.mock.calls[0][0])).code).toBe("i1");
    } finally {
      spy.mockRestore();
    }
  });
});
