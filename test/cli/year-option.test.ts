// `--year` is the results year, said in --help; a results year the workbook contradicts is an error
// naming both years and the options to use instead (issue 14); `--fiscal-year` sets the measures' year.
import * as path from "node:path";
import { parseArgs, USAGE } from "../../src/cli/args";
import { EXAMPLES, run } from "./helpers";

const SAO = path.join(EXAMPLES, "sao-2566-questions.xlsx");

describe("--year and --fiscal-year", () => {
  it("are told apart in --help", () => {
    expect(USAGE).toMatch(/--year <ปี>\s+ปีที่ประเมิน: ปีงบประมาณของผลคะแนน \(พ\.ศ\.\) ไม่ใช่ปีของมาตรการ/);
    expect(USAGE).toContain("the results year, not the measures' year");
    expect(USAGE).toMatch(/--fiscal-year <ปี> ปีงบประมาณของมาตรการ/);
  });

  it("parse: --fiscal-year and --agency-type, Thai digits too; a bad kind is a usage error", () => {
    expect(parseArgs(["analyze", "a.xlsx", "--fiscal-year", "๒๕๖๙", "--agency-type", "sao"])).toMatchObject({
      fiscalYear: 2569,
      agencyType: "sao",
    });
    expect(parseArgs(["analyze", "a.xlsx", "--agency-type", "อบต"])).toMatchObject({ command: "error" });
    expect(parseArgs(["analyze", "a.xlsx", "--fiscal-year", "x"])).toEqual({
      command: "error",
      message: "--fiscal-year ต้องเป็นปี พ.ศ. เช่น 2567 (not a year: x)",
    });
  });

  it("a results year the 2566 workbook contradicts exits 1, names both years and the options to use", async () => {
    const r = await run("analyze", SAO, "--year", "2567");
    expect(r.code).toBe(1);
    expect(r.err).toContain("ปีที่ประเมินที่ระบุ (2567) ไม่ตรงกับสมุดงาน");
    expect(r.err).toContain("(ผลปี 2566)");
    expect(r.err).toContain("--fiscal-year");
    expect(r.err).toContain("--framework");
    expect(r.out).toBe("");
  });

  it("the measures' year is --fiscal-year: the 2566 results with measures for 2569", async () => {
    const r = await run("analyze", SAO, "--year", "2566", "--fiscal-year", "2569", "--json", "-");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { year: number; fiscalYear: number };
    expect(json).toMatchObject({ year: 2566, fiscalYear: 2569 });
  });
});
