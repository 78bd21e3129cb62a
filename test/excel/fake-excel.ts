// A small recording fake of the Excel JavaScript API: exactly the surface in src/excel/api.ts.
// It behaves like Excel where the adapter depends on it:
//   - writes and loads are queued and run, in order, at context.sync(); a failing operation
//     rejects the sync and drops the rest of the batch (what was before it stays applied);
//   - reading a property that was not loaded and synced throws, as Excel does;
//   - a string written into a cell is interpreted as Excel interprets typed input: "=…" (and
//     "+…", "-…", "@…") becomes a formula, "85" a number, "TRUE" a boolean, "1/2" a date, unless
//     the cell is formatted as Text ("@") or the string starts with the quote prefix (');
//   - sheet names (≤ 31, no : \ / ? * [ ], unique) and table names (unique in the workbook) are checked;
//   - sheets have visibility (a hidden sheet cannot be activated), positions that can be set, and
//     sheet-scoped defined names that travel with a copied sheet; worksheet IDs can all be renewed
//     (as Excel does between hosts and versions); special cells (constants, formulas) give areas.
// It records the number of syncs, which syncs wrote and which had calculation suspended, and the
// cells read per sync.
import type {
  XChart,
  XChartCollection,
  XChartSeries,
  XContext,
  XDataValidation,
  XCustomXmlPart,
  XCustomXmlPartCollection,
  XLoadable,
  XNamedItem,
  XNamedItemCollection,
  XRange,
  XRangeAreas,
  XRangeFormat,
  XTable,
  XTableCollection,
  XWorkbook,
  XWorksheet,
  XWorksheetCollection,
} from "../../src/excel/api";

type Scalar = string | number | boolean;
export interface FakeCell {
  value: Scalar;
  formula?: string;
  format: string;
  fill?: string;
  bold?: boolean;
  size?: number;
  fontName?: string;
  wrap?: boolean;
  valign?: string;
}

export interface FakeTableModel {
  name: string;
  style: string;
  address: string;
  sheet: FakeSheetModel;
}

export interface FakeSeriesModel {
  name: string;
  values?: string;
  xValues?: string;
  chartType?: string;
}

export interface FakeChartModel {
  type: string;
  name: string;
  title: string;
  legend: string;
  source: string;
  series: FakeSeriesModel[];
  position?: [string, string?];
}

export interface FakePartModel {
  id: string;
  xml: string;
  namespaceUri: string;
}

let nextId = 1;
const guid = () => `{00000000-0000-4000-8000-${String(nextId++).padStart(12, "0")}}`;

const MAX_ROWS = 1_048_576;

function colLetter(i: number): string {
  let n = i + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
function colIndex(s: string): number {
  let n = 0;
  for (const ch of s.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

export interface Box {
  r0: number;
  c0: number;
  rows: number;
  cols: number;
}

/** "A1", "A1:C3", "B:B", "$5:$5" → a box. */
export function parseAddress(address: string): Box {
  const a = address.replace(/\$/g, "").replace(/^.*!/, "");
  let m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(a);
  if (m) {
    const r0 = Number(m[2]) - 1;
    const c0 = colIndex(m[1]);
    const r1 = m[4] ? Number(m[4]) - 1 : r0;
    const c1 = m[3] ? colIndex(m[3]) : c0;
    return { r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }
  m = /^([A-Z]+):([A-Z]+)$/i.exec(a);
  if (m) return { r0: 0, c0: colIndex(m[1]), rows: MAX_ROWS, cols: colIndex(m[2]) - colIndex(m[1]) + 1 };
  m = /^(\d+):(\d+)$/.exec(a);
  if (m) return { r0: Number(m[1]) - 1, c0: 0, rows: Number(m[2]) - Number(m[1]) + 1, cols: 16384 };
  throw new Error(`InvalidArgument: bad address ${address}`);
}

export function boxAddress(b: Box): string {
  const a = `${colLetter(b.c0)}${b.r0 + 1}`;
  return b.rows === 1 && b.cols === 1 ? a : `${a}:${colLetter(b.c0 + b.cols - 1)}${b.r0 + b.rows}`;
}

export interface FakeNameModel {
  formula: string;
  visible: boolean;
}

export class FakeSheetModel {
  id = guid();
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  /** Sheet-scoped defined names. */
  names = new Map<string, FakeNameModel>();
  cells = new Map<string, FakeCell>();
  columnWidths = new Map<number, number>();
  frozenRows = 0;
  orientation = "Portrait";
  printTitleRows?: string;
  /** What pageLayout.setPrintArea was given ("$A:$H"). */
  printArea?: string;
  /** Data validation set on ranges, by their A1 address ("I4:I9"): the rule and the error alert. */
  validations = new Map<string, Partial<XDataValidation>>();
  /** What the print setup set: paper, zoom, margins (points), footers. */
  print: Record<string, unknown> = {};
  hiddenColumns = new Set<number>();
  autofitRows: string[] = [];
  charts: FakeChartModel[] = [];
  constructor(public name: string) {}

  cell(address: string): FakeCell | undefined {
    const b = parseAddress(address);
    return this.cells.get(`${b.r0},${b.c0}`);
  }
  /** Value at an A1 address ("" when empty). */
  value(address: string): Scalar {
    return this.cell(address)?.value ?? "";
  }
  at(r: number, c: number): FakeCell {
    const key = `${r},${c}`;
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = { value: "", format: "General" }));
    return cell;
  }
  usedBox(): Box | null {
    let r0 = Infinity,
      c0 = Infinity,
      r1 = -1,
      c1 = -1;
    for (const [k, cell] of this.cells) {
      if (cell.value === "" && cell.formula === undefined) continue;
      const comma = k.indexOf(",");
      const r = Number(k.slice(0, comma));
      const c = Number(k.slice(comma + 1));
      r0 = Math.min(r0, r);
      c0 = Math.min(c0, c);
      r1 = Math.max(r1, r);
      c1 = Math.max(c1, c);
    }
    return r1 < 0 ? null : { r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }
  /** Values of a box as a matrix ("" for empty cells), as Excel returns them. */
  matrix(b: Box): Scalar[][] {
    return Array.from({ length: b.rows }, (_, r) =>
      Array.from({ length: b.cols }, (_, c) => this.cells.get(`${b.r0 + r},${b.c0 + c}`)?.value ?? ""),
    );
  }
  /** A formula typed by staff, with the value Excel computed for it. */
  typeFormula(address: string, formula: string, value: Scalar): this {
    const b = parseAddress(address);
    const cell = this.at(b.r0, b.c0);
    cell.formula = formula;
    cell.value = value;
    return this;
  }
  /** Filled cells of one kind as areas: runs along each row, merged down while they line up. */
  areas(kind: "Constants" | "Formulas", within: Box): Box[] {
    const rows = new Map<number, number[]>();
    for (const [k, cell] of this.cells) {
      const isFormula = cell.formula !== undefined;
      if (kind === "Formulas" ? !isFormula : isFormula || cell.value === "") continue;
      const comma = k.indexOf(",");
      const r = Number(k.slice(0, comma));
      const c = Number(k.slice(comma + 1));
      if (r < within.r0 || r >= within.r0 + within.rows || c < within.c0 || c >= within.c0 + within.cols) continue;
      const list = rows.get(r);
      if (list) list.push(c);
      else rows.set(r, [c]);
    }
    const open: Box[] = [];
    const done: Box[] = [];
    for (const r of [...rows.keys()].sort((a, b) => a - b)) {
      const cols = rows.get(r)!.sort((a, b) => a - b);
      const runs: Box[] = [];
      for (const c of cols) {
        const last = runs[runs.length - 1];
        if (last && last.c0 + last.cols === c) last.cols++;
        else runs.push({ r0: r, c0: c, rows: 1, cols: 1 });
      }
      for (const run of runs) {
        const above = open.find((b) => b.c0 === run.c0 && b.cols === run.cols && b.r0 + b.rows === r);
        if (above) above.rows++;
        else open.push(run);
      }
      for (let i = open.length - 1; i >= 0; i--) if (open[i].r0 + open[i].rows <= r) done.push(...open.splice(i, 1));
    }
    return [...done, ...open].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
  }
  /** Fills the sheet from a matrix starting at A1 (or the given top-left). */
  setValues(values: Scalar[][], r0 = 0, c0 = 0): this {
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== "") this.at(r0 + r, c0 + c).value = v;
      }),
    );
    return this;
  }
}

export class FakeWorkbookModel {
  sheets: FakeSheetModel[] = [];
  tables: FakeTableModel[] = [];
  parts: FakePartModel[] = [];
  activeSheet?: FakeSheetModel;
  selection?: string;

  addSheet(name: string, values?: Scalar[][]): FakeSheetModel {
    const s = new FakeSheetModel(name);
    if (values) s.setValues(values);
    this.sheets.push(s);
    return s;
  }
  sheet(name: string): FakeSheetModel {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}; have ${this.sheets.map((x) => x.name).join(", ")}`);
    return s;
  }
  findSheet(key: string): FakeSheetModel | undefined {
    return this.sheets.find((s) => s.id === key) ?? this.sheets.find((s) => s.name.toLowerCase() === key.toLowerCase());
  }
  /** Excel's "Move or Copy › Create a copy": cells and sheet-scoped names go with it, placed after the original. */
  copySheet(name: string, newName: string): FakeSheetModel {
    const from = this.sheet(name);
    const copy = new FakeSheetModel(newName);
    for (const [k, cell] of from.cells) copy.cells.set(k, { ...cell });
    for (const [k, n] of from.names) copy.names.set(k, { ...n });
    this.sheets.splice(this.sheets.indexOf(from) + 1, 0, copy);
    return copy;
  }
  /** Every worksheet gets a new ID (Excel on another host or version may report other IDs). */
  renewIds(): void {
    for (const s of this.sheets) s.id = guid();
  }
  addPart(xml: string): FakePartModel {
    const ns = /xmlns(?::\w+)?="([^"]*)"/.exec(xml)?.[1] ?? "";
    const p = { id: guid(), xml, namespaceUri: ns };
    this.parts.push(p);
    return p;
  }
}

class ExcelError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

interface Op {
  what: string;
  write: boolean;
  run(): void;
}

/** Excel's interpretation of a string typed (or written through range.values) into a cell. */
export function enterValue(cell: FakeCell, v: unknown): void {
  cell.formula = undefined;
  if (v === null) return; // null leaves the cell unchanged
  if (typeof v === "number" || typeof v === "boolean") {
    cell.value = v;
    return;
  }
  const s = String(v);
  if (s === "") {
    cell.value = "";
    return;
  }
  if (cell.format === "@") {
    cell.value = s;
    return;
  }
  if (s.startsWith("'")) {
    cell.value = s.slice(1);
    return;
  }
  const numeric = /^\s*[-+]?(\d[\d,]*(\.\d*)?|\.\d+)(e[-+]?\d+)?\s*%?\s*$/i.exec(s);
  if (numeric) {
    const n = Number(s.replace(/[,%\s]/g, ""));
    cell.value = s.trim().endsWith("%") ? n / 100 : n;
    return;
  }
  if (/^[=+\-@]/.test(s)) {
    cell.formula = s.startsWith("=") ? s : `=${s}`;
    cell.value = "#NAME?";
    return;
  }
  if (/^\s*(true|false)\s*$/i.test(s)) {
    cell.value = s.trim().toLowerCase() === "true";
    return;
  }
  if (/^\s*\d{1,4}\s*[/.-]\s*\d{1,2}(\s*[/.-]\s*\d{1,4})?\s*$/.test(s)) {
    cell.value = 45000; // a date serial
    return;
  }
  cell.value = s;
}

function checkSheetName(wb: FakeWorkbookModel, name: string, self?: FakeSheetModel): void {
  if (name.length === 0 || name.length > 31) throw new ExcelError("InvalidArgument", `sheet name length ${name.length}: ${name}`);
  if (/[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'"))
    throw new ExcelError("InvalidArgument", `bad sheet name ${name}`);
  if (wb.sheets.some((s) => s !== self && s.name.toLowerCase() === name.toLowerCase()))
    throw new ExcelError("ItemAlreadyExists", `a sheet named ${name} exists`);
}

abstract class Proxy implements XLoadable {
  protected loaded = new Map<string, unknown>();
  constructor(protected ctx: FakeContext) {}
  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new ExcelError("PropertyNotLoaded", `${this.constructor.name}.${prop} was not loaded and synced`);
    return this.loaded.get(prop) as T;
  }
  protected abstract capture(prop: string): unknown;
  load(propertyNames?: string | string[]): this {
    const names = (Array.isArray(propertyNames) ? propertyNames : (propertyNames ?? "").split(",")).map((p) => p.trim()).filter(Boolean);
    this.ctx.queue({ what: `load ${this.constructor.name}(${names.join(",")})`, write: false, run: () => this.onLoad(names) });
    return this;
  }
  protected onLoad(names: string[]): void {
    for (const n of names) this.loaded.set(n, this.capture(n));
  }
  /** Loads properties immediately (for items of a collection being loaded inside a sync). */
  captureNow(props: string[]): void {
    for (const n of props) this.loaded.set(n, this.capture(n));
  }
}

class FakeRangeFormat implements XRangeFormat {
  readonly fill: { color: string };
  readonly font: { bold: boolean; size: number; color: string; name: string };
  constructor(private range: FakeRange) {
    const each = (what: string, f: (c: FakeCell) => void) => range.queueEachCell(what, f);
    this.fill = {
      set color(v: string) {
        each(`fill ${v}`, (c) => (c.fill = v));
      },
      get color(): string {
        throw new ExcelError("PropertyNotLoaded", "fill.color");
      },
    };
    this.font = {
      set bold(v: boolean) {
        each("bold", (c) => (c.bold = v));
      },
      get bold(): boolean {
        throw new ExcelError("PropertyNotLoaded", "font.bold");
      },
      set size(v: number) {
        each("size", (c) => (c.size = v));
      },
      get size(): number {
        throw new ExcelError("PropertyNotLoaded", "font.size");
      },
      set color(_v: string) {
        /* not recorded */
      },
      set name(v: string) {
        each("fontName", (c) => (c.fontName = v));
      },
      get name(): string {
        throw new ExcelError("PropertyNotLoaded", "font.name");
      },
      get color(): string {
        throw new ExcelError("PropertyNotLoaded", "font.color");
      },
    };
  }
  set columnWidth(points: number) {
    this.range.queueOp("columnWidth", (sheet, b) => {
      for (let c = b.c0; c < b.c0 + b.cols; c++) sheet.columnWidths.set(c, points);
    });
  }
  get columnWidth(): number {
    throw new ExcelError("PropertyNotLoaded", "columnWidth");
  }
  set wrapText(v: boolean) {
    this.range.queueEachCell("wrap", (c) => (c.wrap = v));
  }
  get wrapText(): boolean {
    throw new ExcelError("PropertyNotLoaded", "wrapText");
  }
  set verticalAlignment(v: string) {
    this.range.queueEachCell("valign", (c) => (c.valign = v));
  }
  get verticalAlignment(): string {
    throw new ExcelError("PropertyNotLoaded", "verticalAlignment");
  }
  autofitRows(): void {
    this.range.queueOp("autofitRows", (sheet, b) => sheet.autofitRows.push(boxAddress(b)));
  }
}

export class FakeRange extends Proxy implements XRange {
  readonly format: FakeRangeFormat;
  readonly dataValidation: XDataValidation;
  constructor(
    ctx: FakeContext,
    private sheetOf: () => FakeSheetModel,
    private boxOf: (s: FakeSheetModel) => Box | null,
    private nullable = false,
  ) {
    super(ctx);
    this.format = new FakeRangeFormat(this);
    const validation = (key: keyof XDataValidation) => ({
      set: (v: unknown) =>
        this.queueOp(`dataValidation.${key}`, (sheet, b) => {
          const address = boxAddress(b);
          sheet.validations.set(address, { ...sheet.validations.get(address), [key]: v });
        }),
      get: () => {
        throw new ExcelError("PropertyNotLoaded", `dataValidation.${key}`);
      },
    });
    this.dataValidation = Object.defineProperties({} as XDataValidation, {
      rule: validation("rule"),
      errorAlert: validation("errorAlert"),
    });
    // Like Excel, a *OrNullObject result knows whether it is null after the next sync, loaded or not.
    if (nullable) ctx.queue({ what: "resolve null object", write: false, run: () => this.captureNow(["isNullObject"]) });
  }
  set columnHidden(v: boolean) {
    this.queueOp("columnHidden", (sheet, b) => {
      for (let c = b.c0; c < b.c0 + b.cols; c++)
        if (v) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
    });
  }
  get columnHidden(): boolean {
    throw new ExcelError("PropertyNotLoaded", "columnHidden");
  }
  resolve(): { sheet: FakeSheetModel; box: Box } {
    const sheet = this.sheetOf();
    const box = this.boxOf(sheet);
    if (!box) throw new ExcelError("ItemNotFound", "null range used");
    return { sheet, box };
  }
  queueOp(what: string, f: (sheet: FakeSheetModel, box: Box) => void, write = true): void {
    this.ctx.queue({
      what,
      write,
      run: () => {
        const { sheet, box } = this.resolve();
        f(sheet, box);
      },
    });
  }
  queueEachCell(what: string, f: (c: FakeCell) => void): void {
    this.queueOp(what, (sheet, b) => {
      if (b.rows * b.cols > 5_000_000) throw new ExcelError("InvalidArgument", `${what} on ${boxAddress(b)}: too many cells for the fake`);
      for (let r = 0; r < b.rows; r++) for (let c = 0; c < b.cols; c++) f(sheet.at(b.r0 + r, b.c0 + c));
    });
  }
  protected capture(prop: string): unknown {
    const sheet = this.sheetOf();
    const box = this.boxOf(sheet);
    if (prop === "isNullObject") return box === null;
    if (!box) return undefined; // properties of a null object stay unset
    switch (prop) {
      case "address":
        return `${sheet.name}!${boxAddress(box)}`;
      case "rowIndex":
        return box.r0;
      case "columnIndex":
        return box.c0;
      case "rowCount":
        return box.rows;
      case "columnCount":
        return box.cols;
      case "values":
        this.ctx.countRead(box.rows * box.cols);
        return sheet.matrix(box);
      case "formulas":
        this.ctx.countRead(box.rows * box.cols);
        return Array.from({ length: box.rows }, (_, r) =>
          Array.from({ length: box.cols }, (_, c) => {
            const cell = sheet.cells.get(`${box.r0 + r},${box.c0 + c}`);
            return cell?.formula ?? cell?.value ?? "";
          }),
        );
      case "numberFormat":
        this.ctx.countRead(box.rows * box.cols);
        return Array.from({ length: box.rows }, (_, r) =>
          Array.from({ length: box.cols }, (_, c) => sheet.cells.get(`${box.r0 + r},${box.c0 + c}`)?.format ?? "General"),
        );
      default:
        throw new ExcelError("InvalidArgument", `range property ${prop} is not in the fake`);
    }
  }
  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get isNullObject(): boolean {
    if (!this.nullable) return false;
    return this.get("isNullObject");
  }
  get values(): Scalar[][] {
    return this.get("values");
  }
  set values(v: Scalar[][]) {
    this.queueOp(`values`, (sheet, b) => {
      if (v.length !== b.rows || v.some((row) => row.length !== b.cols))
        throw new ExcelError("InvalidArgument", `values ${v.length}×${v[0]?.length} do not fit ${boxAddress(b)}`);
      v.forEach((row, r) => row.forEach((x, c) => enterValue(sheet.at(b.r0 + r, b.c0 + c), x)));
    });
  }
  get formulas(): Scalar[][] {
    return this.get("formulas");
  }
  set formulas(v: Scalar[][]) {
    this.queueOp(`formulas`, (sheet, b) => {
      if (v.length !== b.rows || v.some((row) => row.length !== b.cols)) throw new ExcelError("InvalidArgument", "formulas do not fit");
      v.forEach((row, r) =>
        row.forEach((x, c) => {
          const cell = sheet.at(b.r0 + r, b.c0 + c);
          if (typeof x === "string" && x.startsWith("=") && cell.format !== "@") {
            cell.formula = x;
            cell.value = "#CALC";
          } else enterValue(cell, x);
        }),
      );
    });
  }
  getSpecialCellsOrNullObject(cellType: "Constants" | "Formulas"): XRangeAreas {
    // Resolved once, when first used in a batch.
    let resolved: { sheet: FakeSheetModel; areas: Box[] } | undefined;
    return new FakeRangeAreas(this.ctx, () => {
      if (resolved) return resolved;
      const { sheet, box } = this.resolve();
      return (resolved = { sheet, areas: sheet.areas(cellType, box) });
    });
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.queueOp(`numberFormat`, (sheet, b) => {
      if (v.length !== b.rows || v.some((row) => row.length !== b.cols))
        throw new ExcelError("InvalidArgument", "numberFormat does not fit");
      v.forEach((row, r) => row.forEach((f, c) => (sheet.at(b.r0 + r, b.c0 + c).format = f)));
    });
  }
  select(): void {
    this.queueOp(
      "select",
      (sheet, b) => {
        this.ctx.model.activeSheet = sheet;
        this.ctx.model.selection = `${sheet.name}!${boxAddress(b)}`;
      },
      false,
    );
  }
}

class FakeRangeAreas extends Proxy implements XRangeAreas {
  constructor(
    ctx: FakeContext,
    private areasOf: () => { sheet: FakeSheetModel; areas: Box[] },
  ) {
    super(ctx);
    ctx.queue({ what: "resolve null object", write: false, run: () => this.captureNow(["isNullObject"]) });
  }
  protected capture(prop: string): unknown {
    const { sheet, areas } = this.areasOf();
    if (prop === "isNullObject") return areas.length === 0;
    if (areas.length === 0) return undefined;
    if (prop === "address") return areas.map((b) => `${quote(sheet.name)}!${boxAddress(b)}`).join(",");
    if (prop === "cellCount") return areas.reduce((n, b) => n + b.rows * b.cols, 0);
    throw new ExcelError("InvalidArgument", `range areas property ${prop}`);
  }
  get address(): string {
    return this.get("address");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
}

const quote = (name: string) => (/^[\p{L}\p{N}_.]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

class FakeNamedItem extends Proxy implements XNamedItem {
  constructor(
    ctx: FakeContext,
    private sheetOf: () => FakeSheetModel,
    private name: string,
  ) {
    super(ctx);
    ctx.queue({ what: "resolve null object", write: false, run: () => this.captureNow(["isNullObject"]) });
  }
  private entry(): FakeNameModel | undefined {
    return this.sheetOf().names.get(this.name);
  }
  protected capture(prop: string): unknown {
    const e = this.entry();
    if (prop === "isNullObject") return e === undefined;
    if (!e) return undefined;
    if (prop === "formula") return e.formula;
    if (prop === "visible") return e.visible;
    throw new ExcelError("InvalidArgument", `name property ${prop}`);
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get formula(): string {
    return this.get("formula");
  }
  set formula(v: string) {
    this.ctx.queue({
      what: `name formula ${this.name}`,
      write: true,
      run: () => {
        const e = this.entry();
        if (!e) throw new ExcelError("ItemNotFound", `no name ${this.name}`);
        e.formula = v;
      },
    });
  }
  get visible(): boolean {
    return this.get("visible");
  }
  set visible(v: boolean) {
    this.ctx.queue({
      what: `name visible ${this.name}`,
      write: true,
      run: () => {
        const e = this.entry();
        if (!e) throw new ExcelError("ItemNotFound", `no name ${this.name}`);
        e.visible = v;
      },
    });
  }
  delete(): void {
    this.ctx.queue({ what: `name delete ${this.name}`, write: true, run: () => void this.sheetOf().names.delete(this.name) });
  }
}

class FakeNamedItemCollection implements XNamedItemCollection {
  constructor(
    private ctx: FakeContext,
    private sheetOf: () => FakeSheetModel,
  ) {}
  add(name: string, reference: XRange | string): XNamedItem {
    this.ctx.queue({
      what: `names.add(${name})`,
      write: true,
      run: () => {
        if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) throw new ExcelError("InvalidArgument", `bad name ${name}`);
        const sheet = this.sheetOf();
        if (sheet.names.has(name)) throw new ExcelError("ItemAlreadyExists", `name ${name} exists`);
        if (typeof reference !== "string") throw new ExcelError("InvalidArgument", "the fake takes formula text only");
        sheet.names.set(name, { formula: reference, visible: true });
      },
    });
    return new FakeNamedItem(this.ctx, this.sheetOf, name);
  }
  getItem(name: string): XNamedItem {
    this.ctx.queue({
      what: `names.getItem(${name})`,
      write: false,
      run: () => {
        if (!this.sheetOf().names.has(name)) throw new ExcelError("ItemNotFound", `no name ${name}`);
      },
    });
    return new FakeNamedItem(this.ctx, this.sheetOf, name);
  }
  getItemOrNullObject(name: string): XNamedItem {
    return new FakeNamedItem(this.ctx, this.sheetOf, name);
  }
}

class FakeTable extends Proxy implements XTable {
  constructor(
    ctx: FakeContext,
    private model: FakeTableModel,
  ) {
    super(ctx);
  }
  protected capture(prop: string): unknown {
    if (prop === "name") return this.model.name;
    if (prop === "style") return this.model.style;
    throw new ExcelError("InvalidArgument", `table property ${prop}`);
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.ctx.queue({
      what: `table name ${v}`,
      write: true,
      run: () => {
        if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(v)) throw new ExcelError("InvalidArgument", `bad table name ${v}`);
        if (this.ctx.model.tables.some((t) => t !== this.model && t.name.toLowerCase() === v.toLowerCase()))
          throw new ExcelError("InvalidArgument", `a table named ${v} exists`);
        this.model.name = v;
      },
    });
  }
  get style(): string {
    return this.get("style");
  }
  set style(v: string) {
    this.ctx.queue({ what: `table style ${v}`, write: true, run: () => (this.model.style = v) });
  }
}

class FakeTableCollection extends Proxy implements XTableCollection {
  constructor(
    ctx: FakeContext,
    private sheetOf: () => FakeSheetModel,
  ) {
    super(ctx);
  }
  protected capture(prop: string): unknown {
    if (prop.startsWith("items"))
      return this.ctx.model.tables
        .filter((t) => t.sheet === this.sheetOf())
        .map((t) => {
          const p = new FakeTable(this.ctx, t);
          p.captureNow(["name"]);
          return p;
        });
    throw new ExcelError("InvalidArgument", `tables property ${prop}`);
  }
  protected override onLoad(names: string[]): void {
    // "items/name": capture the items, then their names (queued loads run in this same sync).
    if (names.some((n) => n.startsWith("items"))) this.loaded.set("items", this.capture("items"));
  }
  get items(): XTable[] {
    return this.get("items");
  }
  add(address: XRange | string, hasHeaders: boolean): XTable {
    const model: FakeTableModel = { name: "", style: "TableStyleMedium2", address: "", sheet: undefined as unknown as FakeSheetModel };
    this.ctx.queue({
      what: `tables.add(${typeof address === "string" ? address : "range"})`,
      write: true,
      run: () => {
        if (!hasHeaders) throw new ExcelError("InvalidArgument", "the adapter always writes headers");
        const sheet = this.sheetOf();
        const box = typeof address === "string" ? parseAddress(address) : (address as FakeRange).resolve().box;
        const overlaps = this.ctx.model.tables.some((t) => t.sheet === sheet && intersects(parseAddress(t.address), box));
        if (overlaps) throw new ExcelError("InvalidArgument", "tables overlap");
        model.sheet = sheet;
        model.address = boxAddress(box);
        model.name = `Table${this.ctx.model.tables.length + 1}`;
        this.ctx.model.tables.push(model);
      },
    });
    return new FakeTable(this.ctx, model);
  }
}

function intersects(a: Box, b: Box): boolean {
  return a.r0 < b.r0 + b.rows && b.r0 < a.r0 + a.rows && a.c0 < b.c0 + b.cols && b.c0 < a.c0 + a.cols;
}

class FakeChartSeries implements XChartSeries {
  constructor(
    private ctx: FakeContext,
    private model: () => FakeSeriesModel,
  ) {}
  private set(what: string, f: (s: FakeSeriesModel) => void) {
    this.ctx.queue({ what, write: true, run: () => f(this.model()) });
  }
  get name(): string {
    throw new ExcelError("PropertyNotLoaded", "series.name");
  }
  set name(v: string) {
    this.set(`series name ${v}`, (s) => (s.name = v));
  }
  get chartType(): string {
    throw new ExcelError("PropertyNotLoaded", "series.chartType");
  }
  set chartType(v: string) {
    this.set(`series type ${v}`, (s) => (s.chartType = v));
  }
  setValues(r: XRange): void {
    this.set("series values", (s) => (s.values = boxAddress((r as FakeRange).resolve().box)));
  }
  setXAxisValues(r: XRange): void {
    this.set("series x values", (s) => (s.xValues = boxAddress((r as FakeRange).resolve().box)));
  }
}

class FakeChart implements XChart {
  readonly title: { text: string };
  readonly legend: { position: string };
  readonly series: XChart["series"];
  constructor(
    private ctx: FakeContext,
    private model: FakeChartModel,
  ) {
    const q = (what: string, f: () => void) => ctx.queue({ what, write: true, run: f });
    this.title = {
      set text(v: string) {
        q("chart title", () => (model.title = v));
      },
      get text(): string {
        throw new Error("not loaded");
      },
    };
    this.legend = {
      set position(v: string) {
        q("legend", () => (model.legend = v));
      },
      get position(): string {
        throw new Error("not loaded");
      },
    };
    this.series = {
      getItemAt: (i: number) =>
        new FakeChartSeries(ctx, () => {
          const s = model.series[i];
          if (!s) throw new ExcelError("ItemNotFound", `series ${i}`);
          return s;
        }),
      add: (name?: string) => {
        const s: FakeSeriesModel = { name: name ?? "" };
        q("series add", () => model.series.push(s));
        return new FakeChartSeries(ctx, () => s);
      },
    };
  }
  get name(): string {
    throw new Error("not loaded");
  }
  set name(v: string) {
    this.ctx.queue({ what: "chart name", write: true, run: () => (this.model.name = v) });
  }
  setPosition(start: XRange | string, end?: XRange | string): void {
    const a = (x: XRange | string | undefined) =>
      x === undefined || typeof x === "string" ? x : boxAddress((x as FakeRange).resolve().box);
    this.ctx.queue({ what: "chart position", write: true, run: () => (this.model.position = [a(start)!, a(end)]) });
  }
}

class FakeChartCollection implements XChartCollection {
  constructor(
    private ctx: FakeContext,
    private sheetOf: () => FakeSheetModel,
  ) {}
  add(type: "ColumnClustered", source: XRange, seriesBy?: "Columns"): XChart {
    const model: FakeChartModel = { type, name: "", title: "", legend: "", source: "", series: [] };
    this.ctx.queue({
      what: `charts.add(${type}, ${seriesBy})`,
      write: true,
      run: () => {
        const { box } = (source as FakeRange).resolve();
        model.source = boxAddress(box);
        model.series.push({ name: "", values: model.source });
        this.sheetOf().charts.push(model);
      },
    });
    return new FakeChart(this.ctx, model);
  }
}

class FakeWorksheet extends Proxy implements XWorksheet {
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  readonly freezePanes: XWorksheet["freezePanes"];
  readonly pageLayout: XWorksheet["pageLayout"];
  readonly names: FakeNamedItemCollection;
  constructor(
    ctx: FakeContext,
    private sheetOf: () => FakeSheetModel | undefined,
    private nullable = false,
  ) {
    super(ctx);
    if (nullable) ctx.queue({ what: "resolve null object", write: false, run: () => this.captureNow(["isNullObject"]) });
    const sheet = () => this.model();
    this.tables = new FakeTableCollection(ctx, sheet);
    this.charts = new FakeChartCollection(ctx, sheet);
    this.names = new FakeNamedItemCollection(ctx, sheet);
    const q = (what: string, f: (s: FakeSheetModel) => void) => ctx.queue({ what, write: true, run: () => f(sheet()) });
    this.freezePanes = { freezeRows: (n?: number) => q(`freezeRows ${n}`, (s) => (s.frozenRows = n ?? 1)) };
    this.pageLayout = {
      set orientation(v: string) {
        q("orientation", (s) => (s.orientation = v));
      },
      get orientation(): string {
        throw new Error("not loaded");
      },
      setPrintTitleRows: (rows: XRange | string) => q("printTitleRows", (s) => (s.printTitleRows = String(rows))),
      setPrintArea: (area: string) => q("printArea", (s) => (s.printArea = area)),
    } as XWorksheet["pageLayout"];
    const layout = this.pageLayout as unknown as Record<string, unknown>;
    for (const key of ["paperSize", "zoom", "leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin"])
      Object.defineProperty(layout, key, {
        set: (v: unknown) => q(key, (s) => (s.print[key] = v)),
        get: () => {
          throw new ExcelError("PropertyNotLoaded", key);
        },
      });
    const footer = {};
    for (const key of ["leftFooter", "rightFooter"])
      Object.defineProperty(footer, key, {
        set: (v: unknown) => q(key, (s) => (s.print[key] = v)),
        get: () => {
          throw new ExcelError("PropertyNotLoaded", key);
        },
      });
    Object.defineProperty(layout, "headersFooters", { value: { defaultForAllPages: footer } });
  }
  model(): FakeSheetModel {
    const s = this.sheetOf();
    if (!s) throw new ExcelError("ItemNotFound", "worksheet not found");
    return s;
  }
  protected capture(prop: string): unknown {
    const s = this.sheetOf();
    if (prop === "isNullObject") return s === undefined;
    if (!s) {
      if (this.nullable) return undefined;
      throw new ExcelError("ItemNotFound", "worksheet not found");
    }
    switch (prop) {
      case "id":
        return s.id;
      case "name":
        return s.name;
      case "position":
        return this.ctx.model.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
      default:
        throw new ExcelError("InvalidArgument", `worksheet property ${prop}`);
    }
  }
  get id(): string {
    return this.get("id");
  }
  get position(): number {
    return this.get("position");
  }
  set position(p: number) {
    this.ctx.queue({
      what: `position ${p}`,
      write: true,
      run: () => {
        const s = this.model();
        const wb = this.ctx.model;
        if (p < 0 || p >= wb.sheets.length) throw new ExcelError("InvalidArgument", `position ${p}`);
        wb.sheets = wb.sheets.filter((x) => x !== s);
        wb.sheets.splice(p, 0, s);
      },
    });
  }
  get visibility(): string {
    return this.get("visibility");
  }
  get isNullObject(): boolean {
    return this.nullable ? this.get("isNullObject") : false;
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.ctx.queue({
      what: `rename ${v}`,
      write: true,
      run: () => {
        const s = this.model();
        checkSheetName(this.ctx.model, v, s);
        s.name = v;
      },
    });
  }
  activate(): void {
    this.ctx.queue({
      what: "activate",
      write: false,
      run: () => {
        const s = this.model();
        if (s.visibility !== "Visible") throw new ExcelError("InvalidOperation", "a hidden sheet cannot be activated");
        this.ctx.model.activeSheet = s;
      },
    });
  }
  delete(): void {
    this.ctx.queue({
      what: "delete sheet",
      write: true,
      run: () => {
        const s = this.model();
        const wb = this.ctx.model;
        if (wb.sheets.length === 1) throw new ExcelError("InvalidOperation", "cannot delete the last sheet");
        wb.sheets = wb.sheets.filter((x) => x !== s);
        wb.tables = wb.tables.filter((t) => t.sheet !== s);
        if (wb.activeSheet === s) wb.activeSheet = wb.sheets[0];
      },
    });
  }
  getRange(address?: string): XRange {
    if (!address) throw new ExcelError("InvalidArgument", "getRange() without an address is not in the fake");
    const box = parseAddress(address);
    return new FakeRange(
      this.ctx,
      () => this.model(),
      () => box,
    );
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): XRange {
    return new FakeRange(
      this.ctx,
      () => this.model(),
      () => ({ r0: r, c0: c, rows, cols }),
    );
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): XRange {
    if (!valuesOnly) throw new ExcelError("InvalidArgument", "the fake models valuesOnly used ranges only");
    let resolved: Box | null | undefined;
    // Resolved once, when first used in a batch (Excel binds the proxy at that point).
    return new FakeRange(
      this.ctx,
      () => this.model(),
      (s) => (resolved === undefined ? (resolved = s.usedBox()) : resolved),
      true,
    );
  }
}

class FakeWorksheetCollection extends Proxy implements XWorksheetCollection {
  protected capture(prop: string): unknown {
    if (!prop.startsWith("items")) throw new ExcelError("InvalidArgument", `worksheets property ${prop}`);
    return null;
  }
  protected override onLoad(names: string[]): void {
    const props = names.filter((n) => n.startsWith("items/")).map((n) => n.slice(6));
    const items = this.ctx.model.sheets.map((s) => {
      const ws = new FakeWorksheet(this.ctx, () => (this.ctx.model.sheets.includes(s) ? s : undefined));
      ws.captureNow(props);
      return ws;
    });
    this.loaded.set("items", items);
  }
  get items(): XWorksheet[] {
    return this.get("items");
  }
  add(name?: string): XWorksheet {
    const model = new FakeSheetModel(name ?? `Sheet${this.ctx.model.sheets.length + 1}`);
    this.ctx.queue({
      what: `worksheets.add(${model.name})`,
      write: true,
      run: () => {
        checkSheetName(this.ctx.model, model.name);
        this.ctx.model.sheets.push(model);
      },
    });
    return new FakeWorksheet(this.ctx, () => (this.ctx.model.sheets.includes(model) ? model : undefined));
  }
  getItem(key: string): XWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.model.findSheet(key));
  }
  getItemOrNullObject(key: string): XWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.model.findSheet(key), true);
  }
}

class FakeXmlPart extends Proxy implements XCustomXmlPart {
  constructor(
    ctx: FakeContext,
    private part: FakePartModel,
  ) {
    super(ctx);
  }
  protected capture(prop: string): unknown {
    if (prop === "id") return this.part.id;
    if (prop === "namespaceUri") return this.part.namespaceUri;
    throw new ExcelError("InvalidArgument", `part property ${prop}`);
  }
  get id(): string {
    return this.get("id");
  }
  delete(): void {
    this.ctx.queue({
      what: "part delete",
      write: true,
      run: () => (this.ctx.model.parts = this.ctx.model.parts.filter((p) => p !== this.part)),
    });
  }
  getXml(): { readonly value: string } {
    let value: string | undefined;
    this.ctx.queue({ what: "part getXml", write: false, run: () => (value = this.part.xml) });
    return {
      get value(): string {
        if (value === undefined) throw new ExcelError("PropertyNotLoaded", "getXml() result read before sync");
        return value;
      },
    };
  }
  setXml(xml: string): void {
    this.ctx.queue({ what: "part setXml", write: true, run: () => (this.part.xml = xml) });
  }
}

class FakeScopedParts extends Proxy {
  constructor(
    ctx: FakeContext,
    private ns: string,
  ) {
    super(ctx);
  }
  protected capture(): unknown {
    return null;
  }
  protected override onLoad(names: string[]): void {
    const props = names.filter((n) => n.startsWith("items/")).map((n) => n.slice(6));
    this.loaded.set(
      "items",
      this.ctx.model.parts
        .filter((p) => p.namespaceUri === this.ns)
        .map((p) => {
          const x = new FakeXmlPart(this.ctx, p);
          x.captureNow(props);
          return x;
        }),
    );
  }
  get items(): XCustomXmlPart[] {
    return this.get("items");
  }
}

class FakeXmlParts implements XCustomXmlPartCollection {
  constructor(private ctx: FakeContext) {}
  add(xml: string): XCustomXmlPart {
    const model: FakePartModel = { id: "", xml, namespaceUri: "" };
    this.ctx.queue({
      what: "part add",
      write: true,
      run: () => {
        const p = this.ctx.model.addPart(xml);
        Object.assign(model, p);
        this.ctx.model.parts[this.ctx.model.parts.length - 1] = model;
      },
    });
    return new FakeXmlPart(this.ctx, model);
  }
  getItem(id: string): XCustomXmlPart {
    const part = this.ctx.model.parts.find((p) => p.id === id);
    const proxy = new FakeXmlPart(this.ctx, part ?? { id, xml: "", namespaceUri: "" });
    if (!part)
      this.ctx.queue({
        what: "part getItem",
        write: false,
        run: () => {
          throw new ExcelError("ItemNotFound", `no part ${id}`);
        },
      });
    return proxy;
  }
  getByNamespace(ns: string): FakeScopedParts {
    return new FakeScopedParts(this.ctx, ns);
  }
}

class FakeWorkbook implements XWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly customXmlParts: FakeXmlParts;
  readonly application: XWorkbook["application"];
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.customXmlParts = new FakeXmlParts(ctx);
    this.application = {
      suspendApiCalculationUntilNextSync: () =>
        ctx.queue({ what: "suspendApiCalculationUntilNextSync", write: false, run: () => (ctx.calcSuspended = true) }),
      calculate: (type: string) => ctx.queue({ what: `calculate ${type}`, write: false, run: () => undefined }),
    };
  }
}

export interface SyncRecord {
  /** 1-based sync number within this context. */
  n: number;
  ops: string[];
  wrote: boolean;
  calcSuspended: boolean;
  cellsRead: number;
}

export class FakeContext implements XContext {
  readonly workbook: FakeWorkbook;
  syncCount = 0;
  readonly syncs: SyncRecord[] = [];
  /** Make the operation whose description matches fail (to test half-written batches). */
  failOn?: RegExp;
  /** Reject, once, a whole sync containing a matching operation, applying none of it (a lost request). */
  loseSyncWith?: { match: RegExp; times: number };
  calcSuspended = false;
  private pending: Op[] = [];
  private cellsRead = 0;
  constructor(readonly model: FakeWorkbookModel) {
    this.workbook = new FakeWorkbook(this);
  }
  queue(op: Op): void {
    this.pending.push(op);
  }
  countRead(cells: number): void {
    this.cellsRead += cells;
  }
  async sync(): Promise<void> {
    this.syncCount++;
    const ops = this.pending;
    this.pending = [];
    const lose = this.loseSyncWith;
    if (lose && lose.times > 0 && ops.some((o) => lose.match.test(o.what))) {
      lose.times--;
      throw new ExcelError("GeneralException", "the request was lost");
    }
    this.calcSuspended = false;
    this.cellsRead = 0;
    const record: SyncRecord = {
      n: this.syncCount,
      ops: ops.map((o) => o.what),
      wrote: ops.some((o) => o.write),
      calcSuspended: false,
      cellsRead: 0,
    };
    this.syncs.push(record);
    try {
      for (const op of ops) {
        if (this.failOn?.test(op.what)) throw new ExcelError("GeneralException", `injected failure at ${op.what}`);
        op.run();
      }
    } finally {
      record.calcSuspended = this.calcSuspended;
      record.cellsRead = this.cellsRead;
    }
  }
}

/** A fake Excel: `run` is the Excel.run stand-in; every run gets a new context, all are kept. */
export class FakeExcel {
  readonly model = new FakeWorkbookModel();
  readonly contexts: FakeContext[] = [];
  failOn?: RegExp;
  loseSyncWith?: { match: RegExp; times: number };
  run = async <T>(batch: (context: XContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(this.model);
    ctx.failOn = this.failOn;
    ctx.loseSyncWith = this.loseSyncWith;
    this.contexts.push(ctx);
    return batch(ctx);
  };
  get lastContext(): FakeContext {
    return this.contexts[this.contexts.length - 1];
  }
  get totalSyncs(): number {
    return this.contexts.reduce((n, c) => n + c.syncCount, 0);
  }
}
