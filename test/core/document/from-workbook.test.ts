import { o42FromWorkbook, sourcesText } from "../../../src/core/document/o42/from-workbook";
import { renderSheets } from "../../../src/core/render/sheets";
import type { SheetCells } from "../../../src/core/types";
import { result2566 } from "../render/fixture";

// The document from the workbook as staff left it: their measures sheet, their limitations sheet,
// the place in the titles, with the settings over them.

const result = result2566({ agency: "องค์การบริหารส่วนตำบลตัวอย่าง" });
const sheets = renderSheets(result);
/** A rendered sheet as the workbook holds it: heading lines, a blank line, header, rows. */
function asCells(key: string, name?: string): SheetCells {
  const spec = sheets.find((s) => s.key === key)!;
  return { name: name ?? spec.name, values: [...spec.heading.map((h) => [h]), [], spec.columns.map((c) => c.header), ...spec.rows] };
}
const title: SheetCells = { name: "คะแนน", values: [["ผลการประเมิน ITA องค์การบริหารส่วนตำบลตัวอย่าง อำเภอเมือง จังหวัดตัวอย่าง"]] };

describe("the o42 document from the workbook", () => {
  it("a workbook without our sheets: a fresh plan, lines for the limitations, the place from its titles", () => {
    const { input, sources } = o42FromWorkbook({ sheets: [title] }, result, { digits: "arabic" });
    expect(input.measuresSource).toBe("plan");
    expect(input.measures).toHaveLength(result.plan.rows.length);
    expect(input.limitations.every((l) => l.detail === "")).toBe(true);
    expect([input.district, input.province]).toEqual(["เมือง", "ตัวอย่าง"]);
    expect(sources).toEqual({ measuresRows: result.plan.rows.length, unanswered: [] });
    expect(sourcesText(sources)).toEqual([
      expect.stringContaining("จัดทำใหม่จากผลการวิเคราะห์"),
      expect.stringContaining("เว้นบรรทัดไว้ให้กรอกข้อจำกัด"),
    ]);
  });

  it("uses the measures sheet as staff edited it, and their limitations; the settings win over the titles", () => {
    const measures = asCells("measures");
    const header = measures.values.findIndex((r) => r[0] === "ประเด็น");
    measures.values[header + 1] = [...measures.values[header + 1]];
    measures.values[header + 1][2] = "จัดทำคู่มือการให้บริการฉบับประชาชนและเผยแพร่ทางเว็บไซต์";
    measures.values[header + 1][4] = "กองยุทธศาสตร์และงบประมาณ (งานแผน)";
    const limits = asCells("limitations");
    const lh = limits.values.findIndex((r) => r[0] === "ด้าน");
    limits.values[lh + 1] = ["บุคลากร", "มีผู้รับผิดชอบงาน ITA เพียง 1 คน"];
    const { input, sources } = o42FromWorkbook({ sheets: [title, measures, limits] }, result, {
      digits: "thai",
      province: "จังหวัดเชียงราย",
      headName: "นายทดสอบ ระบบ",
    });
    expect(input.measuresSource).toBe("workbook");
    expect(input.measures[0]).toMatchObject({
      measure: "จัดทำคู่มือการให้บริการฉบับประชาชนและเผยแพร่ทางเว็บไซต์",
      responsible: "กองยุทธศาสตร์และงบประมาณ (งานแผน)",
    });
    expect(input.measures).toHaveLength(result.plan.rows.length);
    expect(input.limitations[0]).toEqual({ side: "บุคลากร", detail: "มีผู้รับผิดชอบงาน ITA เพียง 1 คน" });
    expect(input.limitations.slice(1).every((l) => l.detail === "")).toBe(true);
    expect([input.district, input.province]).toEqual(["เมือง", "จังหวัดเชียงราย"]);
    expect(input.head).toEqual({ name: "นายทดสอบ ระบบ" });
    expect(input.digits).toBe("thai");
    expect(sources).toMatchObject({ measuresSheet: "ITA-มาตรการ", limitationsSheet: "ITA-ข้อจำกัด", unanswered: [] });
  });

  it("of two measures sheets the latest copy; rows it lacks for today's weak items are named", () => {
    const old = asCells("measures");
    const newer = asCells("measures", "ITA-มาตรการ (2)");
    const header = newer.values.findIndex((r) => r[0] === "ประเด็น");
    // Staff deleted the row that answers i8.
    const i8 = newer.values.findIndex(
      (r, k) =>
        k > header &&
        String(r[6] ?? "")
          .split(", ")
          .includes("i8"),
    );
    newer.values.splice(i8, 1);
    const { input, sources } = o42FromWorkbook({ sheets: [old, newer] }, result, { digits: "arabic" });
    expect(sources.measuresSheet).toBe("ITA-มาตรการ (2)");
    expect(input.measures).toHaveLength(result.plan.rows.length - 1);
    expect(sources.unanswered).toContain("i8");
    expect(sourcesText(sources)[2]).toContain("i8");
  });

  it("a sheet the add-in tracks under another name is still its kind", () => {
    const renamed = asCells("measures", "มาตรการของเรา");
    const edited = renamed.values.map((r) => [...r]);
    const header = edited.findIndex((r) => r[0] === "ประเด็น");
    edited[header + 1][5] = "ไตรมาส 3";
    const { input, sources } = o42FromWorkbook({ sheets: [{ ...renamed, values: edited }], kinds: { มาตรการของเรา: "measures" } }, result, {
      digits: "arabic",
    });
    expect(sources.measuresSheet).toBe("มาตรการของเรา");
    expect(input.measures[0].timeframe).toBe("ไตรมาส 3");
  });

  it("a renamed sheet the add-in knows wins over a sheet only named like ours", () => {
    const mine = asCells("limitations", "ข้อจำกัด ปี 2568");
    const lh = mine.values.findIndex((r) => r[0] === "ด้าน");
    mine.values[lh + 1] = ["บุคลากร", "เจ้าหน้าที่ย้ายบ่อย"];
    // A sheet staff (or the command) named ITA-ข้อจำกัด (2), which the add-in did not write.
    const other = asCells("limitations", "ITA-ข้อจำกัด (2)");
    other.values[lh + 1] = ["บุคลากร", "ข้อความจากไฟล์อื่น"];
    const book = { sheets: [mine, other], kinds: { "ข้อจำกัด ปี 2568": "limitations" as const } };
    const { input, sources } = o42FromWorkbook(book, result, { digits: "arabic" });
    expect(sources.limitationsSheet).toBe("ข้อจำกัด ปี 2568");
    expect(input.limitations[0].detail).toBe("เจ้าหน้าที่ย้ายบ่อย");
    // Without the adapter's kinds (the command), the name and the copy number decide.
    expect(o42FromWorkbook({ sheets: [mine, other] }, result, { digits: "arabic" }).sources.limitationsSheet).toBe("ITA-ข้อจำกัด (2)");
  });
});
