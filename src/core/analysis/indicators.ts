import type { ClassificationOptions, Framework, IndicatorAnalysis, IndicatorInfo, IssueNumber, ItemStatus, YearScores } from "../types";
import { belowBar, format2 } from "../text/round";
import { TOOL_IN_TEXT } from "../vocabulary";

// Indicators the workbook scores without any of their questions (a summary-only workbook, or a tool
// whose questions were not copied): their findings and measures are at the indicator level, so an
// agency with OIT 78.50 and no question scores still gets a real plan.

/** Status of an indicator or tool mean against the bars (a mean is never 0/100 like an OIT item). */
function meanStatus(score: number, o: ClassificationOptions): ItemStatus {
  if (belowBar(score, o.urgentBelow)) return "urgent";
  if (belowBar(score, o.improveBelow)) return "improve";
  return "maintain";
}

/** The issue an indicator's finding is filed under: the catalog's, else the issue most of its items belong to. */
export function indicatorIssue(framework: Framework, info: IndicatorInfo): IssueNumber {
  if (info.issue) return info.issue;
  const count = new Map<IssueNumber, number>();
  for (const i of framework.items) if (i.indicator === info.number) for (const n of i.issues) count.set(n, (count.get(n) ?? 0) + 1);
  let best: IssueNumber = 1;
  for (const [n, k] of count) if (k > (count.get(best) ?? 0)) best = n;
  return best;
}

/** What the indicator covers, in the words of a finding. */
function covers(framework: Framework, info: IndicatorInfo): string {
  if (info.tool === "OIT") {
    const subs = framework.subIndicators.filter((s) => s.indicator === info.number).map((s) => s.id);
    return subs.length ? `ทุกรายการของตัวชี้วัดย่อย ${subs[0]}–${subs[subs.length - 1]}` : "ทุกรายการของตัวชี้วัดนี้";
  }
  const codes = framework.items.filter((i) => i.indicator === info.number).map((i) => i.code);
  return codes.length ? `ข้อ ${codes[0]}–${codes[codes.length - 1]}` : "ข้อคำถามของตัวชี้วัดนี้";
}

/** One Thai sentence for a weak indicator known only by its score (or its tool's), or published below the bar. */
export function indicatorFinding(framework: Framework, a: IndicatorAnalysis, o: ClassificationOptions): string {
  const info = framework.indicators.find((i) => i.number === a.indicator)!;
  const bar = a.status === "urgent" ? `ต่ำกว่าเกณฑ์ ${o.urgentBelow}` : `ยังไม่ถึง ${o.improveBelow}`;
  const label = `ตัวชี้วัดที่ ${a.indicator} ${info.name}`;
  if (a.reason === "official-below-bar") {
    const where = a.cell ? ` (เซลล์ ${a.cell})` : "";
    return `${label} (${a.tool}) ได้ ${format2(a.score!)} คะแนนตามที่ประกาศ${where} (${bar}) แม้คะแนนรายข้อในสมุดงานจะอยู่ในระดับรักษามาตรฐาน (ต่ำสุด ${format2(a.lowestItem!)}): คะแนนที่ประกาศเป็นผลที่ใช้จริง ตัวชี้วัดนี้จึงต้องพัฒนา ควรตรวจสอบคะแนนรายข้อในระบบ ITAS ว่าตรงกับสมุดงานหรือไม่ และพัฒนา${covers(framework, info)}ทั้งชุด`;
  }
  const figure =
    a.score !== null
      ? `${label} (${a.tool}) ได้ ${format2(a.score)} คะแนน (${bar})`
      : `คะแนน ${TOOL_IN_TEXT[a.tool]} ได้ ${format2(a.toolScore!)} (${bar}) และไม่มีคะแนนรายตัวชี้วัด จึงต้องทบทวน${label}ด้วย`;
  const what =
    a.tool === "OIT"
      ? `แสดงว่ายังมีรายการที่เผยแพร่บนเว็บไซต์ไม่ครบตามเกณฑ์ สมุดงานไม่มีคะแนนรายการ จึงต้องตรวจสอบ${covers(framework, info)}ให้ครบองค์ประกอบ`
      : `แสดงว่า${a.tool === "IIT" ? "บุคลากรภายใน" : "ผู้รับบริการ"}ส่วนหนึ่งยังรับรู้เรื่องนี้ไม่ดีพอ สมุดงานไม่มีคะแนนรายข้อ จึงควรตรวจสอบคะแนน${covers(framework, info)}ในระบบ ITAS เพื่อหาข้อที่คะแนนต่ำ`;
  return `${figure}: ${what}`;
}

/**
 * The one rule for a published indicator below the bar: when none of its questions is weak (their
 * scores in the workbook are higher than the published mean), the indicator itself is weak, at the
 * indicator level of its issue, with the reason said. With a weak question the item analysis covers it.
 */
function officialBelowBar(
  info: IndicatorInfo,
  framework: Framework,
  scores: YearScores,
  o: ClassificationOptions,
  weakCodes: ReadonlySet<string>,
): IndicatorAnalysis | undefined {
  const own = scores.indicators[info.number];
  if (!own || own.source !== "official" || !belowBar(own.value, o.improveBelow)) return undefined;
  const codes = framework.items.filter((i) => i.indicator === info.number).map((i) => i.code);
  if (codes.some((c) => weakCodes.has(c))) return undefined;
  const itemScores = scores.items.filter((i) => codes.includes(i.code) && i.score !== null).map((i) => i.score as number);
  const a: IndicatorAnalysis = {
    indicator: info.number,
    tool: info.tool,
    name: info.name,
    score: own.value,
    ...(own.cell ? { cell: own.cell } : {}),
    status: meanStatus(own.value, o),
    issue: indicatorIssue(framework, info),
    reason: "official-below-bar",
    lowestItem: Math.min(...itemScores),
  };
  a.finding = indicatorFinding(framework, a, o);
  return a;
}

/**
 * Indicators with a score (or a tool score) and none of their items scored: each gets a status,
 * a finding when weak, and its issue; and indicators published below the bar with none of their
 * questions weak (officialBelowBar). Other indicators with item scores are left to the item analysis.
 */
export function analyzeIndicators(
  framework: Framework,
  scores: YearScores,
  o: ClassificationOptions,
  weakCodes: ReadonlySet<string> = new Set(),
): IndicatorAnalysis[] {
  const scored = new Set(scores.items.filter((i) => i.score !== null).map((i) => i.code));
  const out: IndicatorAnalysis[] = [];
  for (const info of framework.indicators) {
    const items = framework.items.filter((i) => i.indicator === info.number);
    if (items.some((i) => scored.has(i.code))) {
      const official = officialBelowBar(info, framework, scores, o, weakCodes);
      if (official) out.push(official);
      continue;
    }
    const own = scores.indicators[info.number];
    // Only the tool's score: it speaks for each of its indicators when none of them has a score.
    const siblings = framework.indicators.filter((i) => i.tool === info.tool);
    const tool = !own && siblings.every((i) => scores.indicators[i.number] === undefined) ? scores.tools[info.tool] : undefined;
    const figure = own ?? tool;
    if (!figure) continue;
    const a: IndicatorAnalysis = {
      indicator: info.number,
      tool: info.tool,
      name: info.name,
      score: own ? own.value : null,
      ...(own ? {} : { toolScore: figure.value }),
      ...(figure.cell ? { cell: figure.cell } : {}),
      status: meanStatus(figure.value, o),
      issue: indicatorIssue(framework, info),
      ...(figure.provisional ? { provisional: true } : {}),
      reason: "no-questions",
    };
    if (a.status !== "maintain") a.finding = indicatorFinding(framework, a, o);
    out.push(a);
  }
  return out;
}
