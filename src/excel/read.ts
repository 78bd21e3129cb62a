// Reading the workbook: every sheet's filled cells (raw values, never formatted text, and formulas
// as typed) and our settings part, in a fixed number of round trips:
//   sync 1  the sheets (id, name, position, visibility) and our custom XML parts
//   sync 2  each sheet's used range, tables and marker (identify.ts); each part's XML
//   sync 3  values and formulas, at most CHUNK_CELLS cell loads per sync (one sync for any ordinary
//           workbook). A sheet whose used range is far larger than DENSE_CELLS is probed for its
//           filled areas first (a stray value at XFD1048576), then only those are read.
// Given the layout of an earlier read in the same session (the pane's scan), all of it goes in one
// sync, and that same sync checks the layout: if anything changed, the read starts again at sync 1.
import {
  type CellValue,
  defaultSettings,
  MARKER_NAME,
  MAX_FILLED_CELLS,
  nameHiddenSheets,
  parseMarker,
  parseSettings,
  type Problem,
  problem,
  type Settings,
  SETTINGS_NAMESPACE,
  type SheetVisibility,
  tooManyCellsWarning,
  COLS,
  identifySheets,
  isRead,
  type KnownSheet,
} from "../core";
import type { XContext, XCustomXmlPart, XNamedItem, XRange, XRangeAreas, XWorksheet } from "./api";
import { supports } from "./capabilities";
import { fromExcelValue } from "./cells";

/** At most this many cell loads per request (Excel on the web caps a response at 5 MB). */
export const CHUNK_CELLS = 100_000;
/** Used ranges up to this many cells are read whole; larger ones by their filled areas. */
export const DENSE_CELLS = 200_000;
/** Without the probe (ExcelApi below 1.9), used ranges up to this size are still read whole. */
export const UNPROBED_CELLS = 2_000_000;
export { COLS };

const ITA_FORMULA = /(?:^|[^A-Za-z0-9_])(?:ITA\.|_xldudf_ITA_)/i;

export interface Box {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** A sheet of the open workbook: what core/keep knows of every sheet, and where it sits in Excel. */
export interface SheetInfo extends KnownSheet {
  position: number;
  visibility: SheetVisibility;
  /** The used range (values only); undefined for an empty sheet. */
  box?: Box;
}

export interface WorkbookSnapshot {
  sheets: SheetInfo[];
  settings: Settings;
  /** True when the workbook had our settings part. */
  hasSettings: boolean;
  /** Our parts, first = the one in force (others are duplicates to remove on write). */
  parts: XCustomXmlPart[];
  /** Problems found by the adapter itself (sheets too large, damaged settings), hidden sheets named. */
  problems: Problem[];
  /** Some cell holds an ITA.* formula (they follow the workbook's year: the pane recalculates them). */
  itaFormulas: boolean;
  /** How many context.sync() calls the read took. */
  syncs: number;
  /** What the next read in this session may take as given (checked in its first sync). */
  hint: ReadHint;
}

type Plan =
  | { kind: "none" }
  | { kind: "skip"; filled?: number }
  | { kind: "dense"; own: boolean }
  | { kind: "areas"; own: boolean; constants: string; formulas: string };

interface LayoutSheet {
  id: string;
  name: string;
  position: number;
  visibility: string;
  box?: Box;
  markerText?: string;
}

/** The layout of a read: enough to read again in one sync and to tell whether anything changed. */
export interface ReadHint {
  sheets: LayoutSheet[];
  parts: { id: string; xml: string }[];
  plans: Plan[];
}

const VISIBILITY: Record<string, SheetVisibility> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

/** "Sheet1!A1:C5,'My sheet'!E7" → the areas' A1 ranges. */
export function areaAddresses(address: string): string[] {
  return Array.from(address.matchAll(/(?:'(?:[^']|'')*'|[^!,']+)!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?/gi), (m) =>
    m[3] ? `${m[1]}${m[2]}:${m[3]}${m[4]}` : `${m[1]}${m[2]}`,
  );
}

function boxOfA1(a1: string): Box {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(a1)!;
  const col = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const r0 = Number(m[2]) - 1;
  const c0 = col(m[1]);
  const r1 = m[4] ? Number(m[4]) - 1 : r0;
  const c1 = m[3] ? col(m[3]) : c0;
  return { rowIndex: r0, columnIndex: c0, rowCount: r1 - r0 + 1, columnCount: c1 - c0 + 1 };
}

const sameBox = (a: Box | undefined, b: Box | undefined) =>
  a === b ||
  (!!a &&
    !!b &&
    a.rowIndex === b.rowIndex &&
    a.columnIndex === b.columnIndex &&
    a.rowCount === b.rowCount &&
    a.columnCount === b.columnCount);

/** A pending load of one block of cells, applied after the sync that carries it. */
interface Task {
  loads: number;
  queue(): () => void;
}

/** Runs tasks in as few syncs as the per-request budget allows; `extra` is queued with the first. */
class Syncer {
  syncs = 0;
  constructor(private context: XContext) {}
  async sync(): Promise<void> {
    this.syncs++;
    await this.context.sync();
  }
  async run(tasks: Task[], first?: () => () => boolean): Promise<boolean> {
    let i = 0;
    let check: (() => boolean) | undefined;
    let isFirst = true;
    while (i < tasks.length || isFirst) {
      const applies: (() => void)[] = [];
      if (isFirst && first) check = first();
      let budget = CHUNK_CELLS;
      while (i < tasks.length && (applies.length === 0 || tasks[i].loads <= budget)) {
        budget -= tasks[i].loads;
        applies.push(tasks[i].queue());
        i++;
      }
      await this.sync();
      if (isFirst && check && !check()) return false;
      isFirst = false;
      for (const apply of applies) apply();
    }
    return true;
  }
}

function emptyInfo(l: LayoutSheet): SheetInfo {
  return {
    id: l.id,
    name: l.name,
    position: l.position,
    visibility: VISIBILITY[l.visibility] ?? "visible",
    tableNames: [],
    ...(l.box ? { box: l.box } : {}),
    ...(l.markerText !== undefined ? { markerText: l.markerText } : {}),
    role: { kind: "user" },
    formulas: new Map(),
    formats: new Map(),
  };
}

/** Which sheets are whose, and the settings in force, from the layout. */
function understand(layout: { sheets: LayoutSheet[]; parts: { id: string; xml: string }[] }) {
  const problems: Problem[] = [];
  let settings: Settings = defaultSettings();
  let hasSettings = false;
  for (const p of layout.parts) {
    const parsed = parseSettings(p.xml);
    if (!parsed) continue;
    settings = parsed.settings;
    hasSettings = true;
    for (const w of parsed.warnings) problems.push(problem("warning", "", w, "saved settings partly unusable: defaults used"));
    break;
  }
  const sheets = layout.sheets.map(emptyInfo);
  for (const s of sheets) {
    const m = parseMarker(s.markerText);
    if (m) s.marker = m;
  }
  const roles = identifySheets(sheets, settings.sheets);
  sheets.forEach((s, i) => (s.role = roles[i]));
  return { sheets, settings, hasSettings, problems };
}

/** Whether a sheet's cells are read: the user's (data) and the add-in's generated ones (staff edits). */
const wanted = isRead;

function firstPlan(s: SheetInfo): Plan {
  if (!s.box || !wanted(s)) return { kind: "none" };
  const own = s.role.kind === "generated";
  return s.box.rowCount * s.box.columnCount <= DENSE_CELLS ? { kind: "dense", own } : { kind: "skip" };
}

/** Puts a block of Excel values (and formulas, formats) into the sheet's holey arrays and maps. */
function take(s: SheetInfo, top: number, left: number, range: XRange, withFormulas: boolean, own: boolean): void {
  const cells = s.cells!;
  const r0 = cells.rowOffset ?? 0;
  const c0 = cells.colOffset ?? 0;
  const values: unknown[][] = range.values;
  const formulas: unknown[][] | undefined = withFormulas ? range.formulas : undefined;
  const formats: unknown[][] | undefined = own ? range.numberFormat : undefined;
  values.forEach((row, i) => {
    const r = top + i;
    let out: CellValue[] | undefined = cells.values[r - r0];
    row.forEach((v, j) => {
      const c = left + j;
      const value = fromExcelValue(v);
      const f = formulas?.[i]?.[j];
      // A formula reads back as text starting with "=", unlike its value (text typed as "=…" reads the same).
      if (typeof f === "string" && f.startsWith("=") && f !== v) s.formulas.set(r * COLS + c, f);
      const fmt = formats?.[i]?.[j];
      if (typeof fmt === "string" && fmt !== "General" && (value !== null || s.formulas.has(r * COLS + c)))
        s.formats.set(r * COLS + c, fmt);
      if (value === null) return;
      out ??= cells.values[r - r0] = [];
      out[c - c0] = value;
    });
  });
}

function denseTasks(ws: XWorksheet, s: SheetInfo, own: boolean): Task[] {
  const box = s.box!;
  const per = own ? 3 : 2;
  const rowsPerChunk = Math.max(1, Math.floor(CHUNK_CELLS / (box.columnCount * per)));
  const tasks: Task[] = [];
  for (let r = 0; r < box.rowCount; r += rowsPerChunk) {
    const rows = Math.min(rowsPerChunk, box.rowCount - r);
    tasks.push({
      loads: rows * box.columnCount * per,
      queue: () => {
        const range = ws.getRangeByIndexes(box.rowIndex + r, box.columnIndex, rows, box.columnCount);
        range.load(own ? "values,formulas,numberFormat" : "values,formulas");
        return () => take(s, box.rowIndex + r, box.columnIndex, range, true, own);
      },
    });
  }
  return tasks;
}

function areaTasks(ws: XWorksheet, s: SheetInfo, plan: Extract<Plan, { kind: "areas" }>): Task[] {
  const tasks: Task[] = [];
  const add = (a1: string, withFormulas: boolean) => {
    const b = boxOfA1(a1);
    const per = (withFormulas ? 2 : 1) + (plan.own ? 1 : 0);
    const rowsPerChunk = Math.max(1, Math.floor(CHUNK_CELLS / (b.columnCount * per)));
    for (let r = 0; r < b.rowCount; r += rowsPerChunk) {
      const rows = Math.min(rowsPerChunk, b.rowCount - r);
      tasks.push({
        loads: rows * b.columnCount * per,
        queue: () => {
          const range = ws.getRangeByIndexes(b.rowIndex + r, b.columnIndex, rows, b.columnCount);
          range.load(["values", ...(withFormulas ? ["formulas"] : []), ...(plan.own ? ["numberFormat"] : [])]);
          return () => take(s, b.rowIndex + r, b.columnIndex, range, withFormulas, plan.own);
        },
      });
    }
  };
  for (const a of areaAddresses(plan.constants)) add(a, false);
  for (const a of areaAddresses(plan.formulas)) add(a, true);
  return tasks;
}

function tasksOf(ws: XWorksheet, s: SheetInfo, plan: Plan): Task[] {
  if (plan.kind === "dense") return denseTasks(ws, s, plan.own);
  if (plan.kind === "areas") return areaTasks(ws, s, plan);
  return [];
}

function startCells(s: SheetInfo, plan: Plan): void {
  if (plan.kind !== "dense" && plan.kind !== "areas") return;
  s.cells = {
    name: s.name,
    values: [],
    rowOffset: s.box!.rowIndex,
    colOffset: s.box!.columnIndex,
    ...(s.visibility !== "visible" ? { visibility: s.visibility } : {}),
  };
}

interface Probe {
  constants: XRangeAreas;
  formulas: XRangeAreas;
}

/** Without ExcelApi 1.9 (Excel 2016, the pane-only manifest) there is no probe: undefined. */
function queueProbe(ws: XWorksheet, box: Box): Probe | undefined {
  if (!supports("ExcelApi", "1.9")) return undefined;
  const used = ws.getRangeByIndexes(box.rowIndex, box.columnIndex, box.rowCount, box.columnCount);
  const constants = used.getSpecialCellsOrNullObject("Constants");
  const formulas = used.getSpecialCellsOrNullObject("Formulas");
  constants.load("address,cellCount");
  formulas.load("address,cellCount");
  return { constants, formulas };
}

/**
 * Where a probe is not possible, a large used range is read whole up to the add-in's old limit
 * (chunked, a few more round trips), and skipped with the warning beyond it.
 */
function withoutProbe(s: SheetInfo): Plan {
  const own = s.role.kind === "generated";
  return s.box && s.box.rowCount * s.box.columnCount <= UNPROBED_CELLS ? { kind: "dense", own } : { kind: "skip" };
}

/** After a probe: skip the sheet (too many filled cells), read it whole (dense enough) or by areas. */
function planFromProbe(s: SheetInfo, p: Probe): Plan {
  if (!supports("ExcelApi", "1.9")) return withoutProbe(s);
  const count = (a: XRangeAreas) => (a.isNullObject ? 0 : a.cellCount);
  const filled = count(p.constants) + count(p.formulas);
  if (filled > MAX_FILLED_CELLS) return { kind: "skip", filled };
  const own = s.role.kind === "generated";
  if (filled * 4 >= s.box!.rowCount * s.box!.columnCount) return { kind: "dense", own };
  return {
    kind: "areas",
    own,
    constants: p.constants.isNullObject ? "" : p.constants.address,
    formulas: p.formulas.isNullObject ? "" : p.formulas.address,
  };
}

function finish(
  base: ReturnType<typeof understand>,
  layout: { sheets: LayoutSheet[]; parts: { id: string; xml: string }[] },
  plans: Plan[],
  parts: XCustomXmlPart[],
  syncs: number,
): WorkbookSnapshot {
  const problems = [...base.problems];
  base.sheets.forEach((s, i) => {
    const plan = plans[i];
    if (plan.kind === "skip") problems.push(tooManyCellsWarning(s.name, plan.filled));
  });
  let itaFormulas = false;
  for (const s of base.sheets) for (const f of s.formulas.values()) if (ITA_FORMULA.test(f)) itaFormulas = true;
  return {
    sheets: [...base.sheets].sort((a, b) => a.position - b.position),
    settings: base.settings,
    hasSettings: base.hasSettings,
    parts,
    problems: nameHiddenSheets(
      problems,
      base.sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
    ),
    itaFormulas,
    syncs,
    hint: { sheets: layout.sheets, parts: layout.parts, plans },
  };
}

function queueLayout(ws: XWorksheet): { used: XRange; marker: XNamedItem } {
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  ws.tables.load("items/name");
  const marker = ws.names.getItemOrNullObject(MARKER_NAME);
  marker.load("formula");
  return { used, marker };
}

function layoutOf(ws: XWorksheet, used: XRange, marker: XNamedItem): LayoutSheet {
  return {
    id: ws.id,
    name: ws.name,
    position: ws.position,
    visibility: ws.visibility,
    ...(used.isNullObject
      ? {}
      : { box: { rowIndex: used.rowIndex, columnIndex: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount } }),
    ...(marker.isNullObject ? {} : { markerText: String(marker.formula) }),
  };
}

/** The whole read from scratch (3 syncs for an ordinary workbook). */
async function freshRead(context: XContext, syncer: Syncer): Promise<WorkbookSnapshot> {
  const { workbook } = context;
  const worksheets = workbook.worksheets;
  worksheets.load("items/id,items/name,items/position,items/visibility");
  const scoped = workbook.customXmlParts.getByNamespace(SETTINGS_NAMESPACE);
  scoped.load("items/id");
  await syncer.sync();

  const items: XWorksheet[] = worksheets.items;
  const parts: XCustomXmlPart[] = scoped.items;
  const xmls = parts.map((p) => p.getXml());
  const queued = items.map(queueLayout);
  await syncer.sync();

  const layout = {
    sheets: items.map((ws, i) => layoutOf(ws, queued[i].used, queued[i].marker)),
    parts: parts.map((p, i) => ({ id: p.id, xml: xmls[i].value })),
  };
  const base = understand(layout);
  base.sheets.forEach((s, i) => (s.tableNames = items[i].tables.items.map((t) => t.name)));
  const plans = base.sheets.map(firstPlan);
  // Sheets too large to read whole are probed in the first values sync.
  const probes = new Map<number, Probe>();
  const tasks: Task[] = [];
  base.sheets.forEach((s, i) => {
    if (plans[i].kind === "skip" && s.box && wanted(s)) {
      const probe = queueProbe(items[i], s.box);
      if (probe) probes.set(i, probe);
      else plans[i] = withoutProbe(s);
    }
    startCells(s, plans[i]);
    tasks.push(...tasksOf(items[i], s, plans[i]));
  });
  if (tasks.length || probes.size) await syncer.run(tasks);
  if (probes.size) {
    const more: Task[] = [];
    for (const [i, probe] of probes) {
      plans[i] = planFromProbe(base.sheets[i], probe);
      startCells(base.sheets[i], plans[i]);
      more.push(...tasksOf(items[i], base.sheets[i], plans[i]));
    }
    if (more.length) await syncer.run(more);
  }
  return finish(base, layout, plans, parts, syncer.syncs);
}

/** The read in one sync, trusting the hint's layout and checking it in that same sync; undefined when it changed. */
async function hintedRead(context: XContext, hint: ReadHint, syncer: Syncer): Promise<WorkbookSnapshot | undefined> {
  const { workbook } = context;
  const base = understand(hint);
  const items = hint.sheets.map((l) => workbook.worksheets.getItem(l.id));
  const parts = hint.parts.map((p) => workbook.customXmlParts.getItem(p.id));
  const tasks: Task[] = [];
  base.sheets.forEach((s, i) => {
    startCells(s, hint.plans[i]);
    tasks.push(...tasksOf(items[i], s, hint.plans[i]));
  });
  let fresh: { sheets: LayoutSheet[]; partIds: () => string[]; xmls: (() => string)[] } | undefined;
  const ok = await syncer.run(tasks, () => {
    // The layout, read in the same request as the values: the values are good only if it is unchanged.
    const all = workbook.worksheets;
    all.load("items/id,items/name,items/position,items/visibility");
    const scoped = workbook.customXmlParts.getByNamespace(SETTINGS_NAMESPACE);
    scoped.load("items/id");
    for (const ws of items) ws.load("id,name,position,visibility");
    const queued = items.map(queueLayout);
    // Area plans exist only where ExcelApi 1.9 made the probe.
    const canProbe = supports("ExcelApi", "1.9");
    const probes = hint.plans.map((p, i) =>
      canProbe && p.kind === "areas" && hint.sheets[i].box ? queueProbe(items[i], hint.sheets[i].box!) : undefined,
    );
    const xmls = parts.map((p) => p.getXml());
    return () => {
      const now = all.items.map((ws) => ({ id: ws.id, name: ws.name, position: ws.position, visibility: ws.visibility }));
      fresh = {
        sheets: items.map((ws, i) => layoutOf(ws, queued[i].used, queued[i].marker)),
        partIds: () => scoped.items.map((p) => p.id),
        xmls: xmls.map((x) => () => x.value),
      };
      const same =
        now.length === hint.sheets.length &&
        now.every((w, i) => {
          const h = hint.sheets[i];
          const f = fresh!.sheets[i];
          return (
            w.id === h.id &&
            w.name === h.name &&
            w.position === h.position &&
            w.visibility === h.visibility &&
            sameBox(f.box, h.box) &&
            f.markerText === h.markerText
          );
        }) &&
        fresh.partIds().join() === hint.parts.map((p) => p.id).join() &&
        fresh.xmls.every((x, i) => x() === hint.parts[i].xml) &&
        probes.every((p, i) => {
          const plan = hint.plans[i];
          if (!p || plan.kind !== "areas") return true;
          return (
            (p.constants.isNullObject ? "" : p.constants.address) === plan.constants &&
            (p.formulas.isNullObject ? "" : p.formulas.address) === plan.formulas
          );
        });
      if (same) base.sheets.forEach((s, i) => (s.tableNames = items[i].tables.items.map((t) => t.name)));
      return same;
    };
  });
  if (!ok) return undefined;
  return finish(base, hint, hint.plans, parts, syncer.syncs);
}

/** Office.js reports a sheet or part that no longer exists with this code. */
const isGone = (e: unknown) => typeof e === "object" && e !== null && (e as { code?: unknown }).code === "ItemNotFound";

/**
 * Reads the workbook. With a hint (the layout of the last read in this session) it takes one sync
 * when nothing changed; otherwise, or when a sheet or part of the hint is gone, it reads afresh.
 */
export async function readSnapshot(context: XContext, hint?: ReadHint): Promise<WorkbookSnapshot> {
  const syncer = new Syncer(context);
  if (hint) {
    try {
      const fast = await hintedRead(context, hint, syncer);
      if (fast) return fast;
    } catch (e) {
      // Named case: a sheet or part the hint names was deleted since; anything else is a real failure.
      if (!isGone(e)) throw e;
    }
  }
  return freshRead(context, syncer);
}
