import type { Catalog, Framework, Problem, ReadResult } from "../types";
import { frameworkById, frameworksHolding, nearestFramework } from "../catalog/find";
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

/** The gist (en) of yearContradicts: the command adds its options to it. */
export const YEAR_CONTRADICTS_EN = "the results year given contradicts the workbook";

/**
 * A results year given by the user that the workbook contradicts: its codes belong to another
 * framework's year, or its scores are of other years. Taken as the measures' year, it would give an
 * empty analysis; said as an error naming both years and what to do instead.
 */
export function yearContradicts(given: number, workbookYear: number, why: string): Problem {
  return error(
    "",
    `ปีที่ประเมินที่ระบุ (${given}) ไม่ตรงกับสมุดงาน ซึ่ง${why} (ผลปี ${workbookYear}): ปีที่ประเมินคือปีของผลคะแนน ไม่ใช่ปีของมาตรการ ถ้าต้องการมาตรการของปีงบประมาณอื่นให้ระบุปีงบประมาณของมาตรการแทน หรือถ้ารหัสข้อในสมุดงานเป็นของกรอบการประเมินอื่นจริงให้เลือกกรอบการประเมิน`,
    `${YEAR_CONTRADICTS_EN}: ${given} given, the workbook holds ${workbookYear}`,
  );
}

/** Item codes as written in the workbook (not those told by a title alone). */
function writtenCodes(read: ReadResult): string[] {
  return read.observations.flatMap((o) => (o.target.kind === "item" && o.item?.via !== "title" ? [o.target.code] : []));
}

/** The first few codes of a list, for a message. */
const some = (codes: string[]): string => (codes.length > 4 ? `${codes.slice(0, 4).join(", ")} …` : codes.join(", "));

/**
 * The results year and framework: the user's choice first, then what the workbook says. A year the
 * catalog has no framework for is analysed with the nearest one, and a warning says which and why;
 * IIT/EIT codes that only another framework has (i20 is only in the 30-question lists) outrank the year.
 */
export function chooseYearAndFramework(
  catalog: Catalog,
  read: ReadResult,
  options: { year?: number; frameworkId?: string },
): { year: number; framework: Framework; problems: Problem[] } | { error: Problem } {
  const problems: Problem[] = [];
  const codes = writtenCodes(read);
  const holding = frameworksHolding(catalog, codes);
  const observedYears = [...new Set(read.observations.map((o) => o.year).filter((y): y is number => y !== undefined))];
  // Year columns of score tables outrank years in titles, which may name the measures' year instead.
  let year = options.year ?? (observedYears.length ? Math.max(...observedYears) : read.years.length ? Math.max(...read.years) : undefined);
  if (options.year !== undefined && !options.frameworkId) {
    // Every score the workbook has is of other years: the year given is not the results year.
    const allDated = read.observations.length > 0 && read.observations.every((o) => o.year !== undefined);
    if (allDated && !observedYears.includes(options.year))
      return { error: yearContradicts(options.year, Math.max(...observedYears), `มีคะแนนของปี ${observedYears.sort().join(", ")} เท่านั้น`) };
    // Codes only another framework has (i16–i30 are only in the 30-question lists).
    const near = nearestFramework(catalog, options.year);
    if (near && holding.length > 0 && !holding.includes(near.framework)) {
      const other = holding[holding.length - 1];
      const foreign = [...new Set(codes.filter((c) => !near.framework.items.some((i) => i.code === c)))];
      const workbookYear = observedYears.length ? Math.max(...observedYears) : Math.max(...other.years);
      return { error: yearContradicts(options.year, workbookYear, `มีรหัส ${some(foreign)} ซึ่งมีเฉพาะในกรอบปี ${other.id}`) };
    }
  }
  if (year === undefined) {
    // Codes that rule some framework out (i20): the latest framework that has them tells the year.
    const latest = holding.length < catalog.frameworks.length ? holding[holding.length - 1] : undefined;
    if (options.frameworkId) year = Number(options.frameworkId);
    else if (latest) year = Math.max(...latest.years);
    else return { error: NO_YEAR };
    problems.push(warning("", `ไม่พบปีในสมุดงาน จึงถือว่าเป็นผลปี ${year}: ถ้าไม่ใช่ให้ระบุปีที่ประเมิน`, `assumed results year ${year}`));
  }
  if (options.frameworkId) {
    const fw = frameworkById(catalog, options.frameworkId);
    if (!fw) return { error: unknownFramework(options.frameworkId, catalog) };
    return { year, framework: fw, problems };
  }
  const near = nearestFramework(catalog, year);
  if (!near) return { error: unknownFramework(String(year), catalog) };
  let framework = near.framework;
  if (!near.exact)
    problems.push(
      warning(
        "",
        `โปรแกรมยังไม่มีกรอบการประเมินของผลปี ${year} จึงวิเคราะห์ด้วยกรอบปี ${framework.id} (${framework.label}) ซึ่งเป็นกรอบที่ใกล้ปีนี้ที่สุด: ตรวจว่าข้อคำถามและรายการ OIT ของปี ${year} ตรงกับกรอบนี้ หรือเพิ่มข้อที่เปลี่ยนไปในชีตแคตตาล็อก`,
        `no ${year} framework in the catalog: analysed with the nearest, ${framework.id}`,
      ),
    );
  if (!holding.includes(framework) && holding.length > 0) {
    const other = holding.reduce((a, b) => (Math.abs(Number(b.id) - year!) < Math.abs(Number(a.id) - year!) ? b : a));
    const foreign = codes.filter((c) => !framework.items.some((i) => i.code === c));
    problems.push(
      warning(
        "",
        `พบรหัส ${some([...new Set(foreign)])} ซึ่งไม่มีในกรอบปี ${framework.id} แต่มีในกรอบปี ${other.id} จึงใช้กรอบปี ${other.id} กับผลปี ${year}: ถ้าไม่ใช่ให้ตรวจรหัสข้อ หรือเลือกกรอบการประเมิน`,
        `codes ${some([...new Set(foreign)])} are only in the ${other.id} framework: using it`,
      ),
    );
    framework = other;
  }
  return { year, framework, problems };
}
