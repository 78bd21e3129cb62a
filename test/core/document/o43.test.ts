import { strFromU8, unzipSync } from "fflate";
import * as fs from "fs";
import * as path from "path";
import { o43Docx, o43FileName, roundLine as doorRoundLine } from "../../../src/core/document";
import { buildO43Docx } from "../../../src/core/document/o43/compose";
import type { O43Input } from "../../../src/core/document/o43/model";
import { asOfLine, roundLine } from "../../../src/core/document/o43/wording";
import { buildO42Docx } from "../../../src/core/document/o42/compose";
import { o42FromAnalysis } from "../../../src/core/document/o42/from-analysis";
import type { GroupCounts, ProgressMeasure, ProgressReport, StatusCounts } from "../../../src/core/progress/model";
import { result2566 } from "../render/fixture";

// The o43 progress report as a Word file, from a report written by hand: the title and round, every
// count and percentage as printed, the late measures named, the evidence link, the kit's page and
// table look (the same as o42's), the approval block, Thai digits when asked.

// A progress report written by hand, as the builder would make it from a measures sheet: three
// issues, seven measures (done with a link, in progress, late and not started, cancelled, unreported,
// late and in progress with a link, done with a written note and no end date). The counts are
// worked out here by hand, so a test reads each printed figure against a number it can check.

const LINK_DONE = "https://www.example.go.th/ita/o43/manual-2568.pdf";
const LINK_LATE = "https://drive.example.org/f/12345?id=1&usp=sharing";

const base = { issueNumber: 1, result: "", obstacles: "", evidence: "", evidenceIsLink: false, late: false };

const MEASURES: ProgressMeasure[] = [
  {
    ...base,
    issue: "1. การปฏิบัติหน้าที่",
    measure: "จัดทำคู่มือการให้บริการประชาชนทุกงานบริการ",
    responsible: "สำนักปลัด",
    timeframe: "ต.ค. 2567 – ธ.ค. 2567",
    due: "2024-12-31",
    status: "done",
    percent: 100,
    result: "เผยแพร่คู่มือครบทั้ง 12 งานบริการแล้ว",
    evidence: LINK_DONE,
    evidenceIsLink: true,
    row: 5,
  },
  {
    ...base,
    issue: "1. การปฏิบัติหน้าที่",
    measure: "ประชุมชี้แจงแนวทางป้องกันผลประโยชน์ทับซ้อนแก่บุคลากร",
    responsible: "กองคลัง",
    timeframe: "ม.ค. 2568 – มิ.ย. 2568",
    due: "2025-06-30",
    status: "inProgress",
    percent: 50,
    result: "จัดประชุมแล้ว 1 ครั้ง จากที่กำหนด 2 ครั้ง",
    evidence: "รายงานการประชุม ครั้งที่ 1/2568",
    row: 6,
  },
  {
    ...base,
    issueNumber: 2,
    issue: "2. การใช้งบประมาณ",
    measure: "เผยแพร่แผนการใช้จ่ายงบประมาณประจำปีบนเว็บไซต์",
    responsible: "กองคลัง",
    timeframe: "ต.ค. 2567 – ก.พ. 2568",
    due: "2025-02-28",
    status: "notStarted",
    obstacles: "แผนยังรอผู้บริหารอนุมัติ",
    late: true,
    row: 7,
  },
  {
    ...base,
    issueNumber: 2,
    issue: "2. การใช้งบประมาณ",
    measure: "อบรมการจัดซื้อจัดจ้างด้วยระบบอิเล็กทรอนิกส์",
    responsible: "กองช่าง",
    timeframe: "เม.ย. 2568",
    due: "2025-04-30",
    status: "cancelled",
    result: "ยกเลิกเพราะกรมบัญชีกลางจัดอบรมให้แล้ว",
    row: 8,
  },
  {
    ...base,
    issueNumber: 3,
    issue: "3. การใช้อำนาจ",
    measure: "สำรวจความเห็นของบุคลากรต่อการมอบหมายงาน",
    responsible: "สำนักปลัด",
    timeframe: "ม.ค. 2568 – ก.ย. 2568",
    due: "2025-09-30",
    status: "unreported",
    row: 9,
  },
  {
    ...base,
    issueNumber: 3,
    issue: "3. การใช้อำนาจ",
    measure: "ทบทวนขั้นตอนการประเมินผลการปฏิบัติงานให้เปิดเผย",
    responsible: "กองช่าง",
    timeframe: "ต.ค. 2567 – ธ.ค. 2567",
    due: "2024-12-31",
    status: "inProgress",
    percent: 30,
    result: "ร่างขั้นตอนใหม่แล้ว",
    obstacles: "บุคลากรไม่เพียงพอ",
    evidence: LINK_LATE,
    evidenceIsLink: true,
    late: true,
    row: 10,
  },
  {
    ...base,
    issueNumber: 3,
    issue: "3. การใช้อำนาจ",
    measure: "เปิดช่องทางร้องเรียนการใช้อำนาจไม่เป็นธรรม",
    responsible: "กองการศึกษา",
    timeframe: "ตามความเหมาะสม",
    status: "done",
    percent: 100,
    result: "เปิดกล่องรับเรื่องและไลน์ทางการแล้ว",
    evidence: "ภาพถ่ายกล่องรับเรื่องร้องเรียน",
    row: 11,
  },
];

const counts = (c: Omit<StatusCounts, "percentDone">, percentDone?: number): StatusCounts => ({
  ...c,
  ...(percentDone !== undefined ? { percentDone } : {}),
});
const group = (label: string, c: Omit<StatusCounts, "percentDone">, percentDone?: number): GroupCounts => ({
  label,
  ...counts(c, percentDone),
});

function progressReport(o: Partial<ProgressReport> = {}): ProgressReport {
  const byRow = (...rows: number[]) => MEASURES.filter((m) => rows.includes(m.row));
  return {
    agency: "องค์การบริหารส่วนตำบลตัวอย่าง",
    fiscalYear: 2568,
    asOf: "2025-03-31",
    round: "halfYear",
    sheet: "ITA-มาตรการ",
    measures: MEASURES,
    overall: counts({ total: 7, done: 2, inProgress: 2, notStarted: 1, cancelled: 1, unreported: 1 }, 33.33),
    byIssue: [
      group("1. การปฏิบัติหน้าที่", { total: 2, done: 1, inProgress: 1, notStarted: 0, cancelled: 0, unreported: 0 }, 50),
      group("2. การใช้งบประมาณ", { total: 2, done: 0, inProgress: 0, notStarted: 1, cancelled: 1, unreported: 0 }, 0),
      group("3. การใช้อำนาจ", { total: 3, done: 1, inProgress: 1, notStarted: 0, cancelled: 0, unreported: 1 }, 33.33),
    ],
    byUnit: [
      group("สำนักปลัด", { total: 2, done: 1, inProgress: 0, notStarted: 0, cancelled: 0, unreported: 1 }, 50),
      group("กองคลัง", { total: 2, done: 0, inProgress: 1, notStarted: 1, cancelled: 0, unreported: 0 }, 0),
      group("กองช่าง", { total: 2, done: 0, inProgress: 1, notStarted: 0, cancelled: 1, unreported: 0 }, 0),
      group("กองการศึกษา", { total: 1, done: 1, inProgress: 0, notStarted: 0, cancelled: 0, unreported: 0 }, 100),
    ],
    late: byRow(7, 10),
    withoutEvidence: byRow(7, 9),
    undated: byRow(11),
    problems: [],
    ...o,
  };
}

const HEAD = { headName: "นายสมชาย ตัวอย่าง", headPosition: "นายกองค์การบริหารส่วนตำบลตัวอย่าง" };
const input = (o: Partial<O43Input> = {}, r: Partial<ProgressReport> = {}): O43Input => ({
  report: progressReport(r),
  digits: "arabic",
  date: "2025-04-05",
  ...HEAD,
  ...o,
});

async function unpack(i: O43Input): Promise<Record<string, string>> {
  const files = unzipSync(await buildO43Docx(i));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** The text of every run, in document order. */
const runs = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
/** Paragraphs' text, one a line. */
const lines = (xml: string) =>
  xml
    .split(/<w:p[ >]/)
    .slice(1)
    .map((p) => runs(p).join(""));
const tablesOf = (xml: string) =>
  xml
    .split("<w:tbl>")
    .slice(1)
    .map((t) => t.split("</w:tbl>")[0]);
/** A table as rows of cells, a cell's paragraphs joined by "\n". */
const cellsOf = (tbl: string) =>
  tbl
    .split("<w:tr>")
    .slice(1)
    .map((r) =>
      r
        .split("<w:tc>")
        .slice(1)
        .map((c) => lines(c).join("\n")),
    );

describe("the o43 .docx", () => {
  let files: Record<string, string>;
  let doc: string;
  let text: string;
  let tables: string[][][];
  beforeAll(async () => {
    files = await unpack(input());
    doc = files["word/document.xml"];
    text = lines(doc).join("\n");
    tables = tablesOf(doc).map(cellsOf);
  });

  it("the title, the fiscal year, the half-year round and the day the figures stand at", () => {
    expect(text).toContain(
      [
        "รายงานผลการดำเนินงานตามมาตรการ",
        "ส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "ประจำปีงบประมาณ พ.ศ. 2568",
        "รอบ 6 เดือน (1 ตุลาคม 2567 – 31 มีนาคม 2568)",
        "ข้อมูล ณ วันที่ 31 มีนาคม 2568",
        "องค์การบริหารส่วนตำบลตัวอย่าง",
      ].join("\n"),
    );
    expect(text).toContain("ITA-มาตรการ");
    expect(files["docProps/core.xml"]).toContain("รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน 2568");
  });

  it("the year-end round (as of 30 September) covers the whole fiscal year", async () => {
    const yearEnd = lines((await unpack(input({}, { round: "yearEnd", asOf: "2025-09-30" })))["word/document.xml"]).join("\n");
    expect(yearEnd).toContain("รอบ 12 เดือน (1 ตุลาคม 2567 – 30 กันยายน 2568)\nข้อมูล ณ วันที่ 30 กันยายน 2568");
    expect(yearEnd).not.toContain("รอบ 6 เดือน");
  });

  it("the round's words, the same for the sheet and the command", () => {
    expect(roundLine({ round: "halfYear", fiscalYear: 2568 })).toBe("รอบ 6 เดือน (1 ตุลาคม 2567 – 31 มีนาคม 2568)");
    expect(roundLine({ round: "yearEnd", fiscalYear: 2569 })).toBe("รอบ 12 เดือน (1 ตุลาคม 2568 – 30 กันยายน 2569)");
    expect(asOfLine({ asOf: "2025-03-31" })).toBe("ข้อมูล ณ วันที่ 31 มีนาคม 2568");
    expect(asOfLine({ asOf: "31/3/2568" })).toBe("ข้อมูล ณ วันที่ 31/3/2568");
    expect(doorRoundLine).toBe(roundLine);
  });

  it("part 1: the figures in a sentence and the counts by status with their shares", () => {
    expect(text).toContain(
      "มาตรการทั้งหมด 7 มาตรการ แยกเป็นดำเนินการแล้ว 2 มาตรการ กำลังดำเนินการ 2 มาตรการ ยังไม่เริ่ม 1 มาตรการ ยกเลิก 1 มาตรการ และยังไม่ระบุสถานะ 1 มาตรการ",
    );
    expect(text).toContain("มาตรการที่ดำเนินการแล้วคิดเป็นร้อยละ 33.33 ของมาตรการที่ต้องดำเนินการ");
    expect(text).toContain("ตารางที่ 1 จำนวนมาตรการแยกตามสถานะการดำเนินงาน");
    expect(tables[0]).toEqual([
      ["สถานะ", "จำนวน (มาตรการ)", "ร้อยละของมาตรการทั้งหมด"],
      ["ดำเนินการแล้ว", "2", "28.57"],
      ["กำลังดำเนินการ", "2", "28.57"],
      ["ยังไม่เริ่ม", "1", "14.29"],
      ["ยกเลิก", "1", "14.29"],
      ["ไม่ระบุสถานะ", "1", "14.29"],
      ["รวม", "7", "100.00"],
    ]);
  });

  it("part 2: by issue and by responsible unit, each closed by the whole report's row", () => {
    const head = ["ทั้งหมด", "ดำเนินการแล้ว", "กำลังดำเนินการ", "ยังไม่เริ่ม", "ยกเลิก", "ไม่ระบุสถานะ", "ร้อยละที่ดำเนินการแล้ว"];
    const total = ["รวม", "7", "2", "2", "1", "1", "1", "33.33"];
    expect(tables[1]).toEqual([
      ["ประเด็น", ...head],
      ["1. การปฏิบัติหน้าที่", "2", "1", "1", "0", "0", "0", "50.00"],
      ["2. การใช้งบประมาณ", "2", "0", "0", "1", "1", "0", "0.00"],
      ["3. การใช้อำนาจ", "3", "1", "1", "0", "0", "1", "33.33"],
      total,
    ]);
    expect(tables[2]).toEqual([
      ["หน่วยงานที่รับผิดชอบ", ...head],
      ["สำนักปลัด", "2", "1", "0", "0", "0", "1", "50.00"],
      ["กองคลัง", "2", "0", "1", "1", "0", "0", "0.00"],
      ["กองช่าง", "2", "0", "1", "0", "1", "0", "0.00"],
      ["กองการศึกษา", "1", "1", "0", "0", "0", "0", "100.00"],
      total,
    ]);
  });

  it("part 3: each late measure named with who answers for it, its timeframe, status and obstacles; those without evidence", () => {
    expect(text).toContain("มาตรการ 2 มาตรการต่อไปนี้พ้นระยะเวลาที่กำหนดแล้วแต่ยังไม่แล้วเสร็จ");
    expect(tables[3]).toEqual([
      ["ที่", "มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา", "สถานะ", "ปัญหาอุปสรรค"],
      ["3", "เผยแพร่แผนการใช้จ่ายงบประมาณประจำปีบนเว็บไซต์", "กองคลัง", "ต.ค. 2567 – ก.พ. 2568", "ยังไม่เริ่ม", "แผนยังรอผู้บริหารอนุมัติ"],
      ["6", "ทบทวนขั้นตอนการประเมินผลการปฏิบัติงานให้เปิดเผย", "กองช่าง", "ต.ค. 2567 – ธ.ค. 2567", "กำลังดำเนินการ", "บุคลากรไม่เพียงพอ"],
    ]);
    expect(tables[4]).toEqual([
      ["ที่", "มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา", "สถานะ"],
      ["3", "เผยแพร่แผนการใช้จ่ายงบประมาณประจำปีบนเว็บไซต์", "กองคลัง", "ต.ค. 2567 – ก.พ. 2568", "ยังไม่เริ่ม"],
      ["5", "สำรวจความเห็นของบุคลากรต่อการมอบหมายงาน", "สำนักปลัด", "ม.ค. 2568 – ก.ย. 2568", "ไม่ระบุสถานะ"],
    ]);
    expect(text).toContain("มาตรการลำดับที่ 7 ระบุระยะเวลาที่ไม่มีวันสิ้นสุดที่ชัดเจน");
  });

  it("part 3 says so when no measure is late and every one has evidence", async () => {
    const clean = (await unpack(input({}, { late: [], withoutEvidence: [], undated: [] })))["word/document.xml"];
    const t = lines(clean).join("\n");
    expect(t).toContain("ไม่มีมาตรการใดที่พ้นระยะเวลาที่กำหนดโดยยังไม่แล้วเสร็จ");
    expect(t).toContain("ทุกมาตรการที่ไม่ได้ยกเลิกมีหลักฐานการดำเนินงานแล้ว");
    expect(tablesOf(clean)).toHaveLength(4);
  });

  it("part 4: every measure on landscape pages, the late ones marked, percentages at 2 decimals", () => {
    const all = tables[5];
    expect(all[0]).toEqual(["ที่", "ประเด็น", "มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา", "สถานะ", "ร้อยละ", "ผลการดำเนินงาน", "หลักฐาน", "ปัญหาอุปสรรค"]);
    expect(all).toHaveLength(1 + MEASURES.length);
    expect(all.slice(1).map((r) => r[0])).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    expect(all.slice(1).map((r) => r[5])).toEqual([
      "ดำเนินการแล้ว",
      "กำลังดำเนินการ",
      "ยังไม่เริ่ม\n(พ้นกำหนด)",
      "ยกเลิก",
      "ไม่ระบุสถานะ",
      "กำลังดำเนินการ\n(พ้นกำหนด)",
      "ดำเนินการแล้ว",
    ]);
    expect(all.slice(1).map((r) => r[6])).toEqual(["100.00", "50.00", "-", "-", "-", "30.00", "100.00"]);
    expect(all[2]).toEqual([
      "2",
      "1. การปฏิบัติหน้าที่",
      "ประชุมชี้แจงแนวทางป้องกันผลประโยชน์ทับซ้อนแก่บุคลากร",
      "กองคลัง",
      "ม.ค. 2568 – มิ.ย. 2568",
      "กำลังดำเนินการ",
      "50.00",
      "จัดประชุมแล้ว 1 ครั้ง จากที่กำหนด 2 ครั้ง",
      "รายงานการประชุม ครั้งที่ 1/2568",
      "",
    ]);
    // The mark is bold, so it reads at a glance.
    const late = tablesOf(doc)[5].split("<w:tr>")[4].split("<w:tc>")[6];
    expect(late).toContain("<w:b/><w:bCs/>");
    expect(text).toContain("“(พ้นกำหนด)” ในช่องสถานะ");
  });

  it("evidence that is a web address is a clickable link to it", () => {
    const links = [...doc.matchAll(/<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>(.*?)<\/w:hyperlink>/g)];
    const xmlText = (t: string) => t.replace(/&/g, "&amp;");
    expect(links.map((m) => runs(m[2]).join(""))).toEqual([LINK_DONE, LINK_LATE].map(xmlText));
    const rels = files["word/_rels/document.xml.rels"];
    for (const [, id] of links) {
      const rel = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*/>`).exec(rels)![0];
      expect(rel).toContain('TargetMode="External"');
    }
    expect(rels).toContain(`Target="${LINK_DONE}"`);
    expect(rels).toContain(`Target="${xmlText(LINK_LATE)}"`);
    expect(links[0][2]).toContain('<w:rStyle w:val="Hyperlink"/>');
  });

  it("A4 with the kit's margins: part 1 portrait, parts 2–4 landscape, the approval portrait; pages numbered from 1", () => {
    const sections = [...doc.matchAll(/<w:pgSz ([^/]*)\/><w:pgMar ([^/]*)\/>/g)];
    expect(sections.map(([, size]) => /landscape/.test(size))).toEqual([false, true, false]);
    for (const [, , margin] of sections) expect(margin).toContain('w:top="1417" w:right="1134" w:bottom="1417" w:left="1701"');
    expect([...doc.matchAll(/<w:pgNumType([^/]*)\/>/g)].map((m) => m[1].trim())).toEqual([
      'w:start="1" w:fmt="decimal"',
      'w:fmt="decimal"',
      'w:fmt="decimal"',
    ]);
  });

  it("the tables look as o42's: the kit's borders, margins, fixed layout, grey header repeated, rows kept whole", async () => {
    const o42 = strFromU8(unzipSync(await buildO42Docx(o42FromAnalysis(result2566({}))))["word/document.xml"]);
    const look = (t: string) => ({
      borders: /<w:tblBorders>.*?<\/w:tblBorders>/.exec(t)![0],
      layout: /<w:tblLayout [^>]*\/>/.exec(t)![0],
      margins: /<w:tblCellMar>.*?<\/w:tblCellMar>/.exec(t)![0],
      head: /<w:trPr>.*?<\/w:trPr>/.exec(t)![0],
      fill: /<w:shd [^>]*\/>/.exec(t)![0],
    });
    const reference = look(tablesOf(o42)[0]);
    for (const t of tablesOf(doc)) {
      expect(look(t)).toEqual(reference);
      const rows = t.split("<w:tr>").slice(1);
      expect(rows[0]).toContain("<w:tblHeader/>");
      expect(rows.every((r) => r.includes("<w:cantSplit/>"))).toBe(true);
    }
  });

  it("the approval block with the head's name, position and the document's Buddhist-era date", () => {
    expect(text).toContain(
      "ผู้บริหารขององค์การบริหารส่วนตำบลตัวอย่างได้รับทราบผลการดำเนินงานตามมาตรการ ประจำปีงบประมาณ พ.ศ. 2568 รอบ 6 เดือน (1 ตุลาคม 2567 – 31 มีนาคม 2568) แล้ว",
    );
    expect(text).toMatch(/ลงชื่อ \.+\n\(นายสมชาย ตัวอย่าง\)\nตำแหน่ง นายกองค์การบริหารส่วนตำบลตัวอย่าง\nวันที่ 5 เมษายน 2568/);
    expect(text).not.toMatch(/2025|04-05/);
  });

  it("without a name, position or date the block leaves dotted lines to sign on", async () => {
    const bare = lines((await unpack(input({ headName: undefined, headPosition: "  ", date: "" })))["word/document.xml"]).join("\n");
    expect(bare).toMatch(/ลงชื่อ \.{10,}\n\(\.{10,}\)\nตำแหน่ง \.{10,}\nวันที่ \.+ เดือน \.+ พ\.ศ\. \.+/);
  });

  it("Thai digits everywhere but in the web addresses, which print as they are typed", async () => {
    const thai = (await unpack(input({ digits: "thai" })))["word/document.xml"];
    const outside = thai.replace(/<w:hyperlink .*?<\/w:hyperlink>/g, "");
    const t = lines(outside).join("\n");
    expect(t).not.toMatch(/[0-9]/);
    expect(t).toContain("รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๗ – ๓๑ มีนาคม ๒๕๖๘)");
    expect(t).toContain("ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๘");
    expect(t).toContain("ร้อยละ ๓๓.๓๓");
    expect(t).toContain("วันที่ ๕ เมษายน ๒๕๖๘");
    const thaiTables = tablesOf(thai).map(cellsOf);
    expect(thaiTables[0][1]).toEqual(["ดำเนินการแล้ว", "๒", "๒๘.๕๗"]);
    expect(thaiTables[5][3][0]).toBe("๓");
    expect(lines(thai).join("\n")).toContain("https://drive.example.org/f/12345?id=1&amp;usp=sharing");
    expect([...thai.matchAll(/w:fmt="(\w+)"/g)].map((m) => m[1])).toEqual(["thaiNumbers", "thaiNumbers", "thaiNumbers"]);
  });

  it("a report with no measures still makes a document that says so", async () => {
    const none = { total: 0, done: 0, inProgress: 0, notStarted: 0, cancelled: 0, unreported: 0 };
    const empty = (
      await unpack(input({}, { measures: [], overall: none, byIssue: [], byUnit: [], late: [], withoutEvidence: [], undated: [] }))
    )["word/document.xml"];
    expect(lines(empty).join("\n")).toContain("แผ่นงาน ITA-มาตรการ ยังไม่มีมาตรการให้ติดตาม");
    expect(tablesOf(empty)).toHaveLength(0);
  });

  it("a report without an agency name prints the placeholder", async () => {
    const t = lines((await unpack(input({}, { agency: " " })))["word/document.xml"]).join("\n");
    expect(t).toContain("(ชื่อหน่วยงาน)");
  });
});

describe("the o43 door", () => {
  it("names the file by fiscal year and round", () => {
    expect(o43FileName(2568, "halfYear")).toBe("o43-2568-6m.docx");
    expect(o43FileName(2568, "yearEnd")).toBe("o43-2568-12m.docx");
  });

  it("the job gives the .docx bytes and the fiscal year", async () => {
    const { bytes, fiscalYear } = await o43Docx(progressReport(), { digits: "arabic", date: "2025-04-05" });
    expect(fiscalYear).toBe(2568);
    expect(strFromU8(unzipSync(bytes)["word/document.xml"])).toContain("รอบ 6 เดือน");
  });

  it("the wording module stays pure: nothing it imports, near or far, loads docx", () => {
    const seen = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = fs.readFileSync(file, "utf8");
      for (const [, spec] of source.matchAll(/from\s+"([^"]+)"/g)) {
        expect(spec).not.toBe("docx");
        if (spec.startsWith(".")) walk(path.resolve(path.dirname(file), `${spec}.ts`));
      }
    };
    walk(path.resolve(__dirname, "../../../src/core/document/o43/wording.ts"));
    expect(seen.size).toBeGreaterThan(1);
  });
});
