// The add-in's jobs in Excel: scan the workbook on open, run the analysis and write the sheets,
// save settings, select a problem's cell, open a written sheet. Opening the pane and running costs
// 6 context.sync() calls for any ordinary workbook:
//   scan  3 to read (sheets and settings part; used ranges, tables, markers and XML; values),
//   run   1 to read again (the scan's layout, checked in the same request), 1 to write every sheet
//         and the chart with calculation suspended, 1 to save the settings part with the new IDs.
// The ITA.* formulas are recalculated (one more) only when the workbook has some (see excel-host).
// The o43 progress job (progress.ts) writes its one sheet through the same runWriting.
import {
  analyzeOptionsFrom,
  documentBook,
  engineCells,
  generatedKinds,
  hasErrors,
  planWrite,
  recordsAfter,
  replacedSheets,
  serializeSettings,
  type Settings,
  SETTINGS_NAMESPACE,
  stayingSheets,
  tempPrefix,
  type WritePlan,
  keptOf,
} from "../core";
import { type DocumentRead, type Engine, LeftoverSheetsError, type Progress, type RunOutcome, type ScanOutcome } from "../taskpane/host";
import type { ExcelRun, XContext, XCustomXmlPart } from "./api";
import { parseCellRef } from "./addresses";
import { readSnapshot, type ReadHint, type WorkbookSnapshot } from "./read";
import { cleanupTemporary, queueWrite } from "./write";

/** What one pane session remembers between its reads: the last layout, and whether ITA.* formulas were seen. */
export class ExcelSession {
  hint?: ReadHint;
  itaFormulas = false;
  remember(snapshot: WorkbookSnapshot): void {
    this.hint = snapshot.hint;
    this.itaFormulas = snapshot.itaFormulas;
  }
  /** After a write the layout is another: the next read starts afresh. */
  forget(): void {
    this.hint = undefined;
  }
}

function scanOf(snapshot: WorkbookSnapshot): ScanOutcome {
  return {
    cells: engineCells(snapshot.sheets),
    settings: snapshot.settings,
    hasSettings: snapshot.hasSettings,
    problems: snapshot.problems,
    ownSheets: replacedSheets(snapshot.sheets),
    // Every sheet as read (ours too), for the o43 panel's round: no extra round trip.
    book: documentBook(snapshot.sheets),
  };
}

/**
 * The workbook as staff left it, for the o42 document (3 syncs, 1 after the pane's scan): the data
 * the analysis reads, and every sheet read, ours with their kinds as identify.ts found them (by
 * marker, so a renamed or re-identified sheet still counts; a staff copy of one of ours is not read).
 */
export function readForDocument(run: ExcelRun, session?: ExcelSession): Promise<DocumentRead> {
  return run(async (context) => {
    const snapshot = await readSnapshot(context, session?.hint);
    session?.remember(snapshot);
    return { data: engineCells(snapshot.sheets), book: documentBook(snapshot.sheets), settings: snapshot.settings };
  });
}

/** Reads the workbook for the pane's first screen (3 syncs). */
export function scanWorkbook(run: ExcelRun, session?: ExcelSession): Promise<ScanOutcome> {
  return run(async (context) => {
    const snapshot = await readSnapshot(context, session?.hint);
    session?.remember(snapshot);
    return scanOf(snapshot);
  });
}

/** A run's id: part of the markers' tokens, the temporary sheets' names and the kept copies'. */
export function newRunId(): string {
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

/** How a job's batch writes its plan: the sheets (1 sync), then the settings part with their records (1 sync). */
export interface PlanWriter {
  /** The context.sync() calls made through it so far. */
  readonly syncs: number;
  /** Writes `plan`, then saves `settings` with the records of the plan's sheets in `parts` (ours, as read). */
  write(plan: WritePlan, settings: Settings, parts: XCustomXmlPart[], onSave?: () => void): Promise<void>;
}

/**
 * One Excel.run for a job that writes a plan (the analysis run, the o43 progress job). A failed
 * write removes its temporary sheets, or says it could not (LeftoverSheetsError); a settings part
 * the batch could not save is saved once more in a fresh request context.
 */
export async function runWriting<T>(
  run: ExcelRun,
  session: ExcelSession | undefined,
  job: (context: XContext, writer: PlanWriter) => Promise<T>,
): Promise<T> {
  let failedPlan: WritePlan | undefined;
  let unsaved: Settings | undefined;
  try {
    const outcome = await run(async (context): Promise<T> => {
      let syncs = 0;
      const sync = async () => {
        syncs++;
        await context.sync();
      };
      const writer: PlanWriter = {
        get syncs() {
          return syncs;
        },
        async write(plan, settings, parts, onSave) {
          failedPlan = plan;
          session?.forget();
          const { added } = queueWrite(context, plan);
          await sync();
          failedPlan = undefined;

          onSave?.();
          const saved: Settings = {
            ...settings,
            sheets: recordsAfter(
              plan,
              added.map((ws) => ws.id),
            ),
          };
          queueSettings(context, parts, saved);
          try {
            await sync();
          } catch {
            // The sheets are written; without this record the next run would know them by their
            // markers only. Retry once in a fresh request context (below).
            unsaved = saved;
          }
        },
      };
      return job(context, writer);
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

/**
 * Reads, analyses and writes in one Excel.run. Settings come from the pane (the user's choices);
 * the record of the add-in's sheets always comes from the workbook. Nothing is written when the
 * data has errors or a sheet name is invalid; a failed write removes its temporary sheets.
 */
export function runAnalysis(
  run: ExcelRun,
  engine: Engine,
  settings: Settings,
  onProgress: Progress = () => {},
  now: () => Date = () => new Date(),
  session?: ExcelSession,
): Promise<RunOutcome> {
  return runWriting(run, session, async (context, writer): Promise<RunOutcome> => {
    onProgress("read");
    const snapshot = await readSnapshot(context, session?.hint);
    session?.remember(snapshot);

    onProgress("analyze");
    const cells = engineCells(snapshot.sheets);
    const staying = stayingSheets(snapshot.sheets);
    const { result, sheets: specs } = engine.analyzeAndRender(cells, analyzeOptionsFrom(settings), {
      digits: settings.digits,
      existingNames: staying.map((s) => s.name),
      existingTableNames: staying.flatMap((s) => s.tableNames),
      // Ours still in the workbook, known by marker (or record): a limitations sheet staff fill in is never written again.
      present: generatedKinds(snapshot.sheets),
    });
    if (hasErrors(result)) return { kind: "invalid", cells, result, problems: [...snapshot.problems, ...result.problems] };
    const plan = planWrite(snapshot, specs, now(), newRunId());

    onProgress("write");
    await writer.write(plan, settings, snapshot.parts, () => onProgress("save"));
    return {
      kind: "written",
      result,
      sheets: plan.sheets.map((p) => ({ key: p.spec.key, name: p.name })),
      ...keptOf(plan),
      syncs: snapshot.syncs + writer.syncs,
    };
  });
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

/** Selects a problem's cell ("คะแนน!B5"); false when the reference cannot be shown (no such sheet, or it is hidden). */
export async function selectCell(run: ExcelRun, ref: string): Promise<boolean> {
  const parsed = parseCellRef(ref);
  if (!parsed) return false;
  return run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(parsed.sheet);
    ws.load("name,visibility");
    await context.sync();
    // A hidden sheet cannot be shown: the problem's own message says it is hidden and how to show it.
    if (ws.isNullObject || ws.visibility !== "Visible") return false;
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
