// The task pane's settings, read from an .xlsx file: customXml/item*.xml holds our custom XML
// part (namespace urn:ita-measures:settings:v1). exceljs ignores those parts, so open the zip.
import { readFile } from "node:fs/promises";
import JSZip from "jszip";
import { parseSettings, type Settings } from "../core/settings";

/** Decodes an XML file's bytes: UTF-8 unless a UTF-16 byte-order mark says otherwise. */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
}

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
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  for (const name of items) {
    const xml = decodeXml(await zip.file(name)!.async("uint8array"));
    const parsed = parseSettings(xml);
    if (parsed) return parsed.settings;
  }
  return undefined;
}

/** The settings the Excel add-in saved in the workbook at `path`, if any. */
export async function readWorkbookSettings(path: string): Promise<Settings | undefined> {
  return readWorkbookSettingsFromBytes(await readFile(path));
}
