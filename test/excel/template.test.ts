// The score-entry sheet written into the open workbook (the recording fake): a new sheet beside the
// staff's own, in 2 syncs; blank, the pane's scan finds no score; filled cell by cell the way staff
// type (into the fake's cells), the scan and the engine give the example's published figures.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, BUILTIN_CATALOG, format2, frameworkById, scoreEntrySheet } from "../../src/core";
import { scanWorkbook } from "../../src/excel/run";
import { addTemplateSheet } from "../../src/excel/template";
import { readXlsxFile } from "../fixtures/xlsx-file";
import { filledTemplate } from "../fixtures/template-fill";
import { FakeExcel } from "./fake-excel";

const EXAMPLES = join(__dirname, "..", "..", "examples");

describe("the score-entry sheet in Excel", () => {
  it("is added under a free name, text as text and scores as 0.00, without touching the other sheets, in 2 syncs", async () => {
    const excel = new FakeExcel();
    excel.model.addSheet("แบบกรอกคะแนน ITA 2567", [["ของเจ้าหน้าที่"]]);
    const sheet = scoreEntrySheet(frameworkById(BUILTIN_CATALOG, "2567")!, { year: 2567 });
    const name = await addTemplateSheet(excel.run, sheet);
    expect(name).toBe("แบบกรอกคะแนน ITA 2567 (2)");
    expect(excel.totalSyncs).toBe(2);
    expect(excel.model.sheet("แบบกรอกคะแนน ITA 2567").value("A1")).toBe("ของเจ้าหน้าที่");
    const ws = excel.model.sheet(name);
    const i1 = sheet.rows.findIndex((r) => r[0] === "i1");
    expect(ws.at(i1, 0).value).toBe("i1");
    expect(ws.at(i1, 1).value).toBe(sheet.rows[i1][1]);
    expect(ws.at(i1, 4)).toMatchObject({ value: "", format: "0.00" });
    expect(excel.model.activeSheet?.name).toBe(name);
    // Wrapped question texts get rows tall enough to read.
    expect(ws.autofitRows).toEqual([`A1:E${sheet.rows.length}`]);
    expect(excel.model.selection).toBe(`${name}!E${i1 + 1}`);

    const scan = await scanWorkbook(excel.run);
    const result = analyze(scan.cells, {});
    expect(result.read.observations.filter((o) => o.cell.startsWith(`'${name}'`) && o.score !== null)).toEqual([]);
  });

  it("filled with an example workbook's scores, reads back through the scan to the example's figures", async () => {
    const want = (
      JSON.parse(readFileSync(join(EXAMPLES, "expected.json"), "utf8")) as { file: string; overall: number; level: string }[]
    ).find((e) => e.file === "sao-2566-questions.xlsx")!;
    const { cells } = readXlsxFile(join(EXAMPLES, want.file));
    const source = analyze(cells, {});
    const sheet = scoreEntrySheet(source.framework, { year: source.year! });
    const excel = new FakeExcel();
    const name = await addTemplateSheet(excel.run, sheet);
    const typed = filledTemplate(
      sheet,
      source.read.observations.filter((o) => o.score !== null),
    );
    expect(typed.unplaced).toEqual([]);
    const ws = excel.model.sheet(name);
    for (const [r, c, v] of typed.typed) ws.at(r, c).value = v;

    const result = analyze((await scanWorkbook(excel.run)).cells, {});
    expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(format2(result.current.overall!.value)).toBe(format2(want.overall));
    expect(result.current.level).toBe(want.level);
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const)
      expect(format2(result.current.indicators[n]!.value)).toBe(format2(source.current.indicators[n]!.value));
  });
});
