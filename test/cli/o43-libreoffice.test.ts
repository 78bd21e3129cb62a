// The o43 progress report opens in LibreOffice Writer and converts to PDF: its text holds the title,
// the round and a late measure's name; the measures table sits on landscape pages and no word of any
// page runs past its right margin. Page 1 and the first measures page are drawn to PNG in
// /tmp/ita-o43-pages (with the whole PDF) for a person to look at. Skipped, with a note, when soffice or poppler is missing.
import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildO43Docx } from "../../src/core/document/o43/compose";
import { roundLine } from "../../src/core/document/o43/wording";
import type { GroupCounts, ProgressMeasure, ProgressReport, StatusCounts } from "../../src/core/progress/model";
import { percentDone } from "../../src/core/progress/status";
import { normalise } from "../fixtures/seed-text";
import { convert, describeWithOffice } from "./office";

const poppler = ["pdftotext", "pdftoppm", "pdfinfo"].every((c) => spawnSync(c, ["-v"], { encoding: "utf8" }).status === 0);
if (!poppler) console.log("poppler (pdftotext, pdftoppm, pdfinfo) not on PATH: skipping the o43 PDF test");
const maybe = poppler ? describeWithOffice("the o43 PDF test") : describe.skip;

const PAGES = path.join(os.tmpdir(), "ita-o43-pages");
const TITLE = "รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";
const LATE = "จัดทำและเผยแพร่แผนการจัดซื้อจัดจ้างประจำปีพร้อมรายงานผลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์ของหน่วยงาน";

// Measures as staff fill the sheet, long cells and web addresses included.
const m = (o: Partial<ProgressMeasure> & Pick<ProgressMeasure, "issue" | "measure" | "status" | "row">): ProgressMeasure => ({
  responsible: "สำนักปลัด",
  timeframe: "ต.ค. 2567 – ก.ย. 2568",
  result: "",
  obstacles: "",
  evidence: "",
  evidenceIsLink: false,
  late: false,
  ...o,
});
const MEASURES: ProgressMeasure[] = [
  m({
    issue: "1. การปฏิบัติหน้าที่",
    measure: "จัดทำคู่มือมาตรฐานการให้บริการประชาชนของทุกงานบริการ และเผยแพร่ทางเว็บไซต์",
    status: "done",
    percent: 100,
    result: "จัดทำคู่มือครบ 12 งานบริการ ผู้บริหารลงนามเห็นชอบเมื่อวันที่ 15 มกราคม 2568 และเผยแพร่แล้ว",
    evidence: "https://www.tambon-example.go.th/ita/2568/o43/service-manuals.pdf",
    evidenceIsLink: true,
    row: 5,
  }),
  m({
    issue: "1. การปฏิบัติหน้าที่",
    measure: "ประชุมชี้แจงแนวทางการป้องกันผลประโยชน์ทับซ้อนแก่บุคลากรทุกระดับ",
    responsible: "สำนักปลัด (งานการเจ้าหน้าที่)",
    timeframe: "ม.ค. 2568 – มิ.ย. 2568",
    status: "inProgress",
    percent: 50,
    result: "ประชุมแล้ว 1 ครั้ง มีผู้เข้าร่วม 48 คน จากที่กำหนดไว้ 2 ครั้ง",
    evidence: "รายงานการประชุมครั้งที่ 1/2568",
    row: 6,
  }),
  m({
    issue: "2. การใช้งบประมาณ",
    measure: LATE,
    responsible: "กองคลัง",
    timeframe: "ต.ค. 2567 – ก.พ. 2568",
    status: "notStarted",
    obstacles: "แผนยังรอผู้บริหารอนุมัติ และเจ้าหน้าที่พัสดุย้ายไปหน่วยงานอื่น",
    late: true,
    row: 7,
  }),
  m({
    issue: "2. การใช้งบประมาณ",
    measure: "อบรมเจ้าหน้าที่เรื่องการจัดซื้อจัดจ้างด้วยระบบอิเล็กทรอนิกส์",
    responsible: "กองคลัง",
    timeframe: "เม.ย. 2568",
    status: "cancelled",
    result: "ยกเลิก เพราะกรมบัญชีกลางจัดอบรมออนไลน์ให้แล้ว",
    row: 8,
  }),
  m({ issue: "3. การใช้อำนาจ", measure: "สำรวจความเห็นของบุคลากรต่อการมอบหมายงานและการประเมินผล", status: "unreported", row: 9 }),
  m({
    issue: "3. การใช้อำนาจ",
    measure: "ทบทวนขั้นตอนการประเมินผลการปฏิบัติงานให้เปิดเผยและตรวจสอบได้",
    responsible: "กองช่าง",
    timeframe: "ต.ค. 2567 – ธ.ค. 2567",
    status: "inProgress",
    percent: 30,
    result: "ร่างขั้นตอนใหม่แล้ว รอเสนอคณะกรรมการ",
    obstacles: "บุคลากรไม่เพียงพอ",
    evidence: "https://drive.google.com/drive/folders/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456",
    evidenceIsLink: true,
    late: true,
    row: 10,
  }),
  m({
    issue: "5. การแก้ไขปัญหาการทุจริต",
    measure: "เปิดช่องทางแจ้งเบาะแสการทุจริตทางไลน์ทางการของหน่วยงาน และรายงานผลการจัดการเรื่องร้องเรียนทุกไตรมาส",
    responsible: "สำนักปลัด (งานนิติการ)",
    timeframe: "ไตรมาส 1–4",
    status: "done",
    percent: 100,
    result: "เปิดช่องทางแล้ว ได้รับเรื่อง 3 เรื่อง ดำเนินการแล้วเสร็จทั้งหมด",
    evidence: "https://line.me/R/ti/p/@tambon-example",
    evidenceIsLink: true,
    row: 11,
  }),
];

function counts(ms: ProgressMeasure[]): StatusCounts {
  const n = (s: ProgressMeasure["status"]) => ms.filter((x) => x.status === s).length;
  const p = percentDone(n("done"), ms.length - n("cancelled"));
  return {
    total: ms.length,
    done: n("done"),
    inProgress: n("inProgress"),
    notStarted: n("notStarted"),
    cancelled: n("cancelled"),
    unreported: n("unreported"),
    ...(p !== undefined ? { percentDone: p } : {}),
  };
}
const groups = (key: (x: ProgressMeasure) => string): GroupCounts[] =>
  [...new Set(MEASURES.map(key))].map((label) => ({ label, ...counts(MEASURES.filter((x) => key(x) === label)) }));

const REPORT: ProgressReport = {
  agency: "องค์การบริหารส่วนตำบลตัวอย่าง",
  fiscalYear: 2568,
  asOf: "2025-03-31",
  round: "halfYear",
  sheet: "ITA-มาตรการ",
  measures: MEASURES,
  overall: counts(MEASURES),
  byIssue: groups((x) => x.issue),
  byUnit: groups((x) => x.responsible),
  late: MEASURES.filter((x) => x.late),
  withoutEvidence: MEASURES.filter((x) => x.status !== "cancelled" && !x.evidence),
  undated: [],
  problems: [],
};

const sh = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: "utf8" }).stdout;

maybe("the o43 document in LibreOffice", () => {
  let dir: string;
  let pdf: string;
  let pages: string[];
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "ita-o43-"));
    const docx = path.join(dir, "o43.docx");
    await fs.writeFile(
      docx,
      await buildO43Docx({
        report: REPORT,
        digits: "arabic",
        date: "2025-04-05",
        headName: "นางสาวทดสอบ ระบบเอกสาร",
        headPosition: "นายกองค์การบริหารส่วนตำบลตัวอย่าง",
      }),
    );
    const r = convert(dir, "pdf", dir, [docx]);
    if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
    pdf = path.join(dir, "o43.pdf");
    const count = Number(/Pages:\s+(\d+)/.exec(sh("pdfinfo", [pdf]))![1]);
    pages = Array.from({ length: count }, (_, i) =>
      sh("pdftotext", ["-raw", "-enc", "UTF-8", "-f", `${i + 1}`, "-l", `${i + 1}`, pdf, "-"]),
    );
  }, 180_000);
  afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

  it("the PDF's text holds the title, the round and the late measure's name", () => {
    const text = normalise(pages.join("\n"));
    expect(text).toContain(normalise(TITLE));
    expect(text).toContain(normalise(roundLine(REPORT)));
    expect(text).toContain(normalise("ข้อมูล ณ วันที่ 31 มีนาคม 2568"));
    expect(text).toContain(normalise(LATE));
    expect(normalise(pages[0])).toContain(normalise("ร้อยละ 33.33"));
  });

  it("the measures table is on landscape pages, the approval back on a portrait one", () => {
    const sizes = [...sh("pdfinfo", ["-f", "1", "-l", `${pages.length}`, pdf]).matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map(
      ([, w, h]) => Number(w) > Number(h),
    );
    const table = pages.findIndex((p) => normalise(p).includes(normalise("ส่วนที่ 4 ผลการดำเนินงานรายมาตรการ")));
    expect(table).toBeGreaterThan(0);
    expect(sizes[table]).toBe(true);
    expect(sizes[0]).toBe(false);
    expect(sizes[sizes.length - 1]).toBe(false);
    expect(normalise(pages[pages.length - 1])).toContain(normalise("(นางสาวทดสอบ ระบบเอกสาร)"));
  });

  it("no word runs past a page's right margin (2 cm), so every table fits its page", () => {
    const bbox = sh("pdftotext", ["-bbox", pdf, "-"]);
    const over: string[] = [];
    for (const [, width, words] of bbox.matchAll(/<page width="([\d.]+)"[^>]*>([\s\S]*?)<\/page>/g)) {
      const limit = Number(width) - (2 / 2.54) * 72 + 1;
      for (const [, xMax, word] of words.matchAll(/<word [^>]*xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g))
        if (Number(xMax) > limit) over.push(`${word} (${xMax} > ${limit.toFixed(1)})`);
    }
    expect(over).toEqual([]);
  });

  it("page 1 and the first measures page are drawn for a person to look at", async () => {
    const table = pages.findIndex((p) => normalise(p).includes(normalise("ส่วนที่ 4 ผลการดำเนินงานรายมาตรการ"))) + 1;
    await fs.rm(PAGES, { recursive: true, force: true });
    await fs.mkdir(PAGES, { recursive: true });
    for (const page of [1, table]) {
      const r = spawnSync("pdftoppm", [
        "-png",
        "-r",
        "80",
        "-f",
        `${page}`,
        "-l",
        `${page}`,
        "-singlefile",
        pdf,
        path.join(PAGES, `page-${page}`),
      ]);
      expect(r.status).toBe(0);
    }
    await fs.copyFile(pdf, path.join(PAGES, "o43.pdf"));
    const drawn = await fs.readdir(PAGES);
    expect(drawn).toEqual(expect.arrayContaining(["page-1.png", `page-${table}.png`]));
  });
});
