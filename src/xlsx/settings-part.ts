// The task pane's settings in an .xlsx file: customXml/item*.xml holds our custom XML part
// (namespace urn:ita-measures:settings:v1). Browser-safe; the command and the preview share it.
// Our own output carries the part from the start (write.ts); withSettingsPart adds it to a file
// written by something else.
import type { Settings } from "../core";
import { parseSettings } from "../core";
import { settingsIn } from "./read";
import { settingsParts } from "./write";
import { ZipArchive, type ZipCodec, type ZipFile, decodeXmlBytes, writeZip } from "./zip";

export { decodeXmlBytes as decodeXml };

/** Settings from a workbook's bytes; undefined when it carries none (or is not a zip). */
export function readWorkbookSettingsFromBytes(data: Uint8Array, codec: ZipCodec): Settings | undefined {
  let zip: ZipArchive;
  try {
    zip = new ZipArchive(data);
  } catch {
    return undefined;
  }
  return settingsIn(zip, codec);
}

const REL_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const CT_PROPS = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

/** The same workbook with our settings part added (or replaced), wired as Excel does. */
export function withSettingsPart(data: Uint8Array, settings: Settings, codec: ZipCodec): Uint8Array {
  const zip = new ZipArchive(data);
  let n = 1;
  for (const name of zip.names()) {
    const m = /^customXml\/item(\d+)\.xml$/i.exec(name);
    if (!m) continue;
    if (parseSettings(zip.text(name, codec) ?? "")) {
      n = Number(m[1]);
      break;
    }
    n = Math.max(n, Number(m[1]) + 1);
  }
  const replaced = new Map<string, ZipFile>(settingsParts(settings, n).map((f) => [f.name.toLowerCase(), f]));
  const types = zip.text("[Content_Types].xml", codec) ?? "";
  const override = `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${CT_PROPS}"/>`;
  if (!types.includes(`/customXml/itemProps${n}.xml`))
    replaced.set("[content_types].xml", { name: "[Content_Types].xml", data: types.replace("</Types>", `${override}</Types>`) });
  const relsPath = "xl/_rels/workbook.xml.rels";
  const rels = zip.text(relsPath, codec) ?? "";
  const target = `../customXml/item${n}.xml`;
  if (!rels.includes(`Target="${target}"`)) {
    const ids = Array.from(rels.matchAll(/Id="rId(\d+)"/g), (m) => Number(m[1]));
    const id = `rId${Math.max(0, ...ids) + 1}`;
    replaced.set(relsPath, {
      name: relsPath,
      data: rels.replace("</Relationships>", `<Relationship Id="${id}" Type="${REL_CUSTOM_XML}" Target="${target}"/></Relationships>`),
    });
  }
  const files: ZipFile[] = zip.names().map((name) => replaced.get(name.toLowerCase()) ?? { name, data: zip.read(name, codec)! });
  for (const [key, f] of replaced) if (!zip.has(key)) files.push(f);
  return writeZip(files, codec);
}
