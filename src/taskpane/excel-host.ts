// The pane in Excel: the Office.js adapter (src/excel) with the real Excel.run.
import { applySettings, setWorkbookCatalog, setWorkbookLibrary } from "../functions/context";
import type { ExcelRun } from "../excel/api";
import { supports } from "../excel/capabilities";
import { activateSheet, ExcelSession, readForDocument, runAnalysis, scanWorkbook, selectCell } from "../excel/run";
import { addTemplateSheet } from "../excel/template";
import { capabilitiesOf } from "./compat";
import type { Engine, PaneHost } from "./host";

const excelRun: ExcelRun = (batch) => Excel.run((context) => batch(context));

/** Office's theme: dark when its body background is dark (Excel for Windows and Mac report it). */
function officeTheme(): "light" | "dark" {
  const background = typeof Office !== "undefined" ? Office.context?.officeTheme?.bodyBackgroundColor : undefined;
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(background ?? "");
  if (!m) return "light";
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? "dark" : "light";
}

/** What Office.onReady and the page say about where the pane runs. */
export interface ExcelPlatform {
  /** Office.PlatformType: "PC", "OfficeOnline", "Mac", … */
  platform?: string | null;
  /** The page of the pane-only manifest (pane.html): no shared runtime, no ITA.* formulas. */
  paneOnly?: boolean;
}

export function excelHost(engine: Engine, run: ExcelRun = excelRun, where: ExcelPlatform = {}): PaneHost {
  const paneOnly = where.paneOnly === true;
  /** What the ITA.* formulas were last told (they start with no year: the latest framework). */
  let published = JSON.stringify([undefined, undefined, undefined, false]);
  // The last read's layout (a run after the scan reads in one round trip) and whether ITA.* formulas were seen.
  const session = new ExcelSession();
  const host: PaneHost = {
    kind: "excel",
    theme: officeTheme(),
    capabilities: () => capabilitiesOf(supports, paneOnly),
    addTemplate: (sheet) => addTemplateSheet(run, sheet),
    scan: () => scanWorkbook(run, session),
    readForDocument: () => readForDocument(run, session),
    // Excel for Mac ignores downloads from the pane (office-js #2700): the pane says so instead.
    canDownload: where.platform !== "Mac",
    openInBrowser(url) {
      if (supports("OpenBrowserWindowApi", "1.1")) Office.context.ui.openBrowserWindow(url);
    },
    run: (settings, onProgress) => runAnalysis(run, engine, settings, onProgress, undefined, session),
    // The report's code is loaded when the officer asks for one, not with the pane.
    progress: async (request) =>
      (await import(/* webpackChunkName: "o43-report" */ "../excel/progress")).runProgress(run, request, undefined, session),
    selectCell: (ref) => selectCell(run, ref),
    openSheet: (name) => activateSheet(run, name),
    onShown(listener) {
      let removed = false;
      let remove: (() => Promise<void>) | undefined;
      const addin = typeof Office !== "undefined" && supports("SharedRuntime", "1.1") ? Office.addin : undefined;
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
  // Without the shared runtime the page lives only while the pane is open, and no ITA.* formula
  // runs in it: nothing to follow, nothing to tell, no recalculation to pay for.
  // Without OpenBrowserWindowApi the pane shows the address as text only.
  if (!supports("OpenBrowserWindowApi", "1.1")) delete host.openInBrowser;
  if (paneOnly || !supports("SharedRuntime", "1.1")) {
    delete host.onShown;
    delete host.publish;
  }
  return host;
}
