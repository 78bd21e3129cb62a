// The engine the pane and its hosts use: src/core, nothing forked. (A workbook with no score at all
// gets the core's one "no ITA data" error, as in the `ita` command.)
import { analyzeWorkbook, hasErrors, renderSheets } from "../core";
import type { Engine } from "./host";

export const engine: Engine = {
  analyze: (cells, options) => analyzeWorkbook(cells, options),
  hasErrors,
  render: (result, options) => renderSheets(result, options),
};
