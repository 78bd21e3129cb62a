// The output workbook of a run on a file, as the add-in writes into the open workbook: core/keep's
// plan (planWrite) turned into the sheets of a new file. The user's sheets are copied as values;
// each old sheet of ours is replaced in place by the new one (its name kept, staff cells written
// over and around the generated ones); an old sheet whose edits cannot all be carried stays as a
// dated copy, marked as one; every sheet of ours gets its marker; the settings part records the
// new sheets (fingerprints included), so the next run, by the command or the add-in, knows them.
import { type Settings, type SheetKind, type SheetSpec, type WritePlan, planWrite, recordsAfter } from "../core";
import { fileSheetId } from "./known-sheets";
import type { ReadWorkbook } from "./read";
import { type OutputSheet, writeOutputSheets } from "./write";
import type { ZipCodec } from "./zip";

export interface KeptOutput {
  bytes: Uint8Array;
  plan: WritePlan;
  /** The settings part as written (the sheet records of this output). */
  settings: Settings;
}

export interface KeepOptions {
  codec: ZipCodec;
  /** The settings to save with the new records (the workbook's own, or the defaults). */
  settings: Settings;
  now: Date;
  runId: string;
  /** The kinds this run writes; others of ours stay as they are (core's PlanOptions). */
  only?: readonly SheetKind[];
  /** Zip entry dates (tests). */
  modified?: Date;
}

/** A run's id: part of the markers' tokens and of the kept copies'. */
export function newRunId(): string {
  return Math.random().toString(36).slice(2, 8);
}

/** The new workbook for `specs` over `read` (read with `keepCopy`); throws core's PlanError on a bad sheet name. */
export function keptWorkbook(read: Pick<ReadWorkbook, "known" | "source">, specs: SheetSpec[], o: KeepOptions): KeptOutput {
  const plan = planWrite({ sheets: read.known }, specs, o.now, o.runId, o.only ? { only: o.only } : {});
  const sourceOf = new Map(read.known.map((k, i) => [k.id, { known: k, sheet: read.source.sheets[i] }]));
  const copies = new Map(plan.copies.map((c) => [c.id, c]));
  const marks = new Map(plan.marks.map((m) => [m.id, m]));

  const sheets: OutputSheet[] = [];
  const newId = new Map<string | number, string>();
  let active: number | undefined;
  // New sheets (replacing none) go first, so a printed workbook starts with the analysis; a sheet that
  // replaces one of ours takes its place.
  const isNew = (e: string | number) => typeof e === "number" && !plan.sheets[e].replaces;
  const order = [...plan.order.filter(isNew), ...plan.order.filter((e) => !isNew(e))];
  for (const entry of order) {
    if (typeof entry === "number") {
      const p = plan.sheets[entry];
      newId.set(entry, fileSheetId(sheets.length));
      if (p.spec.key === "summary" || active === undefined) active = sheets.length;
      sheets.push({
        kind: "spec",
        spec: { ...p.spec, name: p.name, tableName: p.tableName },
        overrides: p.overrides,
        marker: p.markerFormula,
      });
      continue;
    }
    const found = sourceOf.get(entry);
    if (!found) continue;
    const copy = copies.get(entry);
    const marker = copy?.markerFormula ?? marks.get(entry)?.markerFormula ?? found.known.markerText;
    newId.set(entry, fileSheetId(sheets.length));
    sheets.push({ kind: "source", sheet: found.sheet, name: copy?.to ?? found.sheet.outputName, ...(marker ? { marker } : {}) });
  }

  // Records of the sheets that stay (copies, the limitations sheet) follow them to their new places.
  const records = recordsAfter(
    plan,
    plan.sheets.map((_, i) => newId.get(i) ?? ""),
  ).map((r, i) => (i < plan.sheets.length ? r : { ...r, id: newId.get(r.id) ?? r.id }));
  const settings: Settings = { ...o.settings, sheets: records };
  const bytes = writeOutputSheets(read.source, sheets, {
    codec: o.codec,
    settings,
    ...(o.modified ? { modified: o.modified } : {}),
    ...(active !== undefined ? { active } : {}),
  });
  return { bytes, plan, settings };
}
