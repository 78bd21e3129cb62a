// What a run will change, decided before anything is written (pure): for every sheet it writes,
// the old sheet of that kind it replaces (found by identify.ts), the staff edits carried into the
// new one (carry.ts), and whether the old sheet must stay as a dated copy because something staff
// typed could not be carried. A replacing sheet takes the old one's name (staff may have renamed it)
// and place; each new sheet gets a marker and a fingerprint for the next run. A create-once sheet
// (the limitations) is never replaced: once the workbook has it, it stays exactly as staff left it.
import type { SheetSpec } from "../render/spec";
import { sheetNameProblem, truncateToUnits, uniqueSheetName, uniqueTableName } from "../render/sheet-names";
import type { SheetRecord } from "../settings/model";
import { contentHash, markerFormula, printOf, type SheetMarker, type SheetPrint } from "../settings/print";
import { SHEET_KINDS, type SheetKind } from "../sheet-kinds";
import { carryStaffEdits, oldSheetOf, type Override, writtenCells } from "./carry";
import { recordOf } from "./identify";
import type { KnownSheet } from "./known";

export interface PlannedSheet {
  spec: SheetSpec;
  /** Staff cells written over and around what the spec generates. */
  overrides: Override[];
  /** Written under this name first, renamed to `name` once everything else succeeded. */
  tempName: string;
  name: string;
  tableName: string;
  tempTableName: string;
  /** The marker written into the sheet (a sheet-scoped name), and its formula. */
  marker: SheetMarker;
  markerFormula: string;
  /** What the add-in wrote, for the next run. */
  print: SheetPrint;
  /** The old sheet this one replaces (deleted, or kept as a copy). */
  replaces?: { id: string; name: string };
}

export interface KeptCopy {
  id: string;
  from: string;
  to: string;
  /** The old sheet's marker becomes a copy's; it had none when undefined. */
  markerFormula: string;
  hadMarker: boolean;
  token: string;
}

/** A sheet of ours that stays as staff left it (a create-once sheet) and gets the marker it lacks. */
export interface MarkedSheet {
  id: string;
  name: string;
  markerFormula: string;
  /** The sheet has a defined name of ours that is not a marker we can read: its formula is replaced. */
  hadMarker: boolean;
}

export interface WritePlan {
  runId: string;
  writtenAt: string;
  sheets: PlannedSheet[];
  /** The add-in's previous sheets to delete (nothing staff typed in them is lost: carried or none). */
  remove: { id: string; name: string }[];
  /** Old sheets kept under a dated name because some staff edits could not be carried. */
  copies: KeptCopy[];
  /** Records of sheets that stay as they are (copies from earlier runs, the limitations sheet staff fill in). */
  kept: SheetRecord[];
  /** Sheets that stay and are given a marker (written before markers existed, or the marker was lost). */
  marks: MarkedSheet[];
  /** The final order of the sheets: an existing sheet's id, or the index of a planned sheet. */
  order: (string | number)[];
  carry: { edited: number; carried: number; lost: number };
}

export class PlanError extends Error {}

/** How a run's temporary sheet names begin. */
export const tempPrefix = (runId: string): string => `~ita-${runId}-`;

/** "23-11-2568": the date in the Buddhist era, with characters allowed in sheet names. */
export function thaiDate(d: Date): string {
  return `${d.getDate()}-${d.getMonth() + 1}-${d.getFullYear() + 543}`;
}

/** What a sheet's marker says of its content now (for a copy's new marker). */
const hashOf = (s: KnownSheet) => contentHash(oldSheetOf(s).cells);

/** What the plan needs of a workbook: its sheets, in order, as identify.ts found them. */
export interface KnownWorkbook {
  sheets: readonly KnownSheet[];
}

export interface PlanOptions {
  /**
   * The kinds this run writes (the progress job: only its sheet). Old sheets of other kinds stay
   * exactly as they are, still known as ours; unset: an analysis run, which writes them all.
   */
  only?: readonly SheetKind[];
}

export function planWrite(snapshot: KnownWorkbook, specs: SheetSpec[], now: Date, runId: string, options: PlanOptions = {}): WritePlan {
  const writesKind = (kind: SheetKind) => !options.only || options.only.includes(kind);
  const writtenAt = now.toISOString();
  const generated = snapshot.sheets.filter((s) => s.role.kind === "generated");
  const used = new Set<KnownSheet>();
  const remove: WritePlan["remove"] = [];
  const copies: { sheet: KnownSheet }[] = [];
  const totals = { edited: 0, carried: 0, lost: 0 };

  /** Carries an old sheet's staff edits into `spec` (an empty one when its kind is not written any more). */
  const carryFrom = (old: KnownSheet, spec: SheetSpec) => {
    const role = old.role.kind === "generated" ? old.role : undefined;
    const record = role?.record;
    // A marker's content hash speaks for the sheet only when no record does (the settings part was lost).
    const hash = record?.print ? undefined : role?.marker?.hash;
    const result = carryStaffEdits(oldSheetOf(old), record?.print, hash, spec);
    totals.edited += result.edited;
    totals.carried += result.carried;
    totals.lost += result.lost;
    const keep = result.lost > 0 || result.unreadable;
    if (keep) copies.push({ sheet: old });
    else remove.push({ id: old.id, name: old.name });
    return result;
  };

  // A create-once sheet (the limitations) is staff's from the moment it exists: never replaced, so a
  // spec of its kind is not written while the workbook has one (the engine is told so: `present`).
  const hasOwn = (kind: string) => generated.some((s) => s.role.kind === "generated" && s.role.sheetKind === kind);
  const writing = specs.filter((spec) => !(SHEET_KINDS[spec.key].createOnce && hasOwn(spec.key)));
  const carried = writing.map((spec) => {
    const problem = sheetNameProblem(spec.name);
    if (problem) throw new PlanError(problem);
    const old = generated.find((s) => !used.has(s) && s.role.kind === "generated" && s.role.sheetKind === spec.key);
    if (!old) return { spec, overrides: [] as Override[], old: undefined };
    used.add(old);
    const result = carryFrom(old, spec);
    return { spec: result.spec, overrides: result.overrides, old };
  });
  // Old sheets of kinds this run does not write: out of date, removed unless staff typed in them;
  // or, for a kind that is not (the limitations sheet), left exactly as staff left it, still known as ours.
  const kept: SheetRecord[] = [];
  const marks: MarkedSheet[] = [];
  for (const old of generated) {
    if (used.has(old) || old.role.kind !== "generated") continue;
    const kind = old.role.sheetKind;
    if (SHEET_KINDS[kind].staleWhenMissing && writesKind(kind)) {
      carryFrom(old, { key: kind, name: "", heading: [], columns: [], rows: [], tableName: "" });
      continue;
    }
    // Found by its marker without a record (the settings part was lost): recorded again.
    const record: SheetRecord = old.role.record ?? { id: old.id, key: kind, name: old.name, writtenAt: old.marker?.writtenAt ?? "" };
    if (old.marker) {
      kept.push({ ...record, id: old.id, name: old.name, marker: old.marker.token });
      continue;
    }
    // No marker (written by a version before markers, or removed): given one now, its cells untouched.
    const token = `${runId}-k${marks.length}`;
    marks.push({
      id: old.id,
      name: old.name,
      hadMarker: old.markerText !== undefined,
      markerFormula: markerFormula({ kind, token, hash: hashOf(old), writtenAt: record.writtenAt || writtenAt }),
    });
    kept.push({ ...record, id: old.id, name: old.name, marker: token });
  }
  for (const s of snapshot.sheets) {
    if (s.role.kind !== "copy") continue;
    const record: SheetRecord = recordOf(s.role) ?? { id: s.id, key: "copy", name: s.name, writtenAt: s.marker?.writtenAt ?? "" };
    kept.push({ ...record, id: s.id, name: s.name, ...(s.marker ? { marker: s.marker.token } : {}) });
  }

  // Names: never collide with a sheet that stays; a replacing sheet takes the old one's name.
  const removed = new Set(remove.map((r) => r.id));
  const copied = new Set(copies.map((c) => c.sheet.id));
  const staying = snapshot.sheets.filter((s) => !removed.has(s.id) && !copied.has(s.id));
  const takenNames = staying.map((s) => s.name);
  const takenTables = staying.flatMap((s) => s.tableNames);
  const suffix = ` เดิม ${thaiDate(now)}`;
  const keptCopies: KeptCopy[] = copies.map(({ sheet }, j) => {
    // The date stays whole: the name is shortened instead (and further when a " (2)" is needed).
    const whole = truncateToUnits(sheet.name, 31 - suffix.length) + suffix;
    const free = !takenNames.some((n) => n.toLocaleLowerCase("en") === whole.toLocaleLowerCase("en"));
    const to = free ? whole : uniqueSheetName(truncateToUnits(sheet.name, 31 - suffix.length - 4) + suffix, takenNames);
    takenNames.push(to);
    takenTables.push(...sheet.tableNames);
    const token = `${runId}-c${j}`;
    return {
      id: sheet.id,
      from: sheet.name,
      to,
      token,
      hadMarker: sheet.markerText !== undefined,
      markerFormula: markerFormula({ kind: "copy", token, hash: hashOf(sheet), writtenAt }),
    };
  });
  const sheets: PlannedSheet[] = carried.map(({ spec, overrides, old }, i) => {
    const name = old ? old.name : uniqueSheetName(spec.name, takenNames);
    takenNames.push(name);
    const tableName = uniqueTableName(spec.tableName, takenTables);
    takenTables.push(tableName);
    const token = `${runId}-${i}`;
    const marker: SheetMarker = { kind: spec.key, token, hash: contentHash(writtenCells(spec, overrides)), writtenAt };
    return {
      spec,
      overrides,
      name,
      tableName,
      tempName: `${tempPrefix(runId)}${i}`,
      tempTableName: `ita_${runId}_${i}`,
      marker,
      markerFormula: markerFormula(marker),
      print: printOf(spec),
      ...(old ? { replaces: { id: old.id, name: old.name } } : {}),
    };
  });

  // The order: a new sheet where the sheet it replaces was (just before it when that one is kept).
  const order: (string | number)[] = [];
  for (const s of snapshot.sheets) {
    const i = sheets.findIndex((p) => p.replaces?.id === s.id);
    if (i >= 0) order.push(i);
    if (!removed.has(s.id)) order.push(s.id);
  }
  sheets.forEach((p, i) => {
    if (!p.replaces) order.push(i);
  });

  return { runId, writtenAt, sheets, remove, copies: keptCopies, kept, marks, order, carry: totals };
}

/** What a written plan did with staff's cells, as every adapter reports it: edits found, carried, old sheets kept as copies. */
export function keptOf(plan: WritePlan): { edited: number; carried: number; keptCopies: string[] } {
  return { edited: plan.carry.edited, carried: plan.carry.carried, keptCopies: plan.copies.map((c) => c.to) };
}

/** The settings part's sheet records after the run, given the new sheets' IDs. */
export function recordsAfter(plan: WritePlan, newIds: string[]): SheetRecord[] {
  const records: SheetRecord[] = plan.sheets.map((s, i) => ({
    id: newIds[i] ?? "",
    key: s.spec.key,
    name: s.name,
    writtenAt: plan.writtenAt,
    marker: s.marker.token,
    print: s.print,
  }));
  for (const c of plan.copies) records.push({ id: c.id, key: "copy", name: c.to, writtenAt: plan.writtenAt, marker: c.token });
  return [...records, ...plan.kept];
}
