import type { Problem, SheetCells } from "./types";
import { quoteSheetName } from "./text/a1";

// A problem about a hidden sheet must say the sheet is hidden: staff cannot see the cell it names
// (and a very hidden sheet cannot be shown from Excel's menus at all). One rule for every adapter:
// they say which sheets are hidden (SheetCells.visibility), the engine adds the sentence.

export type SheetVisibility = NonNullable<SheetCells["visibility"]>;

/** The Thai sentence added to a problem about a hidden sheet: that it is hidden, and how to see it. */
export function hiddenSheetNote(name: string, visibility: SheetVisibility): string {
  if (visibility === "veryHidden")
    return `แผ่นงาน “${name}” ถูกซ่อนแบบพิเศษซึ่งยกเลิกการซ่อนจากเมนูไม่ได้: ให้ผู้ดูแลไฟล์ทำให้แผ่นงานนี้มองเห็นได้ก่อน หรือคัดลอกข้อมูลไปไว้ในแผ่นงานที่มองเห็น`;
  return `แผ่นงาน “${name}” ถูกซ่อนอยู่: คลิกขวาที่ชื่อแผ่นงานด้านล่าง เลือก “ยกเลิกการซ่อน” แล้วเลือก “${name}” เพื่อดูและแก้ไข`;
}

function mentions(p: Problem, name: string): boolean {
  const ref = `${quoteSheetName(name)}!`;
  return p.cell.startsWith(ref) || p.message.includes(ref) || p.message.includes(`“${name}”`);
}

/** The problems, those about a hidden or very hidden sheet with the sentence that says so (once). */
export function nameHiddenSheets(problems: readonly Problem[], sheets: readonly Pick<SheetCells, "name" | "visibility">[]): Problem[] {
  const hidden = sheets.filter((s) => s.visibility === "hidden" || s.visibility === "veryHidden");
  if (hidden.length === 0) return [...problems];
  return problems.map((p) => {
    let out = p;
    for (const s of hidden) {
      const note = hiddenSheetNote(s.name, s.visibility!);
      if (!mentions(p, s.name) || out.message.includes(note)) continue;
      const en = s.visibility === "veryHidden" ? `sheet ${s.name} is very hidden` : `sheet ${s.name} is hidden`;
      out = { ...out, message: `${out.message} ${note}`, ...(out.en !== undefined ? { en: `${out.en} (${en})` } : { en }) };
    }
    return out;
  });
}
