// The pane in Excel: the Office.js adapter (src/excel) with the real Excel.run.
import { applySettings, setWorkbookCatalog, setWorkbookLibrary } from "../functions/context";
import type { ExcelRun } from "../excel/api";
import { activateSheet, ExcelSession, readForDocument, runAnalysis, scanWorkbook, selectCell } from "../excel/run";
import type { Engine, PaneHost } from "./host";

/** What Office.onReady says about where the pane runs. */
export interface ExcelPlatform {
  /** Office.PlatformType: "PC", "OfficeOnline", "Mac", … */
  platform?: string | null;
}

const excelRun: ExcelRun = (batch) => Excel.run((context) => batch(context));

export function excelHost(engine: Engine, run: ExcelRun = excelRun, where: ExcelPlatform = {}): PaneHost {
  /** What the ITA.* formulas were last told (they start with no year: the latest framework). */
  let published = JSON.stringify([undefined, undefined, undefined, false]);
  // The last read's layout (a run after the scan reads in one round trip) and whether ITA.* formulas were seen.
  const session = new ExcelSession();
  return {
    kind: "excel",
    scan: () => scanWorkbook(run, session),
    readForDocument: () => readForDocument(run, session),
    // Excel for Mac ignores downloads from the pane (office-js #2700): the pane says so instead.
    canDownload: where.platform !== "Mac",
    openInBrowser(url) {
      Office.context.ui.openBrowserWindow(url);
    },
    run: (settings, onProgress) => runAnalysis(run, engine, settings, onProgress, undefined, session),
    selectCell: (ref) => selectCell(run, ref),
    openSheet: (name) => activateSheet(run, name),
    onShown(listener) {
      let removed = false;
      let remove: (() => Promise<void>) | undefined;
      const addin = typeof Office !== "undefined" ? Office.addin : undefined;
      addin
        ?.onVisibilityModeChanged((message) => {
          if (!removed && message.visibilityMode === Office.VisibilityMode.taskpane) listener();
        })
        .then((r) => (removed ? void r() : (remove = r)))
        // Named case: an Excel without the shared-runtime visibility event (requirement set
        // SharedRuntime 1.1). The pane then re-scans only when asked; nothing else depends on it.
        .catch((e: unknown) => console.warn("ita: the pane cannot follow its visibility:", e));
      return () => {
        removed = true;
        void remove?.();
      };
    },
    publish(result, settings) {
      // In the shared runtime the formulas read this context: a blank `year` argument means the
      // workbook's year, thresholds and library are the workbook's.
      const year = settings.year ?? result.year;
      const frameworkId = settings.frameworkId;
      applySettings({ year, frameworkId, classification: settings.classification });
      setWorkbookCatalog(result.catalog);
      setWorkbookLibrary(result.libraryFromWorkbook ? result.library : undefined);
      const key = JSON.stringify([year, frameworkId, settings.classification, result.libraryFromWorkbook]);
      if (key === published) return Promise.resolve();
      // No ITA.* formula in the workbook: nothing to recalculate (a formula typed later reads this context).
      if (!session.itaFormulas) {
        published = key;
        return Promise.resolve();
      }
      // The functions are not volatile: recalculate so cells with a blank year follow. A failure
      // reaches the pane, which tells staff to recalculate themselves.
      return run(async (context) => {
        context.workbook.application.calculate("Full");
        await context.sync();
        published = key;
      });
    },
  };
}
