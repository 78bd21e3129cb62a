// The engine the pane and its hosts use: src/core, nothing forked.
import { analyzeWorkbook, hasErrors } from "../core/pipeline";
import { renderSheets } from "../core/render/sheets";
import type { Engine } from "../excel/run";

const NO_DATA = "ไม่พบข้อมูลคะแนน ITA ในสมุดงาน (no ITA data found)";

export const engine: Engine = {
  analyze(cells, options) {
    const result = analyzeWorkbook(cells, options);
    // As in the `ita` command: a workbook with no score at all cannot be analysed.
    if (result.read.observations.length === 0 && !hasErrors(result))
      result.problems.push({ severity: "error", cell: "", message: NO_DATA });
    return result;
  },
  hasErrors,
  render: (result, options) => renderSheets(result, options),
};
