// Edits to a workbook file as Excel saves them, made on the XML itself (a library round trip would
// drop what the test is about: sheet-scoped names, the custom XML part, shared formulas).
import { cellA1 } from "../../src/core";
import { nodeCodec } from "../../src/cli/node-codec";
import { ZipArchive, writeZip } from "../../src/xlsx/zip";

export class XlsxEdit {
  readonly parts = new Map<string, string>();

  constructor(bytes: Uint8Array) {
    const zip = new ZipArchive(bytes);
    for (const name of zip.names()) this.parts.set(name, zip.text(name, nodeCodec) ?? "");
  }

  bytes(): Uint8Array {
    return writeZip(
      [...this.parts].map(([name, data]) => ({ name, data })),
      nodeCodec,
    );
  }

  /** The worksheet part of a sheet, by its name in workbook.xml. */
  partOf(sheet: string): string {
    const wb = this.parts.get("xl/workbook.xml")!;
    const esc = sheet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const rid = new RegExp(`<sheet [^>]*name="${esc}"[^>]*r:id="(rId\\d+)"`).exec(wb)?.[1];
    const rels = this.parts.get("xl/_rels/workbook.xml.rels")!;
    const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    if (!rid || !target) throw new Error(`no sheet ${sheet}`);
    return `xl/${target.replace(/^\/?xl\//, "")}`;
  }

  renameSheet(from: string, to: string): void {
    this.parts.set("xl/workbook.xml", this.parts.get("xl/workbook.xml")!.replace(` name="${from}"`, ` name="${to}"`));
  }

  /** Removes the settings part (customXml) as a tool that does not know it would. */
  dropSettings(): void {
    for (const name of [...this.parts.keys()]) if (name.startsWith("customXml/")) this.parts.delete(name);
    const rels = "xl/_rels/workbook.xml.rels";
    this.parts.set(rels, this.parts.get(rels)!.replace(/<Relationship [^>]*customXml[^>]*\/>/g, ""));
    const types = "[Content_Types].xml";
    this.parts.set(types, this.parts.get(types)!.replace(/<Override PartName="\/customXml[^>]*\/>/g, ""));
  }

  /** Sets one cell (0-based) to the given inner XML and attributes, as Excel writes it. */
  setCell(sheet: string, row: number, col: number, cell: { t?: string; inner: string; s?: number }): void {
    const part = this.partOf(sheet);
    let xml = this.parts.get(part)!;
    const ref = cellA1(row, col);
    const attrs = `r="${ref}"${cell.s !== undefined ? ` s="${cell.s}"` : ""}${cell.t ? ` t="${cell.t}"` : ""}`;
    const c = `<c ${attrs}>${cell.inner}</c>`;
    const existing = new RegExp(`<c r="${ref}"(?:\\s[^>]*?)?(?:/>|>.*?</c>)`);
    if (existing.test(xml)) xml = xml.replace(existing, c);
    else {
      const rowRe = new RegExp(`<row r="${row + 1}"([^>]*)>(.*?)</row>`);
      const m = rowRe.exec(xml);
      if (m) {
        // After the last cell of a lower column.
        const cells = [...m[2].matchAll(/<c r="([A-Z]+)\d+"[^>]*?(?:\/>|>.*?<\/c>)/g)];
        const before = cells.filter((x) => colOf(x[1]) < col);
        const at = before.length ? m[2].indexOf(before[before.length - 1][0]) + before[before.length - 1][0].length : 0;
        xml = xml.replace(rowRe, `<row r="${row + 1}"$1>${m[2].slice(0, at)}${c}${m[2].slice(at)}</row>`);
      } else {
        const rows = [...xml.matchAll(/<row r="(\d+)"/g)];
        const next = rows.find((x) => Number(x[1]) > row + 1);
        const newRow = `<row r="${row + 1}">${c}</row>`;
        xml = next ? xml.slice(0, next.index) + newRow + xml.slice(next.index) : xml.replace("</sheetData>", `${newRow}</sheetData>`);
      }
    }
    this.parts.set(part, xml);
  }

  text(sheet: string, row: number, col: number, value: string): void {
    this.setCell(sheet, row, col, { t: "inlineStr", inner: `<is><t>${value}</t></is>` });
  }
}

function colOf(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}
