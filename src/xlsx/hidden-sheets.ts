// A problem about a cell on a hidden sheet says the sheet is hidden, and how to show it: staff
// otherwise look for a sheet they cannot see (a very-hidden one is not even in Excel's Unhide list).
import { type Problem, quoteSheetName } from "../core";
import type { SheetState } from "./read";

const HOW: Record<Exclude<SheetState, "visible">, (name: string) => [string, string]> = {
  hidden: (name) => [
    `ชีต “${name}” ถูกซ่อนอยู่: คลิกขวาที่แถบชื่อชีตใดก็ได้ เลือก “ยกเลิกการซ่อน” (Unhide) แล้วเลือกชีตนี้เพื่อดูและแก้ไข`,
    `sheet "${name}" is hidden`,
  ],
  veryHidden: (name) => [
    `ชีต “${name}” ถูกซ่อนแบบพิเศษ (very hidden) จึงไม่อยู่ในรายการ “ยกเลิกการซ่อน”: เปิด Visual Basic Editor (Alt+F11) เลือกชีตนี้แล้วตั้ง Visible เป็น -1 - xlSheetVisible หรือขอให้ผู้สร้างไฟล์ช่วยแสดงชีตนี้`,
    `sheet "${name}" is very hidden`,
  ],
};

/** The problems, each naming the hidden sheets its cell or its message refers to. */
export function noteHiddenSheets(problems: Problem[], sheets: readonly { name: string; state: SheetState }[]): Problem[] {
  const hidden = sheets.filter((s) => s.state !== "visible");
  if (hidden.length === 0) return problems;
  return problems.map((p) => {
    const on = hidden.filter((s) => {
      const ref = `${quoteSheetName(s.name)}!`;
      return p.cell.startsWith(ref) || p.message.includes(ref);
    });
    if (on.length === 0) return p;
    const notes = on.map((s) => HOW[s.state as Exclude<SheetState, "visible">](s.name));
    return {
      ...p,
      message: `${p.message} ${notes.map((n) => n[0]).join(" ")}`,
      en: [p.en, ...notes.map((n) => n[1])].filter(Boolean).join("; "),
    };
  });
}
