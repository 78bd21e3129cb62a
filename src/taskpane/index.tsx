// Entry of the task pane page (taskpane.html), which is also the shared runtime of the ITA.*
// custom functions. In Excel the pane works on the open workbook; opened in a plain browser
// (Office.onReady gives no host, or office.js could not load) it runs as the preview on a file.
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { engine } from "./engine";
import { excelHost } from "./excel-host";
import type { PaneHost } from "./host";
import { previewHost } from "./preview/preview-host";

function start(host: PaneHost): void {
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(<App host={host} engine={engine} />);
}

if (typeof Office === "undefined") {
  start(previewHost(engine));
} else {
  void Office.onReady((info) => {
    start(
      info.host === Office.HostType.Excel
        ? excelHost(engine, undefined, { platform: info.platform ? String(info.platform) : null })
        : previewHost(engine),
    );
  });
}
