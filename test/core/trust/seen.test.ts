// Issue 7, "Seen": each shape in which the engine once printed a figure the workbook does not support,
// as a real .xlsx workbook (scripts/make-trust-workbooks.js) through the engine's door. Each asserts
// the right figures, level and problems, with their cells.
import { analyze, hasErrors, toAnalysisJson } from "../../../src/core";
import { renderSheets } from "../../../src/core/render/sheets";
import { thaiFirstViolations } from "../../fixtures/thai-first";
import { analyzeFile, errorsOf, expectedOf, warningsOf } from "./workbooks";

const allThaiFirst = (problems: { severity: "error" | "warning"; cell: string; message: string; en?: string }[]) =>
  expect(problems.flatMap((p) => thaiFirstViolations(p))).toEqual([]);

describe("OIT rows with the item title but no code, under ตัวชี้วัดย่อยที่ headings", () => {
  it("reads every title as its item: OIT 90.00 and ผ่านดี (not OIT 100, ผ่านดีเยี่ยม), the five 0 items urgent", async () => {
    const e = await expectedOf("oit-titles-2566.xlsx");
    const { result, json } = await analyzeFile(e.file);
    expect(errorsOf(result.problems)).toEqual([]);
    expect(json.overall).toMatchObject({ score: 93.57, level: "ผ่านดี", source: "computed" });
    expect(json.overall!.score).toBe(e.overall);
    expect(json.tools).toEqual(e.tools);
    expect(json.indicators).toEqual(e.indicators);
    expect(json.indicators["9"]).toBe(80);
    // The OIT score is computed from its items: no item's cell is cited as the official OIT.
    expect(json.figures.tools.OIT).toEqual({ score: 90, source: "computed", cell: null, provisional: false });
    expect(json.items.filter((i) => i.status === "urgent").map((i) => i.code)).toEqual(e.urgent);
    // Each title row is named with the code it was read as.
    const titled = warningsOf(result.problems).filter((p) => /no code; the text is/.test(p.en ?? ""));
    expect(titled).toHaveLength(43);
    for (const [code, cell] of Object.entries(e.titleCells!)) {
      expect(json.items.find((i) => i.code === code)!.cell).toBe(cell.replace(/!A/, "!B"));
      expect(titled.find((p) => p.cell === cell)!.message).toContain(`อ่านเป็นข้อ ${code}`);
    }
    // No sub-indicator or indicator is read from an item's row.
    expect(Object.values(json.figures.subIndicators).every((s) => s.source === "computed")).toBe(true);
    allThaiFirst(result.problems);
  });

  it("a title as close to two items as to one is an error naming its cell, never a guess", () => {
    const r = analyze({
      sheets: [
        {
          name: "OIT",
          values: [
            ["ผลการประเมิน OIT ปีงบประมาณ พ.ศ. 2566"],
            ["รายการ", "คะแนน"],
            ["ข้อมูลผู้บริหาร", 100],
            ["การเผยแพร่แผนดำเนินงานประจำปี", 100],
            ["รายงานผลการดำเนินงานประจำปี", 0],
          ],
        },
      ],
    });
    const errors = errorsOf(r.problems);
    expect(errors.map((p) => p.cell)).toEqual(["OIT!A4"]);
    expect(errors[0].message).toMatch(/ใกล้เคียงทั้งข้อ o1[13] และข้อ o1[13]/);
    expect(toAnalysisJson(r).problems.length).toBeGreaterThan(0);
  });
});

describe("IIT/EIT rows with the question text but no code", () => {
  it("reads each question by its text, naming each cell and the code it was matched to", async () => {
    const e = await expectedOf("question-texts-2566.xlsx");
    const { result, json } = await analyzeFile(e.file);
    expect(errorsOf(result.problems)).toEqual([]);
    expect(json.overall).toMatchObject({ score: e.overall, level: e.level });
    expect(json.tools).toEqual(e.tools);
    expect(json.indicators).toEqual(e.indicators);
    expect(json.items.filter((i) => i.status === "urgent").map((i) => i.code)).toEqual(e.urgent);
    const named = new Map(warningsOf(result.problems).map((p) => [p.cell, p.message]));
    for (const [code, cell] of Object.entries(e.titleCells!))
      expect([code, named.get(cell)]).toEqual([code, expect.stringContaining(`ข้อ ${code}`)]);
    // Nothing blames "missing indicator scores".
    expect(result.problems.map((p) => p.en ?? "")).not.toContainEqual(expect.stringMatching(/per-question (IIT|EIT)/));
    expect(result.current.missing.filter((c) => !c.startsWith("o"))).toEqual([]);
  });

  it("a row whose text is no question is an error naming its cell; nothing is computed without it", async () => {
    const e = await expectedOf("question-unknown-2566.xlsx");
    const { result } = await analyzeFile(e.file);
    expect(hasErrors(result)).toBe(true);
    expect(errorsOf(result.problems).map((p) => p.cell)).toEqual(e.errorCells);
    expect(errorsOf(result.problems)[0].message).toContain("88.5");
  });
});

describe("a stated level (ระดับผลการประเมิน: ผ่าน)", () => {
  it("wins over the computed ผ่านดี, with a warning giving both, and the JSON says where each came from", async () => {
    const e = await expectedOf("stated-level-2566.xlsx");
    const { result, json } = await analyzeFile(e.file);
    expect(json.overall).toEqual({
      score: 93.57,
      level: "ผ่าน",
      source: "official",
      cell: e.overallCell,
      provisional: false,
      levelSource: "official",
      levelCell: e.levelCell,
      computedLevel: "ผ่านดี",
    });
    const w = warningsOf(result.problems).filter((p) => p.cell === e.levelCell);
    expect(w).toHaveLength(1);
    expect(w[0].message).toContain("“ผ่าน”");
    expect(w[0].message).toContain("“ผ่านดี”");
    const summary = renderSheets(result).find((s) => s.key === "summary")!;
    expect(summary.heading.join("\n")).toContain(`93.57 คะแนน ระดับ “ผ่าน” (ระดับตามที่กรอกไว้ที่ ${e.levelCell} ต่างจากระดับที่ได้จากคะแนน “ผ่านดี”)`);
  });
});

describe("a summary-only workbook (tools and indicators, no questions) with OIT 78.50", () => {
  it("gives indicator-level findings and measures, not 'nothing to fix'", async () => {
    const e = await expectedOf("summary-only-2566.xlsx");
    const { result, json } = await analyzeFile(e.file);
    expect(errorsOf(result.problems)).toEqual([]);
    expect(json.overall).toMatchObject({ score: 87.5, level: "ผ่าน" });
    expect(json.tools).toMatchObject({ IIT: 96, EIT: 91, OIT: 78.5 });
    const status = Object.fromEntries(json.issues.flatMap((i) => i.indicators).map((a) => [String(a.indicator), a.status]));
    expect(status).toEqual(e.indicatorStatus);
    const nine = json.issues.find((i) => i.number === 3)!.indicators.find((a) => a.indicator === 9)!;
    expect(nine).toMatchObject({ score: 72, status: "urgent", cell: "สรุป!B14" });
    expect(nine.finding).toMatch(/ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล \(OIT\) ได้ 72\.00 คะแนน \(ต่ำกว่าเกณฑ์ 85\)/);
    const rows = json.measures.filter((m) => m.indicators.length && m.status !== "maintain");
    expect(rows.map((m) => [m.issue, m.indicators, m.status, m.libraryId])).toEqual([
      [1, [6], "improve", "2566-indicator-6-service-quality"],
      [2, [8], "improve", "2566-indicator-8-improvement"],
      [3, [9], "urgent", "2566-indicator-9-disclosure"],
      [3, [7], "improve", "2566-indicator-7-communication"],
      [7, [10], "improve", "2566-indicator-10-prevention"],
    ]);
    // Issues with nothing weak keep their standard, saying so from their indicators.
    const keep = json.measures.find((m) => m.issue === 4)!;
    expect(keep.status).toBe("maintain");
    expect(keep.finding).toContain("ตัวชี้วัดที่ 4 96.00");
    expect(json.measures.every((m) => !m.finding.includes("ไม่มีข้อที่ต้องแก้ไข"))).toBe(true);
  });
});

describe("Excel error values in score cells (#DIV/0!, #N/A, #REF!)", () => {
  it("are errors naming each cell, never blanks shown green", async () => {
    const e = await expectedOf("error-values-2566.xlsx");
    const { result } = await analyzeFile(e.file);
    const errors = errorsOf(result.problems);
    expect(errors.map((p) => p.cell)).toEqual(e.errorCells);
    expect(errors.map((p) => /#DIV\/0!|#N\/A|#REF!/.exec(p.message)![0])).toEqual(["#DIV/0!", "#N/A", "#REF!"]);
    expect(renderSheets(result).length).toBeGreaterThan(0); // the renderer could; the adapters never do with errors
    allThaiFirst(result.problems);
  });
});

describe("one 0.95 among scores out of 100", () => {
  it("is a warning naming the cell and saying what it would be as a percent", async () => {
    const e = await expectedOf("lone-fraction-2566.xlsx");
    const { result, json } = await analyzeFile(e.file);
    const w = warningsOf(result.problems).filter((p) => e.warningCells!.includes(p.cell));
    expect(w).toHaveLength(1);
    expect(w[0].message).toMatch(/เป็น 0\.95 .*ให้แก้เป็น 95$/);
    expect(json.indicators["1"]).toBe(e.indicators!["1"]);
  });
});

describe("a 2567-shaped question table under a 2566 title", () => {
  it("is an error naming the table and the 2567 framework, not a 2566 analysis of 2567 questions", async () => {
    const e = await expectedOf("questions-2567-title-2566.xlsx");
    const { result } = await analyzeFile(e.file);
    const errors = errorsOf(result.problems);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain("ตรงกับข้อคำถามของกรอบปี 2567 ไม่ใช่กรอบปี 2566");
    expect(errors[0].message).toContain("เลือกกรอบการประเมิน 2567");
    // No row was renumbered by the 2566 texts on the way.
    expect(result.problems.some((p) => /read as i/.test(p.en ?? ""))).toBe(false);
  });

  it("with the 2567 framework chosen: 2567 groupings, and i5 is about false expense claims", async () => {
    const e = await expectedOf("questions-2567-title-2566.xlsx");
    const { result, json } = await analyzeFile(e.file, { frameworkId: "2567" });
    expect(errorsOf(result.problems)).toEqual([]);
    expect(json.framework).toBe("2567");
    expect(json.indicators["2"]).toBe((e.as2567 as { indicators: Record<string, number> }).indicators["2"]);
    const i5 = json.items.find((i) => i.code === "i5")!;
    expect(i5.text).toContain("เบิกจ่ายเงินเป็นเท็จ");
    expect(i5.finding).toContain("เบิกจ่ายเงินเป็นเท็จ");
    expect(i5.finding).not.toMatch(/ของขวัญ/);
  });
});

describe("years the catalog does not know, and the provisional 2567/2568 OIT grouping", () => {
  it("2569 is analysed with the 2568 framework, a warning says so, and the OIT figures are provisional beside each figure", async () => {
    const e = await expectedOf("year-2569.xlsx");
    const { result, json } = await analyzeFile(e.file);
    expect(errorsOf(result.problems)).toEqual([]);
    expect(json.year).toBe(2569);
    expect(json.framework).toBe("2568");
    expect(result.problems.map((p) => p.en)).toContain("no 2569 framework in the catalog: analysed with the nearest, 2568");
    expect(json.overall).toMatchObject({ score: e.overall, level: e.level, provisional: true });
    expect(json.indicators).toEqual(e.indicators);
    expect(json.figures.tools.OIT!.provisional).toBe(true);
    expect(json.figures.indicators["9"]!.provisional).toBe(true);
    expect(json.figures.subIndicators["9.2"].provisional).toBe(true);
    expect(json.figures.tools.IIT!.provisional).toBe(false);
    expect(json.figures.indicators["1"]!.provisional).toBe(false);
    expect(json.provisional).toBe(true);
    expect(json.provisionalNote).toMatch(/^คะแนนรวม ITA, ระดับผลการประเมิน, OIT, ตัวชี้วัดที่ 9, ตัวชี้วัดที่ 10, ตัวชี้วัดย่อย 9\.1/);
    expect(json.items.filter((i) => i.tool === "OIT").every((i) => i.provisional)).toBe(true);
    const summary = renderSheets(result).find((s) => s.key === "summary")!;
    expect(summary.heading.join("\n")).toContain(`หมายเหตุ: ${json.provisionalNote}`);
    const oitRow = summary.rows.find((r) => r[1] === "OIT")!;
    expect(String(oitRow[oitRow.length - 1])).toContain("ค่าชั่วคราว");
  });

  it("2565 keeps the 2566 questions but not its OIT titles: the OIT item scores are set aside with one warning, the level is of 2565's rules", async () => {
    const e = await expectedOf("year-2565.xlsx");
    const { result, json } = await analyzeFile(e.file);
    expect(errorsOf(result.problems)).toEqual([]);
    expect(json.framework).toBe("2565");
    expect(json.overall).toMatchObject({ score: e.overall, level: e.level });
    expect(json.indicators).toEqual(e.indicators);
    expect(json.items.some((i) => i.tool === "OIT")).toBe(false);
    const oit = result.problems.filter((p) => /has no OIT list/.test(p.en ?? ""));
    expect(oit).toHaveLength(1);
    expect(oit[0].cell).toBe("OIT!B3");
    expect(oit[0].message).toContain("o1–o43 (43 รายการ)");
    expect(json.measures.flatMap((m) => [...m.codes, ...m.evidence]).filter((c) => c.startsWith("o"))).toEqual([]);
  });
});

describe("rounding: one comparison at 2 decimals", () => {
  it("tools 80 / 81.85 / 91.10: the heading reads 85.00 ผ่าน (a tool below 85), never 85.00 ไม่ผ่าน", async () => {
    const { result, json } = await analyzeFile("rounding-tools-2566.xlsx");
    expect(json.overall).toMatchObject({ score: 85, level: "ผ่าน" });
    const summary = renderSheets(result).find((s) => s.key === "summary")!;
    expect(summary.heading.join("\n")).toContain("85.00 คะแนน ระดับ “ผ่าน”");
    const overallRow = summary.rows[0];
    expect(overallRow).toContain("ผ่าน");
  });

  it("EIT parts 84.99 / 85: e13 is 85.00, improve, 'ยังไม่ถึง 95' (not 'ต่ำกว่าเกณฑ์ 85')", async () => {
    const e = await expectedOf("eit-parts-edge-2566.xlsx");
    const { json } = await analyzeFile(e.file);
    const e13 = json.items.find((i) => i.code === "e13")!;
    expect(e13.score).toBe(85);
    expect(e13.parts).toEqual({ public: 84.99, survey: 85 });
    expect(e13.status).toBe("improve");
    expect(e13.finding).toContain("85.00 คะแนน (ยังไม่ถึง 95)");
    expect(e13.finding).not.toContain("ต่ำกว่าเกณฑ์ 85");
  });
});

describe("framework facts from the catalog: a catalog sheet may add o44", () => {
  it("scores o44 in 10.2 when the catalog sheet adds it", async () => {
    const e = await expectedOf("catalog-o44-2566.xlsx");
    const { result, json } = await analyzeFile(e.file);
    expect(errorsOf(result.problems)).toEqual([]);
    expect(json.figures.subIndicators["10.2"].score).toBe(e.subIndicator102);
    expect(json.indicators["10"]).toBe(e.indicator10);
    expect(json.items.find((i) => i.code === "o44")).toMatchObject({ score: 0, status: "urgent" });
  });

  it("without it, the o44 score is named in a warning, not dropped silently", async () => {
    const e = await expectedOf("score-o44-2566.xlsx");
    const { result, json } = await analyzeFile(e.file);
    const w = warningsOf(result.problems).filter((p) => e.warningCells!.includes(p.cell));
    expect(w).toHaveLength(1);
    expect(w[0].message).toContain("o44");
    expect(json.indicators["10"]).toBe(e.indicator10);
  });
});
