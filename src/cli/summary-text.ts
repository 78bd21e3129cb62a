import { type AnalysisResult, format2, NO_YEAR, type Problem, TOOL_KEYS, TOOL_SHORT, YEAR_CONTRADICTS_EN } from "../core";

/** What the command adds to a core problem: how to fix it with an option. */
function optionHint(p: Problem): string | undefined {
  if (p.message === NO_YEAR.message) return "pass --year <BE results year>";
  if (p.en?.startsWith(YEAR_CONTRADICTS_EN))
    return "--year is the results year; for the measures' year pass --fiscal-year <BE year>, or pass --framework <id> if the codes are another framework's";
  return undefined;
}

/**
 * One line per problem: severity, the Thai message (with the cell first when it does not name it),
 * then the English gist and any option hint in brackets:
 * `error คะแนนในเซลล์ คะแนน!B5 เป็น 105 ซึ่งอยู่นอกช่วง 0–100: … (คะแนน!B5: 105 is outside 0–100)`.
 */
export function problemLine(p: Problem): string {
  const text = p.cell && !p.message.includes(p.cell) ? `${p.cell}: ${p.message}` : p.message;
  const gist = [p.en, optionHint(p)].filter(Boolean).join(": ");
  return `${p.severity} ${text}${gist ? ` (${gist})` : ""}`;
}

function signed(n: number): string {
  return `${n >= 0 ? "+" : ""}${n.toFixed(2)}`;
}

/** The short Thai summary printed when neither --out nor --json is given. */
export function summaryText(result: AnalysisResult): string {
  const { current, previous, comparison } = result;
  const lines: string[] = [];
  lines.push(`ผลการประเมิน ITA ปีงบประมาณ พ.ศ. ${result.year}${result.agency ? ` · ${result.agency}` : ""}`);
  lines.push(`กรอบการประเมิน: ${result.framework.label}`);
  if (current.overall) {
    let line = `คะแนนรวม: ${format2(current.overall.value)} ระดับ ${current.level ?? "-"}`;
    if (previous?.overall)
      line += ` (ปี ${previous.year}: ${format2(previous.overall.value)}${comparison?.overall !== undefined ? `, ${signed(comparison.overall)}` : ""})`;
    lines.push(line);
  } else lines.push("คะแนนรวม: คำนวณไม่ได้ (ข้อมูลไม่ครบ)");
  const tools = TOOL_KEYS.filter((k) => current.tools[k]).map((k) => `${TOOL_SHORT[k]} ${format2(current.tools[k]!.value)}`);
  if (tools.length) lines.push(`เครื่องมือ: ${tools.join(" · ")}`);
  lines.push("ประเด็น (แก้ไขโดยเร่งด่วน / พัฒนาให้ดีขึ้น):");
  for (const issue of result.issues) {
    const urgent = issue.items.filter((i) => i.status === "urgent").map((i) => i.code);
    const improve = issue.items.filter((i) => i.status === "improve").map((i) => i.code);
    const list = [...urgent, ...improve];
    lines.push(
      `  ${issue.number}. ${issue.title}: เร่งด่วน ${urgent.length} · พัฒนา ${improve.length}${list.length ? ` (${list.join(", ")})` : ""}`,
    );
  }
  lines.push(`มาตรการ: ${result.plan.rows.length} รายการ สำหรับปีงบประมาณ พ.ศ. ${result.plan.fiscalYear}`);
  lines.push("ใช้ --out <ไฟล์ใหม่.xlsx> เพื่อเขียนผลวิเคราะห์และมาตรการลงสมุดงานใหม่ หรือ --json - เพื่อดูผลแบบ JSON");
  return lines.join("\n") + "\n";
}
