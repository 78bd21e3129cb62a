// The task pane's settings from an .xlsx file's bytes: customXml/item*.xml holds our custom XML
// part (namespace urn:ita-measures:settings:v1); exceljs ignores those parts, so open the zip.
// Browser-safe (jszip + the pure parser): the `ita` command and the pane's browser preview share it.
import JSZip from "jszip";
import { parseSettings, serializeSettings, type Settings } from "../core";

/** Decodes an XML file's bytes: UTF-8 unless a UTF-16 byte-order mark says otherwise. */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
}

const itemNumber = (name: string) => Number(/(\d+)\.xml$/i.exec(name)?.[1] ?? 0);

/** Settings from a workbook's bytes; undefined when it carries none (or is not a zip). */
export async function readWorkbookSettingsFromBytes(data: Uint8Array | ArrayBuffer): Promise<Settings | undefined> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    return undefined;
  }
  const items = Object.keys(zip.files)
    .filter((name) => /^customXml\/item\d+\.xml$/i.test(name))
    .sort((a, b) => itemNumber(a) - itemNumber(b));
  for (const name of items) {
    const parsed = parseSettings(decodeXml(await zip.file(name)!.async("uint8array")));
    if (parsed) return parsed.settings;
  }
  return undefined;
}

const REL_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const REL_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const CT_PROPS = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

/**
 * Adds (or replaces) our settings part in an .xlsx written by another library (exceljs drops
 * customXml/), wired as Excel does: customXml/itemN.xml + itemPropsN.xml, related from the workbook.
 */
export async function withSettingsPart(data: Uint8Array | ArrayBuffer, settings: Settings): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  let n = 1;
  for (const name of Object.keys(zip.files)) {
    if (!/^customXml\/item\d+\.xml$/i.test(name)) continue;
    const xml = decodeXml(await zip.file(name)!.async("uint8array"));
    if (parseSettings(xml)) {
      n = itemNumber(name);
      break;
    }
    n = Math.max(n, itemNumber(name) + 1);
  }
  const hex = (k: number) => Array.from({ length: k }, () => Math.floor(Math.random() * 16).toString(16)).join("");
  const guid = `{${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}}`.toUpperCase();
  zip.file(`customXml/item${n}.xml`, `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n${serializeSettings(settings)}`);
  zip.file(
    `customXml/itemProps${n}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${guid}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
  );
  zip.file(
    `customXml/_rels/item${n}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_PROPS}" Target="itemProps${n}.xml"/></Relationships>`,
  );
  const types = await zip.file("[Content_Types].xml")!.async("string");
  const override = `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${CT_PROPS}"/>`;
  if (!types.includes(`/customXml/itemProps${n}.xml`)) zip.file("[Content_Types].xml", types.replace("</Types>", `${override}</Types>`));
  const relsPath = "xl/_rels/workbook.xml.rels";
  const rels = await zip.file(relsPath)!.async("string");
  const target = `../customXml/item${n}.xml`;
  if (!rels.includes(`Target="${target}"`)) {
    const ids = Array.from(rels.matchAll(/Id="rId(\d+)"/g), (m) => Number(m[1]));
    const id = `rId${Math.max(0, ...ids) + 1}`;
    zip.file(
      relsPath,
      rels.replace("</Relationships>", `<Relationship Id="${id}" Type="${REL_CUSTOM_XML}" Target="${target}"/></Relationships>`),
    );
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
