// `ita analyze --docx`: the o42 Word document, with the same output rules as --out, built from the
// workbook as staff left it.
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { SHEET_KINDS } from "../../src/core/sheet-kinds";
import { USAGE } from "../../src/cli/args";
import { isoDateOf } from "../../src/core/document";
import { nodeCodec } from "../../src/cli/node-codec";
import { readWorkbookFile } from "../../src/xlsx/read";
import { EXAMPLES, EXAMPLE_FILES, exists, run, tempDir, writeWorkbook } from "./helpers";
import { XlsxEdit } from "./xlsx-edit";

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => fs.rm(dir, { recursive: true, force: true }));

const documentText = async (file: string) => {
  const xml = strFromU8(unzipSync(new Uint8Array(await fs.readFile(file)))["word/document.xml"]);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("\n");
};

describe.each(EXAMPLE_FILES)("ita analyze %s --docx", (file) => {
  it("writes the o42 document and says what it was made from", async () => {
    const docx = path.join(dir, "o42.docx");
    const r = await run("analyze", path.join(EXAMPLES, file), "--docx", docx);
    expect(r.code).toBe(0);
    expect(r.out).toBe("");
    expect(r.err).toContain("เขียนเอกสาร o42");
    expect(r.err).toContain(`เพราะสมุดงานยังไม่มีแผ่นงาน ${SHEET_KINDS.measures.name}`);
    const text = await documentText(docx);
    expect(text).toContain("ส่วนที่ 3 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน");
    expect(text).toContain("ลงชื่อ");
  });
});

describe("--docx output rules (as --out)", () => {
  const input = path.join(EXAMPLES, EXAMPLE_FILES[0]);

  it("never replaces a file without --force, never the input, never another output, only .docx", async () => {
    const docx = path.join(dir, "o42.docx");
    await fs.writeFile(docx, "old");
    let r = await run("analyze", input, "--docx", docx);
    expect(r.code).toBe(1);
    expect(r.err).toContain("--force");
    expect(await fs.readFile(docx, "utf8")).toBe("old");
    r = await run("analyze", input, "--docx", docx, "--force");
    expect(r.code).toBe(0);
    expect((await fs.readFile(docx)).subarray(0, 2).toString()).toBe("PK");

    const copy = path.join(dir, "book.docx");
    await fs.copyFile(input, copy);
    r = await run("analyze", copy, "--docx", copy, "--force");
    expect(r.code).toBe(1);
    expect(r.err).toContain("ไม่เขียนทับไฟล์ต้นฉบับ");

    r = await run("analyze", input, "--docx", path.join(dir, "o42.xlsx"));
    expect(r.code).toBe(1);
    expect(r.err).toContain("--docx ต้องเป็นไฟล์ .docx");

    const both = path.join(dir, "same.docx");
    r = await run("analyze", input, "--docx", both, "--json", both);
    expect(r.code).toBe(1);
    expect(r.err).toContain("ต้องเป็นคนละไฟล์");
    expect(await exists(both)).toBe(false);
  });

  it("writes nothing when the data has errors", async () => {
    const bad = path.join(dir, "bad.xlsx");
    await writeWorkbook(bad, {
      คะแนน: [
        ["ข้อ", "คะแนน"],
        ["i1", 105],
      ],
    });
    const docx = path.join(dir, "o42.docx");
    const r = await run("analyze", bad, "--docx", docx);
    expect(r.code).toBe(1);
    expect(await exists(docx)).toBe(false);
  });

  it("is in the help; the document's date is the local day", () => {
    expect(USAGE).toContain("--docx <file.docx>");
    expect(isoDateOf(new Date(2026, 9, 1, 23, 30))).toBe("2026-10-01");
  });
});

describe("the document from a workbook staff edited", () => {
  it("uses their measures and limitations; a second --out keeps their limitations sheet", async () => {
    const first = path.join(dir, "analysis.xlsx");
    expect((await run("analyze", path.join(EXAMPLES, EXAMPLE_FILES[0]), "--out", first)).code).toBe(0);
    // Edited as Excel saves it: our marks (sheet-scoped names, the settings part) stay in the file.
    const book = readWorkbookFile(await fs.readFile(first), { codec: nodeCodec });
    const side = book.known.find((s) => s.name === SHEET_KINDS.limitations.name)!.cells!.values.findIndex((row) => row?.[0] === "บุคลากร");
    expect(side).toBeGreaterThan(0);
    const edit = new XlsxEdit(await fs.readFile(first));
    edit.text(SHEET_KINDS.limitations.name, side, 1, "มีเจ้าหน้าที่รับผิดชอบงาน ITA เพียงคนเดียว");
    const edited = path.join(dir, "edited.xlsx");
    await fs.writeFile(edited, edit.bytes());
    const docx = path.join(dir, "o42.docx");
    const again = path.join(dir, "again.xlsx");
    const r = await run("analyze", edited, "--docx", docx, "--out", again);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`จากแผ่นงาน ${SHEET_KINDS.measures.name} ตามที่เจ้าหน้าที่แก้ไขไว้`);
    expect(r.err).toContain(`ใช้ข้อจำกัดจากแผ่นงาน ${SHEET_KINDS.limitations.name}`);
    expect(await documentText(docx)).toContain("มีเจ้าหน้าที่รับผิดชอบงาน ITA เพียงคนเดียว");

    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(again);
    const names = out.worksheets.map((w) => w.name);
    expect(names.filter((n) => n.startsWith(SHEET_KINDS.limitations.name))).toEqual([SHEET_KINDS.limitations.name]);
    expect(names.filter((n) => n.startsWith(SHEET_KINDS.measures.name))).toEqual([SHEET_KINDS.measures.name]);
    expect(out.getWorksheet(SHEET_KINDS.limitations.name)!.getCell(side + 1, 2).value).toBe("มีเจ้าหน้าที่รับผิดชอบงาน ITA เพียงคนเดียว");
  });
});
