// The o42 Word document from the pane: read the workbook as staff left it, analyse it with the
// pane's settings, build the .docx with the document engine (loaded only now: docx is large), then
// download it (preview), offer it (Excel on Windows and the web) or say why not (Excel for Mac).
import { useCallback, useRef, useState } from "react";
import { analyzeOptionsFrom, DOCUMENT_FIELDS, hasErrors, type Settings } from "../../core";
import type { PaneFile } from "../download";
import { download } from "../download";
import { adviceFor, logOriginal } from "../errors";
import type { Engine, PaneHost } from "../host";
import { T } from "../strings";

type DocumentModule = typeof import("../../core/document");

/** The document engine's own chunk, fetched the first time a document is asked for. */
export const loadDocumentEngine = (): Promise<DocumentModule> => import(/* webpackChunkName: "o42-document" */ "../../core/document");

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A Word document built in the page, as a file to download or offer. */
export const docxFile = (name: string, bytes: Uint8Array): PaneFile => ({ name, blob: new Blob([bytes as BlobPart], { type: DOCX_TYPE }) });

export type DocumentPhase =
  | { name: "idle" }
  | { name: "building" }
  | { name: "ready"; file: PaneFile; lines: string[]; downloaded: boolean }
  /** The host cannot download (Excel for Mac): the preview page can. */
  | { name: "blocked"; url: string }
  | { name: "error"; message: string };

export interface DocumentModel {
  phase: DocumentPhase;
  build(): void;
  download(): void;
}

/** The pane's page outside Excel: the browser preview, which can download. */
export function previewUrl(): string {
  return typeof location === "undefined" ? "taskpane.html" : `${location.origin}${location.pathname}`;
}

export function useDocument(
  host: PaneHost,
  engine: Engine,
  settings: Settings,
  load: () => Promise<DocumentModule> = loadDocumentEngine,
): DocumentModel {
  const [phase, setPhase] = useState<DocumentPhase>({ name: "idle" });
  const busy = useRef(false);

  const build = useCallback(() => {
    if (busy.current || !host.readForDocument) return;
    if (host.canDownload === false) {
      setPhase({ name: "blocked", url: previewUrl() });
      return;
    }
    busy.current = true;
    setPhase({ name: "building" });
    (async (): Promise<DocumentPhase> => {
      const read = await host.readForDocument!();
      const result = engine.analyze(read.data, analyzeOptionsFrom(settings));
      if (hasErrors(result)) return { name: "error", message: T.docDataErrors };
      const doc = await load();
      const choices: Record<string, string> = {};
      for (const field of DOCUMENT_FIELDS) if (settings[field]) choices[field] = settings[field]!;
      const built = await doc.o42Docx(read.book, result, { digits: settings.digits, date: doc.isoDateOf(new Date()), ...choices });
      const file = docxFile(doc.o42FileName(built.fiscalYear), built.bytes);
      // The preview downloads at once; in Excel the pane offers the file for staff to save.
      if (host.kind === "preview") download(file);
      return { name: "ready", file, lines: doc.sourcesText(built.sources), downloaded: host.kind === "preview" };
    })()
      .then(setPhase, (e: unknown) => {
        // What to do, never Excel's or docx's own text (that goes to the console for support).
        logOriginal("building the o42 document", e);
        setPhase({ name: "error", message: adviceFor(host.kind, e) });
      })
      .finally(() => (busy.current = false));
  }, [host, engine, settings, load]);

  return {
    phase,
    build,
    download: () => {
      if (phase.name !== "ready") return;
      download(phase.file);
      setPhase({ ...phase, downloaded: true });
    },
  };
}
