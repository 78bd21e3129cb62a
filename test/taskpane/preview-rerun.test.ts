// The browser preview on a workbook the command (or the preview) wrote, after staff worked in it:
// the same reader and plan as the command, so the download has our sheets replaced in place with
// what staff typed carried, and the result says how many cells were carried.
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { defaultSettings, SHEET_KINDS } from "../../src/core";
import { nodeCodec } from "../../src/cli/node-codec";
import { engine } from "../../src/taskpane/engine";
import { previewHost } from "../../src/taskpane/preview/preview-host";
import { readWorkbookFile } from "../../src/xlsx/read";
import { EXAMPLES, EXAMPLE_FILES, run } from "../cli/helpers";
import { XlsxEdit } from "../cli/xlsx-edit";

describe("the preview run on a workbook we wrote", () => {
  it("replaces our sheets in place and carries the staff edits, as the command does", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ita-preview-rerun-"));
    const first = path.join(dir, "first.xlsx");
    expect((await run("analyze", path.join(EXAMPLES, EXAMPLE_FILES[0]), "--out", first)).code).toBe(0);
    const book = readWorkbookFile(await fs.readFile(first), { codec: nodeCodec });
    const header = book.settings!.sheets.find((s) => s.key === "measures")!.print!.headerRow;
    const edit = new XlsxEdit(await fs.readFile(first));
    const finding = "ผู้รับบริการร้องเรียนเรื่องความล่าช้า 3 ครั้ง";
    edit.text(SHEET_KINDS.measures.name, header + 1, 1, finding);
    await fs.rm(dir, { recursive: true, force: true });

    const host = previewHost(engine, () => import("../../src/taskpane/preview/xlsx"));
    const scan = await host.open!(new File([edit.bytes() as BlobPart], "คะแนน.xlsx"));
    expect(scan.ownSheets.map((s) => s.name)).toContain(SHEET_KINDS.measures.name);
    expect(scan.cells.ownSheets).toContain(SHEET_KINDS.summary.name);
    const out = await host.run({ ...defaultSettings(), digits: "arabic" }, () => {});
    if (out.kind !== "written") throw new Error(out.kind);
    expect(out).toMatchObject({ edited: 1, carried: 1, keptCopies: [] });
    const again = readWorkbookFile(new Uint8Array(await out.file!.blob.arrayBuffer()), { codec: nodeCodec });
    expect(again.known.map((s) => s.name)).toEqual(book.known.map((s) => s.name));
    expect(again.known.find((s) => s.name === SHEET_KINDS.measures.name)!.cells!.values[header + 1][1]).toBe(finding);
  });
});
