import JSZip from "jszip";
import { deflateStoredZip } from "../../src/cli/zip-repack";

describe("deflateStoredZip", () => {
  it("recompresses a stored zip; every entry reads back intact with its CRC checked", async () => {
    const zip = new JSZip();
    const big = "<sheetData>" + '<row><c t="s"><v>ผลการประเมิน ITA</v></c></row>'.repeat(2000) + "</sheetData>";
    zip.file("xl/worksheets/sheet1.xml", big);
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("empty.txt", "");
    zip.file("ไทย/ชื่อไฟล์.xml", "ข้อความ");
    const stored = await zip.generateAsync({ type: "nodebuffer", compression: "STORE" });
    const packed = deflateStoredZip(stored);
    expect(packed.length).toBeLessThan(stored.length / 5);
    const back = await JSZip.loadAsync(packed, { checkCRC32: true });
    expect(await back.file("xl/worksheets/sheet1.xml")!.async("string")).toBe(big);
    expect(await back.file("[Content_Types].xml")!.async("string")).toBe("<Types/>");
    expect(await back.file("empty.txt")!.async("string")).toBe("");
    expect(await back.file("ไทย/ชื่อไฟล์.xml")!.async("string")).toBe("ข้อความ");
  });

  it("rejects bytes that are not a zip", () => {
    expect(() => deflateStoredZip(Buffer.from("not a zip at all, just some text here"))).toThrow(/zip/);
  });
});
