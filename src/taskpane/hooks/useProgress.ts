// The o43 progress report from the pane. The date is typed as staff write it (31/3/2568) and the
// round it gives is shown at once, from the measures sheet the pane already read (no round trip).
// Then the host's job (Excel: the progress sheet written; preview: the chosen file with it) and the
// Word document, built by the document engine loaded only now (docx is large), downloaded
// (preview), offered (Excel on Windows and the web) or pointed to the preview page (Excel for Mac).
import { useCallback, useMemo, useRef, useState } from "react";
import { type IsoDate, asOfLine, parseDay, progressRound, roundFor, roundLine, type Settings } from "../../core";
import type { WorkbookForDocument } from "../../core/document";
import { download, type PaneFile } from "../download";
import { adviceFor, logOriginal } from "../errors";
import { LeftoverSheetsError, type PaneHost, type ProgressOutcome } from "../host";
import { T } from "../strings";
import { docxFile, loadDocumentEngine, previewUrl } from "./useDocument";

type DocumentModule = Awaited<ReturnType<typeof loadDocumentEngine>>;
export type ProgressWritten = Extract<ProgressOutcome, { kind: "written" }>;

export type ProgressPhase =
  | { name: "idle" }
  | { name: "building" }
  /** No measures sheet of ours where the host looked: nothing was written. */
  | { name: "noMeasures" }
  | {
      name: "ready";
      outcome: ProgressWritten;
      /** The round and the day, as the report states them. */
      roundText: string;
      asOfText: string;
      doc?: { file: PaneFile; downloaded: boolean };
      /** The sheet is done but the Word file could not be made: what to do. */
      docFailed?: string;
      /** Excel for Mac cannot download: the preview page's address. */
      blockedUrl?: string;
      workbookDownloaded: boolean;
    }
  | { name: "error"; message: string };

export interface ProgressModel {
  /** The date field as typed. */
  date: string;
  setDate(text: string): void;
  /** The typed date read as a day; undefined when it is not one. */
  asOf?: IsoDate;
  /** The round that date gives ("รอบ 6 เดือน (…)"), from the measures sheet as last read. */
  roundText?: string;
  /** The pane knows a measures sheet of ours to report from. */
  hasMeasures: boolean;
  phase: ProgressPhase;
  build(): void;
  downloadDocument(): void;
  downloadWorkbook(): void;
}

/** Today as staff write it: "2/12/2568". */
export function todayText(d = new Date()): string {
  return `${d.getDate()}/${d.getMonth() + 1}/${d.getFullYear() + 543}`;
}

/**
 * The round a report would have as of a day: of the measures a run has just written (their fiscal
 * year is the plan's), else of the measures sheet of the book as last read; undefined when there is none.
 */
function previewOf({ book, fiscalYear }: ProgressSources, asOf: IsoDate) {
  const round = fiscalYear !== undefined ? roundFor(fiscalYear, asOf) : book ? progressRound(book, asOf) : undefined;
  return round ? { roundText: roundLine(round) } : undefined;
}

export interface ProgressSources {
  /** The workbook as the pane last read it. */
  book?: WorkbookForDocument;
  /** The fiscal year of the measures sheet a run has just written (the pane has not read it back). */
  fiscalYear?: number;
  agency?: string;
}

export function useProgress(
  host: PaneHost,
  settings: Settings,
  sources: ProgressSources,
  load: () => Promise<DocumentModule> = loadDocumentEngine,
): ProgressModel {
  const [date, setDate] = useState(todayText);
  const [phase, setPhase] = useState<ProgressPhase>({ name: "idle" });
  const busy = useRef(false);
  const asOf = useMemo(() => parseDay(date), [date]);
  const today = useMemo(() => parseDay(todayText())!, []);
  const { book, fiscalYear, agency } = sources;
  const preview = useMemo(() => previewOf({ book, fiscalYear }, asOf ?? today), [book, fiscalYear, asOf, today]);

  const build = useCallback(() => {
    if (busy.current || !host.progress || !asOf) return;
    busy.current = true;
    setPhase({ name: "building" });
    const advice = (e: unknown) => adviceFor(host.kind, e);
    (async (): Promise<ProgressPhase> => {
      const outcome = await host.progress!({ asOf, settings, ...(agency ? { agency } : {}) });
      if (outcome.kind === "noMeasures") return { name: "noMeasures" };
      const ready: Extract<ProgressPhase, { name: "ready" }> = {
        name: "ready",
        outcome,
        roundText: roundLine(outcome.report),
        asOfText: asOfLine(outcome.report),
        workbookDownloaded: false,
      };
      if (host.canDownload === false) return { ...ready, blockedUrl: previewUrl() };
      try {
        const doc = await load();
        const head: { headName?: string; headPosition?: string } = {};
        if (settings.headName) head.headName = settings.headName;
        if (settings.headPosition) head.headPosition = settings.headPosition;
        const built = await doc.o43Docx(outcome.report, { digits: settings.digits, date: doc.isoDateOf(new Date()), ...head });
        const file = docxFile(doc.o43FileName(built.fiscalYear, outcome.report.round), built.bytes);
        // The preview downloads the document at once (as the o42 one); the workbook is a second click.
        if (host.kind === "preview") download(file);
        return { ...ready, doc: { file, downloaded: host.kind === "preview" } };
      } catch (e) {
        logOriginal("building the o43 document", e);
        return { ...ready, docFailed: advice(e) };
      }
    })()
      .then(setPhase, (e: unknown) => {
        // What to do, never Excel's own text (that goes to the console for support).
        logOriginal("the o43 report", e);
        const message = e instanceof LeftoverSheetsError ? `${advice(e.cause)} ${T.errorBodyLeftovers(e.prefix)}` : advice(e);
        setPhase({ name: "error", message });
      })
      .finally(() => (busy.current = false));
  }, [host, settings, agency, asOf, load]);

  return {
    date,
    setDate,
    ...(asOf ? { asOf } : {}),
    ...(asOf && preview ? { roundText: preview.roundText } : {}),
    hasMeasures: preview !== undefined,
    phase,
    build,
    downloadDocument: () => {
      if (phase.name !== "ready" || !phase.doc) return;
      download(phase.doc.file);
      setPhase({ ...phase, doc: { ...phase.doc, downloaded: true } });
    },
    downloadWorkbook: () => {
      if (phase.name !== "ready" || !phase.outcome.file) return;
      download(phase.outcome.file);
      setPhase({ ...phase, workbookDownloaded: true });
    },
  };
}
