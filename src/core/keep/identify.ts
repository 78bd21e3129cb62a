// Which sheets of the workbook we wrote (the add-in, or the command and the preview on a file), without trusting worksheet IDs alone (they change
// between hosts and versions, and repeat across workbooks on the web). Each sheet the add-in writes
// carries a marker, a sheet-scoped defined name naming its kind and a token the settings part
// records; the ID is only a second key, for records and sheets without a marker. Pure.
//
//   marker token recorded            → ours (a staff copy carrying the same marker: left alone)
//   no marker, ID recorded           → ours only if the record has no marker, or the name matches too
//   marker not recorded, no records  → the settings part was lost: ours if it is the latest of its kind
//   marker not recorded, records     → add-in output from elsewhere (a copy): left alone, not data
//   anything else                    → the user's sheet: data, never touched
import type { SheetRecord } from "../settings/model";
import type { SheetMarker } from "../settings/print";
import { type RenderedKind, SHEET_KINDS, isSheetKind } from "../sheet-kinds";

export type SheetRole =
  | { kind: "user" }
  /** A sheet the add-in wrote and will replace (carrying staff edits into the new one, or keeping it). */
  | { kind: "generated"; sheetKind: RenderedKind; record?: SheetRecord; marker?: SheetMarker }
  /** An old sheet kept under a dated name: never replaced, never read. */
  | { kind: "copy"; record?: SheetRecord }
  /** Add-in output this workbook's record does not know (a copy staff made, or one from another workbook). */
  | { kind: "foreign"; marker: SheetMarker };

export interface SheetIdentity {
  id: string;
  name: string;
  position: number;
  marker?: SheetMarker;
}

const isRendered = (kind: string): kind is RenderedKind => isSheetKind(kind) && SHEET_KINDS[kind].rendered;

function roleOf(record: SheetRecord, marker: SheetMarker | undefined): SheetRole {
  if (isRendered(record.key)) return { kind: "generated", sheetKind: record.key, record, ...(marker ? { marker } : {}) };
  return { kind: "copy", record };
}

/** The record a role came from, if any. */
export function recordOf(role: SheetRole): SheetRecord | undefined {
  return role.kind === "generated" || role.kind === "copy" ? role.record : undefined;
}

/** The role of each sheet (same order as `sheets`). */
export function identifySheets(sheets: readonly SheetIdentity[], records: readonly SheetRecord[]): SheetRole[] {
  const roles: SheetRole[] = sheets.map(() => ({ kind: "user" }));
  const byPosition = sheets.map((s, i) => ({ s, i })).sort((a, b) => a.s.position - b.s.position);
  const taken = new Set<number>();
  const claim = (i: number, role: SheetRole) => {
    roles[i] = role;
    taken.add(i);
  };

  // 1. Markers the record knows. Several sheets with one token: a staff copy; the ID, then the name, decide.
  for (const record of records) {
    if (!record.marker) continue;
    const carriers = byPosition.filter(({ s, i }) => !taken.has(i) && s.marker?.token === record.marker);
    if (carriers.length === 0) continue;
    const ours = carriers.find(({ s }) => s.id === record.id) ?? carriers.find(({ s }) => s.name === record.name) ?? carriers[0];
    claim(ours.i, roleOf(record, ours.s.marker));
  }
  // 2. Records whose sheet has no marker: the ID, and (for a record that had a marker) the name too.
  for (const record of records) {
    if (roles.some((r) => recordOf(r) === record)) continue;
    const found = byPosition.find(
      ({ s, i }) => !taken.has(i) && !s.marker && s.id === record.id && record.id !== "" && (!record.marker || s.name === record.name),
    );
    if (found) claim(found.i, roleOf(record, undefined));
  }
  // 3. Markers nobody recorded.
  const latest = new Map<string, number>();
  for (const { s, i } of byPosition) {
    if (taken.has(i) || !s.marker) continue;
    const m = s.marker;
    if (m.kind === "copy") {
      claim(i, { kind: "copy" });
      continue;
    }
    const adopt = records.length === 0 && isRendered(m.kind) && !roles.some((r) => r.kind === "generated" && r.sheetKind === m.kind);
    if (!adopt) {
      claim(i, { kind: "foreign", marker: m });
      continue;
    }
    const before = latest.get(m.kind);
    if (before === undefined || (sheets[before].marker!.writtenAt ?? "") < (m.writtenAt ?? "")) latest.set(m.kind, i);
  }
  for (const { s, i } of byPosition) {
    if (taken.has(i) || !s.marker) continue;
    const m = s.marker;
    if (latest.get(m.kind) === i) claim(i, { kind: "generated", sheetKind: m.kind as RenderedKind, marker: m });
    else claim(i, { kind: "foreign", marker: m });
  }
  return roles;
}
