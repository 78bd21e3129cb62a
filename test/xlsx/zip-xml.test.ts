// The zip container and the XML text rules our reader and writer share.
import JSZip from "jszip";
import { nodeCodec } from "../../src/cli/node-codec";
import { fflateCodec } from "../../src/xlsx/codec-fflate";
import { decodeText, escapeAttr, escapeText, runText, textElement } from "../../src/xlsx/xml";
import { ZipArchive, ZipFormatError, crc32, writeZip } from "../../src/xlsx/zip";

describe("the zip container", () => {
  it("writes zips other tools read with their CRCs checked, and reads zips other tools wrote", async () => {
    const big = "<sheetData>" + '<row><c t="s"><v>ผลการประเมิน ITA</v></c></row>'.repeat(2000) + "</sheetData>";
    const files = [
      { name: "xl/worksheets/sheet1.xml", data: big },
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "empty.txt", data: "" },
    ];
    for (const codec of [nodeCodec, fflateCodec]) {
      const bytes = writeZip(files, codec);
      expect(bytes.length).toBeLessThan(big.length / 5);
      const back = await JSZip.loadAsync(bytes, { checkCRC32: true });
      expect(await back.file("xl/worksheets/sheet1.xml")!.async("string")).toBe(big);
      expect(await back.file("empty.txt")!.async("string")).toBe("");
      const ours = new ZipArchive(bytes);
      expect(ours.text("XL/Worksheets/Sheet1.xml", codec)).toBe(big); // part names compare without case
    }
    const jszip = new JSZip();
    jszip.file("a/b.xml", "<ข้อความ/>");
    jszip.file("stored.txt", "plain", { compression: "STORE" });
    const theirs = new ZipArchive(await jszip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    expect(theirs.text("a/b.xml", fflateCodec)).toBe("<ข้อความ/>");
    expect(theirs.text("stored.txt", fflateCodec)).toBe("plain");
  });

  it("computes the standard CRC-32, as native zlib does", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    const data = new TextEncoder().encode("ข้อมูลคะแนน ITA ".repeat(100));
    expect(crc32(data)).toBe(nodeCodec.crc32 ? nodeCodec.crc32(data) : crc32(data));
  });

  it("refuses what it cannot read: not a zip, an encrypted entry, a part larger than allowed", () => {
    expect(() => new ZipArchive(new TextEncoder().encode("not a zip at all, just some text here"))).toThrow(ZipFormatError);
    const bytes = writeZip([{ name: "x.xml", data: "<a>" + "b".repeat(1000) + "</a>" }], nodeCodec);
    const flagged = bytes.slice();
    // Set the "encrypted" bit in the central directory entry.
    const central = flagged.findIndex(
      (_, i) => flagged[i] === 0x50 && flagged[i + 1] === 0x4b && flagged[i + 2] === 1 && flagged[i + 3] === 2,
    );
    flagged[central + 8] |= 1;
    expect(() => new ZipArchive(flagged).read("x.xml", nodeCodec)).toThrow(/encrypted/);
    expect(() => new ZipArchive(bytes).read("x.xml", nodeCodec, 100)).toThrow(/larger than 100 bytes/);
  });
});

describe("XML text", () => {
  it("escapes and decodes both ways, with OOXML's _xHHHH_ for what XML cannot hold", () => {
    const text = 'a & b < c > d "e" \u0001 _x0041_ ไทย';
    const escaped = escapeText(text);
    expect(escaped).toBe('a &amp; b &lt; c &gt; d "e" _x0001_ _x005F_x0041_ ไทย');
    expect(decodeText(escaped)).toBe(text);
    expect(escapeText("ธรรมดา")).toBe("ธรรมดา");
    expect(escapeAttr('x "y" & <z>\n')).toBe("x &quot;y&quot; &amp; &lt;z&gt;&#10;");
    expect(decodeText("&#x0E01;&#3586;&amp;")).toBe("กข&");
    expect(textElement(" เว้นหน้า")).toBe('<t xml:space="preserve"> เว้นหน้า</t>');
  });

  it("reads the text of rich runs, leaving phonetic runs out", () => {
    const xml = '<si><r><t>ตัว</t></r><r><rPr><b/></rPr><t>หนา</t></r><rPh sb="0" eb="1"><t>ヨミ</t></rPh></si>';
    expect(runText(xml, 0, xml.length)).toBe("ตัวหนา");
  });
});
