import type { Catalog, Framework, Problem, ReadResult } from "../types";
import { frameworkById, frameworkForYear } from "../catalog/find";
import { error, warning } from "../problems";

/** No results year in the workbook and none given: the command adds how to give one. */
export const NO_YEAR: Problem = error(
  "",
  "ไม่พบปีงบประมาณของผลการประเมินในสมุดงาน: ระบุปีที่ประเมิน หรือเขียนปี พ.ศ. ไว้ในหัวตารางคะแนน",
  "no results year found",
);

/** A framework id the catalog does not have. */
export function unknownFramework(id: string, catalog: Catalog): Problem {
  const ids = catalog.frameworks.map((f) => f.id).join(", ");
  return error("", `ไม่รู้จักกรอบการประเมิน ${id}: เลือกกรอบการประเมิน ${ids}`, `unknown framework ${id}`);
}

/** A results year no framework covers. */
export function noFrameworkFor(year: number, catalog: Catalog): Problem {
  const first = Math.min(...catalog.frameworks.flatMap((f) => f.years));
  return error("", `ไม่มีกรอบการประเมินสำหรับผลปี ${year}: ตรวจปีที่ประเมิน (ผลปี ${first} ขึ้นไป)`, `no framework for ${year}`);
}

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
    else return { error: NO_YEAR };
    problems.push(warning("", `ไม่พบปีในสมุดงาน จึงถือว่าเป็นผลปี ${year}: ถ้าไม่ใช่ให้ระบุปีที่ประเมิน`, `assumed results year ${year}`));
  }
  if (options.frameworkId) {
    const fw = frameworkById(catalog, options.frameworkId);
    if (!fw) return { error: unknownFramework(options.frameworkId, catalog) };
    return { year, framework: fw, problems };
  }
  let framework = frameworkForYear(catalog, year);
  if (!framework) return { error: noFrameworkFor(year, catalog) };
  // i16+ or e10+ only exist in the 2566 framework: the codes outrank a guessed year.
  if (read.frameworkHint === "2566" && framework.id !== "2566") {
    const fw2566 = frameworkById(catalog, "2566");
    if (fw2566) {
      problems.push(
        warning(
          "",
          `พบรหัส i16–i30 หรือ e10–e15 ซึ่งมีเฉพาะในกรอบปี 2566 จึงใช้กรอบ 2566 กับผลปี ${year}: ถ้าไม่ใช่ให้ตรวจรหัสข้อ หรือเลือกกรอบการประเมิน`,
          "codes imply the 2566 framework",
        ),
      );
      framework = fw2566;
    }
  }
  if (framework.years.indexOf(year) === -1 && year > Number(framework.id))
    problems.push(
      warning(
        "",
        `ยังไม่มีกรอบการประเมินของปี ${year} จึงใช้กรอบปี ${framework.id} แทน: ตรวจรายการข้อ และเพิ่มข้อที่เปลี่ยนไปในชีตแคตตาล็อก`,
        `no ${year} framework yet: using ${framework.id}`,
      ),
    );
  return { year, framework, problems };
}
