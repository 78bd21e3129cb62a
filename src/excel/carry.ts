// Staff edits of the measures sheet survive a new run. When the add-in writes the measures sheet
// it stamps each row's editable cells (responsible, timeframe, steps) with a hash of the text it
// generated. On the next run a cell whose text no longer matches its stamp was edited by staff:
// its text is carried into the matching row (same issue and measure) of the new sheet. An edit
// that cannot be carried (a row added, deleted or re-worded, a column removed) makes the caller
// keep the old sheet as a dated copy. Pure.
import {
  type CellValue,
  EDITABLE_COLUMNS,
  type EditableColumn,
  type RowStamp,
  type SheetCells,
  type SheetRecord,
  type SheetSpec,
  stampText,
  toArabicDigits,
  cleanText,
} from "../core";

export interface MeasureColumns {
  issue?: number;
  measure: number;
  steps?: number;
  responsible?: number;
  timeframe?: number;
}

/** A cell's text as compared across runs: the engine's cell-text rule, Thai digits as Arabic. */
function norm(v: unknown): string {
  return toArabicDigits(cleanText(v));
}

/** Column roles from a header row of the measures table, by their Thai headers. */
export function measureColumns(headers: readonly unknown[]): MeasureColumns | undefined {
  const found: Partial<MeasureColumns> = {};
  headers.forEach((h, i) => {
    const t = norm(h);
    if (t === "") return;
    if (found.issue === undefined && t.startsWith("ประเด็น")) found.issue = i;
    else if (found.steps === undefined && t.includes("ขั้นตอน")) found.steps = i;
    else if (found.responsible === undefined && t.includes("ผู้รับผิดชอบ")) found.responsible = i;
    else if (found.timeframe === undefined && (t.includes("ระยะเวลา") || t.includes("กรอบเวลา"))) found.timeframe = i;
    else if (found.measure === undefined && (t.startsWith("มาตรการ") || t.includes("แนวทาง"))) found.measure = i;
  });
  if (found.measure === undefined) return undefined;
  const editable = EDITABLE_COLUMNS.filter((c) => found[c] !== undefined).length;
  return editable > 0 ? (found as MeasureColumns) : undefined;
}

function rowKeys(rows: readonly (readonly unknown[])[], cols: MeasureColumns): string[] {
  let issue = "";
  return rows.map((row) => {
    if (cols.issue !== undefined && norm(row[cols.issue]) !== "") issue = norm(row[cols.issue]);
    return stampText(`${issue}|${norm(row[cols.measure])}`);
  });
}

/** The stamps to record for a measures sheet as generated (before any staff text is carried in). */
export function stampMeasures(spec: SheetSpec): RowStamp[] {
  const cols = measureColumns(spec.columns.map((c) => c.header));
  if (!cols) return [];
  const keys = rowKeys(spec.rows, cols);
  return spec.rows.map((row, r) => {
    const cells: RowStamp["cells"] = {};
    for (const c of EDITABLE_COLUMNS) {
      const i = cols[c];
      if (i !== undefined) cells[c] = stampText(norm(row[i]) === "" ? "" : String(row[i]));
    }
    return { key: keys[r], cells };
  });
}

export interface CarryResult {
  /** The new measures spec with staff text carried in (a copy; the input is not changed). */
  spec: SheetSpec;
  /** Cells staff changed since the last run. */
  edited: number;
  /** Of those, carried into the new sheet. */
  carried: number;
  /** Edits (or added / deleted rows) that could not be carried: keep the old sheet as a copy. */
  lost: number;
  /** The old sheet no longer has a recognisable measures table: its edits cannot be checked. */
  unreadable: boolean;
}

function blank(row: readonly CellValue[]): boolean {
  return row.every((v) => v === null || v === undefined || String(v).trim() === "");
}

/** Carries staff edits from the old measures sheet (as read now) into the new spec. */
export function carryStaffEdits(old: SheetCells | undefined, record: SheetRecord | undefined, spec: SheetSpec): CarryResult {
  const out: SheetSpec = { ...spec, rows: spec.rows.map((r) => [...r]) };
  const result: CarryResult = { spec: out, edited: 0, carried: 0, lost: 0, unreadable: false };
  const stamps = record?.rows ?? [];
  if (!old || stamps.length === 0) return result;

  const headerIndex = old.values.findIndex((row) => measureColumns(row) !== undefined);
  if (headerIndex < 0) return { ...result, unreadable: true };
  const oldCols = measureColumns(old.values[headerIndex])!;
  const oldRows = old.values.slice(headerIndex + 1).filter((row) => !blank(row));
  const oldKeys = rowKeys(oldRows, oldCols);

  const newCols = measureColumns(spec.columns.map((c) => c.header));
  const newKeys = newCols ? rowKeys(spec.rows, newCols) : [];
  const pendingNew = new Map<string, number[]>();
  newKeys.forEach((k, i) => pendingNew.set(k, [...(pendingNew.get(k) ?? []), i]));
  const pendingStamps = new Map<string, RowStamp[]>();
  for (const s of stamps) pendingStamps.set(s.key, [...(pendingStamps.get(s.key) ?? []), s]);

  oldRows.forEach((row, r) => {
    const key = oldKeys[r];
    const stamp = pendingStamps.get(key)?.shift();
    const target = pendingNew.get(key)?.shift();
    if (!stamp) {
      // A row staff added, or whose issue or measure they re-worded.
      result.edited++;
      result.lost++;
      return;
    }
    for (const c of EDITABLE_COLUMNS) {
      const at = oldCols[c];
      const was = stamp.cells[c];
      if (at === undefined || was === undefined) continue;
      const now: CellValue = row[at];
      const nowText = now === null || now === undefined ? "" : String(now);
      if (stampText(nowText) === was) continue;
      result.edited++;
      const to = newCols?.[c as EditableColumn];
      if (target === undefined || to === undefined) {
        result.lost++;
        continue;
      }
      out.rows[target][to] = typeof now === "boolean" ? String(now) : (now ?? null);
      result.carried++;
    }
  });
  // Rows staff deleted.
  for (const left of pendingStamps.values()) {
    result.edited += left.length;
    result.lost += left.length;
  }
  return result;
}
