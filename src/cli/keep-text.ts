// What a run did to the sheets of ours the input already had, for the command's stderr: the same
// facts the pane shows after a run (src/taskpane/strings.ts), Thai first, the English gist after.
import { SHEET_KINDS, type WritePlan, isSheetKind } from "../core";

const quoted = (names: readonly string[]) => names.map((n) => `“${n}”`).join(", ");

export function keepLines(plan: WritePlan): string[] {
  const lines: string[] = [];
  const replaced = plan.sheets.filter((s) => s.replaces).map((s) => s.name);
  if (replaced.length)
    lines.push(`ita: เขียนแผ่นงานใหม่แทนแผ่นงานเดิม ${quoted(replaced)} ในชื่อและตำแหน่งเดิม (${replaced.length} sheet(s) replaced in place)`);
  const { edited, carried } = plan.carry;
  if (carried > 0)
    lines.push(`ita: นำสิ่งที่เจ้าหน้าที่พิมพ์หรือแก้ไขไว้ ${carried} ช่องมาใส่ในแผ่นงานใหม่แล้ว (${carried} of ${edited} staff edit(s) carried)`);
  if (plan.copies.length) {
    const names = plan.copies.map((c) => c.to);
    lines.push(
      `ita: มีสิ่งที่เจ้าหน้าที่พิมพ์ไว้ซึ่งนำมาใส่แผ่นงานใหม่ไม่ได้ จึงเก็บแผ่นงานเดิมไว้ในชื่อ ${quoted(names)}: ตรวจดูแล้วคัดลอกสิ่งที่ต้องการไปยังแผ่นงานใหม่ (old sheet(s) kept as: ${names.join(", ")})`,
    );
  }
  // Sheets staff own from the start (the limitations): left exactly as they were.
  const own = plan.kept.filter((r) => isSheetKind(r.key) && SHEET_KINDS[r.key].createOnce).map((r) => r.name);
  if (own.length) lines.push(`ita: คงแผ่นงาน ${quoted(own)} ไว้ตามที่เจ้าหน้าที่กรอก ไม่ได้เขียนทับ (${own.length} staff sheet(s) left as they were)`);
  return lines;
}
