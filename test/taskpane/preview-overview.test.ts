// The browser preview with several files picked: the overview workbook of their agencies, the
// same as `ita batch --overview` (the preview's own reader and writer, fflate as the zip codec).
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { previewHost } from "../../src/taskpane/preview/preview-host";
import { engine } from "../../src/taskpane/engine";
import { tableRows } from "../cli/helpers";

const EXAMPLES = path.join(__dirname, "..", "..", "examples");
const file = (name: string, bytes: Uint8Array = readFileSync(path.join(EXAMPLES, name))) => new File([bytes as BlobPart], name);

describe("the preview's overview of several files", () => {
  it("gives one row per agency, the levels, and names the file it could not read", async () => {
    const host = previewHost(engine, () => import("../../src/taskpane/preview/xlsx"));
    const files = ["sao-2566-questions.xlsx", "municipality-2567-two-years.xlsx", "eit-two-parts-2566.xlsx"].map((n) => file(n));
    files.push(file("พัง.xlsx", new TextEncoder().encode("ไม่ใช่สมุดงาน")));
    const o = await host.overview!(files);
    expect(o.agencies).toBe(3);
    expect(o.failed).toEqual([{ file: "พัง.xlsx", reason: expect.stringMatching(/^ไฟล์นี้เป็นไฟล์ข้อความ/) }]);
    expect(o.file.name).toBe("ภาพรวมITA.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await o.file.blob.arrayBuffer()) as unknown as ArrayBuffer);
    const rows = tableRows(wb.getWorksheet("ภาพรวมหน่วยงาน")!);
    expect(rows.map((r) => [r["ไฟล์"], r["คะแนนรวม"], r["ระดับ"]])).toEqual([
      ["eit-two-parts-2566.xlsx", 90.86, "ผ่าน"],
      ["sao-2566-questions.xlsx", 92.59, "ผ่านดี"],
      ["municipality-2567-two-years.xlsx", 96.53, "ผ่านดีเยี่ยม"],
    ]);
    const levels = Object.fromEntries(tableRows(wb.getWorksheet("ระดับผลการประเมิน")!).map((r) => [r["ระดับ"], r["จำนวนหน่วยงาน"]]));
    expect(levels).toEqual({ ผ่านดีเยี่ยม: 1, ผ่านดี: 1, ผ่าน: 1, ไม่ผ่าน: 0 });
  });

  it("refuses, in Thai, a file over the size limit before reading it, and a workbook over the cell limit naming its sheet", async () => {
    const host = previewHost(engine, () => import("../../src/taskpane/preview/xlsx"));
    await expect(host.open!(new File([new Uint8Array(51 * 1024 * 1024)], "ใหญ่.xlsx"))).rejects.toThrow(
      /^ไฟล์นี้มีขนาด 51 MB เกินขนาดที่อ่านได้ 50 MB: /,
    );
    const { readWorkbookFile } = await import("../../src/xlsx/read");
    const { fflateCodec } = await import("../../src/xlsx/codec-fflate");
    const bytes = readFileSync(path.join(EXAMPLES, "sao-2566-questions.xlsx"));
    expect(() => readWorkbookFile(bytes, { codec: fflateCodec, maxFilledCells: 50 })).toThrow(/นับถึงชีต “คะแนนรายข้อ”/);
  });
});
