// Codes checked against the catalog texts: OCR that dropped the i, codes whose text is another item's,
// and the framework the codes imply.
import { itemScores, read, readAs, sheet, th, warnings } from "./build";
import type { CellValue } from "../../../src/core/types";
import { expectThaiFirst } from "../../fixtures/thai-first";

const I19 = "ท่านรู้แนวปฏิบัติของหน่วยงานของท่าน เกี่ยวกับการใช้ทรัพย์สินของราชการที่ถูกต้อง มากน้อยเพียงใด";
const I20 = "ขั้นตอนการขออนุญาตเพื่อยืมทรัพย์สินของราชการ ไปใช้ปฏิบัติงานมีความสะดวก มากน้อยเพียงใด";
const I6 =
  "เจ้าหน้าที่ของหน่วยงานท่านมีการให้เงิน ทรัพย์สิน ของขวัญ ของกำนัล หรือผลประโยชน์แก่บุคคลภายนอก เพื่อสร้างความสัมพันธ์ที่ดีและคาดหวังให้มีการตอบแทนในอนาคต หรือไม่";

/** A 2566 question table around the given rows (i21+ present, so the 2566 texts are the reference). */
function table2566(rows: CellValue[][]): CellValue[][] {
  return [
    ["ข้อคำถาม", "คะแนน"],
    ["i๒๑ เจ้าหน้าที่ของหน่วยงานท่าน มีการขออนุญาตยืมทรัพย์สินของราชการไปใช้ปฏิบัติงานอย่างถูกต้อง มากน้อยเพียงใด", th(100)],
    ...rows,
    ["i๒๒ บุคคลภายนอกหรือภาคเอกชน มีการนำทรัพย์สินของราชการไปใช้ โดยไม่ได้ขออนุญาตอย่างถูกต้อง มากน้อยเพียงใด", th(100)],
  ];
}

describe("OCR that dropped the i", () => {
  it("accepts 119 as i19 when the question text is i19's (Thai or Arabic digits, or a number cell)", () => {
    const result = read(
      sheet(
        "s",
        table2566([
          [`119 ${I19}`, th(100)],
          [`๑๒๐ ${I20}`, th(97.5)],
        ]),
      ),
      sheet("t", [
        ["ข้อ", "ข้อคำถาม", "คะแนน"],
        ["i23", "เจ้าหน้าที่ใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตัว", 99],
        [119, I19, 95],
      ]),
    );
    const scores = result.observations.filter((o) => o.target.kind === "item").map((o) => [(o.target as { code: string }).code, o.score]);
    expect(scores).toEqual([
      ["i21", 100],
      ["i19", 100],
      ["i20", 97.5],
      ["i22", 100],
      ["i23", 99],
      ["i19", 95],
    ]);
    expect(warnings(result)).toEqual([]);
  });

  it("does not accept 119 when the text is not i19's, and warns naming the cell", () => {
    const result = read(sheet("s", table2566([["119 การประชุมประจำเดือนของคณะผู้บริหาร", 90]])));
    expect(Object.keys(itemScores(result))).toEqual(["i21", "i22"]);
    const w = warnings(result);
    expect(w).toHaveLength(1);
    expect(w[0].cell).toBe("s!A3");
    expect(w[0].message).toMatch(/ที่ s!A3 อาจเป็นข้อ i19/);
    expectThaiFirst(w);
  });

  it("ignores numbers that only look like damaged codes outside a code column", () => {
    const result = read(sheet("s", [["ประชุมวันที่", "15 ธันวาคม 2566"], [], ["i1", 100], ["i2", 90]]));
    expect(warnings(result)).toEqual([]);
  });
});

describe("code and text disagree: trust the text", () => {
  it("reads a code whose text is clearly another item's as that item, with a warning naming both", () => {
    const result = read(sheet("s", table2566([[`i5 ${I6}`, 96]])));
    expect(itemScores(result)).toEqual({ i21: 100, i6: 96, i22: 100 });
    const w = warnings(result);
    expect(w).toHaveLength(1);
    expect(w[0].message).toMatch(/^รหัส i5 ที่ s!A3 .*ข้อ i6/);
    expectThaiFirst(w);
  });

  it("keeps the written code when the text is short, unknown or close to its own", () => {
    const result = read(
      sheet(
        "s",
        table2566([
          ["i1 ขั้นตอน", 90],
          ["i2 เจ้าหน้าที่ของหน่วยงานท่านปฏิบัติหรือให้บริการแก่บุคคลภายนอกอย่างเท่าเทียมกัน", 91],
          ["o3 อำนวยหน้าที่", 100],
        ]),
      ),
    );
    expect(itemScores(result)).toEqual({ i21: 100, i1: 90, i2: 91, o3: 100, i22: 100 });
    expect(warnings(result)).toEqual([]);
  });

  it("does not renumber a 2567 table by the 2566 texts (seed 003's question table)", () => {
    const rows: CellValue[][] = [
      ["ที่", "ประเด็น", "ข้อคำถาม", "คะแนน"],
      [
        "๑",
        "กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ",
        "i๑ การปฏิบัติงานหรือให้บริการของเจ้าหน้าที่ในหน่วยงานของท่านเป็นไปตามขั้นตอนและระยะเวลา มากน้อยเพียงใด",
        th(100),
      ],
      [null, null, "i๒ ในหน่วยงานของท่าน มีเจ้าหน้าที่ ที่ปฏิบัติงานหรือให้บริการแก่ผู้ติดต่อหรือผู้มารับบริการอย่างเท่าเทียมกันมากน้อยเพียงใด", th(100)],
      ["๒", "การให้บริการและระบบ E-Service", "e๙ ท่านเคยใช้งานระบบการให้บริการออนไลน์ (E-Service) ของหน่วยงานหรือไม่", th(82.49)],
      ["๔", "กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ", "i๑๐ ในหน่วยงานของท่าน มีเจ้าหน้าที่ ที่ขอยืมทรัพย์สินของราชการไปใช้อย่างถูกต้อง มากน้อยเพียงใด", th(100)],
      [null, null, "i๑๒ หน่วยงานของท่าน มีการตรวจสอบเพื่อป้องกันการนำทรัพย์สินของราชการไปใช้เพื่อประโยชน์ส่วนตัวเป็นประจำมากน้อยเพียงใด", th(96.97)],
      [
        "๕",
        "กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง",
        "i๔ หน่วยงานของท่าน ใช้จ่ายงบประมาณเป็นไปตามวัตถุประสงค์ มากน้อยเพียงใด",
        th(99.39),
      ],
    ];
    const result = readAs({ year: 2567 }, sheet("รายข้อ", rows));
    expect(itemScores(result)).toEqual({ i1: 100, i2: 100, e9: 82.49, i10: 100, i12: 96.97, i4: 99.39 });
    expect(result.problems).toEqual([]);
    expect(result.framework).toBe("2567");
    expect(result.observations.find((o) => o.target.kind === "item" && o.target.code === "e9")!.cell).toBe("รายข้อ!D4");
  });
});

describe("the framework the codes allow", () => {
  it("i16+ or e10+ only fit the 30-question lists (2566 when no year is given); codes within i15/e9 or OIT alone say nothing", () => {
    expect(
      read(
        sheet("a", [
          ["i16", 90],
          ["i1", 90],
        ]),
      ).framework,
    ).toBe("2566");
    expect(read(sheet("a", [["e10", 90]])).framework).toBe("2566");
    const within = read(
      sheet("a", [
        ["i15", 90],
        ["e9", 90],
        ["o30", 100],
      ]),
    );
    expect(within.framework).toBeUndefined();
    expect(
      read(
        sheet("a", [
          ["o1", 100],
          ["o2", 0],
        ]),
      ).framework,
    ).toBeUndefined();
  });
});
