// A sheet named as we name ours (ITA-สรุปผล) that nothing marks as ours is the user's data, by the
// rule of WorkbookCells.ownSheets. When it is in fact an old output of ours (written before markers,
// or saved by a program that dropped them), what it holds reads as scores and clashes with the real
// ones: every problem about it says why it was read and what to do. Pure.
import { isOwnSheetName } from "../sheet-kinds";
import { quoteSheetName } from "../text/a1";
import type { Problem, WorkbookCells } from "../types";

export function unmarkedSheetNote(name: string): string {
  return `แผ่นงาน “${name}” มีชื่อเหมือนแผ่นงานที่ ITA สร้าง แต่ไม่มีเครื่องหมายของ ITA จึงอ่านเป็นข้อมูลคะแนน: ถ้าเป็นแผ่นงานผลวิเคราะห์เดิม ให้ลบหรือเปลี่ยนชื่อแผ่นงานนั้น แล้ววิเคราะห์อีกครั้ง`;
}

/** The problems, those about a sheet named like ours but read as data with the sentence that says so (once). */
export function nameUnmarkedOwnSheets(problems: readonly Problem[], cells: WorkbookCells): Problem[] {
  if (!Array.isArray(cells?.ownSheets) || !Array.isArray(cells.sheets)) return [...problems];
  const own = new Set(cells.ownSheets);
  const unmarked = cells.sheets.filter((s) => s && isOwnSheetName(s.name) && !own.has(s.name)).map((s) => s.name);
  if (unmarked.length === 0) return [...problems];
  return problems.map((p) => {
    let out = p;
    for (const name of unmarked) {
      const ref = `${quoteSheetName(name)}!`;
      const note = unmarkedSheetNote(name);
      if (!(p.cell.startsWith(ref) || p.message.includes(ref)) || out.message.includes(note)) continue;
      const en = `sheet ${name} is named like ours but has no ITA marker: read as data`;
      out = { ...out, message: `${out.message} ${note}`, en: out.en !== undefined ? `${out.en} (${en})` : en };
    }
    return out;
  });
}
