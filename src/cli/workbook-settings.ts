// The task pane's settings, read from an .xlsx file by the `ita` command. The zip work is in
// workbook-settings-zip.ts (browser-safe, shared with the pane's preview); this adds the file path.
import { readFile } from "node:fs/promises";
import type { Settings } from "../core/settings";
import { readWorkbookSettingsFromBytes } from "./workbook-settings-zip";

export { decodeXml, readWorkbookSettingsFromBytes, withSettingsPart } from "./workbook-settings-zip";

/** The settings the Excel add-in saved in the workbook at `path`, if any. */
export async function readWorkbookSettings(path: string): Promise<Settings | undefined> {
  return readWorkbookSettingsFromBytes(await readFile(path));
}
