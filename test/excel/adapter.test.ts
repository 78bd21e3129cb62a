// The Office.js adapter against the recording fake: what is read, what is written where, formats,
// round trips, re-runs that keep staff edits, and text that must stay text.
import { parseSettings, type Settings, defaultSettings, SETTINGS_NAMESPACE } from "../../src/core";
import { CHUNK_CELLS } from "../../src/excel/read";
import { runAnalysis, scanWorkbook, selectCell, activateSheet } from "../../src/excel/run";
import { LeftoverSheetsError, type RunOutcome } from "../../src/taskpane/host";
import { TONE_COLOR } from "../../src/core/render/look";
import { MEASURE_COLUMNS } from "../../src/core/render/measures";
import { widthToPoints } from "../../src/core/render/layout";
import { FakeExcel } from "./fake-excel";
import { fakeEngine } from "./fake-engine";

const NOW = () => new Date(2024, 10, 23, 9, 30);

function scoreWorkbook(): FakeExcel {
  const excel = new FakeExcel();
  const s = excel.model.addSheet("คะแนน");
  s.setValues(
    [
      ["ผลคะแนน ITA ปี 2567", ""],
      ["", ""],
      ["ข้อ", "คะแนน"],
      ["i1", 98.5],
      ["e9", 82.49],
    ],
    2,
    1,
  ); // starts at B3
  excel.model.addSheet("บันทึก", [["หมายเหตุของเจ้าหน้าที่"]]);
  return excel;
}

function settings(patch: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), ...patch };
}

async function written(excel: FakeExcel, engine = fakeEngine(), s = settings()): Promise<Extract<RunOutcome, { kind: "written" }>> {
  const out = await runAnalysis(excel.run, engine, s, () => {}, NOW);
  if (out.kind !== "written") throw new Error(`not written: ${JSON.stringify(out.problems)}`);
  return out;
}

function savedSettings(excel: FakeExcel): Settings {
  const parts = excel.model.parts.filter((p) => p.namespaceUri === SETTINGS_NAMESPACE);
  expect(parts).toHaveLength(1);
  return parseSettings(parts[0].xml)!.settings;
}

describe("scan", () => {
  it("reads every sheet's used range as raw values with its offset, in 3 syncs", async () => {
    const excel = scoreWorkbook();
    const scan = await scanWorkbook(excel.run);
    expect(excel.totalSyncs).toBe(3);
    expect(scan.cells.sheets.map((s) => s.name)).toEqual(["คะแนน", "บันทึก"]);
    const score = scan.cells.sheets[0];
    expect(score.rowOffset).toBe(2);
    expect(score.colOffset).toBe(1);
    // Only filled cells are kept: a blank is a hole in the row.
    expect(score.values[0]).toEqual(["ผลคะแนน ITA ปี 2567"]);
    expect(score.values[1]).toBeUndefined();
    expect(score.values[3]).toEqual(["i1", 98.5]);
    expect(scan.hasSettings).toBe(false);
    expect(scan.settings).toEqual(defaultSettings());
    // Nothing written while scanning.
    expect(excel.lastContext.syncs.every((s) => !s.wrote)).toBe(true);
  });

  it("reads ranges above 100,000 cells in chunks, each request within the limit", async () => {
    const excel = new FakeExcel();
    const rows = 300;
    const cols = 400; // 120,000 cells
    const values = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => (c === 0 ? `r${r}` : c === cols - 1 ? r : "")),
    );
    excel.model.addSheet("ใหญ่", values);
    excel.model.addSheet("เล็ก", [["i1", 90]]);
    const scan = await scanWorkbook(excel.run);
    const reads = excel.lastContext.syncs.filter((s) => s.cellsRead > 0);
    expect(reads.length).toBeGreaterThanOrEqual(2);
    for (const s of reads) expect(s.cellsRead).toBeLessThanOrEqual(CHUNK_CELLS);
    const big = scan.cells.sheets.find((s) => s.name === "ใหญ่")!;
    expect(big.values).toHaveLength(rows);
    expect(big.values[299][0]).toBe("r299");
    expect(big.values[299][cols - 1]).toBe(299);
    expect(big.values[150][0]).toBe("r150");
    expect(scan.cells.sheets.find((s) => s.name === "เล็ก")!.values).toEqual([["i1", 90]]);
  });

  it("restores settings from the workbook's custom XML part and leaves the add-in's output sheets out", async () => {
    const excel = scoreWorkbook();
    await written(excel, fakeEngine(), settings({ agency: "เทศบาลตำบลตัวอย่าง", digits: "arabic", fiscalYear: 2569 }));
    const scan = await scanWorkbook(excel.run);
    expect(scan.hasSettings).toBe(true);
    expect(scan.settings).toMatchObject({ agency: "เทศบาลตำบลตัวอย่าง", digits: "arabic", fiscalYear: 2569 });
    expect(scan.cells.sheets.map((s) => s.name)).toEqual(["คะแนน", "บันทึก"]);
    expect(scan.ownSheets.map((s) => s.key).sort()).toEqual(["measures", "problems", "summary"]);
  });
});

describe("a full run", () => {
  it("writes every sheet as a styled table with formats, frozen header, widths, fills and the chart", async () => {
    const excel = scoreWorkbook();
    const engine = fakeEngine();
    const progress: string[] = [];
    const out = await runAnalysis(excel.run, engine, settings(), (p) => progress.push(p), NOW);
    expect(out.kind).toBe("written");
    expect(progress).toEqual(["read", "analyze", "write", "save"]);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["คะแนน", "บันทึก", "ITA-สรุปผล", "ITA-มาตรการ", "ITA-ปัญหาข้อมูล"]);

    // The engine got the data sheets, with the settings as options.
    expect(engine.calls[0].cells.sheets.map((s) => s.name)).toEqual(["คะแนน", "บันทึก"]);
    expect(engine.calls[0].options.classification).toEqual(defaultSettings().classification);

    const summary = excel.model.sheet("ITA-สรุปผล");
    expect(summary.value("A1")).toBe("สรุปผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2567");
    expect(summary.cell("A1")).toMatchObject({ bold: true, size: 18, fontName: "TH SarabunPSK" });
    expect(summary.cell("C5")).toMatchObject({ size: 16, fontName: "TH SarabunPSK" });
    expect(summary.value("A2")).toBe("อบต.ทดสอบ");
    // Heading (2 lines) + blank row → header on row 4, data from row 5.
    expect(summary.value("A4")).toBe("รายการ");
    expect(summary.value("C4")).toBe("คะแนนปี 2567");
    expect(summary.value("A5")).toBe("คะแนนรวม ITA");
    expect(summary.value("C5")).toBe(93.57);
    expect(summary.cell("C5")!.format).toBe("0.00");
    expect(summary.cell("A5")!.format).toBe("General");
    expect(summary.frozenRows).toBe(4);
    expect(summary.printTitleRows).toBe("$4:$4");
    expect(summary.orientation).toBe("Landscape");
    // A4 at the scale the widths were chosen for, the footer with the page number; the internal
    // column (where each figure came from) hidden.
    expect(summary.print).toMatchObject({ paperSize: "A4", zoom: { scale: 100 }, leftMargin: 25.2, rightFooter: "หน้า &P จาก &N" });
    expect(summary.print.leftFooter).toContain("อบต.ทดสอบ");
    expect(summary.columnWidths.get(0)).toBe(widthToPoints(46));
    expect(summary.columnWidths.get(2)).toBe(widthToPoints(13));
    // The measures table's internal column (the codes a row answers) is hidden from print.
    expect([...excel.model.sheet("ITA-มาตรการ").hiddenColumns]).toEqual([MEASURE_COLUMNS.findIndex((c) => c.internal)]);
    expect(summary.cell("A6")!.wrap).toBe(true);
    expect(summary.cell("B6")!.wrap).toBeUndefined();
    // Tones: indicator 1 (80) urgent, indicator 3 (84) urgent, indicator 4 (86) improve, indicator 9 (96) maintain.
    expect(summary.cell("A6")!.fill).toBe(TONE_COLOR.urgent);
    expect(summary.cell("D9")!.fill).toBe(TONE_COLOR.improve);
    expect(summary.cell("A14")!.fill).toBe(TONE_COLOR.maintain);
    expect(summary.cell("A5")!.fill).toBeUndefined();

    const table = excel.model.tables.find((t) => t.sheet === summary)!;
    expect(table).toMatchObject({ name: "ITA_Summary", style: "TableStyleMedium2", address: "A4:D15" });

    // The chart: indicators (rows 6–15) against the 85 line.
    expect(summary.charts).toHaveLength(1);
    const chart = summary.charts[0];
    expect(chart.type).toBe("ColumnClustered");
    expect(chart.title).toBe("คะแนนรายตัวชี้วัดเทียบเกณฑ์ 85");
    expect(chart.series).toEqual([
      { name: "คะแนนปี 2567", values: "C6:C15", xValues: "A6:A15" },
      { name: "เกณฑ์", values: "D6:D15", xValues: "A6:A15", chartType: "Line" },
    ]);
    // Below the table (11 rows from row 5), so it prints on a page of its own.
    expect(chart.position).toEqual(["A18", "E36"]);

    const measures = excel.model.sheet("ITA-มาตรการ");
    expect(measures.value("A3")).toBe("ประเด็น");
    expect(measures.value("D4")).toBe("1. ขั้นตอนแรก 1\n2. ขั้นตอนที่สอง");
    expect(measures.value("F4")).toBe("1 ต.ค. 2567 – 30 ก.ย. 2568");
    expect(measures.autofitRows).toEqual(["A3:H6"]);
    expect(excel.model.tables.map((t) => t.name)).toEqual(["ITA_Summary", "ITA_Measures", "ITA_Problems"]);

    // The summary is shown; user sheets untouched.
    expect(excel.model.activeSheet?.name).toBe("ITA-สรุปผล");
    expect(excel.model.sheet("บันทึก").value("A1")).toBe("หมายเหตุของเจ้าหน้าที่");

    // The settings part records the sheets by ID.
    const saved = savedSettings(excel);
    expect(saved.sheets.map((s) => [s.key, s.name, s.id])).toEqual(
      ["ITA-สรุปผล", "ITA-มาตรการ", "ITA-ปัญหาข้อมูล"].map((n) => [
        { "ITA-สรุปผล": "summary", "ITA-มาตรการ": "measures", "ITA-ปัญหาข้อมูล": "problems" }[n],
        n,
        excel.model.sheet(n).id,
      ]),
    );
    expect(saved.sheets[0].writtenAt).toBe(NOW().toISOString());
    expect(saved.sheets[1].print?.rows).toHaveLength(3);
    expect(saved.sheets.map((s) => s.marker)).toEqual(saved.sheets.map((_, i) => expect.stringMatching(new RegExp(`^\\w+-${i}$`))));
  });

  it("takes 5 context.sync() calls (≤ 6) whatever the number of items, with calculation suspended while writing", async () => {
    for (const measures of [1, 40, 400]) {
      const excel = scoreWorkbook();
      const out = await written(excel, fakeEngine({ measures }));
      expect(excel.totalSyncs).toBe(5);
      expect(out.syncs).toBe(5);
      const ctx = excel.lastContext;
      const writes = ctx.syncs.filter((s) => s.wrote);
      expect(writes.map((s) => s.n)).toEqual([4, 5]);
      // Every cell, format, table and the chart go in one sync, with calculation suspended.
      const bulk = ctx.syncs[3];
      expect(bulk.calcSuspended).toBe(true);
      expect(bulk.ops.filter((o) => o.startsWith("worksheets.add"))).toHaveLength(3);
      expect(bulk.ops).toContain("charts.add(ColumnClustered, Columns)");
      expect(ctx.syncs[4].ops).toEqual(["part add"]);
      expect(excel.model.tables.find((t) => t.name === "ITA_Measures")!.address).toBe(`A3:H${3 + measures}`);
    }
  });

  it("writes formula-looking and number-looking text as text, never a formula", async () => {
    const tricky = [
      "=SUM(A1:A3)",
      '=HYPERLINK("http://x")',
      "+66 81 234 5678",
      "-ลดลงจากปีก่อน",
      "@ผู้ประเมิน",
      "85",
      "98.5%",
      "TRUE",
      "1/2",
      "'อ้างอิง",
      "#N/A",
      "=" + "ก".repeat(300),
    ];
    const excel = scoreWorkbook();
    await written(excel, fakeEngine({ texts: tricky }));
    const sheet = excel.model.sheet("ITA-ปัญหาข้อมูล");
    tricky.forEach((text, i) => {
      const cell = sheet.cell(`C${4 + i}`)!;
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(text);
    });
    expect(sheet.cell("C4")!.format).toBe("@");
    // Plain Thai text keeps the General format (Text-formatted cells over 255 characters show ####).
    expect(excel.model.sheet("ITA-มาตรการ").cell("C4")!.format).toBe("General");
    expect(sheet.cell(`C${4 + tricky.length - 1}`)!.format).toBe("General");
  });

  it("writes nothing when the data has errors", async () => {
    const excel = scoreWorkbook();
    excel.model.sheet("คะแนน").at(5, 2).value = "BAD";
    const before = excel.model.sheets.map((s) => s.name);
    const out = await runAnalysis(excel.run, fakeEngine(), settings(), () => {}, NOW);
    expect(out.kind).toBe("invalid");
    if (out.kind === "invalid") expect(out.problems[0]).toMatchObject({ severity: "error", cell: "คะแนน!C6" });
    expect(excel.model.sheets.map((s) => s.name)).toEqual(before);
    expect(excel.model.parts).toHaveLength(0);
    expect(excel.lastContext.syncs.some((s) => s.wrote)).toBe(false);
  });

  it("leaves the workbook as it was when a write fails half-way", async () => {
    const excel = scoreWorkbook();
    await written(excel);
    const before = excel.model.sheets.map((s) => [s.id, s.name]);
    const partBefore = excel.model.parts[0].xml;
    excel.failOn = /^charts\.add/;
    await expect(runAnalysis(excel.run, fakeEngine(), settings(), () => {}, NOW)).rejects.toThrow(/injected failure/);
    // The temporary sheets were removed; the previous run's sheets and settings are intact.
    excel.failOn = undefined;
    expect(excel.model.sheets.map((s) => [s.id, s.name])).toEqual(before);
    expect(excel.model.parts[0].xml).toBe(partBefore);
  });

  it("says which temporary sheets stay when even removing them fails", async () => {
    const excel = scoreWorkbook();
    excel.failOn = /^charts\.add|^delete sheet/;
    const failure = await runAnalysis(excel.run, fakeEngine(), settings(), () => {}, NOW).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(LeftoverSheetsError);
    const prefix = (failure as LeftoverSheetsError).prefix;
    expect(prefix).toMatch(/^~ita-\w+-$/);
    expect(excel.model.sheets.some((s) => s.name.startsWith(prefix))).toBe(true);
    expect((failure as Error).message).toMatch(/injected failure/);
  });
});

describe("running again", () => {
  it("replaces only the sheets the add-in wrote, in their place and under the names staff gave them", async () => {
    const excel = scoreWorkbook();
    await written(excel);
    const summary = excel.model.sheet("ITA-สรุปผล");
    summary.name = "สรุปของเรา";
    // Staff move the measures sheet first; a sheet of their own takes one of our names.
    const measures = excel.model.sheet("ITA-มาตรการ");
    excel.model.sheets = [measures, ...excel.model.sheets.filter((s) => s !== measures)];
    excel.model.sheet("ITA-ปัญหาข้อมูล").name = "ปัญหา 2567";
    const userCopy = excel.model.addSheet("ITA-ปัญหาข้อมูล", [["ของผู้ใช้"]]);
    const out = await written(excel);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["ITA-มาตรการ", "คะแนน", "บันทึก", "สรุปของเรา", "ปัญหา 2567", "ITA-ปัญหาข้อมูล"]);
    expect(out.sheets.map((s) => s.name)).toEqual(["สรุปของเรา", "ITA-มาตรการ", "ปัญหา 2567"]);
    expect(excel.model.sheets.find((s) => s.id === summary.id)).toBeUndefined();
    expect(excel.model.sheet("ITA-ปัญหาข้อมูล")).toBe(userCopy);
    expect(userCopy.value("A1")).toBe("ของผู้ใช้");
    expect(excel.model.tables.map((t) => t.name).sort()).toEqual(["ITA_Measures", "ITA_Problems", "ITA_Summary"]);
    expect(savedSettings(excel).sheets).toHaveLength(3);
  });

  it("carries staff edits of the measures sheet (responsible, timeframe, steps) into the new run", async () => {
    const excel = scoreWorkbook();
    await written(excel, fakeEngine(), settings({ fiscalYear: 2568 }));
    const old = excel.model.sheet("ITA-มาตรการ");
    // Staff edit two cells: row 1's responsible, row 3's steps.
    old.at(3, 4).value = "กองคลัง (นางสาวเอ)";
    old.at(5, 3).value = "1. ประชุมชี้แจง\n2. รายงานผลทุกไตรมาส";
    // New run with another fiscal year: timeframes change, the edits stay.
    const out = await written(excel, fakeEngine(), settings({ fiscalYear: 2569 }));
    expect(out.edited).toBe(2);
    expect(out.carried).toBe(2);
    expect(out.keptCopies).toEqual([]);
    const now = excel.model.sheet("ITA-มาตรการ");
    expect(now.id).not.toBe(old.id);
    expect(now.value("E4")).toBe("กองคลัง (นางสาวเอ)");
    expect(now.value("E5")).toBe("สำนักปลัด");
    expect(now.value("D6")).toBe("1. ประชุมชี้แจง\n2. รายงานผลทุกไตรมาส");
    expect(now.value("F4")).toBe("1 ต.ค. 2568 – 30 ก.ย. 2569");
    // And again on a third run: a carried edit is still a staff edit.
    const third = await written(excel, fakeEngine(), settings({ fiscalYear: 2570 }));
    expect(third.carried).toBe(2);
    expect(excel.model.sheet("ITA-มาตรการ").value("E4")).toBe("กองคลัง (นางสาวเอ)");
    expect(excel.model.sheet("ITA-มาตรการ").value("F4")).toBe("1 ต.ค. 2569 – 30 ก.ย. 2570");
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["คะแนน", "บันทึก", "ITA-สรุปผล", "ITA-มาตรการ", "ITA-ปัญหาข้อมูล"]);
  });

  it("keeps the old measures sheet as a dated copy when an edit cannot be carried", async () => {
    const excel = scoreWorkbook();
    await written(excel);
    const old = excel.model.sheet("ITA-มาตรการ");
    // Staff re-word a measure and add a row of their own.
    old.at(4, 2).value = "มาตรการที่ 2 (ปรับถ้อยคำโดยเจ้าหน้าที่)";
    old.setValues([["8. ประเด็นเพิ่มเติม", "", "มาตรการของหน่วยงานเอง", "", "กองช่าง", "ไตรมาส 2", "", ""]], 6, 0);
    const out = await written(excel);
    expect(out.keptCopies).toEqual(["ITA-มาตรการ เดิม 23-11-2567"]);
    const copy = excel.model.sheet("ITA-มาตรการ เดิม 23-11-2567");
    expect(copy.id).toBe(old.id);
    expect(copy.value("C5")).toBe("มาตรการที่ 2 (ปรับถ้อยคำโดยเจ้าหน้าที่)");
    expect(copy.value("C7")).toBe("มาตรการของหน่วยงานเอง");
    // The re-worded measure is still its row: carried into the new sheet too.
    expect(excel.model.sheet("ITA-มาตรการ").value("C5")).toBe("มาตรการที่ 2 (ปรับถ้อยคำโดยเจ้าหน้าที่)");
    // The copy is recorded, never replaced by later runs, and never read as data.
    const saved = savedSettings(excel);
    expect(saved.sheets.find((s) => s.id === old.id)?.key).toBe("copy");
    const engine = fakeEngine();
    await written(excel, engine);
    expect(excel.model.sheets.some((s) => s.id === old.id)).toBe(true);
    expect(engine.calls[0].cells.sheets.map((s) => s.name)).toEqual(["คะแนน", "บันทึก"]);
  });

  it("retries saving the record of its sheets when that last sync fails, so the next run still knows them", async () => {
    const excel = scoreWorkbook();
    excel.loseSyncWith = { match: /^part add$/, times: 1 };
    const out = await written(excel);
    expect(out.sheets).toHaveLength(3);
    expect(savedSettings(excel).sheets.map((r) => r.key)).toEqual(["summary", "measures", "problems"]);
    expect(excel.loseSyncWith.times).toBe(0);
    await written(excel);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["คะแนน", "บันทึก", "ITA-สรุปผล", "ITA-มาตรการ", "ITA-ปัญหาข้อมูล"]);
  });

  it("updates the settings part in place (one part, our namespace)", async () => {
    const excel = scoreWorkbook();
    excel.model.addPart('<other xmlns="urn:someone-else">x</other>');
    await written(excel, fakeEngine(), settings({ agency: "ก" }));
    await written(excel, fakeEngine(), settings({ agency: "ข" }));
    expect(excel.model.parts).toHaveLength(2);
    expect(savedSettings(excel).agency).toBe("ข");
    expect(excel.lastContext.syncs[4].ops).toEqual(["part setXml"]);
  });
});

describe("navigation", () => {
  it("selects a problem's cell, quoted sheet names included", async () => {
    const excel = scoreWorkbook();
    excel.model.addSheet("คะแนน ปี 67", [["x"]]);
    expect(await selectCell(excel.run, "'คะแนน ปี 67'!$B$5")).toBe(true);
    expect(excel.model.selection).toBe("คะแนน ปี 67!B5");
    expect(excel.model.activeSheet?.name).toBe("คะแนน ปี 67");
    expect(await selectCell(excel.run, "คะแนน!C6")).toBe(true);
    expect(excel.model.selection).toBe("คะแนน!C6");
    expect(await selectCell(excel.run, "ไม่มีแผ่นนี้!A1")).toBe(false);
    expect(await selectCell(excel.run, "")).toBe(false);
  });

  it("opens a written sheet", async () => {
    const excel = scoreWorkbook();
    await written(excel);
    await activateSheet(excel.run, "ITA-มาตรการ");
    expect(excel.model.activeSheet?.name).toBe("ITA-มาตรการ");
  });
});

describe("with the real engine on an example workbook", () => {
  async function exampleExcel(): Promise<FakeExcel> {
    const { readXlsxFile } = await import("../fixtures/xlsx-file");
    const { existsSync } = await import("node:fs");
    const { join } = await import("node:path");
    const file = join(__dirname, "..", "..", "examples", "sao-2566-questions.xlsx");
    const excel = new FakeExcel();
    if (existsSync(file)) {
      const { cells } = readXlsxFile(file);
      for (const s of cells.sheets)
        excel.model.addSheet(s.name).setValues(s.values.map((r) => r.map((v) => (v === null || v === undefined ? "" : v))));
    } else {
      const { seed004QuestionSheet, seed004IndicatorSheet } = await import("../fixtures/seed-sheets");
      for (const s of [seed004QuestionSheet(), seed004IndicatorSheet()])
        excel.model.addSheet(s.name).setValues(s.values.map((r) => r.map((v) => (v === null || v === undefined ? "" : v))));
    }
    return excel;
  }

  it("writes the rendered sheets in 5 syncs and carries a staff edit through two more runs", async () => {
    const { engine } = await import("../../src/taskpane/engine");
    const excel = await exampleExcel();
    const userSheets = excel.model.sheets.length;
    const first = await runAnalysis(excel.run, engine, settings(), () => {}, NOW);
    expect(first.kind).toBe("written");
    expect(excel.totalSyncs).toBe(5);
    const names = excel.model.sheets.slice(userSheets).map((s) => s.name);
    expect(names).toEqual(["ITA-สรุปผล", "ITA-วิเคราะห์รายประเด็น", "ITA-มาตรการ", "ITA-ข้อจำกัด", "ITA-คลังมาตรการ", "ITA-ปัญหาข้อมูล"]);
    // Staff write their own limitations: no later run writes that sheet again.
    const limits = excel.model.sheet("ITA-ข้อจำกัด");
    const limitsTable = excel.model.tables.find((t) => t.sheet === limits)!;
    const limitsHeader = Number(/\d+/.exec(limitsTable.address)![0]);
    expect(limits.value(`A${limitsHeader + 1}`)).toBe("บุคลากร");
    limits.at(limitsHeader, 1).value = "มีเจ้าหน้าที่รับผิดชอบงาน ITA เพียงคนเดียว";
    expect(excel.model.sheet("ITA-สรุปผล").charts).toHaveLength(1);
    const measures = excel.model.sheet("ITA-มาตรการ");
    const table = excel.model.tables.find((t) => t.sheet === measures)!;
    const headerRow = Number(/\d+/.exec(table.address)![0]);
    expect(measures.value(`E${headerRow}`)).toBe("ผู้รับผิดชอบ");
    // Staff name the responsible person of the first measure.
    measures.at(headerRow, 4).value = "นางสาวใจดี มีสุข (กองคลัง)";
    // Second run with Arabic digits: every generated text changes, the staff edit stays.
    const second = await runAnalysis(excel.run, engine, settings({ digits: "arabic" }), () => {}, NOW);
    expect(second.kind === "written" && second.carried).toBe(1);
    expect(second.kind === "written" && second.keptCopies).toEqual([]);
    expect(excel.model.sheet("ITA-มาตรการ").value(`E${headerRow + 1}`)).toBe("นางสาวใจดี มีสุข (กองคลัง)");
    // The library sheet the add-in wrote is now an input the staff may edit: it stays as written.
    const third = await runAnalysis(excel.run, engine, settings({ digits: "thai" }), () => {}, NOW);
    expect(third.kind === "written" && third.carried).toBe(1);
    expect(excel.model.sheet("ITA-มาตรการ").value(`E${headerRow + 1}`)).toBe("นางสาวใจดี มีสุข (กองคลัง)");
    expect(excel.model.sheet("ITA-ข้อจำกัด").value(`B${limitsHeader + 1}`)).toBe("มีเจ้าหน้าที่รับผิดชอบงาน ITA เพียงคนเดียว");
    expect(
      excel.model.sheets
        .filter((s) => s.name.startsWith("ITA-"))
        .map((s) => s.name)
        .sort(),
    ).toEqual(names.slice().sort());
    const cells = [...excel.model.sheet("ITA-มาตรการ").cells.values()];
    expect(cells.filter((c) => c.formula !== undefined)).toEqual([]);
  });
});

describe("hidden sheets, stray far cells and sheets too large to read", () => {
  it("names a hidden or very hidden sheet as such in every problem about it", async () => {
    const excel = scoreWorkbook();
    const hidden = excel.model.addSheet("คะแนนเก่า", [
      ["ข้อ", "คะแนน"],
      ["i3", 90],
      ["i4", 105],
    ]);
    hidden.visibility = "Hidden";
    const secret = excel.model.addSheet("ลับ", [
      ["ข้อ", "คะแนน"],
      ["i5", 90],
      ["i6", 106],
    ]);
    secret.visibility = "VeryHidden";
    const { engine } = await import("../../src/taskpane/engine");
    const out = await runAnalysis(excel.run, engine, settings(), () => {}, NOW);
    if (out.kind !== "invalid") throw new Error("the scores over 100 should stop the run");
    const about = (name: string) => out.problems.filter((p) => p.cell.startsWith(`${name}!`));
    expect(about("คะแนนเก่า").length).toBeGreaterThan(0);
    for (const p of about("คะแนนเก่า")) expect(p.message).toContain("แผ่นงาน “คะแนนเก่า” ถูกซ่อนอยู่");
    expect(about("ลับ").length).toBeGreaterThan(0);
    for (const p of about("ลับ")) expect(p.message).toContain("แผ่นงาน “ลับ” ถูกซ่อนแบบพิเศษ");
    for (const p of about("คะแนน")) expect(p.message).not.toContain("ถูกซ่อน");
    // A cell on a hidden sheet cannot be shown: selecting it says so rather than failing.
    expect(await selectCell(excel.run, "คะแนนเก่า!B2")).toBe(false);
  });

  it("reads a sheet with a stray value at XFD1048576 by its filled areas, and analyses it as usual", async () => {
    const { engine } = await import("../../src/taskpane/engine");
    const plain = await (async () => {
      const excel = scoreWorkbook();
      return runAnalysis(excel.run, engine, settings(), () => {}, NOW);
    })();
    const excel = scoreWorkbook();
    excel.model.sheet("คะแนน").at(1_048_575, 16_383).value = "x";
    excel.model.sheet("บันทึก").at(1_048_575, 16_383).value = " ";
    const scan = await scanWorkbook(excel.run);
    const score = scan.cells.sheets.find((s) => s.name === "คะแนน")!;
    expect(score.values[1_048_575 - 2][16_383 - 1]).toBe("x");
    expect(score.values[3]).toEqual(["i1", 98.5]);
    // Probed in the values sync, its areas read in one more; never the 17 billion cells around them.
    expect(excel.totalSyncs).toBe(4);
    for (const s of excel.lastContext.syncs) expect(s.cellsRead).toBeLessThanOrEqual(CHUNK_CELLS);
    const out = await runAnalysis(excel.run, engine, settings(), () => {}, NOW);
    expect(out.kind).toBe(plain.kind);
    expect(out.result.read.observations).toEqual(plain.result.read.observations);
  });

  it("without ExcelApi 1.9 (no probe), reads a used range up to 2,000,000 cells whole and skips a larger one with the warning", async () => {
    const office = globalThis as { Office?: unknown };
    office.Office = { context: { requirements: { isSetSupported: (set: string, v: string) => !(set === "ExcelApi" && v === "1.9") } } };
    try {
      const excel = scoreWorkbook();
      excel.model.sheet("คะแนน").at(9_999, 99).value = "x"; // 1,000,000 cells of used range
      excel.model.sheet("บันทึก").at(1_048_575, 16_383).value = "y";
      const scan = await scanWorkbook(excel.run);
      const score = scan.cells.sheets.find((s) => s.name === "คะแนน")!;
      expect(score.values[3]).toEqual(["i1", 98.5]);
      expect(scan.cells.sheets.map((s) => s.name)).toEqual(["คะแนน"]);
      expect(scan.problems.some((p) => p.message.includes("บันทึก"))).toBe(true);
      for (const s of excel.lastContext.syncs) expect(s.cellsRead).toBeLessThanOrEqual(CHUNK_CELLS);
    } finally {
      delete office.Office;
    }
  });

  it("does not read a sheet over the filled-cell limit, and says which sheet and what to do", async () => {
    const excel = scoreWorkbook();
    const big = excel.model.addSheet("ข้อมูลดิบ");
    big.visibility = "Hidden";
    for (let r = 0; r < 250_001; r++) {
      big.at(r, 0).value = r;
      big.at(r, 1).value = "ก";
    }
    // Far wider than it is full, so it is probed: 500,002 filled cells.
    big.at(0, 9).value = "หัว";
    const scan = await scanWorkbook(excel.run);
    expect(scan.cells.sheets.map((s) => s.name)).toEqual(["คะแนน", "บันทึก"]);
    const warning = scan.problems.find((p) => p.message.includes("ข้อมูลดิบ"))!;
    expect(warning.message).toContain("500,003 เซลล์");
    expect(warning.message).toContain("500,000");
    expect(warning.message).toContain("ถูกซ่อนอยู่");
    for (const s of excel.lastContext.syncs) expect(s.cellsRead).toBeLessThanOrEqual(CHUNK_CELLS);
  });
});

describe("columns staff own", () => {
  it("are always carried by row id, over what the add-in would write there", async () => {
    const excel = scoreWorkbook();
    const engine = fakeEngine({ progress: true });
    await written(excel, engine, settings({ fiscalYear: 2568 }));
    const measures = excel.model.sheet("ITA-มาตรการ");
    expect(measures.value("I3")).toBe("สถานะ");
    expect(measures.value("I5")).toBe("ยังไม่ดำเนินการ");
    measures.at(4, 8).value = "ดำเนินการแล้ว";
    const out = await written(excel, engine, settings({ fiscalYear: 2569 }));
    expect(excel.model.sheet("ITA-มาตรการ").value("I5")).toBe("ดำเนินการแล้ว");
    expect(excel.model.sheet("ITA-มาตรการ").value("I4")).toBe("ยังไม่ดำเนินการ");
    expect(out.keptCopies).toEqual([]);
    await written(excel, engine, settings({ fiscalYear: 2570 }));
    expect(excel.model.sheet("ITA-มาตรการ").value("I5")).toBe("ดำเนินการแล้ว");
  });
});
