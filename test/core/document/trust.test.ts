// The o42 document states no figure more firmly than the workbook supports (issue 7): a level the
// workbook states is said to be the announced one, beside the level the scores give when they
// differ; figures the scoring marked provisional stay provisional; an indicator scored without its
// questions is analysed in part 2, never passed over as "nothing to fix".
import { strFromU8, unzipSync } from "fflate";
import { buildO42Docx } from "../../../src/core/document/o42/compose";
import { o42FromAnalysis } from "../../../src/core/document/o42/from-analysis";
import type { O42Input } from "../../../src/core/document/o42/model";
import * as W from "../../../src/core/document/o42/wording";
import { analyzeFile, expectedOf } from "../trust/workbooks";
import { result2566 } from "../render/fixture";

async function documentText(input: O42Input): Promise<string> {
  const xml = strFromU8(unzipSync(await buildO42Docx(input))["word/document.xml"]);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
}

describe("the o42 document and the level the workbook states", () => {
  it("a stated level that differs from the computed one: the stated level, said to be announced, and the computed one beside it", async () => {
    const e = await expectedOf("stated-level-2566.xlsx");
    const { result } = await analyzeFile(e.file);
    const input = o42FromAnalysis(result);
    expect(input).toMatchObject({ level: e.level, levelBasis: "official", levelComputed: e.computedLevel });
    // The notes that explain a computed level do not explain the announced one.
    expect(input.levelWithoutEitParts).toBe(false);
    expect(input.levelLoweredBy).toEqual([]);
    const text = await documentText(input);
    expect(text).toContain(`อยู่ในระดับ “${e.level}”`);
    expect(text).toContain(W.levelStatedDiffers(e.computedLevel!));
    expect(text).not.toContain(W.LEVEL_WITHOUT_PARTS);
  });

  it("a computed level from complete data says nothing of a source; one the workbook states says it is announced", async () => {
    const result = result2566();
    const computed = o42FromAnalysis(result);
    expect(computed.levelBasis).toBe("computed");
    expect(computed.levelComputed).toBeUndefined();
    const text = await documentText(computed);
    expect(text).not.toContain(W.LEVEL_STATED);
    const stated = o42FromAnalysis({
      ...result,
      current: { ...result.current, levelSource: { source: "official", cell: "สรุป!B20", computed: result.current.level! } },
    });
    expect(stated).toMatchObject({ levelBasis: "official", level: result.current.level });
    expect(stated.levelComputed).toBeUndefined();
    expect(await documentText(stated)).toContain(W.LEVEL_STATED);
  });

  it("a stated level without an overall score is stated, the overall left out", async () => {
    const result = result2566();
    const current = { ...result.current, level: "ผ่านดี", levelSource: { source: "official" as const, cell: "สรุป!B20" } };
    delete current.overall;
    const input = o42FromAnalysis({ ...result, current });
    expect(input.overall).toBeUndefined();
    const text = await documentText(input);
    expect(text).toContain(W.levelWithoutOverall("องค์การบริหารส่วนตำบล", "ผ่านดี").slice("องค์การบริหารส่วนตำบล".length));
    expect(text).not.toContain(W.NO_OVERALL);
  });
});

describe("the o42 document and provisional figures", () => {
  it("a figure the scoring marked provisional is provisional in the document, and so is the level given by it", async () => {
    const result = result2566();
    const nine = result.current.indicators[9]!;
    const oit = result.current.tools.OIT!;
    const overall = result.current.overall!;
    const input = o42FromAnalysis({
      ...result,
      current: {
        ...result.current,
        indicators: { ...result.current.indicators, 9: { ...nine, provisional: true } },
        tools: { ...result.current.tools, OIT: { ...oit, provisional: true } },
        overall: { ...overall, provisional: true },
        levelSource: { source: "computed", provisional: true },
      },
    });
    expect(result.framework.oitProvisional).toBe(false);
    expect(input.indicators[8].score?.basis).toBe("provisional");
    expect(input.tools.find((t) => t.key === "OIT")!.score?.basis).toBe("provisional");
    expect(input.overall?.basis).toBe("provisional");
    expect(input.levelBasis).toBe("provisional");
    const text = await documentText(input);
    expect(text).toContain(W.basisNote(input.overall!));
    expect(text).toContain(W.LEVEL_TENTATIVE);
  });

  it("a year scored with the provisional OIT grouping (2569 with the 2568 lists): overall, OIT and level provisional", async () => {
    const { result } = await analyzeFile("year-2569.xlsx");
    expect(result.current.overall?.provisional).toBe(true);
    const input = o42FromAnalysis(result);
    expect(input.overall?.basis).toBe("provisional");
    expect(input.tools.find((t) => t.key === "OIT")!.score?.basis).toBe("provisional");
    expect(input.tools.find((t) => t.key === "IIT")!.score?.basis).toBe("computed");
    expect(input.levelBasis).toBe("provisional");
  });
});

describe("the o42 document of a summary-only workbook", () => {
  it("part 2 has a row per indicator scored without its questions, and its finding; never 'nothing weak' where one is weak", async () => {
    const { result } = await analyzeFile("summary-only-2566.xlsx");
    const input = o42FromAnalysis(result);
    const issue3 = input.issues.find((s) => s.number === 3)!;
    expect(issue3.items).toEqual([]);
    expect(issue3.indicators.map((a) => [a.number, a.score, a.status])).toEqual([
      [7, expect.any(Number), "improve"],
      [9, 72, "urgent"],
    ]);
    expect(issue3.findings.some((f) => f.includes("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล"))).toBe(true);
    const text = await documentText(input);
    expect(text).toContain(W.indicatorRowText(9, "การเปิดเผยข้อมูล", "OIT", false));
    expect(text).not.toContain(W.NO_ITEMS);
    // Issues whose indicators all keep the standard say so of their indicators.
    expect(input.issues.find((s) => s.number === 4)!.findings).toEqual([]);
    expect(text).toContain(W.NO_WEAK_INDICATORS);
    expect(text).not.toContain(W.NO_WEAK);
  });
});
