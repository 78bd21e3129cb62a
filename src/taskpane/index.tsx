// Entry of the task pane page (taskpane.html), which is also the shared runtime of the ITA.*
// custom functions, and of pane.html (the pane-only manifest: the pane without the functions).
// In Excel the pane works on the open workbook; opened in a plain browser (Office.onReady gives no
// host, or office.js could not load) it runs as the preview on a file.
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { isPaneOnly } from "./compat";
import { engine } from "./engine";
import { excelHost } from "./excel-host";
import type { PaneHost } from "./host";
import { previewHost } from "./preview/preview-host";

/** Set by boot/old-browser.js (ES5), which has already put a Thai message in place of the pane. */
interface Boot {
  __itaStarted?: boolean;
  __itaUnsupported?: string;
}
const boot = window as unknown as Boot;

function start(host: PaneHost): void {
  const container = document.getElementById("root");
  if (!container || boot.__itaUnsupported) return;
  createRoot(container).render(<App host={host} engine={engine} />);
}

// The scripts parsed and ran: from here on a failure is the pane's to show, not the guard's.
boot.__itaStarted = true;
if (typeof Office === "undefined") {
  start(previewHost(engine));
} else {
  void Office.onReady((info) => {
    start(
      info.host === Office.HostType.Excel
        ? excelHost(engine, undefined, { platform: info.platform ? String(info.platform) : null, paneOnly: isPaneOnly(document) })
        : previewHost(engine),
    );
  });
}
