// The engine the pane and its hosts use: src/core, nothing forked. (A workbook with no score at all
// gets the core's one "no ITA data" error, as in the `ita` command.)
import { analyzeWorkbook, hasErrors } from "../core/pipeline";
import { renderSheets } from "../core/render/sheets";
import type { Engine } from "../excel/run";

export const engine: Engine = {
  analyze: (cells, options) => analyzeWorkbook(cells, options),
  hasErrors,
  render: (result, options) => renderSheets(result, options),
};
