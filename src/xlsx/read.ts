// A workbook file's bytes → the raw values the engine reads, the add-in's settings, and (for the
// output workbook) what is copied of each input sheet. Our own reader: one pass per sheet, no
// workbook model, and limits checked before anything large is inflated. Browser-safe: the zip
// codec is passed in (native zlib in the command, fflate in the preview).
import {
  type CellValue,
  MAX_FILLED_CELLS,
  type Problem,
  type Settings,
  type WorkbookCells,
  parseSettings,
  problem,
  uniqueSheetName,
} from "../core";
import { parseCsv } from "./csv";
import { fileKind } from "./file-kind";
import { MAX_PART_BYTES, MAX_SHEET_XML_BYTES, sheetTooLarge, tooManyCells } from "./limits";
import { parseRelationships, relsPartOf } from "./opc";
import { type SheetCopy, copyRootAttrs, scanSheet } from "./sheet-scan";
import { attribute, attributes, elements, firstElement, runText } from "./xml";
import { ZipArchive, type ZipCodec } from "./zip";

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SourceSheet {
  /** The name in the input: what the engine reads and what problems name. */
  name: string;
  /** The name in the output workbook: the same unless Excel would refuse the input's. */
  outputName: string;
  state: SheetState;
  /** From an .xlsx: the sheet's XML as values. */
  copy?: SheetCopy;
  /** From a CSV: the values, written as a plain sheet. */
  values?: CellValue[][];
}

export interface SourceWorkbook {
  sheets: SourceSheet[];
  date1904: boolean;
  /** The input's shared strings as raw <si> items, kept at their indices, and its root's namespaces. */
  sharedStrings: { items: string[]; rootAttrs: string };
  /** The input's styles.xml and theme, which copied cells refer to by index. */
  styles?: string;
  theme?: string;
}

export interface ReadWorkbook {
  cells: WorkbookCells;
  source: SourceWorkbook;
  settings?: Settings;
  /** Warnings about the file itself (a sheet copied under another name), for the analysis. */
  problems: Problem[];
}

export interface ReadOptions {
  codec: ZipCodec;
  /** Keep what the output workbook copies of each sheet (the command's --out, the preview). */
  keepCopy?: boolean;
  /** The file's name: a CSV's one sheet is named after it. */
  fileName?: string;
  maxFilledCells?: number;
  /** Bytes of sheet XML decoded at a time (tests). */
  chunkBytes?: number;
}

const itemNumber = (name: string) => Number(/(\d+)\.xml$/i.exec(name)?.[1] ?? 0);

/** The add-in's settings in the workbook's custom XML parts, if any. */
export function settingsIn(zip: ZipArchive, codec: ZipCodec): Settings | undefined {
  const items = zip
    .names()
    .filter((name) => /^customXml\/item\d+\.xml$/i.test(name))
    .sort((a, b) => itemNumber(a) - itemNumber(b));
  for (const name of items) {
    const parsed = parseSettings(zip.text(name, codec, MAX_PART_BYTES) ?? "");
    if (parsed) return parsed.settings;
  }
  return undefined;
}

/** The shared strings' texts, and (for the copy) their raw items. */
function sharedStringsOf(xml: string | undefined, keepItems: boolean): { texts: string[]; items: string[]; rootAttrs: string } {
  if (!xml) return { texts: [], items: [], rootAttrs: copyRootAttrs("") };
  const root = firstElement(xml, "sst");
  const texts: string[] = [];
  const items: string[] = [];
  for (const si of elements(xml, "si", root?.innerStart ?? 0)) {
    texts.push(runText(xml, si.innerStart, si.innerEnd));
    if (keepItems) items.push(xml.slice(si.start, si.end));
  }
  return { texts, items, rootAttrs: copyRootAttrs(root?.attrs ?? "") };
}

/** Why Excel refuses a sheet name, in Thai and English. */
function renameReason(name: string, duplicate: boolean): [string, string] {
  if (/^history$/i.test(name)) return ["เป็นชื่อที่ Excel สงวนไว้", "a name Excel reserves"];
  if (name.length > 31) return ["ยาวเกิน 31 ตัวอักษร", "longer than 31 characters"];
  if (duplicate) return ["ซ้ำกับชื่อชีตอื่นในสมุดงาน", "the same as another sheet's"];
  return ["มีอักขระที่ชื่อชีตใช้ไม่ได้", "has characters a sheet name cannot have"];
}

function renameWarning(name: string, outputName: string, duplicate: boolean): Problem {
  const [thai, en] = renameReason(name, duplicate);
  return problem(
    "warning",
    "",
    `ชื่อชีต “${name}” ${thai} จึงคัดลอกชีตนี้ลงสมุดงานใหม่ในชื่อ “${outputName}”: ถ้าต้องการชื่อเดิมในสมุดงานใหม่ ให้เปลี่ยนชื่อชีตในไฟล์ต้นฉบับให้สั้นลงและไม่ซ้ำ แล้ววิเคราะห์อีกครั้ง`,
    `sheet "${name}" is ${en}: copied as "${outputName}"`,
  );
}

/** Output names Excel accepts, in order: a name core's sheet-name rule would change is replaced, with a warning. */
function outputNames(names: string[]): { outputNames: string[]; problems: Problem[] } {
  const taken: string[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const outputNames = names.map((name) => {
    const out = uniqueSheetName(name, taken);
    taken.push(out);
    const duplicate = seen.has(name.toLocaleLowerCase("en"));
    seen.add(name.toLocaleLowerCase("en"));
    if (out !== name) problems.push(renameWarning(name, out, duplicate));
    return out;
  });
  return { outputNames, problems };
}

function readXlsxZip(zip: ZipArchive, options: ReadOptions): ReadWorkbook {
  const { codec, keepCopy = false } = options;
  const limit = options.maxFilledCells ?? MAX_FILLED_CELLS;
  const text = (part: string) => zip.text(part, codec, MAX_PART_BYTES);
  const root = parseRelationships(text("_rels/.rels"), "").find((r) => r.type === "officeDocument");
  const workbookPart = root && zip.has(root.target) ? root.target : "xl/workbook.xml";
  const workbookXml = text(workbookPart) ?? "";
  const rels = new Map(parseRelationships(text(relsPartOf(workbookPart)), workbookPart).map((r) => [r.id, r]));
  const relOfType = (type: string) => Array.from(rels.values()).find((r) => r.type === type && !r.external);

  const pr = firstElement(workbookXml, "workbookPr");
  const date1904 = pr !== undefined && /^(1|true)$/.test(attribute(pr.attrs, "date1904") ?? "");
  const strings = sharedStringsOf(relOfType("sharedStrings") ? text(relOfType("sharedStrings")!.target) : undefined, keepCopy);

  const declared: { name: string; state: SheetState; part: string }[] = [];
  for (const e of elements(workbookXml, "sheet")) {
    const attrs = attributes(e.attrs);
    const id = Object.entries(attrs).find(([k]) => k === "id" || k.endsWith(":id"))?.[1];
    const rel = id === undefined ? undefined : rels.get(id);
    if (!rel || rel.type !== "worksheet" || !zip.has(rel.target)) continue; // chart sheets, dialog and macro sheets
    const state = attrs.state === "hidden" || attrs.state === "veryHidden" ? attrs.state : "visible";
    declared.push({ name: attrs.name ?? "", state, part: rel.target });
  }
  const { outputNames: names, problems } = outputNames(declared.map((d) => d.name));

  let filled = 0;
  const cells: WorkbookCells = { sheets: [] };
  const sheets: SourceSheet[] = declared.map((d, i) => {
    const size = zip.size(d.part);
    if (size > MAX_SHEET_XML_BYTES) throw sheetTooLarge(d.name, size);
    const before = filled;
    const scanned = scanSheet(zip.read(d.part, codec, MAX_SHEET_XML_BYTES)!, {
      sharedStrings: strings.texts,
      date1904,
      keepCopy,
      chunkBytes: options.chunkBytes,
      onFilled: (n) => {
        if (before + n > limit) throw tooManyCells(d.name, limit);
      },
    });
    filled += scanned.filled;
    cells.sheets.push({ name: d.name, values: scanned.values, ...(scanned.merges.length ? { merges: scanned.merges } : {}) });
    return { name: d.name, outputName: names[i], state: d.state, ...(scanned.copy ? { copy: scanned.copy } : {}) };
  });

  const styles = keepCopy && relOfType("styles") ? text(relOfType("styles")!.target) : undefined;
  const theme = keepCopy && relOfType("theme") ? text(relOfType("theme")!.target) : undefined;
  const settings = settingsIn(zip, codec);
  return {
    cells,
    source: {
      sheets,
      date1904,
      sharedStrings: { items: strings.items, rootAttrs: strings.rootAttrs },
      ...(styles ? { styles } : {}),
      ...(theme ? { theme } : {}),
    },
    ...(settings ? { settings } : {}),
    problems,
  };
}

function readCsvText(csv: string, options: ReadOptions): ReadWorkbook {
  const base = (options.fileName ?? "").replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "") || "CSV";
  const name = uniqueSheetName(base, []);
  const limit = options.maxFilledCells ?? MAX_FILLED_CELLS;
  const { values, filled } = parseCsv(csv);
  if (filled > limit) throw tooManyCells(name, limit);
  return {
    cells: { sheets: [{ name, values }] },
    source: {
      sheets: [{ name, outputName: name, state: "visible", ...(options.keepCopy ? { values } : {}) }],
      date1904: false,
      sharedStrings: { items: [], rootAttrs: copyRootAttrs("") },
    },
    problems: [],
  };
}

/**
 * Reads a workbook file: an .xlsx (or .xlsm), or a CSV exported from a sheet (one sheet). Anything
 * else, and a file over the limits, is refused with a WorkbookFileError that says what to do.
 */
export function readWorkbookFile(bytes: Uint8Array, options: ReadOptions): ReadWorkbook {
  const kind = fileKind(bytes, options.codec, options.fileName);
  return kind.kind === "csv" ? readCsvText(kind.text, options) : readXlsxZip(kind.zip, options);
}
