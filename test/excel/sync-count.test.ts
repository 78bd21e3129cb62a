// Round trips from opening the pane to the written result, counted by the recording fake: the pane's
// own sequence (scan, tell the ITA.* formulas, run, tell them again) through the real Excel host.
import { analyzeOptionsFrom, defaultSettings, type Settings } from "../../src/core";
import { engine } from "../../src/taskpane/engine";
import { excelHost } from "../../src/taskpane/excel-host";
import { runAnalysis } from "../../src/excel/run";
import { seed004IndicatorSheet, seed004QuestionSheet } from "../fixtures/seed-sheets";
import { FakeExcel } from "./fake-excel";

function seedWorkbook(): FakeExcel {
  const excel = new FakeExcel();
  for (const s of [seed004QuestionSheet(), seed004IndicatorSheet()])
    excel.model.addSheet(s.name).setValues(s.values.map((r) => r.map((v) => (v === null || v === undefined ? "" : v))));
  return excel;
}

/** The pane's sequence: scan on open, publish, run, publish the result. */
async function openAndRun(excel: FakeExcel, settings: Settings = defaultSettings(), between: () => void = () => {}) {
  const host = excelHost(engine, excel.run);
  const scan = await host.scan();
  await host.publish!(engine.analyze(scan.cells, analyzeOptionsFrom(settings)), settings);
  const afterScan = excel.totalSyncs;
  between();
  const out = await host.run(settings, () => {});
  if (out.kind !== "written") throw new Error("not written");
  await host.publish!(out.result, settings);
  return { host, out, afterScan, calculations: excel.contexts.filter((c) => c.syncs.some((s) => s.ops.includes("calculate Full"))).length };
}

describe("opening the pane and running", () => {
  it("takes 6 context.sync() calls: 3 to scan, 1 to read again, 1 to write, 1 to save; no recalculation without ITA.* formulas", async () => {
    const excel = seedWorkbook();
    const { afterScan, calculations } = await openAndRun(excel);
    expect(afterScan).toBe(3);
    expect(calculations).toBe(0);
    expect(excel.totalSyncs).toBe(6);
    // The run's single read checked the layout in the same request as the values.
    const runContext = excel.contexts.find((c) => c.syncs.some((s) => s.wrote))!;
    expect(runContext.syncCount).toBe(3);
    expect(runContext.syncs[0].ops.some((o) => o.startsWith("load FakeWorksheetCollection"))).toBe(true);
    expect(runContext.syncs[0].cellsRead).toBeGreaterThan(0);
  });

  it("queues the measures' column rules and print area with the write: still 6 syncs, the write still one", async () => {
    const excel = seedWorkbook();
    await openAndRun(excel);
    expect(excel.totalSyncs).toBe(6);
    const runContext = excel.contexts.find((c) => c.syncs.some((s) => s.wrote))!;
    const write = runContext.syncs.filter((s) => s.wrote);
    expect(write).toHaveLength(2); // the sheets, then the settings part
    expect(write[0].ops.filter((o) => o.startsWith("dataValidation."))).toHaveLength(4);
    expect(write[0].ops).toContain("printArea");
    const measures = excel.model.sheet("ITA-มาตรการ");
    expect(measures.value("I7")).toBe("สถานะ");
    expect(measures.value("J7")).toBe("ร้อยละความก้าวหน้า");
    // The rules sit on the body of the table A7:N17 (10 measures), header and rows below left free.
    expect(excel.model.tables.find((t) => t.sheet === measures)!.address).toBe("A7:N17");
    expect(Object.fromEntries(measures.validations)).toEqual({
      "I8:I17": {
        rule: { list: { inCellDropDown: true, source: "ยังไม่เริ่ม,กำลังดำเนินการ,ดำเนินการแล้ว,ยกเลิก" } },
        errorAlert: {
          showAlert: true,
          style: "Stop",
          title: "เลือกจากรายการ",
          message: "เลือกหนึ่งในรายการ: ยังไม่เริ่ม / กำลังดำเนินการ / ดำเนินการแล้ว / ยกเลิก",
        },
      },
      "J8:J17": {
        rule: { decimal: { formula1: 0, formula2: 100, operator: "Between" } },
        errorAlert: { showAlert: true, style: "Stop", title: "ตัวเลขไม่ถูกต้อง", message: "กรอกตัวเลขตั้งแต่ 0 ถึง 100" },
      },
    });
    // The progress columns (I–N) stay on screen, out of print; the other sheets print whole.
    expect(measures.printArea).toBe("$A:$H");
    expect(measures.hiddenColumns.has(8)).toBe(false);
    expect(excel.model.sheets.filter((s) => s.printArea !== undefined).map((s) => s.name)).toEqual(["ITA-มาตรการ"]);
  });

  it("on the pane-only floor (ExcelApi 1.7) writes the same sheets without the rules and the print area", async () => {
    const office = globalThis as { Office?: unknown };
    const below18 = (set: string, v: string) => set !== "ExcelApi" || Number(v) <= 1.7;
    office.Office = { context: { requirements: { isSetSupported: below18 } } };
    try {
      const excel = seedWorkbook();
      const out = await runAnalysis(excel.run, engine, defaultSettings(), () => {});
      expect(out.kind).toBe("written");
      const measures = excel.model.sheet("ITA-มาตรการ");
      expect(measures.value("J7")).toBe("ร้อยละความก้าวหน้า");
      expect(measures.validations.size).toBe(0);
      expect(measures.printArea).toBeUndefined();
    } finally {
      delete office.Office;
    }
  });

  it("recalculates once when the workbook has ITA.* formulas and the year is new to them", async () => {
    const excel = seedWorkbook();
    excel.model.addSheet("สูตร").typeFormula("A1", '=ITA.STATUS("i1", 84.5)', "แก้ไขโดยเร่งด่วน");
    const { calculations } = await openAndRun(excel);
    expect(calculations).toBe(1);
    expect(excel.totalSyncs).toBe(7);
  });

  it("reads afresh when the workbook changed shape between the scan and the run, and sees the change", async () => {
    const excel = seedWorkbook();
    const { out } = await openAndRun(excel, defaultSettings(), () => {
      excel.model.addSheet("ITA-ปัญหาข้อมูล", [["บันทึกของเจ้าหน้าที่ ที่เพิ่มหลังเปิดบานหน้าต่าง"]]);
    });
    // The hinted read (1) found the change, the fresh read took 3; the run saw the new sheet.
    expect(excel.totalSyncs).toBe(3 + 1 + 3 + 2);
    expect(out.sheets.map((s) => s.name)).toContain("ITA-ปัญหาข้อมูล (2)");
    expect(excel.model.sheet("ITA-ปัญหาข้อมูล").value("A1")).toBe("บันทึกของเจ้าหน้าที่ ที่เพิ่มหลังเปิดบานหน้าต่าง");
  });

  it("reads afresh when a sheet the scan saw was deleted since", async () => {
    const excel = seedWorkbook();
    excel.model.addSheet("ชั่วคราว", [["x"]]);
    const { out } = await openAndRun(excel, defaultSettings(), () => {
      excel.model.sheets = excel.model.sheets.filter((s) => s.name !== "ชั่วคราว");
    });
    expect(out.result.read.tables.map((t) => t.sheet)).toEqual(["รายข้อ", "ตัวชี้วัด"]);
    expect(excel.totalSyncs).toBe(3 + 1 + 3 + 2);
  });

  it("reads a value changed between the scan and the run (same layout: still one read)", async () => {
    const excel = seedWorkbook();
    const { out } = await openAndRun(excel, defaultSettings(), () => {
      excel.model.sheet("รายข้อ").at(3, 1).value = 12.5;
    });
    expect(excel.totalSyncs).toBe(6);
    expect(out.result.read.observations.find((o) => o.cell === "รายข้อ!B4")?.score).toBe(12.5);
  });
});
