// The score-entry sheet: every code of the framework with its question text, blank score cells,
// EIT in two parts, the indicator table. Blank, the engine finds no score in it (and no error);
// filled with the readings of each example workbook, it gives the example's published figures to
// the cent.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../../src/core/analyze";
import { BUILTIN_CATALOG } from "../../../src/core/catalog/builtin";
import { frameworkById } from "../../../src/core/catalog/find";
import { scoreEntrySheet, type TemplateSheet } from "../../../src/core/catalog/template";
import { NO_DATA } from "../../../src/core/reader/read-workbook";
import { format2 } from "../../../src/core/text/round";
import type { AnalysisResult } from "../../../src/core/analysis/result";
import type { Observation, WorkbookCells } from "../../../src/core/types";
import { readXlsxFile } from "../../fixtures/xlsx-file";
import { filledTemplate } from "../../fixtures/template-fill";

const EXAMPLES = join(__dirname, "..", "..", "..", "examples");
interface Expected {
  file: string;
  year: number;
  indicators: Record<string, number>;
  IIT: number;
  EIT: number;
  OIT: number;
  overall: number;
  level: string;
}
const expected = JSON.parse(readFileSync(join(EXAMPLES, "expected.json"), "utf8")) as Expected[];

const f2 = (v: number | undefined) => (v === undefined ? "–" : format2(v));
const cellsOf = (sheet: TemplateSheet): WorkbookCells => ({ sheets: [{ name: sheet.name, values: sheet.rows }] });

describe.each(["2566", "2567", "2568"])("the score-entry sheet of framework %s", (id) => {
  const framework = frameworkById(BUILTIN_CATALOG, id)!;
  const year = Number(id);
  const sheet = scoreEntrySheet(framework, { year });

  it("lists every code once with its question text, in a text column beside blank score cells", () => {
    const codes = sheet.rows.map((r) => r[0]).filter((v): v is string => typeof v === "string" && /^[ieo]\d+$/.test(v));
    expect(codes).toEqual(framework.items.map((i) => i.code));
    for (const item of framework.items) {
      const row = sheet.rows.find((r) => r[0] === item.code)!;
      expect(row[1]).toBe(item.textKnown ? item.text : "");
      expect(row.slice(2).every((v) => v === null)).toBe(true);
    }
    const header = (first: string) => sheet.headerRows.map((r) => sheet.rows[r]).filter((r) => r[0] === first);
    expect(header("ข้อ").some((r) => r[2] === "EIT ผู้รับบริการเข้าตอบเอง" && r[3] === "EIT ผู้ประเมินจัดเก็บ" && r[4] === "คะแนน")).toBe(true);
    expect(header("ตัวชี้วัดที่")).toHaveLength(1);
    expect(sheet.rows.filter((r) => typeof r[0] === "number").map((r) => r[0])).toEqual(framework.indicators.map((i) => i.number));
    expect(sheet.name.length).toBeLessThanOrEqual(31);
    expect(String(sheet.rows[0][0])).toContain(String(year));
    if (framework.oitProvisional) expect(sheet.rows.some((r) => /OIT.*ยังไม่ได้รับการยืนยัน/.test(String(r[0])))).toBe(true);
  });

  it("reads blank as no score at all: the one “no ITA data” error, nothing else", () => {
    const result = analyze(cellsOf(sheet), {});
    expect(result.read.observations.every((o) => o.score === null)).toBe(true);
    expect(result.problems.filter((p) => p.severity === "error")).toEqual([NO_DATA]);
  });
});

describe.each(expected.map((e) => [e.file, e] as const))("%s typed into the score-entry sheet", (file, want) => {
  let observations: Observation[];
  let sheet: TemplateSheet;
  let source: AnalysisResult;
  beforeAll(async () => {
    const { cells } = readXlsxFile(join(EXAMPLES, file));
    source = analyze(cells, {});
    observations = source.read.observations.filter((o) => o.score !== null && (o.year ?? source.year) === source.year);
    sheet = scoreEntrySheet(source.framework, { year: source.year!, ...(source.agency ? { agency: source.agency } : {}) });
  });

  it("gives the published figures to the cent, with no error and no warning about the sheet's own layout", () => {
    const filled = filledTemplate(sheet, observations);
    expect(filled.unplaced).toEqual([]);
    const result = analyze(cellsOf(filled.sheet), {});
    expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
    // The only warnings left are about the data (missing OIT items in a summary-only workbook), never the layout.
    for (const p of result.problems) expect(p.message).not.toMatch(/ส่วนที่ 1\/2|อาจเป็นข้อ|ไม่ตรงกับข้อความ|0–1/);
    const cur = result.current;
    expect(result.year).toBe(want.year);
    for (const [n, v] of Object.entries(want.indicators)) expect(f2(cur.indicators[Number(n) as 1]?.value)).toBe(format2(v));
    expect(f2(cur.tools.IIT?.value)).toBe(format2(want.IIT));
    expect(f2(cur.tools.EIT?.value)).toBe(format2(want.EIT));
    expect(f2(cur.tools.OIT?.value)).toBe(format2(want.OIT));
    // The EIT parts as the engine gives them from the example itself (official figures where it has them).
    expect(f2(cur.tools.EIT_PUBLIC?.value)).toBe(f2(source.current.tools.EIT_PUBLIC?.value));
    expect(f2(cur.tools.EIT_SURVEY?.value)).toBe(f2(source.current.tools.EIT_SURVEY?.value));
    expect(f2(cur.overall?.value)).toBe(format2(want.overall));
    expect(cur.level).toBe(want.level);
  });
});
