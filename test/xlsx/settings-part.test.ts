// The settings model and its custom XML part (pure), and the `ita` command's reader of that part.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbookSettings } from "../../src/cli/workbook-settings";
import { nodeCodec } from "../../src/cli/node-codec";
import { decodeXml, readWorkbookSettingsFromBytes } from "../../src/xlsx/settings-part";
import {
  SETTINGS_NAMESPACE,
  analyzeOptionsFrom,
  defaultSettings,
  parseSettings,
  serializeSettings,
  validateSettings,
  type Settings,
} from "../../src/core";
import { isSettingsXml } from "../../src/core/settings/xml";
import { cellHash } from "../../src/core/settings/print";

const full: Settings = {
  agency: `องค์การบริหารส่วนตำบล "ทุ่งทอง" & <หมู่ 5>`,
  year: 2567,
  frameworkId: "2567",
  classification: { mode: "lowest", urgentBelow: 80, improveBelow: 90, lowestPerIssue: 2 },
  digits: "arabic",
  headName: "นายสมชาย ใจดี",
  headPosition: "นายกองค์การบริหารส่วนตำบลทุ่งทอง",
  district: "ท่าม่วง",
  province: "กาญจนบุรี",
  fiscalYear: 2568,
  sheets: [
    { id: "{A1B2}", key: "summary", name: "ITA-สรุปผล", writtenAt: "2024-11-23T02:30:00.000Z" },
    {
      id: "{C3D4}",
      key: "measures",
      name: "มาตรการ 'ของเรา'",
      writtenAt: "2024-11-23T02:30:00.000Z",
      marker: "k3x9q2-1",
      print: {
        headerRow: 4,
        heading: ["1a2b3c4d", "", "5e6f7a8b"],
        columns: [
          { key: "issue", header: "0badf00d" },
          { key: "progress", header: "", staff: true },
        ],
        rows: [
          { id: "2:2566-e-service", cells: ["11111111", ""] },
          { id: "3:x,y", cells: ["", "22222222"] },
        ],
      },
    },
    { id: "", key: "copy", name: "ITA-มาตรการ เดิม 23-11-2567", writtenAt: "2024-11-23T02:30:00.000Z", marker: "k3x9q2-1" },
  ],
};

describe("settings XML", () => {
  it("round-trips every field, with XML special characters escaped", () => {
    const xml = serializeSettings(full);
    expect(xml).toContain(`<itaSettings xmlns="${SETTINGS_NAMESPACE}" version="2">`);
    expect(xml).toContain("&amp; &lt;หมู่ 5&gt;");
    expect(parseSettings(xml)).toEqual({ settings: full, warnings: [] });
  });

  it("round-trips the defaults (blank fields stay blank: the engine detects them)", () => {
    const xml = serializeSettings(defaultSettings());
    expect(xml).not.toContain("<year>");
    expect(parseSettings(xml)?.settings).toEqual(defaultSettings());
  });

  it("recognises its namespace with or without a prefix and an XML declaration, and nothing else", () => {
    const prefixed = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ns0:itaSettings xmlns:ns0="${SETTINGS_NAMESPACE}" version="1"><ns0:year>2566</ns0:year><ns0:digits>arabic</ns0:digits></ns0:itaSettings>`;
    expect(isSettingsXml(prefixed)).toBe(true);
    expect(parseSettings(prefixed)?.settings).toMatchObject({ year: 2566, digits: "arabic" });
    expect(isSettingsXml(`<itaSettings xmlns="urn:ita-measures:settings:v2"/>`)).toBe(false);
    expect(isSettingsXml(`<itaSettings/>`)).toBe(false);
    expect(parseSettings(`<Reviewers xmlns="${SETTINGS_NAMESPACE}"/>`)).toBeUndefined();
  });

  it("falls back to defaults, with a warning, on damaged values", () => {
    const xml = `<itaSettings xmlns="${SETTINGS_NAMESPACE}" version="3"><year>สองพัน</year><digits>roman</digits><classification mode="x" urgentBelow="99" improveBelow="50"/><sheets><sheet key="summary"/><sheet id="{1}" key="issues" name="ก"/></sheets></itaSettings>`;
    const parsed = parseSettings(xml)!;
    expect(parsed.settings.year).toBeUndefined();
    expect(parsed.settings.digits).toBe("thai");
    expect(parsed.settings.classification).toEqual(defaultSettings().classification);
    expect(parsed.settings.sheets).toEqual([{ id: "{1}", key: "issues", name: "ก", writtenAt: "" }]);
    expect(parsed.warnings).toHaveLength(3);
  });

  it("leaves out, with a warning, a sheet record of a kind it does not know; reads version 1's kept copies and stamps", () => {
    const xml = `<itaSettings xmlns="${SETTINGS_NAMESPACE}" version="1"><sheets><sheet id="{1}" key="catalog" name="ก"/><sheet id="{2}" key="measures-copy" name="ข"/><sheet id="{3}" key="measures" name="ค"><row key="0badf00d" responsible="11111111"/></sheet></sheets></itaSettings>`;
    const parsed = parseSettings(xml)!;
    // Version 1's stamps covered three columns only: such a record has no fingerprint (its sheet is kept if changed).
    expect(parsed.settings.sheets).toEqual([
      { id: "{2}", key: "copy", name: "ข", writtenAt: "" },
      { id: "{3}", key: "measures", name: "ค", writtenAt: "" },
    ]);
    expect(parsed.warnings).toEqual([expect.stringContaining("“catalog”")]);
  });

  it("keeps numeric character references and newlines in names", () => {
    const s: Settings = { ...defaultSettings(), sheets: [{ id: "1", key: "summary", name: "บรรทัด\nสอง", writtenAt: "" }] };
    expect(parseSettings(serializeSettings(s))?.settings.sheets[0].name).toBe("บรรทัด\nสอง");
    expect(
      parseSettings(`<itaSettings xmlns="${SETTINGS_NAMESPACE}"><agency>&#3629;&#3610;&#3605;.</agency></itaSettings>`)?.settings.agency,
    ).toBe("อบต.");
  });
});

describe("settings model", () => {
  it("turns settings into the engine's options, blank fields left to detection", () => {
    expect(analyzeOptionsFrom(defaultSettings())).toEqual({ classification: defaultSettings().classification });
    expect(analyzeOptionsFrom(full)).toEqual({
      agency: full.agency,
      year: 2567,
      frameworkId: "2567",
      fiscalYear: 2568,
      classification: full.classification,
    });
  });

  it("validates user input in Thai", () => {
    expect(validateSettings(defaultSettings())).toEqual([]);
    const bad = {
      ...defaultSettings(),
      year: 67,
      classification: { mode: "threshold" as const, urgentBelow: 96, improveBelow: 95, lowestPerIssue: 0 },
    };
    expect(validateSettings(bad)).toHaveLength(3);
  });

  it("fingerprints a cell by its type and text, ignoring line-ending style only", () => {
    expect(cellHash("ก\r\nข")).toBe(cellHash("ก\nข"));
    expect(cellHash("ก ")).not.toBe(cellHash("ก"));
    expect(cellHash("85")).not.toBe(cellHash(85));
    expect(cellHash({ formula: "=A1" })).not.toBe(cellHash("=A1"));
    expect([cellHash(null), cellHash(""), cellHash(Number.NaN)]).toEqual(["", "", ""]);
    expect(cellHash("ก")).toMatch(/^[0-9a-f]{8}$/);
  });

  it("drops a fingerprint it cannot use (the sheet then counts as unverifiable, never as unchanged)", () => {
    const xml = `<itaSettings xmlns="${SETTINGS_NAMESPACE}" version="2"><sheets><sheet id="{1}" key="issues" name="ก"><print headerRow="3"><col key="a" h="1"/><row id="r" h="1,2"/></print></sheet></sheets></itaSettings>`;
    expect(parseSettings(xml)!.settings.sheets).toEqual([{ id: "{1}", key: "issues", name: "ก", writtenAt: "" }]);
  });
});

describe("readWorkbookSettings (the ita command)", () => {
  async function workbookWithPart(xml: string | undefined, encoding: "utf8" | "utf16" = "utf8"): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("คะแนน").getCell("A1").value = "i1";
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    zip.file("customXml/item1.xml", '<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>');
    if (xml !== undefined) {
      const body = `<?xml version="1.0" encoding="${encoding === "utf8" ? "UTF-8" : "UTF-16"}" standalone="no"?>\n${xml}`;
      const bytes =
        encoding === "utf8" ? Buffer.from(body, "utf8") : Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, "utf16le")]);
      zip.file("customXml/item2.xml", bytes);
      zip.file(
        "customXml/itemProps2.xml",
        '<?xml version="1.0"?><ds:datastoreItem ds:itemID="{X}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"/>',
      );
    }
    return zip.generateAsync({ type: "nodebuffer" });
  }

  it("finds our part among the workbook's custom XML parts", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ita-settings-"));
    const path = join(dir, "with.xlsx");
    writeFileSync(path, await workbookWithPart(serializeSettings(full)));
    expect(await readWorkbookSettings(path)).toEqual(full);
  });

  it("reads a UTF-16 part, and gives undefined for a workbook without one or a file that is not a zip", async () => {
    expect(readWorkbookSettingsFromBytes(await workbookWithPart(serializeSettings(full), "utf16"), nodeCodec)).toEqual(full);
    expect(readWorkbookSettingsFromBytes(await workbookWithPart(undefined), nodeCodec)).toBeUndefined();
    expect(readWorkbookSettingsFromBytes(Buffer.from("not a zip"), nodeCodec)).toBeUndefined();
    expect(decodeXml(new Uint8Array([0xef, 0xbb, 0xbf, 0x3c, 0x61, 0x2f, 0x3e]))).toBe("<a/>");
  });
});

describe("withSettingsPart (the preview's download)", () => {
  it("adds our part to a workbook written by exceljs, which Excel libraries still open, and replaces it on a second call", async () => {
    const { withSettingsPart } = await import("../../src/xlsx/settings-part");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("ITA-สรุปผล").getCell("A1").value = "สรุป";
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const once = withSettingsPart(bytes, full, nodeCodec);
    expect(readWorkbookSettingsFromBytes(once, nodeCodec)).toEqual(full);
    const twice = withSettingsPart(once, { ...full, agency: "อื่น" }, nodeCodec);
    const zip = await JSZip.loadAsync(twice);
    expect(Object.keys(zip.files).filter((f) => /^customXml\/item\d+\.xml$/.test(f))).toEqual(["customXml/item1.xml"]);
    expect(readWorkbookSettingsFromBytes(twice, nodeCodec)?.agency).toBe("อื่น");
    expect(await zip.file("xl/_rels/workbook.xml.rels")!.async("string")).toContain('Target="../customXml/item1.xml"');
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load(Buffer.from(twice) as unknown as ArrayBuffer);
    expect(reopened.getWorksheet("ITA-สรุปผล")!.getCell("A1").value).toBe("สรุป");
  });
});
