// Item codes in every spelling staff and OCR produce.
import { normalizeCode, parseCode } from "../../../src/core/text/code";

describe("parseCode", () => {
  it.each([
    ["i1", "i1"],
    ["I27", "i27"],
    ["ข้อ i1", "i1"],
    ["ข้อที่ e5", "e5"],
    ["(e3)", "e3"],
    ["[o7]", "o7"],
    ["E 3", "e3"],
    ["i๑๐", "i10"],
    ["e๑๕", "e15"],
    ["O14", "o14"],
    ["o43", "o43"],
    ["๐๑๔", "o14"],
    ["๐๔ แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", "o4"],
    ["014", "o14"],
    ["04 แผนยุทธศาสตร์", "o4"],
    ["ｉ５".replace("５", "5"), "i5"],
    ["  i2 ", "i2"],
    ["\u200bi2", "i2"],
    ["i1.", "i1"],
    ["e2: หน่วยงานปฏิบัติ", "e2"],
  ])("%s → %s", (raw, code) => {
    expect(parseCode(raw).code).toBe(code);
  });

  it("returns the text after the code", () => {
    expect(parseCode("i๑ การปฏิบัติงาน มากน้อยเพียงใด")).toEqual({ code: "i1", text: "การปฏิบัติงาน มากน้อยเพียงใด" });
    expect(parseCode("๐๑๔ แผนการจัดซื้อจัดจ้าง").text).toBe("แผนการจัดซื้อจัดจ้าง");
    expect(parseCode("(e3) หน่วยงานปฏิบัติ").text).toBe("หน่วยงานปฏิบัติ");
  });

  it("keeps OCR damage (`119 …` for i19) as a candidate only", () => {
    expect(parseCode("119 ท่านรู้แนวปฏิบัติ")).toEqual({ ocrCandidate: "i19", text: "ท่านรู้แนวปฏิบัติ" });
    expect(parseCode("๑๒๐ ขั้นตอนการขออนุญาต")).toEqual({ ocrCandidate: "i20", text: "ขั้นตอนการขออนุญาต" });
    expect(parseCode("17. ท่านทราบข้อมูล").ocrCandidate).toBe("i7");
    expect(parseCode("119").ocrCandidate).toBeUndefined();
    expect(parseCode("100 คะแนน").ocrCandidate).toBeUndefined();
  });

  it("reads any item number as a code: the catalog says which ones a framework has", () => {
    expect(parseCode("o44 รายการที่เพิ่มเอง").code).toBe("o44");
    expect(parseCode("i31").code).toBe("i31");
    expect(parseCode("E16").code).toBe("e16");
    expect(parseCode("131 ข้อความ").ocrCandidate).toBe("i31");
  });

  it.each([
    "i0",
    "i100",
    "ITA",
    "IIT",
    "EIT 2566",
    "e2566",
    "E-Service",
    "100.00",
    "๑๐๐.๐๐",
    "0.00",
    "๐.๐๐",
    "ตัวชี้วัดที่ 1",
    "2566",
    "",
    "iPhone",
    "o",
    "x1",
  ])("%s is not a code", (raw) => {
    const p = parseCode(raw);
    expect(p.code).toBeUndefined();
  });

  it("ignores values that are not text", () => {
    expect(parseCode(14)).toEqual({ text: "" });
    expect(parseCode(null)).toEqual({ text: "" });
    expect(parseCode(true)).toEqual({ text: "" });
  });
});

describe("normalizeCode", () => {
  it("gives the canonical code or undefined", () => {
    expect(normalizeCode("๐๑๘")).toBe("o18");
    expect(normalizeCode("ข้อ i๑๐")).toBe("i10");
    expect(normalizeCode("119 ท่านรู้")).toBeUndefined();
    expect(normalizeCode(14)).toBeUndefined();
  });
});
