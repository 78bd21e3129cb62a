import { strFromU8, unzipSync } from "fflate";
import { buildO42Docx } from "../../../src/core/document/o42/compose";
import { o42FromAnalysis } from "../../../src/core/document/o42/from-analysis";
import type { O42Input } from "../../../src/core/document/o42/model";
import { result2566 } from "../render/fixture";

// The Word file itself: page set-up, fonts for Latin and Thai runs, heading styles and the TOC field,
// page numbers, tables whose header repeats and whose rows stay whole, the chart in SVG and PNG.

async function unpack(input: O42Input): Promise<Record<string, string>> {
  const files = unzipSync(await buildO42Docx(input));
  return Object.fromEntries(
    Object.entries(files).map(([name, bytes]) => [name, name.startsWith("word/media/") ? String(bytes.length) : strFromU8(bytes)]),
  );
}

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;
/** The text of every run, in document order. */
const runs = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);

describe("the o42 .docx", () => {
  const result = result2566({ agency: "องค์การบริหารส่วนตำบลตัวอย่าง" });
  const base = o42FromAnalysis(result, {
    head: { name: "นายสมชาย ตัวอย่าง", position: "นายกองค์การบริหารส่วนตำบลตัวอย่าง" },
    date: "2023-10-02",
    province: "ตัวอย่าง",
  });
  let files: Record<string, string>;
  let doc: string;
  beforeAll(async () => {
    files = await unpack(base);
    doc = files["word/document.xml"];
  });

  it("A4, margins 3 / 2 / 2.5 / 2.5 cm; the measures on landscape pages", () => {
    const sections = [...doc.matchAll(/<w:pgSz ([^/]*)\/><w:pgMar ([^/]*)\/>/g)];
    expect(sections).toHaveLength(5);
    for (const [, size, margin] of sections) {
      expect(size).toMatch(/w:w="(11906|16838)" w:h="(16838|11906)"/);
      expect(margin).toContain('w:top="1417" w:right="1134" w:bottom="1417" w:left="1701"');
    }
    expect(sections.map(([, size]) => /landscape/.test(size))).toEqual([false, false, false, true, false]);
  });

  it("TH SarabunPSK 16 pt for Latin and complex-script runs, Thai language, nothing embedded", () => {
    const styles = files["word/styles.xml"];
    const defaults = /<w:docDefaults>.*<\/w:docDefaults>/.exec(styles)![0];
    expect(defaults).toContain(
      '<w:rFonts w:ascii="TH SarabunPSK" w:cs="TH SarabunPSK" w:eastAsia="TH SarabunPSK" w:hAnsi="TH SarabunPSK"/>',
    );
    expect(defaults).toContain('<w:sz w:val="32"/><w:szCs w:val="32"/>');
    expect(defaults).toContain('<w:lang w:val="en-US" w:bidi="th-TH"/>');
    expect(defaults).toContain('w:lineRule="auto"');
    expect(Object.keys(files).some((f) => /fonts\/|\.odttf$|\.ttf$/.test(f))).toBe(false);
    expect(files["word/fontTable.xml"]).not.toContain("embed");
  });

  it("bold headings in Word's Heading 1 and 2 styles, which the TOC field lists", () => {
    const styles = files["word/styles.xml"];
    for (const id of ["Heading1", "Heading2"]) {
      const style = new RegExp(`<w:style w:type="paragraph" w:styleId="${id}">.*?</w:style>`).exec(styles)![0];
      expect(style).toContain("<w:b/><w:bCs/>");
    }
    expect(doc).toContain("TOC \\h \\o &quot;1-2&quot;");
    expect(count(doc, /<w:pStyle w:val="Heading1"\/>/g)).toBe(4);
    expect(count(doc, /<w:pStyle w:val="Heading2"\/>/g)).toBe(3 + 7);
    expect(files["word/settings.xml"]).toContain("<w:updateFields/>");
  });

  it("page numbers in the footer: none on the cover, ก ข for the front, 1 2 3 from part 1", () => {
    const numbering = [...doc.matchAll(/<w:pgNumType([^/]*)\/>/g)].map((m) => m[1].trim());
    expect(numbering).toEqual(["", 'w:start="1" w:fmt="thaiLetters"', 'w:start="1" w:fmt="decimal"', 'w:fmt="decimal"', 'w:fmt="decimal"']);
    const footers = Object.keys(files).filter((f) => /^word\/footer\d+\.xml$/.test(f));
    expect(footers).toHaveLength(4);
    for (const f of footers) expect(files[f]).toContain(">PAGE<");
  });

  it("tables: the header row repeats on every page; rows are kept whole where they fit a page", () => {
    const tables = doc.split("<w:tbl>").slice(1);
    // tools, indicators, 7 issues, measures, limitations
    expect(tables).toHaveLength(11);
    for (const t of tables) {
      const rows = t.split("<w:tr>").slice(1);
      expect(rows[0]).toContain("<w:tblHeader/>");
      expect(rows.slice(1).some((r) => r.includes("<w:tblHeader/>"))).toBe(false);
    }
    const whole = (t: string) =>
      t
        .split("<w:tr>")
        .slice(1)
        .every((r) => r.includes("<w:cantSplit/>"));
    expect(tables.filter((_, i) => i !== 9).every(whole)).toBe(true);
    // The measures table: the short keep-the-standard rows stay whole.
    const kept = tables[9]
      .split("<w:tr>")
      .slice(1)
      .filter((r) => r.includes("<w:cantSplit/>"));
    expect(kept.length).toBeGreaterThanOrEqual(1 + result.plan.rows.filter((r) => r.status === "maintain").length);
  });

  it("the chart as SVG with a PNG fallback, and its caption", () => {
    expect(
      Object.keys(files)
        .filter((f) => f.startsWith("word/media/"))
        .sort(),
    ).toEqual(["word/media/image1.png", "word/media/image1.svg"]);
    expect(Number(files["word/media/image1.png"])).toBeGreaterThan(5000);
    expect(doc).toContain("asvg:svgBlip");
    expect(runs(doc).join("")).toContain("ภาพที่ 1 คะแนนตัวชี้วัดที่ 1–10 เทียบกับเกณฑ์ 85 คะแนน");
  });

  it("cover, parts and the approval block with the head's name, position and a Buddhist-era date", () => {
    const text = runs(doc).join("\n");
    expect(text).toContain("มาตรการส่งเสริมคุณธรรมและความโปร่งใส\nภายในหน่วยงาน\nประจำปีงบประมาณ พ.ศ. 2567");
    expect(text).toContain("จังหวัดตัวอย่าง");
    for (const h of [
      "ส่วนที่ 1 ผลการประเมิน",
      "ส่วนที่ 2 การวิเคราะห์ผลรายประเด็น",
      "ส่วนที่ 3 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2567",
      "ส่วนที่ 4 ข้อจำกัดของหน่วยงาน",
    ])
      expect(text).toContain(h);
    expect(text).toMatch(/ลงชื่อ \.+\n\(นายสมชาย ตัวอย่าง\)\nตำแหน่ง นายกองค์การบริหารส่วนตำบลตัวอย่าง\nวันที่ 2 ตุลาคม 2566/);
    expect(text).toContain("ตุลาคม 2566");
    expect(text).not.toMatch(/2023|10-02/);
  });

  it("without a name, position or date the block leaves dotted lines to sign on", async () => {
    const bare = await unpack({ ...base, head: undefined, date: undefined });
    const text = runs(bare["word/document.xml"]).join("\n");
    expect(text).toMatch(/ลงชื่อ \.{10,}\n\(\.{10,}\)\nตำแหน่ง \.{10,}\nวันที่ \.+ เดือน \.+ พ\.ศ\. \.+/);
  });

  it("Thai digits everywhere: text, tables and page numbers", async () => {
    const thai = await unpack({ ...base, digits: "thai" });
    const xml = thai["word/document.xml"];
    const text = runs(xml).join("\n");
    expect(text).not.toMatch(/[0-9]/);
    expect(text).toContain("ประจำปีงบประมาณ พ.ศ. ๒๕๖๗");
    expect(text).toContain("วันที่ ๒ ตุลาคม ๒๕๖๖");
    expect(text).toContain("i๘");
    expect([...xml.matchAll(/w:fmt="(\w+)"/g)].map((m) => m[1])).toEqual(["thaiLetters", "thaiNumbers", "thaiNumbers", "thaiNumbers"]);
  });
});
