import type { Catalog, Framework, Problem, ReadResult } from "../types";
import { frameworkById, frameworkForYear } from "../catalog/find";

/** The results year and framework: the user's choice first, then what the workbook says. */
export function chooseYearAndFramework(
  catalog: Catalog,
  read: ReadResult,
  options: { year?: number; frameworkId?: string },
): { year: number; framework: Framework; problems: Problem[] } | { error: Problem } {
  const problems: Problem[] = [];
  const observedYears = [...new Set(read.observations.map((o) => o.year).filter((y): y is number => y !== undefined))];
  // Year columns of score tables outrank years in titles, which may name the measures' year instead.
  let year = options.year ?? (observedYears.length ? Math.max(...observedYears) : read.years.length ? Math.max(...read.years) : undefined);
  if (year === undefined) {
    if (read.frameworkHint === "2566") year = 2566;
    else if (options.frameworkId) year = Number(options.frameworkId);
    else
      return {
        error: {
          severity: "error",
          cell: "",
          message: "ไม่พบปีงบประมาณของผลการประเมินในสมุดงาน ระบุด้วย --year (no results year found: pass --year)",
        },
      };
    problems.push({ severity: "warning", cell: "", message: `ไม่พบปีในสมุดงาน ใช้ปี ${year} (assumed results year ${year})` });
  }
  if (options.frameworkId) {
    const fw = frameworkById(catalog, options.frameworkId);
    if (!fw) return { error: { severity: "error", cell: "", message: `ไม่รู้จักกรอบการประเมิน ${options.frameworkId} (unknown framework)` } };
    return { year, framework: fw, problems };
  }
  let framework = frameworkForYear(catalog, year);
  if (!framework) return { error: { severity: "error", cell: "", message: `ไม่มีกรอบการประเมินสำหรับปี ${year} (no framework for ${year})` } };
  // i16+ or e10+ only exist in the 2566 framework: the codes outrank a guessed year.
  if (read.frameworkHint === "2566" && framework.id !== "2566") {
    const fw2566 = frameworkById(catalog, "2566");
    if (fw2566) {
      problems.push({
        severity: "warning",
        cell: "",
        message: `พบรหัส i16–i30 หรือ e10–e15 ซึ่งมีเฉพาะกรอบปี 2566 จึงใช้กรอบ 2566 กับผลปี ${year} (codes imply the 2566 framework)`,
      });
      framework = fw2566;
    }
  }
  if (framework.years.indexOf(year) === -1 && year > Number(framework.id))
    problems.push({
      severity: "warning",
      cell: "",
      message: `ยังไม่มีกรอบการประเมินของปี ${year} ใช้กรอบปี ${framework.id} แทน ตรวจสอบรายการข้อด้วยชีตแคตตาล็อก`,
    });
  return { year, framework, problems };
}
