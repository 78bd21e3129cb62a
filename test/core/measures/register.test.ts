// The o42 document prints the library's measures and steps and the analysis's findings: they are
// written in the register of an official document (จัดทำ, เผยแพร่, ดำเนินการ, ผู้รับผิดชอบ), not
// everyday speech. This test fails on the casual markers the document engineer listed.
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { analyze } from "../../../src/core/analyze";
import { builtinLibrary } from "../../../src/core/measures/library";
import { nodeCodec } from "../../../src/cli/node-codec";
import { readWorkbookFile } from "../../../src/xlsx/read";

/** Everyday wording, each with why it does not belong in a signed, published document. */
const CASUAL: [RegExp, string][] = [
  [/ลงเว็บไซต์|(?:^|\s|และ|แล้ว|ก่อน|ให้|ต้อง)ลง(?!นาม|ทะเบียน|ชื่อ|พื้นที่|มือ|วันที่)\S*?(?:บน|ของ)เว็บไซต์/, "ลง…เว็บไซต์ → เผยแพร่"],
  [/(?:^|\s)ทำ(?!ให้|งาน|หน้าที่|การ)/, "ทำ… → จัดทำ/ดำเนินการ"],
  [/ดูว่า/, "ดูว่า → พิจารณาว่า/ตรวจสอบว่า"],
  [/ตรวจว่า/, "ตรวจว่า → ตรวจสอบว่า"],
  [/บอก/, "บอก → แจ้ง/ระบุ"],
  [/(?<!สอบ|คำ|ซัก)ถาม(?! – ตอบ)/, "ถาม → สอบถาม"],
  [/นับ.{0,40}ได้ผลหรือไม่/, "นับ…ได้ผลหรือไม่ → ประเมินผล"],
  [/ใช้คำง่าย/, "ใช้คำง่าย → ใช้ภาษาที่เข้าใจง่าย"],
  [/มีแต่บนกระดาษ/, "มีแต่บนกระดาษ → ยังไม่ได้นำไปปฏิบัติจริง"],
  [/ทำได้ไม่เต็มที่|ต้องทำให้สิ่งนี้มีอยู่จริง|แก้ที่กระบวนการทำงานจริง/, "the findings' old formula"],
];

function casual(texts: { where: string; text: string }[]): string[] {
  return texts.flatMap(({ where, text }) => CASUAL.filter(([re]) => re.test(text)).map(([, why]) => `${where}: ${why}: ${text}`));
}

const EXAMPLES = path.join(__dirname, "..", "..", "..", "examples");

describe("the register of what the o42 document prints", () => {
  it.each(["2566", "2567", "2568"])("the %s library's measures and steps", (framework) => {
    const texts = builtinLibrary(framework).flatMap((m) => [
      { where: m.id, text: m.measure },
      ...m.steps.map((s, i) => ({ where: `${m.id} step ${i + 1}`, text: s })),
    ]);
    expect(texts.length).toBeGreaterThan(150);
    expect(casual(texts)).toEqual([]);
  });

  it.each(["sao-2566-questions.xlsx", "municipality-2567-two-years.xlsx", "eit-two-parts-2566.xlsx"])(
    "the findings, readings and measures of %s",
    (file) => {
      const cells = readWorkbookFile(new Uint8Array(readFileSync(path.join(EXAMPLES, file))), { codec: nodeCodec }).cells;
      const result = analyze(cells);
      const texts = [
        ...result.items.filter((i) => i.finding).map((i) => ({ where: i.code, text: i.finding! })),
        ...result.indicators.filter((a) => a.finding).map((a) => ({ where: `indicator ${a.indicator}`, text: a.finding! })),
        ...result.issues.flatMap((s) => s.readings.map((text) => ({ where: `issue ${s.number} reading`, text }))),
        ...result.plan.rows.flatMap((m) => [
          { where: m.libraryId, text: m.finding },
          ...m.steps.map((text) => ({ where: m.libraryId, text })),
        ]),
      ];
      expect(texts.length).toBeGreaterThan(20);
      expect(casual(texts)).toEqual([]);
    },
  );

  it("catches each marker (the test can fail)", () => {
    const samples = [
      "ลงคู่มือบนเว็บไซต์",
      "ทำแบบฟอร์มออนไลน์",
      "ดูว่าขั้นใดซ้ำ",
      "ตรวจว่าใช้ได้",
      "บอกประชาชน",
      "ถามเจ้าหน้าที่",
      "นับผู้ใช้ว่าได้ผลหรือไม่",
      "ใช้คำง่าย",
      "มีแต่บนกระดาษ",
      "เห็นว่าเรื่องนี้ทำได้ไม่เต็มที่",
    ];
    expect(samples.map((text) => casual([{ where: "x", text }]).length)).toEqual(samples.map(() => 1));
    expect(casual([{ where: "x", text: "ผู้บริหารลงนาม แล้วเผยแพร่บนเว็บไซต์ ลงวันที่ในปีงบประมาณ และสอบถามผ่านช่องทางถาม – ตอบ" }])).toEqual([]);
  });
});
