// The overview of many agencies as sheet specs (each an Excel table: sorted, filterable): one row
// per agency, the count per level with a chart, the items most often weak by issue, the agencies
// below 85 per tool, and the files that could not be analysed. Built incrementally: a batch of
// 8,325 agencies keeps one small row each and a count per item, not their analyses.
import type { SheetSpec, SpecValue, RowTone } from "../render/spec";
import { PASS_MARK } from "../scoring/levels";
import { applyDigits, type Digits, TOOL_KEYS, TOOL_SHORT } from "../vocabulary";
import { format2, round2 } from "../text/round";
import type { IssueNumber, ToolKey } from "../types";
import type { AgencySummary } from "./agency";
import { BUILTIN_CATALOG } from "../catalog/builtin";

/** A sheet of the overview: a SheetSpec without the analysis's sheet kind. */
export type OverviewSheet = Omit<SheetSpec, "key">;

/** Levels in the order they are shown: the 2566+ levels, the 2563–2565 ones, then no level. */
const LEVEL_ORDER = ["ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน", "ไม่ผ่าน", "AA", "A", "B", "C", "D", "E", "F"];
const NO_LEVEL = "คำนวณระดับไม่ได้ (ข้อมูลไม่ครบ)";
const LEVEL_TONE: Record<string, RowTone> = { ผ่านดีเยี่ยม: "maintain", ผ่านดี: "maintain", ผ่าน: "improve", ไม่ผ่าน: "urgent" };

interface Row {
  file: string;
  s: AgencySummary;
}

interface ItemCount {
  issue: IssueNumber;
  framework: string;
  code: string;
  text: string;
  agencies: number;
  urgent: number;
  scoreSum: number;
  scored: number;
}

// Created on first use: an ICU collator costs milliseconds that a single-agency run need not pay.
let collator: Intl.Collator | undefined;
const thaiOrder = (a: string, b: string) => (collator ??= new Intl.Collator("th")).compare(a, b);

export class OverviewBuilder {
  private readonly rows: Row[] = [];
  private readonly failures: { file: string; reason: string }[] = [];
  private readonly items = new Map<string, ItemCount>();
  private readonly perFramework = new Map<string, number>();

  add(file: string, summary: AgencySummary): void {
    // The weak items are counted here and not kept with the row.
    this.rows.push({ file, s: { ...summary, weak: [] } });
    this.perFramework.set(summary.framework, (this.perFramework.get(summary.framework) ?? 0) + 1);
    for (const w of summary.weak)
      for (const issue of w.issues) {
        const key = `${issue}|${summary.framework}|${w.code}`;
        let c = this.items.get(key);
        if (!c)
          this.items.set(
            key,
            (c = { issue, framework: summary.framework, code: w.code, text: w.text, agencies: 0, urgent: 0, scoreSum: 0, scored: 0 }),
          );
        c.agencies++;
        if (w.status === "urgent") c.urgent++;
        if (w.score !== null) {
          c.scoreSum += w.score;
          c.scored++;
        }
      }
  }

  fail(file: string, reason: string): void {
    this.failures.push({ file, reason });
  }

  get agencies(): number {
    return this.rows.length;
  }

  sheets(digits?: Digits): OverviewSheet[] {
    const d = applyDigits(digits);
    const n = this.rows.length;
    const years = Array.from(new Set(this.rows.map((r) => r.s.year).filter((y): y is number => y !== null))).sort();
    const yearText = years.length ? `ปีงบประมาณ พ.ศ. ${years.join(", ")}` : "";
    const title = (t: string) => [
      d(`${t}${yearText ? ` ${yearText}` : ""}`),
      d(`หน่วยงาน ${n} แห่ง${this.failures.length ? ` · ไฟล์ที่วิเคราะห์ไม่ได้ ${this.failures.length} ไฟล์` : ""}`),
    ];
    const sheets = [this.agencySheet(title, d), this.levelSheet(title, d), this.weakSheet(title, d), this.belowSheet(title, d)];
    if (this.failures.length) sheets.push(this.failureSheet(title));
    return sheets;
  }

  private agencySheet(title: (t: string) => string[], d: (t: string) => string): OverviewSheet {
    const tools = TOOL_KEYS.filter((t) => this.rows.some((r) => r.s.tools[t] !== undefined));
    const score = { width: 10, numFmt: "0.00" };
    const columns = [
      { header: "ไฟล์", width: 28, wrap: true },
      { header: "หน่วยงาน", width: 34, wrap: true },
      { header: "อำเภอ", width: 14 },
      { header: "จังหวัด", width: 14 },
      { header: "ปี", width: 7 },
      { header: "คะแนนรวม", ...score },
      { header: "ระดับ", width: 12 },
      ...tools.map((t) => ({ header: TOOL_SHORT[t], ...score })),
      ...Array.from({ length: 10 }, (_, i) => ({ header: d(`ตัวชี้วัด ${i + 1}`), ...score })),
      { header: "เร่งด่วน (ข้อ)", width: 10, numFmt: "0" },
      { header: "พัฒนา (ข้อ)", width: 10, numFmt: "0" },
      { header: "ประเด็นที่ต้องแก้มากที่สุด", width: 40, wrap: true },
    ];
    // Weakest first: the agencies that need help come to the top; no overall score last.
    const sorted = [...this.rows].sort(
      (a, b) => (a.s.overall ?? Infinity) - (b.s.overall ?? Infinity) || thaiOrder(a.s.agency ?? a.file, b.s.agency ?? b.file),
    );
    const rows: SpecValue[][] = sorted.map(({ file, s }) => [
      file,
      s.agency,
      s.district,
      s.province,
      s.year,
      s.overall,
      s.level,
      ...tools.map((t) => s.tools[t] ?? null),
      ...Array.from({ length: 10 }, (_, i) => s.indicators[`${i + 1}` as keyof typeof s.indicators] ?? null),
      s.urgent,
      s.improve,
      s.weakestIssue ? d(`${s.weakestIssue.number}. ${s.weakestIssue.title}`) : null,
    ]);
    return {
      name: "ภาพรวมหน่วยงาน",
      tableName: "ITA_Overview",
      heading: [
        ...title("ภาพรวมผลการประเมิน ITA รายหน่วยงาน"),
        "เรียงจากคะแนนรวมน้อยไปมาก ใช้ปุ่มกรองที่หัวตารางเพื่อเรียงหรือเลือกดูตามอำเภอ ระดับ หรือคะแนน",
      ],
      columns,
      rows,
      tones: sorted.map(({ s }) => (s.level ? LEVEL_TONE[s.level] : undefined)),
    };
  }

  private levelSheet(title: (t: string) => string[], d: (t: string) => string): OverviewSheet {
    const counts = new Map<string, number>();
    for (const r of this.rows) {
      const level = r.s.level ?? NO_LEVEL;
      counts.set(level, (counts.get(level) ?? 0) + 1);
    }
    const modern = this.rows.some((r) => r.s.year === null || r.s.year >= 2566) || this.rows.length === 0;
    const levels = [
      ...(modern ? LEVEL_ORDER.slice(0, 4) : []),
      ...LEVEL_ORDER.slice(4).filter((l) => counts.has(l)),
      ...(counts.has(NO_LEVEL) ? [NO_LEVEL] : []),
    ];
    const n = this.rows.length;
    const rows: SpecValue[][] = levels.map((l) => [l, counts.get(l) ?? 0, n ? (counts.get(l) ?? 0) / n : 0]);
    const scored = this.rows.filter((r) => r.s.overall !== null);
    const passing = scored.filter((r) => (r.s.overall as number) >= PASS_MARK).length;
    const mean = scored.length ? scored.reduce((s, r) => s + (r.s.overall as number), 0) / scored.length : null;
    const heading = [
      ...title("จำนวนหน่วยงานตามระดับผลการประเมิน ITA"),
      d(
        mean === null
          ? "ยังไม่มีหน่วยงานที่คำนวณคะแนนรวมได้"
          : `คะแนนรวมเฉลี่ย ${format2(mean)} · ได้ ${PASS_MARK} คะแนนขึ้นไป ${passing} จาก ${scored.length} แห่ง (ร้อยละ ${((passing / scored.length) * 100).toFixed(1)})`,
      ),
    ];
    return {
      name: "ระดับผลการประเมิน",
      tableName: "ITA_Levels",
      heading,
      columns: [
        { header: "ระดับ", width: 30 },
        { header: "จำนวนหน่วยงาน", width: 16, numFmt: "0" },
        { header: "ร้อยละ", width: 10, numFmt: "0.0%" },
      ],
      rows,
      tones: levels.map((l) => LEVEL_TONE[l]),
      chart: {
        title: d(`จำนวนหน่วยงานตามระดับผลการประเมิน (${n} แห่ง)`),
        categoryColumn: 0,
        seriesColumns: [1],
        firstRow: 0,
        lastRow: rows.length - 1,
      },
    };
  }

  private weakSheet(title: (t: string) => string[], d: (t: string) => string): OverviewSheet {
    const issueTitle = new Map(BUILTIN_CATALOG.issues.map((i) => [i.number, i.title]));
    const items = Array.from(this.items.values()).sort(
      (a, b) =>
        a.issue - b.issue ||
        b.agencies - a.agencies ||
        b.urgent - a.urgent ||
        a.framework.localeCompare(b.framework) ||
        a.code.localeCompare(b.code, "en", { numeric: true }),
    );
    const rows: SpecValue[][] = items.map((c) => [
      d(`${c.issue}. ${issueTitle.get(c.issue) ?? ""}`),
      c.framework,
      c.code,
      c.text,
      c.agencies,
      c.agencies / (this.perFramework.get(c.framework) ?? c.agencies),
      c.urgent,
      c.agencies - c.urgent,
      c.scored ? round2(c.scoreSum / c.scored) : null,
    ]);
    return {
      name: "ข้อที่อ่อนบ่อย",
      tableName: "ITA_WeakItems",
      heading: [
        ...title("ข้อที่หน่วยงานได้สถานะแก้ไขโดยเร่งด่วนหรือพัฒนาให้ดีขึ้นบ่อยที่สุด รายประเด็น"),
        "นับแยกตามกรอบการประเมิน เพราะรหัสข้อเดียวกันในกรอบ 2566 และ 2567 ขึ้นไปเป็นคนละคำถาม",
      ],
      columns: [
        { header: "ประเด็น", width: 30, wrap: true },
        { header: "กรอบการประเมิน", width: 10 },
        { header: "ข้อ", width: 7 },
        { header: "ข้อคำถาม/รายการ", width: 50, wrap: true },
        { header: "หน่วยงานที่อ่อน (แห่ง)", width: 12, numFmt: "0" },
        { header: "ร้อยละของหน่วยงานในกรอบนี้", width: 12, numFmt: "0.0%" },
        { header: "เร่งด่วน (แห่ง)", width: 10, numFmt: "0" },
        { header: "พัฒนา (แห่ง)", width: 10, numFmt: "0" },
        { header: "คะแนนเฉลี่ยของหน่วยงานที่อ่อน", width: 12, numFmt: "0.00" },
      ],
      rows,
      tones: items.map((c) => (c.urgent > 0 ? "urgent" : "improve")),
    };
  }

  private belowSheet(title: (t: string) => string[], d: (t: string) => string): OverviewSheet {
    const rows: SpecValue[][] = [];
    for (const tool of TOOL_KEYS) {
      const below = this.rows
        .filter((r) => r.s.tools[tool] !== undefined && (r.s.tools[tool] as number) < PASS_MARK)
        .sort((a, b) => (a.s.tools[tool] as number) - (b.s.tools[tool] as number));
      for (const r of below)
        rows.push([
          TOOL_SHORT[tool as ToolKey],
          r.s.agency,
          r.s.district,
          r.s.province,
          r.file,
          r.s.tools[tool] as number,
          r.s.overall,
          r.s.level,
        ]);
    }
    return {
      name: d(`ต่ำกว่า ${PASS_MARK} รายเครื่องมือ`),
      tableName: "ITA_BelowPass",
      heading: [
        ...title(`หน่วยงานที่คะแนนเครื่องมือต่ำกว่า ${PASS_MARK}`),
        "เครื่องมือใดต่ำกว่า 85 ระดับผลการประเมินจะไม่เกิน “ผ่าน” แม้คะแนนรวมถึง 85 (เกณฑ์ปี 2566 ขึ้นไป)",
      ],
      columns: [
        { header: "เครื่องมือ", width: 12 },
        { header: "หน่วยงาน", width: 34, wrap: true },
        { header: "อำเภอ", width: 14 },
        { header: "จังหวัด", width: 14 },
        { header: "ไฟล์", width: 28, wrap: true },
        { header: "คะแนนเครื่องมือ", width: 12, numFmt: "0.00" },
        { header: "คะแนนรวม", width: 10, numFmt: "0.00" },
        { header: "ระดับ", width: 12 },
      ],
      rows,
      tones: rows.map(() => "urgent"),
    };
  }

  private failureSheet(title: (t: string) => string[]): OverviewSheet {
    return {
      name: "ไฟล์ที่วิเคราะห์ไม่ได้",
      tableName: "ITA_Failed",
      heading: [...title("ไฟล์ที่วิเคราะห์ไม่ได้"), "แก้ตามข้อความในแต่ละแถว แล้วรัน ita batch อีกครั้ง"],
      columns: [
        { header: "ไฟล์", width: 40, wrap: true },
        { header: "สาเหตุและวิธีแก้", width: 100, wrap: true },
      ],
      rows: this.failures.map((f) => [f.file, f.reason]),
      tones: this.failures.map(() => "error"),
    };
  }
}
