import { changeText, digitsIn, scoreText } from "../../../src/core/document/kit/digits";
import { estimatedLines, fitsOnPage, visibleLength } from "../../../src/core/document/kit/row-fit";
import { parseIsoDate, thaiDate, thaiMonthYear } from "../../../src/core/document/kit/thai-date";
import { cm, textArea } from "../../../src/core/document/kit/page";
import { Document, Packer } from "docx";
import { strFromU8, unzipSync } from "fflate";
import { docContext } from "../../../src/core/document/kit/context";
import { table } from "../../../src/core/document/kit/table";

describe("Thai dates in the Buddhist era", () => {
  it("writes day, Thai month and BE year", () => {
    expect(thaiDate(parseIsoDate("2026-10-01")!)).toBe("1 ตุลาคม 2569");
    expect(thaiDate(parseIsoDate("2024-02-29")!)).toBe("29 กุมภาพันธ์ 2567");
    expect(thaiMonthYear(parseIsoDate("2023-12-31")!)).toBe("ธันวาคม 2566");
    expect(digitsIn("thai")(thaiDate(parseIsoDate("2026-10-01")!))).toBe("๑ ตุลาคม ๒๕๖๙");
  });

  it("refuses what is not a date", () => {
    for (const bad of ["2023-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "1/10/2026", "2569-10-1", ""])
      expect(parseIsoDate(bad)).toBeUndefined();
    expect(parseIsoDate("2000-02-29")).toEqual({ year: 2000, month: 2, day: 29 });
    expect(parseIsoDate("1900-02-29")).toBeUndefined();
  });
});

describe("digits and figures", () => {
  it("scores to the cent, changes with their sign", () => {
    expect(scoreText(92.585)).toBe("92.59");
    expect(scoreText(80)).toBe("80.00");
    expect(changeText(10.39)).toBe("+10.39");
    expect(changeText(-0.91)).toBe("-0.91");
    expect(changeText(0)).toBe("0.00");
    expect(changeText(-0.001)).toBe("0.00");
  });

  it("Thai digits replace every Arabic digit, nothing else", () => {
    expect(digitsIn("thai")("i8 ได้ 78.35 คะแนน ปี 2566")).toBe("i๘ ได้ ๗๘.๓๕ คะแนน ปี ๒๕๖๖");
    expect(digitsIn("arabic")("i8 ได้ 78.35")).toBe("i8 ได้ 78.35");
    expect(digitsIn("arabic")("ไตรมาส ๒ ปี ๒๕๖๘")).toBe("ไตรมาส 2 ปี 2568");
  });
});

describe("page geometry", () => {
  it("A4 text width is 16 cm portrait and 24.7 cm landscape", () => {
    expect(textArea("portrait").width).toBe(11906 - cm(3) - cm(2));
    expect(Math.abs(textArea("portrait").width - cm(16))).toBeLessThanOrEqual(2);
    expect(Math.abs(textArea("landscape").width - cm(24.7))).toBeLessThanOrEqual(2);
  });
});

describe("row fit", () => {
  it("Thai vowel and tone marks take no width", () => {
    expect(visibleLength("ผู้รับผิดชอบ")).toBe(8);
    expect(visibleLength("abc")).toBe(3);
  });

  it("counts lines of each paragraph of a cell", () => {
    expect(estimatedLines("สำนักปลัด", 3, 14)).toBe(1);
    expect(estimatedLines("ก".repeat(200), 3, 14)).toBeGreaterThan(10);
    expect(estimatedLines("a\nb\nc", 3, 14)).toBe(3);
  });

  it("a row taller than a page may break; a normal row stays whole", () => {
    const page = textArea("landscape").height;
    expect(fitsOnPage(["สำนักปลัด", "ตลอดปีงบประมาณ"], [3, 3], 14, page, 600)).toBe(true);
    expect(fitsOnPage(["ก".repeat(3000), ""], [3, 3], 14, page, 600)).toBe(false);
  });
});

describe("table", () => {
  it("repeats its header, keeps short rows whole and lets a row taller than a page break", async () => {
    const ctx = docContext("arabic");
    const t = table(
      ctx,
      [
        { header: "ด้าน", width: 4 },
        { header: "รายละเอียด", width: 12 },
      ],
      [
        ["บุคลากร", "สั้น"],
        ["งบประมาณ", "ยาวมาก ".repeat(900)],
      ],
      "portrait",
    );
    const xml = strFromU8(unzipSync(await Packer.pack(new Document({ sections: [{ children: [t] }] }), "uint8array"))["word/document.xml"]);
    const rows = xml.split("<w:tr>").slice(1);
    expect(rows.map((r) => [r.includes("<w:tblHeader/>"), r.includes("<w:cantSplit/>")])).toEqual([
      [true, true],
      [false, true],
      [false, false],
    ]);
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
  });
});
