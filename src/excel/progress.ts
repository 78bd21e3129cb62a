// The o43 job in Excel: read the workbook as staff left it (the same read as the o42 document: 1
// sync after the pane's scan, 3 afresh), build the progress report from the measures sheet as of a
// day, and write only the progress sheet (ITA-ความก้าวหน้า) through the run's own write path: an
// earlier progress sheet is replaced with staff notes carried, every other sheet stays as it is.
// 2 syncs more: the sheet, then the settings part with its record. Bad cells never block the report:
// its problems name them. Loaded on demand (the pane's first load does not carry the report's code).
import { defaultSettings, keptOf, planWrite, type Settings } from "../core";
import { progressJob } from "../core/progress";
import type { ProgressOutcome, ProgressRequest } from "../taskpane/host";
import type { ExcelRun } from "./api";
import { readSnapshot } from "./read";
import { type ExcelSession, newRunId, runWriting } from "./run";

export function runProgress(
  run: ExcelRun,
  request: ProgressRequest,
  now: () => Date = () => new Date(),
  session?: ExcelSession,
): Promise<ProgressOutcome> {
  return runWriting(run, session, async (context, writer): Promise<ProgressOutcome> => {
    const snapshot = await readSnapshot(context, session?.hint);
    session?.remember(snapshot);
    const job = progressJob(snapshot.sheets, {
      asOf: request.asOf,
      digits: request.settings.digits,
      ...(request.agency ? { agency: request.agency } : {}),
    });
    if (!job) return { kind: "noMeasures", syncs: snapshot.syncs };
    const { report } = job;
    const plan = planWrite(snapshot, [job.sheet], now(), newRunId(), { only: ["progress"] });
    // The workbook's own settings go back with the new record: what is typed in the pane's form
    // but not yet run is not saved by a report.
    const settings: Settings = snapshot.hasSettings ? snapshot.settings : { ...defaultSettings(), digits: request.settings.digits };
    await writer.write(plan, settings, snapshot.parts);
    return {
      kind: "written",
      report,
      sheet: plan.sheets[0].name,
      ...keptOf(plan),
      syncs: snapshot.syncs + writer.syncs,
    };
  });
}
