import type { Catalog, Framework, LibraryMeasure, Problem, Tool, WorkbookCells, YearScores } from "./types";
import { BUILTIN_CATALOG } from "./catalog/builtin";
import { findItem, latestFramework, nearestFramework } from "./catalog/find";
import { applyCatalogSheet, isCatalogSheet } from "./catalog/sheet";
import { NO_DATA, readWorkbook } from "./reader/read-workbook";
import { identifyItems } from "./reader/identify";
import { computeYear } from "./scoring/compute";
import { mergeObservations } from "./scoring/merge";
import { emptyTable, type ScoreTable } from "./scoring/table";
import { builtinLibrary, mergeLibraries } from "./measures/library";
import { agencyTypeFromName, libraryForType, unitsFor } from "./measures/agency-type";
import { DEFAULT_OIT_CLOSE } from "./measures/timeframe";
import { readLibrarySheet } from "./measures/library-sheet";
import { buildPlan } from "./measures/plan";
import { isOwnSheetName } from "./sheet-kinds";
import { nameHiddenSheets } from "./hidden-sheets";
import { TOOLS, toolOfCode } from "./vocabulary";
import { nameUnmarkedOwnSheets } from "./keep/unmarked";
import { missingItemsWarning, warning } from "./problems";
import { classificationOptions } from "./analysis/classify";
import { compareYears } from "./analysis/compare";
import { analyzeItems } from "./analysis/items";
import type { AnalysisResult, AnalyzeOptions } from "./analysis/result";
import { renderSheets, type RenderOptions } from "./render/sheets";
import type { SheetSpec } from "./render/spec";
import { chooseYearAndFramework } from "./analysis/year";
import { provisionalNote, provisionalWarning } from "./analysis/provisional";

export function hasErrors(result: { problems: Problem[] }): boolean {
  return result.problems.some((p) => p.severity === "error");
}

/**
 * Codes in the workbook that the framework does not have are reported, not scored. A tool whose list
 * the framework does not hold at all (OIT of 2563–2565) gets one warning saying why, not one per code.
 */
function unknownCodes(table: ScoreTable, framework: Framework): Problem[] {
  const problems: Problem[] = [];
  const listless = new Map<Tool, { code: string; cell: string }[]>();
  for (const [code, entry] of table.items) {
    if (findItem(framework, code)) continue;
    const tool = toolOfCode(code);
    if (tool && !framework.items.some((i) => i.tool === tool)) {
      const list = listless.get(tool) ?? [];
      list.push({ code, cell: entry.cell });
      listless.set(tool, list);
      continue;
    }
    problems.push(
      warning(
        entry.cell,
        `ข้อ ${code} ที่ ${entry.cell} ไม่มีในกรอบการประเมินปี ${framework.id} จึงไม่นำมาคำนวณ: ตรวจรหัสข้อ หรือเลือกกรอบการประเมินให้ถูกต้อง`,
        `${code} is not in the ${framework.id} framework: not scored`,
      ),
    );
  }
  for (const [tool, list] of listless) {
    const first = list[0].cell;
    const codes =
      list.length > 3 ? `${list[0].code}–${list[list.length - 1].code} (${list.length} รายการ)` : list.map((x) => x.code).join(", ");
    problems.push(
      warning(
        first,
        `กรอบการประเมินปี ${framework.id} ไม่มีรายการ ${tool} ในโปรแกรม (${framework.note ?? framework.label}) จึงไม่นำคะแนน ${codes} ที่เริ่มที่ ${first} มาคำนวณ และใช้คะแนนรายตัวชี้วัดแทนถ้ามี: เพิ่มรายการ ${tool} ของปีนั้นในชีตแคตตาล็อกเพื่อวิเคราะห์รายข้อ`,
        `the ${framework.id} framework has no ${tool} list: ${list.length} ${tool} scores not used`,
      ),
    );
  }
  return problems;
}

function missingWarnings(scores: YearScores, framework: Framework): Problem[] {
  const problems: Problem[] = [];
  for (const tool of TOOLS) {
    const all = framework.items.filter((i) => i.tool === tool).map((i) => i.code);
    const missing = all.filter((c) => scores.missing.includes(c));
    if (missing.length === 0) continue;
    const withIndicators = framework.indicators.some((i) => i.tool === tool && scores.indicators[i.number] !== undefined);
    if (missing.length < all.length) problems.push(missingItemsWarning(missing, scores.year));
    else if (withIndicators)
      problems.push(
        warning(
          "",
          `ไม่มีคะแนนรายข้อของ ${tool} ปี ${scores.year} จึงใช้คะแนนรายตัวชี้วัดแทน: ถ้ามีคะแนนรายข้อให้เพิ่มลงในสมุดงาน`,
          `no per-question ${tool} scores: indicator scores used`,
        ),
      );
    else
      problems.push(
        warning(
          "",
          `ไม่มีคะแนนของ ${tool} ปี ${scores.year} ทั้งรายข้อและรายตัวชี้วัด${scores.tools[tool] ? " (มีเฉพาะคะแนนรวมของเครื่องมือ)" : ""}: ถ้ามีคะแนนให้เพิ่มลงในสมุดงาน`,
          `no ${tool} scores per question or indicator`,
        ),
      );
  }
  return problems;
}

// The pipeline, top to bottom: cells → read (reader/) → year and framework (analysis/year) →
// the workbook's catalog and library sheets → score table (scoring/merge) → scores
// (scoring/compute) → items and issues (analysis/items) → measures plan (measures/plan) →
// sheet specs (render/sheets). Each adapter calls analyze or analyzeAndRender and nothing deeper.

/** Cells in → scores, analysis per issue and the plan of measures out. Never throws on bad input. */
export function analyze(cells: WorkbookCells, options: AnalyzeOptions = {}): AnalysisResult {
  const result = analyzeCells(cells, options);
  if (options.problems?.length) result.problems.push(...options.problems);
  result.problems = nameHiddenSheets(result.problems, Array.isArray(cells?.sheets) ? cells.sheets.filter(Boolean) : []);
  result.problems = nameUnmarkedOwnSheets(result.problems, cells);
  return result;
}

/**
 * The whole job: the analysis and, unless the data has errors, the sheets that show it. With an
 * error problem nothing is rendered (sheets is empty): no output is ever built from bad data.
 */
export function analyzeAndRender(
  cells: WorkbookCells,
  options: AnalyzeOptions = {},
  renderOptions: RenderOptions = {},
): { result: AnalysisResult; sheets: SheetSpec[] } {
  const result = analyze(cells, options);
  return { result, sheets: hasErrors(result) ? [] : renderSheets(result, renderOptions) };
}

function analyzeCells(cells: WorkbookCells, options: AnalyzeOptions): AnalysisResult {
  const baseCatalog = options.catalog ?? BUILTIN_CATALOG;
  const classification = classificationOptions(options.classification);
  const own = Array.isArray(cells?.ownSheets) ? new Set(cells.ownSheets) : undefined;
  const ours = own ? (name: string) => own.has(name) : isOwnSheetName;
  const read = readWorkbook(cells, baseCatalog, { skipSheet: ours });
  const problems: Problem[] = [...read.problems];
  // Tables with nothing but blanks count as no data: the one error says all there is to say.
  if (read.observations.every((o) => o.score === null)) {
    if (!problems.some((p) => p.message === NO_DATA.message)) problems.push(NO_DATA);
    return emptyResult(baseCatalog, read, problems, classification, options);
  }

  const chosen = chooseYearAndFramework(baseCatalog, read, options);
  if ("error" in chosen) {
    problems.push(chosen.error);
    return emptyResult(baseCatalog, read, problems, classification, options);
  }
  problems.push(...chosen.problems);
  const { year } = chosen;

  let catalog: Catalog = baseCatalog;
  for (const sheet of cells.sheets) {
    if (ours(sheet.name) || !isCatalogSheet(sheet)) continue;
    const applied = applyCatalogSheet(catalog, sheet, chosen.framework.id);
    catalog = applied.catalog;
    problems.push(...applied.problems);
  }
  const framework = catalog.frameworks.find((f) => f.id === chosen.framework.id) ?? chosen.framework;

  // The year decides the texts: each row's item is settled with the framework of its year.
  const frameworkOf = (y: number): Framework => (y === year ? framework : (nearestFramework(catalog, y)?.framework ?? framework));
  const identified = identifyItems(read.observations, {
    year,
    frameworkOf,
    frameworks: catalog.frameworks,
    chosen: options.frameworkId !== undefined,
  });
  problems.push(...identified.problems);
  const observations = identified.observations;

  const codes = framework.items.map((i) => i.code);
  let workbookLibrary: LibraryMeasure[] = [];
  let libraryFromWorkbook = false;
  for (const sheet of cells.sheets) {
    const found = readLibrarySheet(sheet, framework.id, codes);
    if (!found) continue;
    libraryFromWorkbook = true;
    workbookLibrary = workbookLibrary.concat(found.measures);
    problems.push(...found.problems);
  }
  // The built-in units in the names of this kind of agency; a workbook's library sheet says its own.
  const agency = options.agency ?? read.agency;
  const namedType = agencyTypeFromName(agency);
  const agencyType: AnalysisResult["agencyType"] = options.agencyType
    ? { type: options.agencyType, from: "setting" }
    : namedType
      ? { type: namedType, from: "name" }
      : { type: "other", from: "unknown" };
  const builtin = libraryForType(builtinLibrary(framework.id, codes), agencyType.type);
  const library = libraryFromWorkbook ? mergeLibraries(builtin, workbookLibrary) : builtin;

  const merged = mergeObservations(observations, year, read.levels);
  problems.push(...merged.problems);
  const currentTable = merged.tables.get(year) ?? emptyTable(year);
  problems.push(...unknownCodes(currentTable, framework));
  const current = computeYear(framework, currentTable);
  problems.push(...current.problems, ...missingWarnings(current.scores, framework));

  const earlier = [...merged.tables.keys()].filter((y) => y < year).sort((a, b) => b - a)[0];
  let previous: YearScores | undefined;
  if (earlier !== undefined) {
    const prevFramework = frameworkOf(earlier);
    const prev = computeYear(prevFramework, merged.tables.get(earlier)!);
    previous = prev.scores;
    problems.push(...prev.problems);
  }
  for (const y of merged.tables.keys())
    if (y > year)
      problems.push(
        warning(
          "",
          `พบคะแนนปี ${y} ซึ่งหลังปีที่วิเคราะห์ (${year}) จึงไม่นำมาใช้: ถ้าต้องการวิเคราะห์ผลปี ${y} ให้ระบุปีที่ประเมินเป็น ${y}`,
          `scores of ${y}, after the year analysed (${year}), are not used`,
        ),
      );

  if (current.scores.overall === undefined)
    problems.push(
      warning(
        "",
        "ข้อมูลไม่พอคำนวณคะแนนรวม ITA: เพิ่มคะแนนของ IIT, EIT และ OIT หรือคะแนนรวมที่ประกาศลงในสมุดงาน",
        "not enough data for the overall ITA score",
      ),
    );

  const note = provisionalNote(framework, current.scores);
  const provisional = provisionalWarning(framework, current.scores);
  if (provisional) problems.push(provisional);

  const { items, issues, indicators } = analyzeItems(catalog, framework, current.scores, classification);
  const fiscalYear = options.fiscalYear ?? year + 1;
  const planned = buildPlan(issues, library, fiscalYear, {
    oitClose: framework.oitClose ?? DEFAULT_OIT_CLOSE,
    unit: (label) => unitsFor(agencyType.type, label),
  });
  problems.push(...planned.problems);

  return {
    agency: options.agency ?? read.agency,
    year,
    framework,
    catalog,
    current: current.scores,
    ...(previous ? { previous, comparison: compareYears(previous, current.scores) } : {}),
    items,
    indicators,
    issues,
    ...(note ? { provisionalNote: note } : {}),
    plan: planned.plan,
    library,
    libraryFromWorkbook,
    agencyType,
    classification,
    read,
    problems,
  };
}

function emptyResult(
  catalog: Catalog,
  read: AnalysisResult["read"],
  problems: Problem[],
  classification: AnalysisResult["classification"],
  options: AnalyzeOptions,
): AnalysisResult {
  const framework = latestFramework(catalog);
  const year = options.year;
  // No scores and no plan: the year they would carry is the one asked for, if any (NaN otherwise,
  // never shown: a result with an error is not rendered or reported as JSON by the adapters).
  const scoresYear = year ?? Number.NaN;
  return {
    agency: options.agency ?? read.agency,
    year,
    framework,
    catalog,
    current: { year: scoresYear, frameworkId: framework.id, items: [], subIndicators: {}, indicators: {}, tools: {}, missing: [] },
    items: [],
    indicators: [],
    issues: [],
    plan: { fiscalYear: options.fiscalYear ?? scoresYear + 1, rows: [] },
    library: [],
    libraryFromWorkbook: false,
    agencyType: { type: options.agencyType ?? "other", from: options.agencyType ? "setting" : "unknown" },
    classification,
    read,
    problems,
  };
}
