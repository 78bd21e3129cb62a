// The task pane's settings, read from an .xlsx file by the `ita` command. The zip work is in
// src/xlsx/settings-part.ts (browser-safe, shared with the pane's preview); this adds the file path.
import { readFile } from "node:fs/promises";
import type { Settings } from "../core";
import { readWorkbookSettingsFromBytes } from "../xlsx/settings-part";
import { nodeCodec } from "./node-codec";

/** The settings the Excel add-in saved in the workbook at `path`, if any. */
export async function readWorkbookSettings(path: string): Promise<Settings | undefined> {
  return readWorkbookSettingsFromBytes(await readFile(path), nodeCodec);
}
