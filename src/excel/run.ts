// The add-in's jobs in Excel: scan the workbook on open, run the analysis and write the sheets,
// save settings, select a problem's cell, open a written sheet. A full run is one Excel.run with
// a fixed number of context.sync() calls (5 for any workbook under 100,000 cells):
//   3 to read (sheets and settings part; sizes and XML; values), 1 to write every sheet and the
//   chart with calculation suspended, 1 to save the settings part with the new sheets' IDs.
import {
  analyzeOptionsFrom,
  hasErrors,
  serializeSettings,
  type Settings,
  SETTINGS_NAMESPACE,
  type WorkbookCells,
  SHEET_KINDS,
  type SheetKind,
} from "../core";
import { type DocumentRead, type Engine, LeftoverSheetsError, type Progress, type RunOutcome, type ScanOutcome } from "../taskpane/host";
import type { ExcelRun, XContext, XCustomXmlPart } from "./api";
import { parseCellRef } from "./addresses";
import { planWrite, recordsAfter, tempPrefix, type WritePlan } from "./plan";
import { readSnapshot, type WorkbookSnapshot } from "./read";
import { cleanupTemporary, queueWrite } from "./write";

/** Own sheets that are read back: the measures (staff edits) and the library (input). */
const READ_OWN = (kind: SheetKind) => SHEET_KINDS[kind].readBack !== false;

/** The engine's input: the workbook's own sheets and those of ours it reads as data. */
function cellsOf(snapshot: WorkbookSnapshot): WorkbookCells {
  return {
    sheets: snapshot.sheets
      .filter((s) => s.cells && (s.ownKey === undefined || SHEET_KINDS[s.ownKey].readBack === "input"))
      .map((s) => s.cells!),
  };
}

function scanOf(snapshot: WorkbookSnapshot): ScanOutcome {
  return {
    cells: cellsOf(snapshot),
    settings: snapshot.settings,
    hasSettings: snapshot.hasSettings,
    problems: snapshot.problems,
    // The sheets a run will replace (dated copies of old measures sheets stay).
    ownSheets: snapshot.sheets.flatMap((s) =>
      s.ownKey !== undefined && SHEET_KINDS[s.ownKey].rendered ? [{ key: s.ownKey, name: s.name }] : [],
    ),
  };
}

/**
 * The workbook as staff left it, for the o42 document (3 syncs): the data the analysis reads, and
 * every sheet with the kinds of ours (by the settings part's records, so a renamed sheet still counts).
 */
export function readForDocument(run: ExcelRun): Promise<DocumentRead> {
  return run(async (context) => {
    const snapshot = await readSnapshot(context, READ_OWN);
    const read = snapshot.sheets.filter((s) => s.cells);
    return {
      data: cellsOf(snapshot),
      book: {
        sheets: read.map((s) => s.cells!),
        kinds: Object.fromEntries(read.flatMap((s) => (s.ownKey ? [[s.name, s.ownKey]] : []))),
      },
      settings: snapshot.settings,
    };
  });
}

/** Reads the workbook for the pane's first screen (3 syncs). */
export function scanWorkbook(run: ExcelRun): Promise<ScanOutcome> {
  return run(async (context) => scanOf(await readSnapshot(context, READ_OWN)));
}

function newRunId(): string {
  return Math.random().toString(36).slice(2, 8);
}

/** Writes the settings part: updates ours in place, removes duplicates, or adds it. */
function queueSettings(context: XContext, parts: XCustomXmlPart[], settings: Settings): void {
  const xml = serializeSettings(settings);
  const [part, ...duplicates] = parts;
  if (part) part.setXml(xml);
  else context.workbook.customXmlParts.add(xml);
  for (const d of duplicates) d.delete();
}

/**
 * Reads, analyses and writes in one Excel.run. Settings come from the pane (the user's choices);
 * the record of the add-in's sheets always comes from the workbook. Nothing is written when the
 * data has errors or a sheet name is invalid; a failed write removes its temporary sheets.
 */
export async function runAnalysis(
  run: ExcelRun,
  engine: Engine,
  settings: Settings,
  onProgress: Progress = () => {},
  now: () => Date = () => new Date(),
): Promise<RunOutcome> {
  let failedPlan: WritePlan | undefined;
  let unsaved: Settings | undefined;
  try {
    const outcome: RunOutcome = await run(async (context): Promise<RunOutcome> => {
      let syncs = 0;
      const sync = async () => {
        syncs++;
        await context.sync();
      };
      onProgress("read");
      const snapshot = await readSnapshot(context, READ_OWN);
      syncs += snapshot.syncs;

      onProgress("analyze");
      const cells = cellsOf(snapshot);
      const ownIds = new Set(snapshot.settings.sheets.map((r) => r.id));
      const userSheets = snapshot.sheets.filter((s) => !ownIds.has(s.id));
      const { result, sheets: specs } = engine.analyzeAndRender(cells, analyzeOptionsFrom(settings), {
        digits: settings.digits,
        existingNames: userSheets.map((s) => s.name),
        existingTableNames: userSheets.flatMap((s) => s.tableNames),
        // Our sheets still in the workbook: a limitations sheet staff fill in is never written again.
        present: snapshot.settings.sheets.filter((r) => snapshot.sheets.some((s) => s.id === r.id)).map((r) => r.key),
      });
      if (hasErrors(result)) return { kind: "invalid", cells, result, problems: [...snapshot.problems, ...result.problems] };
      const plan = planWrite(snapshot, specs, now(), newRunId());

      onProgress("write");
      failedPlan = plan;
      const { added } = queueWrite(context, plan);
      await sync();
      failedPlan = undefined;

      onProgress("save");
      const saved: Settings = {
        ...settings,
        sheets: recordsAfter(
          plan,
          added.map((ws) => ws.id),
        ),
      };
      queueSettings(context, snapshot.parts, saved);
      try {
        await sync();
      } catch {
        // The sheets are written; without this record the next run would not know them. Retry
        // once in a fresh request context (below).
        unsaved = saved;
      }

      return {
        kind: "written",
        result,
        sheets: plan.sheets.map((p) => ({ key: p.spec.key, name: p.name })),
        edited: plan.carry?.edited ?? 0,
        carried: plan.carry?.carried ?? 0,
        ...(plan.keepCopy ? { keptCopy: plan.keepCopy.to } : {}),
        syncs,
      };
    });
    if (unsaved) await saveSettingsPart(run, unsaved);
    return outcome;
  } catch (e) {
    if (failedPlan) {
      const plan = failedPlan;
      try {
        await run((context) => cleanupTemporary(context, plan));
      } catch {
        // The old sheets are untouched, but the temporary ones stay: the pane must say so.
        throw new LeftoverSheetsError(e, tempPrefix(plan.runId));
      }
    }
    throw e;
  }
}

/** Writes the settings part in its own Excel.run (2 syncs): finds ours by namespace, updates or adds it. */
export function saveSettingsPart(run: ExcelRun, settings: Settings): Promise<void> {
  return run(async (context) => {
    const scoped = context.workbook.customXmlParts.getByNamespace(SETTINGS_NAMESPACE);
    scoped.load("items/id");
    await context.sync();
    queueSettings(context, scoped.items, settings);
    await context.sync();
  });
}

/** Selects a problem's cell ("คะแนน!B5"); false when the reference cannot be shown. */
export async function selectCell(run: ExcelRun, ref: string): Promise<boolean> {
  const parsed = parseCellRef(ref);
  if (!parsed) return false;
  return run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(parsed.sheet);
    ws.load("name");
    await context.sync();
    if (ws.isNullObject) return false;
    ws.activate();
    ws.getRange(parsed.address).select();
    await context.sync();
    return true;
  });
}

/** Opens a sheet the add-in wrote. */
export function activateSheet(run: ExcelRun, name: string): Promise<void> {
  return run(async (context) => {
    context.workbook.worksheets.getItem(name).activate();
    await context.sync();
  });
}
