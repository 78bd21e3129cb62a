// What a run will change, decided before anything is written (pure): which of the add-in's old
// sheets are replaced, the final sheet and table names, staff edits carried into the measures
// sheet, and whether the old measures sheet is kept as a dated copy.
import {
  type RowStamp,
  type SheetRecord,
  type SheetSpec,
  truncateToUnits,
  uniqueSheetName,
  uniqueTableName,
  SHEET_KINDS,
  type SheetKind,
} from "../core";
import { sheetNameProblem } from "./addresses";
import { carryStaffEdits, stampMeasures, type CarryResult } from "./carry";
import type { SheetInfo, WorkbookSnapshot } from "./read";

export interface PlannedSheet {
  spec: SheetSpec;
  /** Written under this name first, renamed to `name` once everything else succeeded. */
  tempName: string;
  name: string;
  tableName: string;
  tempTableName: string;
}

export interface WritePlan {
  runId: string;
  writtenAt: string;
  sheets: PlannedSheet[];
  /** The add-in's previous sheets to delete. */
  remove: { id: string; name: string }[];
  /** The previous measures sheet, kept under a dated name because some staff edits could not be carried. */
  keepCopy?: { id: string; from: string; to: string };
  /** Records of earlier sheets that stay (a library staff edited, earlier dated copies). */
  kept: SheetRecord[];
  /** Stamps of the new measures sheet's editable cells, for the next run. */
  stamps: RowStamp[];
  carry?: Omit<CarryResult, "spec">;
}

export class PlanError extends Error {}

/** How a run's temporary sheet names begin. */
export const tempPrefix = (runId: string): string => `~ita-${runId}-`;

/** "23-11-2568": the date in the Buddhist era, with characters allowed in sheet names. */
export function thaiDate(d: Date): string {
  return `${d.getDate()}-${d.getMonth() + 1}-${d.getFullYear() + 543}`;
}

export function planWrite(snapshot: WorkbookSnapshot, specsIn: SheetSpec[], now: Date, runId: string): WritePlan {
  const byId = new Map(snapshot.sheets.map((s) => [s.id, s]));
  const records = snapshot.settings.sheets.filter((r) => byId.has(r.id));
  const specKeys = new Set<SheetKind>(specsIn.map((s) => s.key));
  // Sheets of the kinds this run writes are replaced; out-of-date analysis sheets go too.
  const replaced = records.filter((r) => specKeys.has(r.key) || SHEET_KINDS[r.key].staleWhenMissing);
  const kept = records.filter((r) => !replaced.includes(r)).map((r) => ({ ...r, name: byId.get(r.id)!.name }));

  // Staff edits of the measures sheet.
  let specs = specsIn;
  let carry: CarryResult | undefined;
  let keepCopy: WritePlan["keepCopy"];
  const oldMeasures = records.find((r) => r.key === "measures");
  const measuresSpec = specs.find((s) => s.key === "measures");
  const stamps = measuresSpec ? stampMeasures(measuresSpec) : [];
  if (oldMeasures) {
    const oldSheet: SheetInfo = byId.get(oldMeasures.id)!;
    // With no new measures sheet, every staff edit is one that cannot be carried.
    const target: SheetSpec = measuresSpec ?? { key: "measures", name: "", heading: [], columns: [], rows: [], tableName: "" };
    carry = carryStaffEdits(oldSheet.cells, oldMeasures, target);
    if (measuresSpec) specs = specs.map((s) => (s === measuresSpec ? carry!.spec : s));
    if (carry.lost > 0 || carry.unreadable) keepCopy = { id: oldMeasures.id, from: oldSheet.name, to: "" };
  }
  const remove = replaced.filter((r) => r.id !== keepCopy?.id).map((r) => ({ id: r.id, name: byId.get(r.id)!.name }));
  const removedIds = new Set(remove.map((r) => r.id));

  // Names: never collide with a sheet that stays (the user's, kept ones, the dated copy).
  const staying = snapshot.sheets.filter((s) => !removedIds.has(s.id) && s.id !== keepCopy?.id);
  const takenNames = staying.map((s) => s.name);
  const takenTables = staying.flatMap((s) => s.tableNames);
  if (keepCopy) {
    const suffix = ` เดิม ${thaiDate(now)}`;
    keepCopy.to = uniqueSheetName(truncateToUnits(keepCopy.from, 31 - suffix.length - 4) + suffix, takenNames);
    takenNames.push(keepCopy.to);
    takenTables.push(...byId.get(keepCopy.id)!.tableNames);
  }
  const sheets: PlannedSheet[] = specs.map((spec, i) => {
    const problem = sheetNameProblem(spec.name);
    if (problem) throw new PlanError(problem);
    const name = uniqueSheetName(spec.name, takenNames);
    takenNames.push(name);
    const tableName = uniqueTableName(spec.tableName, takenTables);
    takenTables.push(tableName);
    return { spec, name, tableName, tempName: `${tempPrefix(runId)}${i}`, tempTableName: `ita_${runId}_${i}` };
  });

  const out: WritePlan = { runId, writtenAt: now.toISOString(), sheets, remove, kept, stamps };
  if (keepCopy) out.keepCopy = keepCopy;
  if (carry) {
    const { spec: _spec, ...stats } = carry;
    void _spec;
    out.carry = stats;
  }
  return out;
}

/** The settings part's sheet records after the run, given the new sheets' IDs. */
export function recordsAfter(plan: WritePlan, newIds: string[]): SheetRecord[] {
  const records: SheetRecord[] = plan.sheets.map((s, i) => {
    const r: SheetRecord = { id: newIds[i], key: s.spec.key, name: s.name, writtenAt: plan.writtenAt };
    if (s.spec.key === "measures" && plan.stamps.length > 0) r.rows = plan.stamps;
    return r;
  });
  if (plan.keepCopy) records.push({ id: plan.keepCopy.id, key: "measures-copy", name: plan.keepCopy.to, writtenAt: plan.writtenAt });
  return [...records, ...plan.kept];
}
