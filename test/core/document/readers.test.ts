import { findPlace } from "../../../src/core/document/read/place";
import { readLimitationsSheet } from "../../../src/core/document/read/limitations-sheet";
import { readMeasuresSheet } from "../../../src/core/document/read/measures-sheet";
import { LIMITATION_PROMPTS } from "../../../src/core/document/o42/wording";
import type { SheetCells } from "../../../src/core/types";

const sheet = (name: string, values: SheetCells["values"]): SheetCells => ({ name, values });

describe("district and province from the title rows", () => {
  it("finds them with or without the short prefixes", () => {
    expect(findPlace({ sheets: [sheet("ก", [["องค์การบริหารส่วนตำบลห้วยทรายงาม อำเภอเมือง จังหวัดพะเยา"]])] })).toEqual({
      district: "เมือง",
      province: "พะเยา",
    });
    expect(findPlace({ sheets: [sheet("ก", [[null, "ทต.คงสมบูรณ์ อ.ท่าคันโท จ.กาฬสินธุ์"]])] })).toEqual({
      district: "ท่าคันโท",
      province: "กาฬสินธุ์",
    });
  });

  it("takes each from wherever it is first named, and nothing from a skipped sheet or lower rows", () => {
    const cells = { sheets: [sheet("ไม่อ่าน", [["จังหวัดผิด"]]), sheet("ก", [["อำเภอเมือง"], ["ผลการประเมิน"], ["จังหวัดตัวอย่าง"]])] };
    expect(findPlace(cells, (n) => n === "ไม่อ่าน")).toEqual({ district: "เมือง", province: "ตัวอย่าง" });
    const low = Array.from({ length: 20 }, () => ["คะแนน"]).concat([["จังหวัดไกล"]]);
    expect(findPlace({ sheets: [sheet("ก", low)] })).toEqual({});
    expect(findPlace({ sheets: [sheet("ก", [["ทุกจังหวัดทั่วประเทศ"]])] })).toEqual({});
  });
});

describe("the measures sheet as staff left it", () => {
  const header = ["ประเด็น", "ข้อบกพร่อง/ข้อค้นพบ", "มาตรการ", "ขั้นตอน/วิธีปฏิบัติ", "ผู้รับผิดชอบ", "ระยะเวลา", "รหัสข้อที่ตอบ", "หลักฐาน (o43)"];

  it("reads each row by column name below the title lines, merged issue cells included", () => {
    const read = readMeasuresSheet(
      sheet("ITA-มาตรการ", [
        ["มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ พ.ศ. 2567"],
        ["องค์การบริหารส่วนตำบลตัวอย่าง"],
        [],
        header,
        [
          "5. กระบวนการงบประมาณ",
          "i8 80.00",
          "เปิดให้บุคลากรร่วมจัดทำแผน",
          "1. ประชุม\n2. สรุปผล",
          "กองคลัง (งานการเงิน)",
          "ไตรมาส ๒",
          "i8, i7",
          "o11",
        ],
        [null, "i7", "แจ้งงบประมาณ", "1. แจ้งเวียน", "กองยุทธศาสตร์", "ทุกไตรมาส", "i7"],
        [],
      ]),
    )!;
    expect(read.headerRow).toBe(4);
    expect(read.rows).toEqual([
      {
        issue: "5. กระบวนการงบประมาณ",
        finding: "i8 80.00",
        measure: "เปิดให้บุคลากรร่วมจัดทำแผน",
        steps: "1. ประชุม\n2. สรุปผล",
        responsible: "กองคลัง (งานการเงิน)",
        timeframe: "ไตรมาส ๒",
      },
      {
        issue: "5. กระบวนการงบประมาณ",
        finding: "i7",
        measure: "แจ้งงบประมาณ",
        steps: "1. แจ้งเวียน",
        responsible: "กองยุทธศาสตร์",
        timeframe: "ทุกไตรมาส",
      },
    ]);
    expect(read.codes).toEqual([["i8", "i7"], ["i7"]]);
  });

  it("columns moved or added (a row id first) change nothing", () => {
    const moved = ["รหัสแถว", "ผู้รับผิดชอบ", "ระยะเวลา", "ประเด็น", "มาตรการ", "ข้อบกพร่อง/ข้อค้นพบ", "ขั้นตอน/วิธีปฏิบัติ"];
    const read = readMeasuresSheet(sheet("ITA-มาตรการ", [moved, ["m-1", "สำนักปลัด", "ตลอดปีงบประมาณ", "1. ก", "ค", "ข", "1. ง"]]))!;
    expect(read.rows).toEqual([
      { issue: "1. ก", finding: "ข", measure: "ค", steps: "1. ง", responsible: "สำนักปลัด", timeframe: "ตลอดปีงบประมาณ" },
    ]);
    expect(read.codes).toEqual([[]]);
  });

  it("staff columns the add-in carried beside ours are not read in their place; a sparse read (holes, offsets) reads the same", () => {
    // As the add-in carries them: a staff column just before the column it is named like.
    const cols = ["ประเด็น", "ข้อบกพร่อง/ข้อค้นพบ", "มาตรการ", "ขั้นตอนที่ทำแล้ว", "ขั้นตอน/วิธีปฏิบัติ", "ผู้รับผิดชอบร่วม", "ผู้รับผิดชอบ", "ระยะเวลา"];
    const row = ["1. ก", "ข", "ค", "ประชุมครั้งที่ 1 แล้ว", "1. ง", "กองช่าง", "สำนักปลัด", "ตลอดปีงบประมาณ"];
    const want = { issue: "1. ก", finding: "ข", measure: "ค", steps: "1. ง", responsible: "สำนักปลัด", timeframe: "ตลอดปีงบประมาณ" };
    expect(readMeasuresSheet(sheet("ITA-มาตรการ", [cols, row]))!.rows).toEqual([want]);
    // Excel's sparse read: only filled cells, from the used range's corner (B3 here).
    const holey: SheetCells["values"] = [];
    holey[0] = ["มาตรการ"];
    holey[2] = [...cols];
    holey[3] = [...row];
    delete holey[3][1];
    const read = readMeasuresSheet({ name: "ITA-มาตรการ", values: holey, rowOffset: 2, colOffset: 1 })!;
    expect(read.rows).toEqual([{ ...want, finding: "" }]);
    expect(read.headerRow).toBe(5);
    // A renamed header of ours is still found by its pattern.
    const renamed = cols.map((c) => (c === "ระยะเวลา" ? "ระยะเวลาดำเนินการ (เดือน)" : c));
    expect(readMeasuresSheet(sheet("ITA-มาตรการ", [renamed, row]))!.rows).toEqual([want]);
  });

  it("a sheet without the table is not a measures sheet", () => {
    expect(
      readMeasuresSheet(
        sheet("ITA-มาตรการ", [
          ["ประเด็น", "มาตรการ"],
          ["ก", "ข"],
        ]),
      ),
    ).toBeUndefined();
  });
});

describe("the limitations sheet", () => {
  it("reads side and detail; a prompt left as it was counts as not filled in", () => {
    const read = readLimitationsSheet(
      sheet("ITA-ข้อจำกัด", [
        ["ข้อจำกัดของหน่วยงาน"],
        ["ด้าน", "รายละเอียด"],
        ["บุคลากร", "มีเจ้าหน้าที่รับผิดชอบงาน ITA เพียง 1 คน"],
        ["งบประมาณ", LIMITATION_PROMPTS["งบประมาณ"]],
        ["อื่น ๆ", "ระบบอินเทอร์เน็ตไม่เสถียร"],
      ]),
    );
    expect(read).toEqual([
      { side: "บุคลากร", detail: "มีเจ้าหน้าที่รับผิดชอบงาน ITA เพียง 1 คน" },
      { side: "งบประมาณ", detail: "" },
      { side: "อื่น ๆ", detail: "ระบบอินเทอร์เน็ตไม่เสถียร" },
    ]);
    expect(readLimitationsSheet(sheet("อื่น", [["ก", "ข"]]))).toBeUndefined();
  });
});
