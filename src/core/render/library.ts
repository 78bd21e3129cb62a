import { LIBRARY_COLUMNS, libraryToRows } from "../measures/library-sheet";
import type { RenderContext, SheetBody } from "./context";
import type { ColumnSpec } from "./spec";

/**
 * The measures library in force, in the format staff edit: a workbook that carries this sheet
 * (edited) overrides the built-in library the next time it is analysed. Digits stay Arabic so that
 * ids and codes read back unchanged.
 */
export function librarySheet(ctx: RenderContext): SheetBody {
  const { result, applyDigits } = ctx;
  const columns: ColumnSpec[] = LIBRARY_COLUMNS.map((c) => ({
    key: c.key,
    header: c.header,
    width: c.width,
    ...(c.numFmt ? { numFmt: c.numFmt } : {}),
    ...(c.wrap ? { wrap: true } : {}),
  }));
  const rows = libraryToRows(result.library);
  const rowIds = result.library.map((m) => m.id);
  if (rows.length === 0) {
    rows.push(LIBRARY_COLUMNS.map(() => null));
    rowIds.push("none");
  }
  const source = result.libraryFromWorkbook ? "คลังมาตรการในสมุดงานนี้ร่วมกับคลังในตัวโปรแกรม" : "คลังมาตรการในตัวโปรแกรม";
  return {
    key: "library",
    heading: [
      applyDigits(`คลังมาตรการ กรอบการประเมิน ${result.framework.id} (${source})`),
      "แก้ไขหรือเพิ่มแถวในชีตนี้ได้: เมื่อวิเคราะห์สมุดงานนี้อีกครั้ง มาตรการในชีตนี้จะใช้แทนคลังในตัวโปรแกรม",
    ],
    columns,
    rows,
    rowIds,
  };
}
