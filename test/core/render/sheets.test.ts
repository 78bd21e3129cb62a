import { renderSheets } from "../../../src/core/render/sheets";
import { ANALYSIS_KINDS, SHEET_KINDS } from "../../../src/core/sheet-kinds";
import { LIBRARY_HEADERS } from "../../../src/core/measures/library-sheet";
import type { SheetSpec } from "../../../src/core/render/spec";
import { result2566 } from "./fixture";

const byKey = (specs: SheetSpec[], key: SheetSpec["key"]) => specs.find((s) => s.key === key)!;

function checkShape(spec: SheetSpec) {
  expect(spec.rows.length).toBeGreaterThan(0);
  for (const row of spec.rows) expect(row).toHaveLength(spec.columns.length);
  if (spec.tones) expect(spec.tones).toHaveLength(spec.rows.length);
  expect(new Set(spec.columns.map((c) => c.header)).size).toBe(spec.columns.length);
  expect(spec.tableName).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
  expect(spec.name.length).toBeLessThanOrEqual(31);
  for (const c of spec.columns) expect(c.width).toBeGreaterThan(0);
  // The add-in keeps staff edits by column key and row id (settings/print.ts): every sheet has both.
  expect(spec.columns.every((c) => typeof c.key === "string" && c.key !== "")).toBe(true);
  expect(new Set(spec.columns.map((c) => c.key)).size).toBe(spec.columns.length);
  expect(spec.rowIds).toHaveLength(spec.rows.length);
}

describe("renderSheets", () => {
  const result = result2566({ agency: "องค์การบริหารส่วนตำบลตัวอย่าง" });
  const specs = renderSheets(result);

  it("renders the six sheets in order with valid shapes", () => {
    expect(specs.map((s) => s.key)).toEqual(["summary", "issues", "measures", "limitations", "library", "problems"]);
    expect(specs.map((s) => s.name)).toEqual(ANALYSIS_KINDS.map((k) => SHEET_KINDS[k].name));
    specs.forEach(checkShape);
    expect(new Set(specs.map((s) => s.tableName)).size).toBe(6);
  });

  it("summary: overall, tools, indicators 1–10 with Thai names, pass mark and chart", () => {
    const s = byKey(specs, "summary");
    expect(s.heading.join("\n")).toContain("องค์การบริหารส่วนตำบลตัวอย่าง");
    expect(s.heading.join("\n")).toContain("2566");
    expect(s.columns.map((c) => c.header)).toEqual(["รายการ", "เครื่องมือ", "คะแนนปี 2566", "เกณฑ์", "ผ่านเกณฑ์ 85", "ที่มาของคะแนน"]);
    const labels = s.rows.map((r) => r[0]);
    expect(labels[0]).toBe("คะแนนรวม ITA");
    expect(labels).toContain("ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่");
    expect(labels).toContain("ตัวชี้วัดที่ 10 การป้องกันการทุจริต");
    const overall = s.rows[0];
    expect(overall[2]).toBe(Math.round(result.current.overall!.value * 100) / 100);
    expect(s.heading.join(" ")).toContain(`ระดับ “${result.current.level}”`);
    const ind9 = s.rows.find((r) => String(r[0]).startsWith("ตัวชี้วัดที่ 9"))!;
    expect(ind9[4]).toBe((ind9[2] as number) >= 85 ? "ผ่าน" : "ไม่ผ่าน");
    expect(s.chart).toBeDefined();
    expect(s.rows[s.chart!.firstRow][0]).toBe("ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่");
    expect(s.rows[s.chart!.lastRow][0]).toBe("ตัวชี้วัดที่ 10 การป้องกันการทุจริต");
    expect(s.columns[s.chart!.seriesColumns[1]].header).toBe("เกณฑ์");
    // No EIT part rows when the workbook gives no parts.
    expect(labels.some((l) => String(l).includes("Public"))).toBe(false);
  });

  it("summary with a previous year adds its column and the change", () => {
    const r = result2566({
      previous: {
        year: 2565,
        tools: { IIT: 90, EIT: 80, OIT: 70 },
        indicators: { 1: 90, 2: 90, 3: 90, 4: 90, 5: 90, 6: 80, 7: 80, 8: 80, 9: 70, 10: 70 },
        overall: 79,
      },
    });
    const s = byKey(renderSheets(r), "summary");
    expect(s.columns.map((c) => c.header).slice(2, 5)).toEqual(["คะแนนปี 2566", "คะแนนปี 2565", "เปลี่ยนแปลง"]);
    const overall = s.rows[0];
    expect(overall[3]).toBe(79);
    expect(overall[4]).toBe(r.comparison!.overall);
    expect(s.chart!.seriesColumns).toEqual([2, 5]);
    expect(s.heading.join("\n")).toContain("ปี 2565");
  });

  it("issues: one row per item per issue with the Thai status, then the readings", () => {
    const s = byKey(specs, "issues");
    expect(s.columns.map((c) => c.header)).toEqual(["ประเด็น", "เครื่องมือ", "ตัวชี้วัด", "รหัส", "ข้อคำถาม/รายการ", "คะแนน", "สถานะ", "ข้อค้นพบ"]);
    const i8 = s.rows.filter((r) => r[3] === "i8");
    expect(i8.length).toBe(result.items.find((i) => i.code === "i8")!.issues.length);
    expect(i8[0][6]).toBe("แก้ไขโดยเร่งด่วน");
    expect(String(i8[0][7])).toContain("บุคลากรภายใน");
    const i10 = s.rows.find((r) => r[3] === "i10")!;
    expect(i10[6]).toBe("พัฒนาให้ดีขึ้น");
    const o13 = s.rows.find((r) => r[3] === "o13")!;
    expect(o13[5]).toBe(0);
    expect(o13[6]).toBe("แก้ไขโดยเร่งด่วน");
    expect(s.rows.find((r) => r[3] === "i1")![6]).toBe("รักษามาตรฐาน");
    const readings = s.rows.filter((r) => r[4] === "ผลการวิเคราะห์เปรียบเทียบระหว่างเครื่องมือ");
    expect(readings.length).toBe(result.issues.reduce((n, i) => n + i.readings.length, 0));
    const tones = new Set(s.tones);
    expect(tones).toEqual(new Set(["urgent", "improve", "maintain", undefined]));
  });

  it("measures: every row has measure, numbered steps, responsible and timeframe", () => {
    const s = byKey(specs, "measures");
    expect(s.columns.map((c) => c.header)).toEqual([
      "ประเด็น",
      "ข้อบกพร่อง/ข้อค้นพบ",
      "มาตรการ",
      "ขั้นตอน/วิธีปฏิบัติ",
      "ผู้รับผิดชอบ",
      "ระยะเวลา",
      "รหัสข้อที่ตอบ",
      "หลักฐาน (o43)",
      // Staff's progress columns (o43): theirs, blank when written, on screen only.
      "สถานะ",
      "ร้อยละความก้าวหน้า",
      "ผลการดำเนินงาน",
      "ปัญหาอุปสรรค",
      "หลักฐาน / ลิงก์",
      "วันที่รายงาน",
    ]);
    expect(s.columns.slice(8).every((c) => c.owner === "staff" && c.screenOnly)).toBe(true);
    expect(s.rows.every((r) => r.slice(8).every((v) => v === null))).toBe(true);
    expect(s.rows.length).toBe(result.plan.rows.length);
    for (const row of s.rows) {
      for (const k of [0, 2, 3, 4, 5]) expect(String(row[k] ?? "")).not.toBe("");
      expect(String(row[3])).toMatch(/^1\. /);
      if (String(row[3]).includes("\n")) expect(String(row[3]).split("\n")[1]).toMatch(/^2\. /);
    }
    expect(s.rows.some((r) => String(r[6]).split(", ").includes("i8"))).toBe(true);
    expect(s.heading[0]).toContain("2567");
  });

  it("library: the library sheet columns and rows", () => {
    const s = byKey(specs, "library");
    expect(s.columns.map((c) => c.header)).toEqual([...LIBRARY_HEADERS]);
    expect(s.rows.length).toBe(result.library.length);
  });

  it("problems: errors first, cell and message, missing items as warnings", () => {
    const r = result2566({
      drop: ["i3"],
      problems: [
        { severity: "warning", cell: "", message: "หมายเหตุ" },
        { severity: "error", cell: "คะแนน!B5", message: "คะแนน!B5: 105 is outside 0–100" },
      ],
    });
    const s = byKey(renderSheets(r), "problems");
    expect(s.columns.map((c) => c.header)).toEqual(["ระดับ", "เซลล์", "รายละเอียด"]);
    expect(s.rows[0]).toEqual(["ข้อผิดพลาด", "คะแนน!B5", "คะแนน!B5: 105 is outside 0–100"]);
    expect(s.tones![0]).toBe("error");
    expect(s.rows.some((row) => row[0] === "คำเตือน" && String(row[2]).includes("i3"))).toBe(true);
    const clean = byKey(renderSheets(result2566()), "problems");
    expect(clean.rows).toEqual([[null, null, "ไม่พบปัญหาของข้อมูล"]]);
  });

  it("never collides with the workbook's sheet names", () => {
    const again = renderSheets(result, { existingNames: ["ITA-สรุปผล", "ita-มาตรการ"], existingTableNames: ["ITA_Summary"] });
    expect(byKey(again, "summary").name).toBe("ITA-สรุปผล (2)");
    expect(byKey(again, "measures").name).toBe("ITA-มาตรการ (2)");
    expect(byKey(again, "issues").name).toBe("ITA-วิเคราะห์รายประเด็น");
    expect(byKey(again, "summary").tableName).toBe("ITA_Summary_2");
  });

  it("Thai digits in display text, numbers untouched", () => {
    const thai = renderSheets(result, { digits: "thai" });
    const s = byKey(thai, "summary");
    expect(s.heading[0]).toContain("๒๕๖๖");
    expect(s.rows.map((r) => r[0])).toContain("ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่");
    expect(typeof s.rows[0][2]).toBe("number");
    const m = byKey(thai, "measures");
    expect(String(m.rows[0][3])).toMatch(/^๑\. /);
    // Problems keep Arabic digits so that cell addresses stay usable.
    const lib = byKey(thai, "library");
    expect(lib.rows[0][0]).toBe(result.library[0].id);
  });

  it("keeps text that begins with = + - @ as text in the spec (the writers write strings, never formulas)", () => {
    const r = result2566({ agency: '=HYPERLINK("http://x")' });
    const s = byKey(renderSheets(r), "summary");
    expect(s.heading).toContain('=HYPERLINK("http://x")');
  });
});
