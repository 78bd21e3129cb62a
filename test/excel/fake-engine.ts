// A small stand-in for the engine (src/core) in adapter tests: the adapter's job is to read cells
// and write specs, whatever the analysis says. Specs are shaped like renderSheets' output.
import type { AnalysisResult, AnalyzeOptions } from "../../src/core/analysis/result";
import type { RenderOptions } from "../../src/core/render/sheets";
import { MEASURE_COLUMNS } from "../../src/core/render/measures";
import { PROBLEM_COLUMNS } from "../../src/core/render/problems";
import type { SheetSpec, SpecValue } from "../../src/core/render/spec";
import type { Problem, WorkbookCells } from "../../src/core/types";
import type { Engine } from "../../src/taskpane/host";

export interface FakeEngineOptions {
  /** Measure rows in the plan. */
  measures?: number;
  /** Extra specs' text cells (to test formula-looking text). */
  texts?: string[];
  /** A progress column staff fill (ColumnSpec.owner "staff"), written with a default. */
  progress?: boolean;
}

export interface FakeEngine extends Engine {
  calls: { cells: WorkbookCells; options: AnalyzeOptions }[];
}

export function fakeEngine(o: FakeEngineOptions = {}): FakeEngine {
  const calls: FakeEngine["calls"] = [];
  const analyze: Engine["analyze"] = (cells, options) => {
    calls.push({ cells, options });
    const problems: Problem[] = [];
    for (const s of cells.sheets)
      s.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === "BAD")
            problems.push({
              severity: "error",
              cell: `${s.name}!${String.fromCharCode(65 + c + (s.colOffset ?? 0))}${r + 1 + (s.rowOffset ?? 0)}`,
              message: "bad score",
            });
        }),
      );
    const year = options.year ?? 2567;
    return {
      year,
      agency: options.agency ?? "อบต.ทดสอบ",
      problems,
      plan: { fiscalYear: options.fiscalYear ?? year + 1, rows: [] },
    } as unknown as AnalysisResult;
  };
  const render = (result: AnalysisResult, options: RenderOptions): SheetSpec[] => {
    const fy = result.plan.fiscalYear;
    const n = o.measures ?? 3;
    const measureRows: SpecValue[][] = Array.from({ length: n }, (_, i) => [
      `${(i % 7) + 1}. ประเด็นที่ ${(i % 7) + 1}`,
      `ข้อค้นพบ ${i + 1}`,
      `มาตรการที่ ${i + 1}`,
      `1. ขั้นตอนแรก ${i + 1}\n2. ขั้นตอนที่สอง`,
      "สำนักปลัด",
      `1 ต.ค. ${fy - 1} – 30 ก.ย. ${fy}`,
      `i${i + 1}`,
      null,
      ...(o.progress ? ["ยังไม่ดำเนินการ"] : []),
    ]);
    const specs: SheetSpec[] = [
      {
        key: "summary",
        name: "ITA-สรุปผล",
        tableName: "ITA_Summary",
        heading: [`สรุปผลการประเมิน ITA ปีงบประมาณ พ.ศ. ${result.year}`, result.agency ?? ""],
        columns: [
          { header: "รายการ", width: 46, wrap: true },
          { header: "เครื่องมือ", width: 12 },
          { header: `คะแนนปี ${result.year}`, width: 13, numFmt: "0.00" },
          { header: "เกณฑ์", width: 10, numFmt: "0.00" },
        ],
        rows: [
          ["คะแนนรวม ITA", null, 93.57, 85],
          ...Array.from({ length: 10 }, (_, i): SpecValue[] => [`ตัวชี้วัดที่ ${i + 1}`, i < 5 ? "IIT" : i < 8 ? "EIT" : "OIT", 80 + i * 2, 85]),
        ],
        tones: [
          undefined,
          ...Array.from({ length: 10 }, (_, i) =>
            80 + i * 2 < 85 ? ("urgent" as const) : 80 + i * 2 < 95 ? ("improve" as const) : ("maintain" as const),
          ),
        ],
        chart: { title: "คะแนนรายตัวชี้วัดเทียบเกณฑ์ 85", categoryColumn: 0, seriesColumns: [2, 3], firstRow: 1, lastRow: 10 },
      },
      {
        key: "measures",
        name: "ITA-มาตรการ",
        tableName: "ITA_Measures",
        heading: [`มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ พ.ศ. ${fy}`],
        columns: o.progress
          ? [...MEASURE_COLUMNS, { key: "progress", header: "สถานะ", width: 16, owner: "staff" as const }]
          : MEASURE_COLUMNS,
        rows: measureRows,
        rowIds: measureRows.map((_, i) => `${(i % 7) + 1}:m${i + 1}`),
        tones: measureRows.map((_, i) => (i % 2 === 0 ? "urgent" : "improve")),
      },
      {
        key: "problems",
        name: "ITA-ปัญหาข้อมูล",
        tableName: "ITA_Problems",
        heading: ["ปัญหาข้อมูล"],
        columns: PROBLEM_COLUMNS,
        rows: (o.texts ?? []).length > 0 ? (o.texts ?? []).map((t): SpecValue[] => ["คำเตือน", "A1", t]) : [["คำเตือน", "", "ไม่มีปัญหา"]],
        tones: (o.texts ?? [""]).map(() => "warning" as const),
      },
    ];
    const taken = new Set((options.existingNames ?? []).map((n) => n.toLowerCase()));
    return specs.map((s) => {
      let name = s.name;
      for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${s.name} (${i})`;
      return { ...s, name, footer: "อบต.ทดสอบ · ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2567" };
    });
  };
  return {
    calls,
    analyze,
    analyzeAndRender(cells, options, renderOptions) {
      const result = analyze(cells, options);
      return { result, sheets: result.problems.some((p) => p.severity === "error") ? [] : render(result, renderOptions) };
    },
  };
}
