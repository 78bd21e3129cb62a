import type {
  IndicatorAnalysis,
  IssueAnalysis,
  IssueNumber,
  ItemAnalysis,
  ItemStatus,
  LibraryMeasure,
  MeasurePlan,
  MeasureRow,
  Problem,
} from "../types";
import { format2 } from "../text/round";
import { keepStandardMeasure, measuresForCode, measuresForIndicator } from "./library";
import { DEFAULT_OIT_CLOSE, type OitClose, oitTimeframeText, timeframeText } from "./timeframe";
import { toolOfCode } from "../vocabulary";
import { KEEP_MARK } from "./library-sheet";
import { warning } from "../problems";
import { SHEET_KINDS } from "../sheet-kinds";

const RANK: Record<ItemStatus, number> = { urgent: 0, improve: 1, maintain: 2 };

/** The finding already names the item and its score. */
function findingLine(item: ItemAnalysis): string {
  return item.finding ?? (item.score === null ? item.code : `${item.code} (${format2(item.score)} คะแนน)`);
}

/** Why an issue with nothing weak keeps its standard: its lowest score, or its indicators' scores, or that it has none. */
function keepFinding(issue: IssueAnalysis, low: number | undefined): string {
  if (low !== undefined) return `ทุกข้อในประเด็นนี้อยู่ในระดับรักษามาตรฐาน (คะแนนต่ำสุด ${format2(low)})`;
  const known = issue.indicators.map((a) => `ตัวชี้วัดที่ ${a.indicator} ${format2(a.score ?? a.toolScore!)}`);
  if (known.length) return `ไม่มีคะแนนรายข้อของประเด็นนี้ในสมุดงาน คะแนนตัวชี้วัดอยู่ในระดับรักษามาตรฐาน (${known.join(", ")})`;
  return "ไม่มีคะแนนของข้อหรือตัวชี้วัดในประเด็นนี้ในสมุดงาน จึงไม่พบข้อที่ต้องแก้ไขหรือพัฒนา";
}

/** A weak item the library has no measure for still gets a row, built from its own question. */
function fallbackMeasure(item: ItemAnalysis, issue: IssueNumber): LibraryMeasure {
  return {
    id: `fallback-${item.code}`,
    codes: [item.code],
    frameworkId: "",
    issue,
    measure: `ทบทวนการดำเนินงานในเรื่องที่ข้อ ${item.code} ประเมิน และกำหนดวิธีแก้ไขที่ชัดเจน`,
    steps: [
      "ประชุมผู้เกี่ยวข้องเพื่อหาสาเหตุที่คะแนนข้อนี้ต่ำ",
      "กำหนดวิธีปรับปรุง ผู้รับผิดชอบ และกำหนดเวลา",
      "ดำเนินการและรายงานผลให้ผู้บริหารทราบ",
      "เผยแพร่ผลการดำเนินงานบนเว็บไซต์ของหน่วยงาน",
    ],
    responsible: "สำนักปลัด",
    timing: "ตลอดปีงบประมาณ",
    evidence: [],
  };
}

export interface PlanOptions {
  /** When the year's OIT assessment closes: measures answering OIT items end before it. */
  oitClose: OitClose;
  /** A unit label in the names of the agency's kind (the general measures name สำนักปลัด). */
  unit: (label: string) => string;
}

const DEFAULT_PLAN: PlanOptions = { oitClose: DEFAULT_OIT_CLOSE, unit: (label) => label };

/** A measure's timing: before the OIT assessment closes when it answers an OIT item or indicator, else the fiscal year. */
function timing(measure: LibraryMeasure, answersOit: boolean, fiscalYear: number, o: PlanOptions): string {
  return answersOit ? oitTimeframeText(measure.timing, fiscalYear, o.oitClose) : timeframeText(measure.timing, fiscalYear);
}

/** A weak indicator the library has no measure for still gets a row. */
function fallbackIndicatorMeasure(a: IndicatorAnalysis, issue: IssueNumber): LibraryMeasure {
  return {
    id: `fallback-indicator-${a.indicator}`,
    codes: [],
    indicators: [a.indicator],
    frameworkId: "",
    issue,
    measure: `ทบทวนการดำเนินงานตามตัวชี้วัดที่ ${a.indicator} ${a.name} ทุกข้อ และกำหนดวิธีแก้ไขที่ชัดเจน`,
    steps: [
      "ตรวจสอบคะแนนรายข้อของตัวชี้วัดนี้ในระบบ ITAS เพื่อหาข้อที่คะแนนต่ำ",
      "ประชุมผู้เกี่ยวข้องเพื่อหาสาเหตุ และกำหนดวิธีปรับปรุง ผู้รับผิดชอบ และกำหนดเวลา",
      "ดำเนินการและรายงานผลให้ผู้บริหารทราบ",
      "เผยแพร่ผลการดำเนินงานบนเว็บไซต์ของหน่วยงาน",
    ],
    responsible: "สำนักปลัด",
    timing: "ตลอดปีงบประมาณ",
    evidence: [],
  };
}

/** Rows for the weak indicators of an issue that have no question scores (summary-only workbooks). */
function indicatorRows(
  issue: IssueAnalysis,
  library: LibraryMeasure[],
  fiscalYear: number,
  problems: Problem[],
  o: PlanOptions,
): MeasureRow[] {
  const groups = new Map<string, { measure: LibraryMeasure; weak: IndicatorAnalysis[] }>();
  for (const a of issue.indicators) {
    if (a.status === "maintain") continue;
    let measures = measuresForIndicator(library, a.indicator);
    if (measures.length === 0) {
      problems.push(
        warning(
          a.cell ?? "",
          `ตัวชี้วัดที่ ${a.indicator}${a.cell ? ` (เซลล์ ${a.cell})` : ""} ไม่มีมาตรการระดับตัวชี้วัดในคลังมาตรการ จึงใช้มาตรการทั่วไปแทน: เพิ่มมาตรการของตัวชี้วัดนี้ในแผ่นงาน ${SHEET_KINDS.library.name} ถ้าต้องการ`,
          `no library measure for indicator ${a.indicator}: a general one is used`,
        ),
      );
      const general = fallbackIndicatorMeasure(a, issue.number);
      measures = [{ ...general, responsible: o.unit(general.responsible) }];
    }
    for (const m of measures) {
      const g = groups.get(m.id) ?? { measure: m, weak: [] };
      g.weak.push(a);
      groups.set(m.id, g);
    }
  }
  return [...groups.values()].map(({ measure, weak }) => ({
    issue: issue.number,
    issueTitle: issue.title,
    codes: [],
    indicators: weak.map((a) => a.indicator),
    finding: weak.map((a) => a.finding ?? `ตัวชี้วัดที่ ${a.indicator}`).join("\n"),
    measure: measure.measure,
    steps: measure.steps,
    responsible: measure.responsible,
    timeframe: timing(
      measure,
      weak.some((a) => a.tool === "OIT"),
      fiscalYear,
      o,
    ),
    evidence: measure.evidence,
    status: weak.some((a) => a.status === "urgent") ? "urgent" : "improve",
    libraryId: measure.id,
  }));
}

/**
 * The measures table: grouped by issue, one row per library measure (listing every item it answers),
 * every urgent and improve item answered, every weak indicator without question scores answered at
 * the indicator level, and a keep-the-standard row for an issue with nothing weak.
 */
export function buildPlan(
  issues: IssueAnalysis[],
  library: LibraryMeasure[],
  fiscalYear: number,
  o: PlanOptions = DEFAULT_PLAN,
): { plan: MeasurePlan; problems: Problem[] } {
  const problems: Problem[] = [];
  const rows: MeasureRow[] = [];
  const answered = new Set<string>();
  for (const issue of issues) {
    const groupRows = new Map<string, { measure: LibraryMeasure; items: ItemAnalysis[] }>();
    const weak = issue.items
      .filter((i) => i.status === "urgent" || i.status === "improve")
      .sort((a, b) => RANK[a.status!] - RANK[b.status!] || (a.score ?? 0) - (b.score ?? 0));
    for (const item of weak) {
      // An item in two issues is answered once, under the first issue whose measure fits it.
      if (answered.has(item.code)) continue;
      const candidates = measuresForCode(library, item.code);
      const fitting = candidates.filter((m) => m.issue === issue.number);
      const measures = fitting.length ? fitting : candidates.filter((m) => !item.issues.includes(m.issue));
      if (measures.length === 0 && candidates.length > 0) continue; // answered under its other issue
      if (measures.length === 0) {
        problems.push(
          warning(
            item.cell ?? "",
            `ข้อ ${item.code}${item.cell ? ` (เซลล์ ${item.cell})` : ""} ไม่มีมาตรการในคลังมาตรการ จึงใช้มาตรการทั่วไปแทน: เพิ่มมาตรการของข้อนี้ในแผ่นงาน ${SHEET_KINDS.library.name} ถ้าต้องการ`,
            `no library measure for ${item.code}: a general one is used`,
          ),
        );
        const general = fallbackMeasure(item, issue.number);
        measures.push({ ...general, responsible: o.unit(general.responsible) });
      }
      answered.add(item.code);
      for (const m of measures) {
        const g = groupRows.get(m.id) ?? { measure: m, items: [] };
        g.items.push(item);
        groupRows.set(m.id, g);
      }
    }
    const issueRows: MeasureRow[] = [...groupRows.values()].map(({ measure, items }) => {
      const status: ItemStatus = items.some((i) => i.status === "urgent") ? "urgent" : "improve";
      return {
        issue: issue.number,
        issueTitle: issue.title,
        codes: items.map((i) => i.code),
        indicators: [],
        finding: items.map(findingLine).join("\n"),
        measure: measure.measure,
        steps: measure.steps,
        responsible: measure.responsible,
        timeframe: timing(
          measure,
          items.some((i) => toolOfCode(i.code) === "OIT"),
          fiscalYear,
          o,
        ),
        evidence: measure.evidence,
        status,
        libraryId: measure.id,
      };
    });
    issueRows.push(...indicatorRows(issue, library, fiscalYear, problems, o));
    issueRows.sort((a, b) => RANK[a.status] - RANK[b.status]);
    if (weak.length === 0 && issue.weakIndicators.length === 0) {
      const keep = keepStandardMeasure(library, issue.number);
      const scored = issue.items.filter((i) => i.score !== null);
      const low = scored.length ? Math.min(...scored.map((i) => i.score as number)) : undefined;
      if (keep) {
        issueRows.push({
          issue: issue.number,
          issueTitle: issue.title,
          codes: scored.map((i) => i.code),
          indicators: scored.length ? [] : issue.indicators.map((a) => a.indicator),
          finding: keepFinding(issue, low),
          measure: keep.measure,
          steps: keep.steps,
          responsible: keep.responsible,
          timeframe: timeframeText(keep.timing, fiscalYear),
          evidence: keep.evidence,
          status: "maintain",
          libraryId: keep.id,
        });
      } else {
        problems.push(
          warning(
            "",
            `ประเด็นที่ ${issue.number} ไม่มีมาตรการรักษามาตรฐานในคลังมาตรการ จึงไม่มีแถวมาตรการของประเด็นนี้: เพิ่มมาตรการที่ใส่ “${KEEP_MARK}” ในคอลัมน์ “ใช้เมื่อไม่มีจุดอ่อน” ในแผ่นงาน ${SHEET_KINDS.library.name}`,
            `issue ${issue.number}: no keep-the-standard measure in the library`,
          ),
        );
      }
    }
    rows.push(...issueRows);
  }
  return { plan: { fiscalYear, rows }, problems };
}
