// The part of the Excel JavaScript API the adapter uses, as small structural interfaces.
// The real Excel.RequestContext satisfies them (checked at compile time at the bottom of this
// file), and the tests' recording fake implements them: so the adapter is tested against exactly
// the surface it calls, and a misspelt method is a compile error rather than a swallowed TypeError.

/* eslint-disable @typescript-eslint/no-explicit-any -- Excel's own types use any[][] for cell matrices */

export interface XLoadable {
  /** Queues a load; the properties are readable after the next context.sync(). */
  load(propertyNames?: string | string[]): unknown;
}

export interface XRangeFormat {
  columnWidth: number;
  wrapText: boolean;
  verticalAlignment: string;
  readonly fill: { color: string };
  readonly font: { bold: boolean; size: number; color: string; name: string };
  autofitRows(): void;
}

export interface XRange extends XLoadable {
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly isNullObject: boolean;
  values: any[][];
  /** Formulas as typed ("=SUM(A1:A3)"); a constant cell gives its value. */
  formulas: any[][];
  numberFormat: any[][];
  /** Hides (or shows) the range's columns (ExcelApi 1.2). */
  columnHidden: boolean;
  readonly format: XRangeFormat;
  /** What its cells may hold (ExcelApi 1.8). */
  readonly dataValidation: XDataValidation;
  select(): void;
  /** The cells holding constants or formulas (ExcelApi 1.9): how a sparse sheet is read. */
  getSpecialCellsOrNullObject(cellType: "Constants" | "Formulas"): XRangeAreas;
}

/** A range's data-validation rule (one kind set) and the alert when a typed value breaks it. */
export interface XDataValidation {
  rule: {
    list?: { inCellDropDown: boolean; source: string | XRange };
    decimal?: { formula1: string | number | XRange; formula2?: string | number | XRange; operator: string };
  };
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
}

export interface XRangeAreas extends XLoadable {
  /** "Sheet1!A1:C5,Sheet1!XFD1048576" */
  readonly address: string;
  readonly cellCount: number;
  readonly isNullObject: boolean;
}

/** A defined name: the add-in marks each sheet it writes with a sheet-scoped one. */
export interface XNamedItem extends XLoadable {
  readonly isNullObject: boolean;
  formula: any;
  visible: boolean;
  delete(): void;
}

export interface XNamedItemCollection {
  add(name: string, reference: XRange | string, comment?: string): XNamedItem;
  getItem(name: string): XNamedItem;
  getItemOrNullObject(name: string): XNamedItem;
}

export interface XTable extends XLoadable {
  name: string;
  style: string;
}

export interface XTableCollection extends XLoadable {
  readonly items: XTable[];
  add(address: XRange | string, hasHeaders: boolean): XTable;
}

export interface XChartSeries {
  name: string;
  chartType: string;
  setValues(sourceData: XRange): void;
  setXAxisValues(sourceData: XRange): void;
}

export interface XChart {
  name: string;
  readonly title: { text: string };
  readonly legend: { position: string };
  readonly series: {
    add(name?: string): XChartSeries;
    getItemAt(index: number): XChartSeries;
  };
  setPosition(startCell: XRange | string, endCell?: XRange | string): void;
}

export interface XChartCollection {
  add(type: "ColumnClustered", sourceData: XRange, seriesBy?: "Columns"): XChart;
}

export interface XWorksheet extends XLoadable {
  readonly id: string;
  name: string;
  position: number;
  /** "Visible", "Hidden" or "VeryHidden". */
  readonly visibility: string;
  readonly isNullObject: boolean;
  /** Names scoped to this sheet (ExcelApi 1.4). */
  readonly names: XNamedItemCollection;
  readonly tables: XTableCollection;
  readonly charts: XChartCollection;
  readonly freezePanes: { freezeRows(count?: number): void };
  /** Print setup (ExcelApi 1.9). */
  readonly pageLayout: {
    orientation: string;
    paperSize: string;
    zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
    leftMargin: number;
    rightMargin: number;
    topMargin: number;
    bottomMargin: number;
    headerMargin: number;
    footerMargin: number;
    readonly headersFooters: { readonly defaultForAllPages: { leftFooter: string; rightFooter: string } };
    setPrintTitleRows(printTitleRows: XRange | string): void;
    /** "$A:$H" (ExcelApi 1.9). */
    setPrintArea(printArea: string): void;
  };
  activate(): void;
  delete(): void;
  getRange(address?: string): XRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XRange;
}

export interface XWorksheetCollection extends XLoadable {
  readonly items: XWorksheet[];
  add(name?: string): XWorksheet;
  getItem(key: string): XWorksheet;
  getItemOrNullObject(key: string): XWorksheet;
}

export interface XCustomXmlPart extends XLoadable {
  readonly id: string;
  delete(): void;
  getXml(): { readonly value: string };
  setXml(xml: string): void;
}

export interface XCustomXmlPartCollection {
  add(xml: string): XCustomXmlPart;
  getItem(id: string): XCustomXmlPart;
  getByNamespace(namespaceUri: string): XLoadable & { readonly items: XCustomXmlPart[] };
}

export interface XWorkbook {
  readonly worksheets: XWorksheetCollection;
  readonly customXmlParts: XCustomXmlPartCollection;
  readonly application: { suspendApiCalculationUntilNextSync(): void; calculate(calculationType: "Full"): void };
}

export interface XContext {
  readonly workbook: XWorkbook;
  sync(): Promise<void>;
}

/** Excel.run, narrowed to our surface. */
export type ExcelRun = <T>(batch: (context: XContext) => Promise<T>) => Promise<T>;

// Compile-time proof that the real API satisfies the interfaces above (no code is emitted).
export type RealContextFits = Excel.RequestContext extends XContext ? true : never;
const realContextFits: RealContextFits = true;
void realContextFits;
