// The output workbook, written by us: a NEW .xlsx holding the input's sheets as values (formulas
// become their cached results; styles, widths, merges, views and print settings kept), then one
// sheet per spec as a real Excel table (the summary with its chart), and the add-in's settings part.
// The input file is never written. Browser-safe: the zip codec is passed in.
import { MARKER_NAME, type Override, type Settings, cellA1, layoutOf, serializeSettings } from "../core";
import { chartXml, drawingXml } from "./chart";
import type { SourceSheet, SourceWorkbook } from "./read";
import { type SpecSheetParts, type TableSheet, specSheetParts } from "./spec-sheet";
import { hasFormula } from "./staff-cells";
import { SharedStrings } from "./strings";
import { StyleSheet } from "./styles";
import { DEFAULT_THEME } from "./theme";
import { escapeAttr, escapeText, formulaSheet } from "./xml";
import { type ZipCodec, type ZipFile, writeZip } from "./zip";

export type { TableSheet } from "./spec-sheet";

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";

const TYPES = {
  workbook: `${CT}.spreadsheetml.sheet.main+xml`,
  worksheet: `${CT}.spreadsheetml.worksheet+xml`,
  styles: `${CT}.spreadsheetml.styles+xml`,
  sharedStrings: `${CT}.spreadsheetml.sharedStrings+xml`,
  theme: `${CT}.theme+xml`,
  table: `${CT}.spreadsheetml.table+xml`,
  drawing: `${CT}.drawing+xml`,
  chart: `${CT}.drawingml.chart+xml`,
  itemProps: `${CT}.customXmlProperties+xml`,
  core: "application/vnd.openxmlformats-package.core-properties+xml",
};

export interface OutputOptions {
  codec: ZipCodec;
  /** The add-in's settings, carried into the new workbook as its custom XML part. */
  settings?: Settings;
  /** Written into the zip entries and the document properties (tests pass a fixed date). */
  modified?: Date;
}

function rels(list: [id: string, type: string, target: string][], typeBase = REL): string {
  return (
    `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
    list
      .map(
        ([id, type, target]) =>
          `<Relationship Id="${id}" Type="${type.startsWith("http") ? type : `${typeBase}/${type}`}" Target="${escapeAttr(target)}"/>`,
      )
      .join("") +
    "</Relationships>"
  );
}

/** An input sheet from a CSV: plain values. */
function plainSheetXml(values: NonNullable<SourceSheet["values"]>, strings: SharedStrings): string {
  const rows: string[] = [];
  values.forEach((row, r) => {
    if (!row) return;
    const cells: string[] = [];
    row.forEach((v, c) => {
      if (typeof v === "number") cells.push(`<c r="${cellA1(r, c)}"><v>${v}</v></c>`);
      else if (typeof v === "boolean") cells.push(`<c r="${cellA1(r, c)}" t="b"><v>${v ? 1 : 0}</v></c>`);
      else if (typeof v === "string" && v !== "") cells.push(`<c r="${cellA1(r, c)}" t="s"><v>${strings.of(v)}</v></c>`);
    });
    rows.push(`<row r="${r + 1}">${cells.join("")}</row>`);
  });
  return `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows.join("")}</sheetData></worksheet>`;
}

function copiedSheetXml(sheet: SourceSheet, keepStyles: boolean): string {
  const copy = sheet.copy!;
  const rows = copy.rows.join("");
  return (
    `${XML_HEAD}<worksheet ${copy.rootAttrs}>${copy.before.join("")}` +
    `<sheetData>${keepStyles ? rows : rows.replace(/ s="\d+"/g, "")}</sheetData>${copy.after.join("")}</worksheet>`
  );
}

/** The settings part as Excel wires one: customXml/item1.xml, its properties, and their relationship. */
export function settingsParts(settings: Settings, n = 1): ZipFile[] {
  const hex = (k: number) => Array.from({ length: k }, () => Math.floor(Math.random() * 16).toString(16)).join("");
  const guid = `{${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}}`.toUpperCase();
  return [
    { name: `customXml/item${n}.xml`, data: `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n${serializeSettings(settings)}` },
    {
      name: `customXml/itemProps${n}.xml`,
      data: `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${guid}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
    },
    { name: `customXml/_rels/item${n}.xml.rels`, data: rels([["rId1", "customXmlProps", `itemProps${n}.xml`]]) },
  ];
}

/** One sheet of the output workbook, in order: an input sheet copied (as values), or a spec written as a table. */
export type OutputSheet =
  | { kind: "source"; sheet: SourceSheet; name: string; marker?: string }
  | {
      kind: "spec";
      spec: TableSheet;
      /** Staff cells carried from the sheet this one replaces (core/keep). */
      overrides?: readonly Override[];
      marker?: string;
    };

/** The sheet's print names: the header row repeated on every page, and the print area when some columns are screen-only. */
function printNames(localSheetId: number, sheetName: string, parts: SpecSheetParts): string[] {
  const name = (builtIn: string, ref: string) =>
    `<definedName name="_xlnm.${builtIn}" localSheetId="${localSheetId}">${escapeText(`${formulaSheet(sheetName)}!${ref}`)}</definedName>`;
  return [name("Print_Titles", parts.printTitles), ...(parts.printArea ? [name("Print_Area", parts.printArea)] : [])];
}

/**
 * The output workbook's bytes: one table sheet per spec, then the source's sheets (values), so a
 * printed workbook starts with the analysis; it opens on the first spec sheet (the summary).
 */
export function buildOutputWorkbook(source: SourceWorkbook | undefined, specs: TableSheet[], options: OutputOptions): Uint8Array {
  const sheets: OutputSheet[] = [
    ...specs.map((spec): OutputSheet => ({ kind: "spec", spec })),
    ...(source?.sheets ?? []).map((sheet): OutputSheet => ({ kind: "source", sheet, name: sheet.outputName })),
  ];
  return writeOutputSheets(source, sheets, options);
}

/**
 * The output workbook's bytes from its sheets in order; each `marker` (a marker's formula, core's
 * markerFormula) becomes the sheet-scoped name ITA_SHEET. It opens on `active` (an index of
 * `sheets`), else on the first spec sheet.
 */
export function writeOutputSheets(
  source: SourceWorkbook | undefined,
  sheets: readonly OutputSheet[],
  options: OutputOptions & { active?: number },
): Uint8Array {
  const modified = options.modified ?? new Date();
  const styles = new StyleSheet(source?.styles);
  const strings = new SharedStrings(source?.sharedStrings.items ?? [], source?.sharedStrings.rootAttrs);
  const files: ZipFile[] = [];
  const overrides: [string, string][] = [];
  const sheetEntries: string[] = [];
  const workbookRels: [string, string, string][] = [];
  const definedNames: string[] = [];
  let sheetNo = 0;

  const addSheet = (name: string, xml: string, state?: string) => {
    sheetNo++;
    const part = `xl/worksheets/sheet${sheetNo}.xml`;
    files.push({ name: part, data: xml });
    overrides.push([`/${part}`, TYPES.worksheet]);
    workbookRels.push([`rId${sheetNo}`, "worksheet", `worksheets/sheet${sheetNo}.xml`]);
    const hidden = state && state !== "visible" ? ` state="${state}"` : "";
    sheetEntries.push(`<sheet name="${escapeAttr(name)}" sheetId="${sheetNo}"${hidden} r:id="rId${sheetNo}"/>`);
  };

  const activeEntry = options.active ?? sheets.findIndex((s) => s.kind === "spec");
  let activeTab = 0;
  let tables = 0;
  let charts = 0;
  let formulas = false;
  sheets.forEach((entry, k) => {
    if (entry.kind === "source") {
      const sheet = entry.sheet;
      if (sheet.copy) addSheet(entry.name, copiedSheetXml(sheet, styles.inputUsable), sheet.state);
      else if (sheet.values) addSheet(entry.name, plainSheetXml(sheet.values, strings), sheet.state);
      else return;
    } else {
      const spec = entry.spec;
      const i = ++tables;
      const parts = specSheetParts(spec, { styles, strings, tableId: i, selected: k === activeEntry, overrides: entry.overrides });
      formulas ||= hasFormula(entry.overrides ?? []);
      addSheet(spec.name, parts.sheet);
      const n = sheetNo;
      const sheetRels: [string, string, string][] = [["rId1", "table", `../tables/table${i}.xml`]];
      files.push({ name: `xl/tables/table${i}.xml`, data: parts.table });
      overrides.push([`/xl/tables/table${i}.xml`, TYPES.table]);
      if (parts.hasChart) {
        charts++;
        const layout = layoutOf(spec);
        sheetRels.push(["rId2", "drawing", `../drawings/drawing${charts}.xml`]);
        files.push({ name: `xl/drawings/drawing${charts}.xml`, data: drawingXml(layout.chartAnchor, "ITA") });
        files.push({
          name: `xl/drawings/_rels/drawing${charts}.xml.rels`,
          data: rels([["rId1", "chart", `../charts/chart${charts}.xml`]]),
        });
        files.push({ name: `xl/charts/chart${charts}.xml`, data: chartXml(spec, layout.firstDataRow) });
        overrides.push([`/xl/drawings/drawing${charts}.xml`, TYPES.drawing], [`/xl/charts/chart${charts}.xml`, TYPES.chart]);
      }
      files.push({ name: `xl/worksheets/_rels/sheet${n}.xml.rels`, data: rels(sheetRels) });
      definedNames.push(...printNames(n - 1, spec.name, parts));
    }
    if (k === activeEntry) activeTab = sheetNo - 1;
    // The marker: a hidden sheet-scoped name holding a text constant, as the add-in writes it.
    if (entry.marker)
      definedNames.push(
        `<definedName name="${MARKER_NAME}" localSheetId="${sheetNo - 1}" hidden="1">${escapeText(entry.marker.replace(/^=/, ""))}</definedName>`,
      );
  });

  // Parts every workbook has.
  let relNo = sheetNo;
  workbookRels.push(
    [`rId${++relNo}`, "styles", "styles.xml"],
    [`rId${++relNo}`, "theme", "theme/theme1.xml"],
    [`rId${++relNo}`, "sharedStrings", "sharedStrings.xml"],
  );
  overrides.push(["/xl/styles.xml", TYPES.styles], ["/xl/theme/theme1.xml", TYPES.theme], ["/xl/sharedStrings.xml", TYPES.sharedStrings]);
  if (options.settings) {
    files.push(...settingsParts(options.settings));
    workbookRels.push([`rId${++relNo}`, "customXml", "../customXml/item1.xml"]);
    overrides.push(["/customXml/itemProps1.xml", TYPES.itemProps]);
  }
  const workbook =
    `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<workbookPr${source?.date1904 ? ' date1904="1"' : ""}/>` +
    `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="20000" windowHeight="12000" activeTab="${activeTab}"/></bookViews>` +
    `<sheets>${sheetEntries.join("")}</sheets>` +
    (definedNames.length ? `<definedNames>${definedNames.join("")}</definedNames>` : "") +
    `<calcPr calcId="191029"${formulas ? ' fullCalcOnLoad="1"' : ""}/></workbook>`;
  const created = modified.toISOString().replace(/\.\d{3}Z$/, "Z");
  const core =
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ` +
    `xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>ita</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified></cp:coreProperties>`;
  overrides.unshift(["/xl/workbook.xml", TYPES.workbook], ["/docProps/core.xml", TYPES.core]);
  const contentTypes =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    overrides.map(([part, type]) => `<Override PartName="${escapeAttr(part)}" ContentType="${type}"/>`).join("") +
    "</Types>";
  const rootRels = rels([
    ["rId1", "officeDocument", "xl/workbook.xml"],
    ["rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"],
  ]);
  return writeZip(
    [
      { name: "[Content_Types].xml", data: contentTypes },
      { name: "_rels/.rels", data: rootRels },
      { name: "docProps/core.xml", data: core },
      { name: "xl/workbook.xml", data: workbook },
      { name: "xl/_rels/workbook.xml.rels", data: rels(workbookRels) },
      { name: "xl/styles.xml", data: styles.toXml() },
      { name: "xl/theme/theme1.xml", data: source?.theme ?? DEFAULT_THEME },
      ...files,
      { name: "xl/sharedStrings.xml", data: strings.toXml() },
    ],
    options.codec,
    modified,
  );
}
