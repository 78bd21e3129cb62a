// Issue 7, the property: random layouts of a known score table (seed 004's questions and items, seed
// 003's two-year summary), with and without codes, in the shapes staff keep them, give exactly the
// known figures, or an error naming a cell. Never a different figure without an error.
import fc from "fast-check";
import { analyze, hasErrors, toAnalysisJson, type CellValue, type SheetCells } from "../../../src/core";
import { BUILTIN_CATALOG } from "../../../src/core/catalog/builtin";
import { frameworkById } from "../../../src/core/catalog/find";
import { toThaiDigits } from "../../../src/core/text/digits";
import { SEED003, SEED004_INDICATORS, SEED004_ITEMS } from "../../fixtures/seeds";

const RUNS = Number(process.env.READER_PROPERTY_RUNS ?? 60);
const fw2566 = frameworkById(BUILTIN_CATALOG, "2566")!;
const SCORE = new Map(SEED004_ITEMS.map((i) => [i.code, i.score]));

/** Titles as staff type them when they copy the OIT list without its codes. */
const TYPED: Record<string, string> = {
  o2: "การเผยแพร่ข้อมูลผู้บริหาร",
  o12: "รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ รอบ 6 เดือน",
  o14: "คู่มือการปฏิบัติงาน",
  o16: "สถิติการให้บริการ",
  o18: "ระบบ E-Service",
  o22: "รายงานผลการจัดซื้อจัดจ้างประจำปี",
  o23: "นโยบายการบริหารทรัพยากรบุคคล",
  o34: "การประเมินความเสี่ยงการทุจริตประจำปี",
  o36: "แผนป้องกันการทุจริต",
};

/** An error is acceptable only when it names a cell. */
function errorsNameCells(problems: { severity: string; cell: string }[]): boolean {
  const errors = problems.filter((p) => p.severity === "error");
  return errors.length > 0 && errors.every((p) => p.cell !== "");
}

// ---------------------------------------------------------------------------------------------
// Seed 004: IIT questions and OIT items (coded, or told by text alone), EIT by its indicators.

const rowForm = fc.record({
  /** code alone | code and text in one cell | code, then text in the next column | text alone */
  label: fc.constantFrom("code", "codeText", "codeColumn", "text", "text", "text"),
  codeSpelling: fc.constantFrom("plain", "upper", "thai", "prefix"),
  text: fc.constantFrom("exact", "noPrompt", "typed", "thaiDigits"),
  score: fc.constantFrom("number", "text", "thai"),
});

const layout = fc.record({
  rows: fc.array(rowForm, { minLength: 73, maxLength: 73 }),
  oneSheet: fc.boolean(),
  shuffle: fc.boolean(),
  order: fc.array(fc.nat(), { minLength: 73, maxLength: 73 }),
  subHeadings: fc.constantFrom("none", "names", "withScores"),
  indicatorHeadings: fc.constantFrom("none", "names", "withScores"),
  meanRow: fc.boolean(),
  runningNumber: fc.boolean(),
  remarks: fc.boolean(),
  blankEvery: fc.integer({ min: 0, max: 9 }),
  top: fc.integer({ min: 0, max: 3 }),
  left: fc.integer({ min: 0, max: 2 }),
  thaiYear: fc.boolean(),
});

function code(c: string, spelling: string): string {
  const n = c.slice(1);
  switch (spelling) {
    case "upper":
      return c.toUpperCase();
    case "thai":
      return c[0] === "o" ? `๐${toThaiDigits(n.padStart(2, "0"))}` : `${c[0]}${toThaiDigits(n)}`;
    case "prefix":
      return `ข้อ ${c}`;
    default:
      return c;
  }
}

function text(c: string, form: string): string {
  const t = fw2566.items.find((i) => i.code === c)!.text;
  if (form === "noPrompt") return t.replace(/\s*(?:มากน้อยเพียงใด|หรือไม่)$/, "");
  if (form === "typed" && TYPED[c]) return TYPED[c];
  if (form === "thaiDigits") return toThaiDigits(t);
  return t;
}

function score(v: number, form: string): CellValue {
  if (form === "text") return v.toFixed(2);
  if (form === "thai") return toThaiDigits(v.toFixed(2));
  return v;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const r2 = (v: number) => Math.round(v * 100 + 1e-9) / 100;

type Layout = typeof layout extends fc.Arbitrary<infer T> ? T : never;
type SummaryLayout = typeof summaryLayout extends fc.Arbitrary<infer T> ? T : never;

function seed004Sheets(l: Layout): SheetCells[] {
  const year = l.thaiYear ? "๒๕๖๖" : "2566";
  const items = fw2566.items.filter((i) => i.tool !== "EIT");
  const order = items.map((item, k) => ({ item, key: l.shuffle ? l.order[k] : k }));
  // Shuffle within a tool and a sub-indicator only: headings stay above their rows.
  order.sort((a, b) => (a.item.tool === b.item.tool && a.item.subIndicator === b.item.subIndicator ? a.key - b.key : 0));
  const twoColumns = l.rows.some((r) => r.label === "codeColumn");
  const tables: Record<string, CellValue[][]> = { IIT: [], OIT: [] };
  let lastSub: string | undefined;
  let lastIndicator: number | undefined;
  order.forEach(({ item }, k) => {
    const f = l.rows[k];
    const out = tables[item.tool];
    const pad = (cells: CellValue[]): CellValue[] => [...(l.runningNumber ? [out.length + 1] : []), ...cells];
    const labelCells = (): CellValue[] => {
      if (f.label === "code") return twoColumns ? [code(item.code, f.codeSpelling), null] : [code(item.code, f.codeSpelling)];
      if (f.label === "codeColumn") return [code(item.code, f.codeSpelling), text(item.code, f.text)];
      if (f.label === "codeText") {
        const cell = `${code(item.code, f.codeSpelling)} ${text(item.code, f.text)}`;
        return twoColumns ? [cell, null] : [cell];
      }
      return twoColumns ? [null, text(item.code, f.text)] : [text(item.code, f.text)];
    };
    if (l.indicatorHeadings !== "none" && item.tool === "IIT" && item.indicator !== lastIndicator) {
      lastIndicator = item.indicator;
      const name = fw2566.indicators.find((i) => i.number === item.indicator)!.name;
      const value = l.indicatorHeadings === "withScores" ? [SEED004_INDICATORS[item.indicator]] : [];
      out.push(pad([`ตัวชี้วัดที่ ${item.indicator} ${name}`, ...(twoColumns ? [null] : []), ...value]));
    }
    if (item.tool === "OIT" && l.subHeadings !== "none" && item.subIndicator !== lastSub) {
      lastSub = item.subIndicator;
      const info = fw2566.subIndicators.find((s) => s.id === lastSub)!;
      const sub = r2(mean(items.filter((i) => i.subIndicator === lastSub).map((i) => SCORE.get(i.code)!)));
      out.push(pad([`ตัวชี้วัดย่อยที่ ${info.id} ${info.name}`, ...(twoColumns ? [null] : []), ...(l.subHeadings === "withScores" ? [sub] : [])]));
    }
    out.push(
      pad([
        ...labelCells(),
        score(SCORE.get(item.code)!, f.score),
        ...(l.remarks ? [SCORE.get(item.code) === 0 ? "ข้อมูลไม่ครบองค์ประกอบ" : null] : []),
      ]),
    );
    if (l.blankEvery && k % l.blankEvery === l.blankEvery - 1) out.push([]);
  });
  const header = (first: string): CellValue[] => [
    ...(l.runningNumber ? ["ลำดับ"] : []),
    ...(twoColumns ? ["ข้อ", first] : [first]),
    "คะแนน",
    ...(l.remarks ? ["หมายเหตุ"] : []),
  ];
  const place = (title: string, first: string, rows: CellValue[][]): CellValue[][] => {
    const body: CellValue[][] = [[title], header(first), ...rows];
    const shifted = body.map((row) => [...Array<CellValue>(l.left).fill(null), ...row]);
    return [...Array.from({ length: l.top }, () => [] as CellValue[]), ...shifted];
  };
  // The mean of each table under it, as staff add it: never the ITA score.
  if (l.meanRow)
    for (const tool of ["IIT", "OIT"]) {
      const scores = items.filter((i) => i.tool === tool).map((i) => SCORE.get(i.code)!);
      tables[tool].push([...(l.runningNumber ? [null] : []), "คะแนนเฉลี่ย", ...(twoColumns ? [null] : []), r2(mean(scores))]);
    }
  const eit: CellValue[][] = [
    [`ผลคะแนน EIT รายตัวชี้วัด ปีงบประมาณ พ.ศ. ${year}`],
    ["ตัวชี้วัด", "คะแนน"],
    ...[6, 7, 8].map((n) => [`ตัวชี้วัดที่ ${n} ${fw2566.indicators.find((i) => i.number === n)!.name}`, SEED004_INDICATORS[n]]),
  ];
  const iit = place(`ผลคะแนน IIT รายข้อ ปีงบประมาณ พ.ศ. ${year}`, "ข้อคำถาม", tables.IIT);
  const oit = place(`ผลการประเมิน OIT ปีงบประมาณ พ.ศ. ${year}`, "รายการ", tables.OIT);
  if (l.oneSheet)
    return [
      { name: "คะแนน", values: [...iit, [], [], ...oit] },
      { name: "EIT", values: eit },
    ];
  return [
    { name: "IIT", values: iit },
    { name: "OIT", values: oit },
    { name: "EIT", values: eit },
  ];
}

describe("random layouts of seed 004's table, with and without codes", () => {
  it("give 93.57 ผ่านดี and every item's published score, or an error naming a cell", () => {
    const expectedItems = Object.fromEntries(SEED004_ITEMS.map((i) => [i.code, i.score]));
    let analysed = 0;
    fc.assert(
      fc.property(layout, (l) => {
        const result = analyze({ sheets: seed004Sheets(l) });
        if (hasErrors(result)) return errorsNameCells(result.problems);
        analysed++;
        const json = toAnalysisJson(result);
        const items = Object.fromEntries(json.items.filter((i) => i.score !== null).map((i) => [i.code, i.score]));
        expect(items).toEqual(expectedItems);
        expect(json.overall).toMatchObject({ score: 93.57, level: "ผ่านดี" });
        expect(json.tools).toEqual({ IIT: 99.87, EIT: 92.05, OIT: 90 });
        expect(json.indicators).toEqual({ 1: 100, 2: 99.67, 3: 100, 4: 99.67, 5: 100, 6: 94.02, 7: 90.35, 8: 91.77, 9: 80, 10: 100 });
        return true;
      }),
      { numRuns: RUNS },
    );
    // The property is about figures: most layouts must be read, not refused.
    if (process.env.REPORT_LAYOUTS) process.stderr.write(`seed 004 layouts analysed: ${analysed}/${RUNS}\n`);
    expect(analysed).toBeGreaterThan(RUNS / 2);
  });
});

// ---------------------------------------------------------------------------------------------
// Seed 003: the two-year summary (tools, indicators, mean), in the label and column shapes seen.

const NAMES = fw2566.indicators.map((i) => i.name);
const summaryLayout = fc.record({
  labels: fc.array(fc.constantFrom("numberDot", "indicatorWord", "numberColumn", "nameOnly"), { minLength: 10, maxLength: 10 }),
  toolLabels: fc.constantFrom("words", "acronyms"),
  yearForm: fc.constantFrom("thai", "arabic", "ปี"),
  reversed: fc.boolean(),
  comparison: fc.boolean(),
  overallRow: fc.constantFrom("none", "คะแนนเฉลี่ย", "คะแนนรวม ITA"),
  statedLevel: fc.boolean(),
  shuffle: fc.boolean(),
  order: fc.array(fc.nat(), { minLength: 14, maxLength: 14 }),
});

function seed003Sheet(l: SummaryLayout): SheetCells {
  const years: (2566 | 2567)[] = l.reversed ? [2567, 2566] : [2566, 2567];
  const yearCell = (y: number) => (l.yearForm === "thai" ? toThaiDigits(String(y)) : l.yearForm === "ปี" ? `ปี ${y}` : y);
  const numberColumn = l.labels.includes("numberColumn");
  const row = (label: CellValue[], values: number[]): CellValue[] => {
    const cells: CellValue[] = [...label, ...values];
    if (l.comparison) {
      const [a, b] = l.reversed ? [values[1], values[0]] : values;
      const d = Math.round((b - a) * 100) / 100;
      cells.push(`${d >= 0 ? "+" : "-"}${Math.abs(d).toFixed(2)}`);
    }
    return cells;
  };
  const v = (get: (y: 2566 | 2567) => number) => years.map(get);
  const tool = (words: string, acronym: string): CellValue[] => [
    ...(numberColumn ? [null] : []),
    l.toolLabels === "words" ? words : acronym,
  ];
  const rows: CellValue[][] = [
    tool("ผลการประเมินบุคลากรภายใน (IIT)", "IIT"),
    tool("ผลการประเมินผู้รับบริการภายนอก (EIT) (เข้าตอบเอง)", "EIT Public (เข้าตอบเอง)"),
    tool("ผลการประเมินผู้รับบริการภายนอก (EIT) (สำนักงาน ป.ป.ช. ประเมิน)", "EIT Survey (ป.ป.ช. จัดเก็บ)"),
  ].map((label, k) =>
    row(
      label,
      v((y) => Object.values(SEED003[y].tools)[k]),
    ),
  );
  l.labels.forEach((form, k) => {
    const n = k + 1;
    const name = NAMES[k];
    const label: CellValue[] =
      form === "numberColumn"
        ? [toThaiDigits(String(n)), name]
        : [form === "numberDot" ? `${toThaiDigits(String(n))}. ${name}` : form === "indicatorWord" ? `ตัวชี้วัดที่ ${n} ${name}` : name];
    if (numberColumn && form !== "numberColumn") label.unshift(null);
    rows.push(
      row(
        label,
        v((y) => SEED003[y].indicators[n]),
      ),
    );
  });
  if (l.overallRow !== "none")
    rows.push(
      row(
        [...(numberColumn ? [null] : []), l.overallRow],
        v((y) => SEED003[y].overall),
      ),
    );
  const body = l.shuffle
    ? rows
        .map((r, k) => ({ r, key: l.order[k] ?? k }))
        .sort((a, b) => a.key - b.key)
        .map((x) => x.r)
    : rows;
  const lead = numberColumn ? [null, "ตัวชี้วัด"] : ["ตัวชี้วัด"];
  const values: CellValue[][] = [
    ["ผลการประเมิน ITA องค์การบริหารส่วนตำบลทุ่งทอง"],
    [],
    [...lead, ...years.map(yearCell), ...(l.comparison ? ["เปรียบเทียบ"] : [])],
    ...body,
  ];
  if (l.statedLevel)
    values.push([], [...lead.slice(1).map(() => null), "ระดับผลการประเมิน", ...years.map((y) => (y === 2566 ? "ไม่ผ่าน" : "ผ่านดีเยี่ยม"))]);
  return { name: "สรุปผล", values };
}

describe("random layouts of seed 003's two-year summary", () => {
  it("give 97.13 ผ่านดีเยี่ยม for 2567 and 81.27 ไม่ผ่าน for 2566, or an error naming a cell", () => {
    let analysed = 0;
    fc.assert(
      fc.property(summaryLayout, (l) => {
        const result = analyze({ sheets: [seed003Sheet(l)] });
        if (hasErrors(result)) return errorsNameCells(result.problems);
        analysed++;
        const json = toAnalysisJson(result);
        expect(json.year).toBe(2567);
        expect(json.overall).toMatchObject({ score: 97.13, level: "ผ่านดีเยี่ยม" });
        expect(json.tools).toMatchObject({ IIT: 99.72, EIT_PUBLIC: 96.75, EIT_SURVEY: 95.13, EIT: 95.94, OIT: 96.07 });
        expect(json.indicators).toEqual(Object.fromEntries(Object.entries(SEED003[2567].indicators).map(([k, x]) => [k, x])));
        expect(json.previous).toMatchObject({ year: 2566, overall: { score: 81.27, level: "ไม่ผ่าน" } });
        return true;
      }),
      { numRuns: RUNS },
    );
    if (process.env.REPORT_LAYOUTS) process.stderr.write(`seed 003 layouts analysed: ${analysed}/${RUNS}\n`);
    expect(analysed).toBeGreaterThan(RUNS / 2);
  });
});
