import { AGENCY_TYPES, type AgencyType, DIGITS, type Digits, isAgencyType, parseDay, toArabicDigits } from "../core";

const isDigits = (v: string): v is Digits => (DIGITS as readonly string[]).includes(v);

// Command-line arguments: `ita analyze <workbook.xlsx> [--out f] [--json f|-] [--docx f] [--year Y]
// [--agency A] [--framework id] [--force]`, `ita batch <folder|files…> [--out-dir d] [--docx]
// [--overview f] [--json-lines f|-] [--jobs N] …`, `ita lookup …`, `ita --help`, `ita --version`.

/** Options every analysis takes, over the workbook's saved settings. */
interface AnalysisOptions {
  /** The results year (the year the scores are of), never the measures' year. */
  year?: number;
  /** The measures' fiscal year (default: results year + 1). */
  fiscalYear?: number;
  agencyType?: AgencyType;
  framework?: string;
  force: boolean;
  digits?: Digits;
}

export interface AnalyzeArgs extends AnalysisOptions {
  command: "analyze";
  input: string;
  out?: string;
  json?: string;
  /** The o42 Word document. */
  docx?: string;
  agency?: string;
}

export interface BatchArgs extends AnalysisOptions {
  command: "batch";
  inputs: string[];
  outDir?: string;
  /** Each agency's o42 Word document too, beside its workbook in the output folder. */
  docx: boolean;
  overview?: string;
  jsonLines?: string;
  /** Worker threads; default: the machine's cores. */
  jobs?: number;
}

export interface ProgressArgs {
  command: "progress";
  input: string;
  /** The day the report is as of (ISO, common era); unset: today. */
  asOf?: string;
  out?: string;
  docx?: string;
  json?: string;
  agency?: string;
  digits?: Digits;
  force: boolean;
}

export type ParsedArgs =
  | AnalyzeArgs
  | BatchArgs
  | ProgressArgs
  | { command: "lookup"; args: string[] }
  | { command: "help" }
  | { command: "version" }
  | { command: "error"; message: string };

/** A BE year; a CE year (2020–2100) is converted. Thai digits accepted. */
export function parseYear(raw: string, option = "--year"): { year: number; note?: string } | { error: string } {
  const n = Number(toArabicDigits(raw.trim()).replace(/^(?:พ\.ศ\.|พศ)\s*/, ""));
  if (!Number.isInteger(n)) return { error: `${option} ต้องเป็นปี พ.ศ. เช่น 2567 (not a year: ${raw})` };
  if (n >= 2560 && n <= 2650) return { year: n };
  if (n >= 2017 && n <= 2107) return { year: n + 543, note: `ถือว่า ${n} เป็นปี ค.ศ. ใช้ปี พ.ศ. ${n + 543} (CE year converted to BE)` };
  return { error: `${option} ต้องเป็นปี พ.ศ. เช่น 2567 (year out of range: ${raw})` };
}

type Scanned = { values: Map<string, string>; flags: Set<string>; positional: string[] } | { error: string } | { help: true };

/** Splits arguments into options with values (`--out f`, `--out=f`), flags and positional words. */
function scan(rest: string[], valueOptions: Set<string>, flagOptions: Map<string, string>): Scanned {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    let arg = rest[i];
    let value: string | undefined;
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    if (eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    if (arg === "--help" || arg === "-h") return { help: true };
    const flag = flagOptions.get(arg);
    if (flag) {
      flags.add(flag);
      continue;
    }
    if (valueOptions.has(arg)) {
      if (value === undefined) {
        value = rest[++i];
        if (value === undefined || (value.startsWith("--") && value.length > 2))
          return { error: `${arg} ต้องมีค่า (missing value for ${arg})` };
      }
      values.set(arg, value);
      continue;
    }
    if (arg.startsWith("-") && arg !== "-") return { error: `ไม่รู้จักตัวเลือก ${arg} (unknown option)` };
    positional.push(arg);
  }
  return { values, flags, positional };
}

const COMMON = ["--year", "--fiscal-year", "--agency-type", "--framework", "--digits"];
const FLAGS = new Map([
  ["--force", "force"],
  ["-f", "force"],
]);
const BATCH_FLAGS = new Map([...FLAGS, ["--docx", "docx"]]);

/** The options both commands share; an error message when one is malformed. */
function analysisOptions(values: Map<string, string>, flags: Set<string>): AnalysisOptions | { error: string } {
  const a: AnalysisOptions = { force: flags.has("force") };
  const framework = values.get("--framework");
  if (framework !== undefined) a.framework = toArabicDigits(framework.trim());
  const digits = values.get("--digits");
  if (digits !== undefined) {
    if (!isDigits(digits)) return { error: `--digits ต้องเป็น thai หรือ arabic (got ${digits})` };
    a.digits = digits;
  }
  const year = values.get("--year");
  if (year !== undefined) {
    const y = parseYear(year);
    if ("error" in y) return y;
    a.year = y.year;
  }
  const fiscal = values.get("--fiscal-year");
  if (fiscal !== undefined) {
    const y = parseYear(fiscal, "--fiscal-year");
    if ("error" in y) return y;
    a.fiscalYear = y.year;
  }
  const type = values.get("--agency-type");
  if (type !== undefined) {
    if (!isAgencyType(type.trim())) return { error: `--agency-type ต้องเป็น ${AGENCY_TYPES.join(", ")} (got ${type})` };
    a.agencyType = type.trim() as AgencyType;
  }
  return a;
}

function parseAnalyze(rest: string[]): ParsedArgs {
  const s = scan(rest, new Set([...COMMON, "--out", "--json", "--docx", "--agency"]), FLAGS);
  if ("help" in s) return { command: "help" };
  if ("error" in s) return { command: "error", message: s.error };
  const common = analysisOptions(s.values, s.flags);
  if ("error" in common) return { command: "error", message: common.error };
  if (s.positional.length === 0) return { command: "error", message: "ระบุไฟล์สมุดงาน .xlsx (missing <workbook.xlsx>)" };
  if (s.positional.length > 1)
    return {
      command: "error",
      message: `ระบุสมุดงานได้ไฟล์เดียว ใช้ ita batch สำหรับหลายไฟล์ (one workbook only; use ita batch): ${s.positional.join(" ")}`,
    };
  const a: AnalyzeArgs = { command: "analyze", input: s.positional[0], ...common };
  if (s.values.has("--out")) a.out = s.values.get("--out");
  if (s.values.has("--json")) a.json = s.values.get("--json");
  if (s.values.has("--docx")) a.docx = s.values.get("--docx");
  if (s.values.has("--agency")) a.agency = s.values.get("--agency")!.trim();
  return a;
}

function parseBatch(rest: string[]): ParsedArgs {
  const s = scan(rest, new Set([...COMMON, "--out-dir", "--overview", "--json-lines", "--jobs"]), BATCH_FLAGS);
  if ("help" in s) return { command: "help" };
  if ("error" in s) return { command: "error", message: s.error };
  const common = analysisOptions(s.values, s.flags);
  if ("error" in common) return { command: "error", message: common.error };
  if (s.positional.length === 0) return { command: "error", message: "ระบุโฟลเดอร์หรือไฟล์สมุดงาน (missing <folder or files…>)" };
  const b: BatchArgs = { command: "batch", inputs: s.positional, docx: s.flags.has("docx"), ...common };
  if (s.values.has("--out-dir")) b.outDir = s.values.get("--out-dir");
  if (s.values.has("--overview")) b.overview = s.values.get("--overview");
  if (s.values.has("--json-lines")) b.jsonLines = s.values.get("--json-lines");
  const jobs = s.values.get("--jobs");
  if (jobs !== undefined) {
    const n = Number(toArabicDigits(jobs.trim()));
    if (!Number.isInteger(n) || n < 1 || n > 64) return { command: "error", message: `--jobs ต้องเป็นจำนวนเต็ม 1–64 (got ${jobs})` };
    b.jobs = n;
  }
  if (b.outDir === undefined && b.overview === undefined && b.jsonLines === undefined)
    return { command: "error", message: "ระบุอย่างน้อยหนึ่งอย่าง: --out-dir, --overview หรือ --json-lines (nothing to write)" };
  if (b.docx && b.outDir === undefined)
    return { command: "error", message: "--docx ต้องใช้คู่กับ --out-dir: เอกสาร o42 ของแต่ละหน่วยงานเขียนไว้ในโฟลเดอร์นั้น (--docx needs --out-dir)" };
  if (b.overview !== undefined && !/\.xlsx$/i.test(b.overview))
    return { command: "error", message: `--overview ต้องเป็นไฟล์ .xlsx (the overview must be a .xlsx file): ${b.overview}` };
  return b;
}

function parseProgress(rest: string[]): ParsedArgs {
  const s = scan(rest, new Set(["--as-of", "--out", "--docx", "--json", "--agency", "--digits"]), FLAGS);
  if ("help" in s) return { command: "help" };
  if ("error" in s) return { command: "error", message: s.error };
  if (s.positional.length !== 1)
    return { command: "error", message: "ระบุสมุดงานที่มีแผ่นงาน ITA-มาตรการ หนึ่งไฟล์ (one workbook with the measures sheet)" };
  const p: ProgressArgs = { command: "progress", input: s.positional[0], force: s.flags.has("force") };
  const asOf = s.values.get("--as-of");
  if (asOf !== undefined) {
    const day = parseDay(asOf);
    if (!day)
      return {
        command: "error",
        message: `--as-of ต้องเป็นวันที่ เช่น 2568-03-31 (พ.ศ.) หรือ 2025-03-31 (ค.ศ.) หรือ 31/3/2568 (not a date: ${asOf})`,
      };
    p.asOf = day;
  }
  const digits = s.values.get("--digits");
  if (digits !== undefined) {
    if (!isDigits(digits)) return { command: "error", message: `--digits ต้องเป็น thai หรือ arabic (got ${digits})` };
    p.digits = digits;
  }
  if (s.values.has("--out")) p.out = s.values.get("--out");
  if (s.values.has("--docx")) p.docx = s.values.get("--docx");
  if (s.values.has("--json")) p.json = s.values.get("--json");
  if (s.values.has("--agency")) p.agency = s.values.get("--agency")!.trim();
  return p;
}

export function parseArgs(argv: string[]): ParsedArgs {
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h" || first === "help") return { command: "help" };
  if (first === "--version" || first === "-v" || first === "version") return { command: "version" };
  if (first === "lookup") return { command: "lookup", args: rest };
  if (first === "analyze") return parseAnalyze(rest);
  if (first === "batch") return parseBatch(rest);
  if (first === "progress") return parseProgress(rest);
  return { command: "error", message: `ไม่รู้จักคำสั่ง ${first} (unknown command; try: ita analyze <workbook.xlsx>)` };
}

export const USAGE = `ita: วิเคราะห์ผลการประเมิน ITA และจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใส (o42) จากสมุดงาน Excel

การใช้งาน (usage):
  ita analyze <workbook.xlsx> [--out <new.xlsx>] [--json <file|->] [--docx <file.docx>] [--year <ปีที่ประเมิน>]
              [--fiscal-year <ปีของมาตรการ>] [--agency <ชื่อหน่วยงาน>] [--agency-type <ประเภท>]
              [--framework <2566|2567|2568>] [--digits thai|arabic] [--force]
  ita batch <โฟลเดอร์หรือไฟล์…> [--out-dir <โฟลเดอร์> [--docx]] [--overview <ภาพรวม.xlsx>]
            [--json-lines <file|->] [--jobs <N>] [--year …] [--framework …] [--digits …] [--force]
  ita progress <workbook.xlsx> [--as-of <วันที่>] [--out <new.xlsx>] [--docx <o43.docx>] [--json <file|->]
               [--digits thai|arabic] [--force]
  ita lookup …                ค้นข้อคำถาม/รายการในแคตตาล็อก (look up catalog items)
  ita --help | ita --version

ตัวเลือก (options):
  --out <new.xlsx>   เขียนสมุดงานใหม่: ชีตเดิม (ค่า) + สรุปผล วิเคราะห์รายประเด็น มาตรการ ข้อจำกัด (ถ้ายังไม่มี)
                     คลังมาตรการ ปัญหาข้อมูล
  --json <file|->    เขียนผลเป็น JSON (- = stdout); รูปแบบใน docs/analysis-json.md
  --docx <file.docx> จัดทำเอกสาร o42 (Word) จากสมุดงานตามที่เจ้าหน้าที่แก้ไขไว้: ใช้แผ่นงาน ITA-มาตรการ
                     และ ITA-ข้อจำกัด ถ้ามี; รายละเอียดใน docs/o42-document.md
  --year <ปี>        ปีที่ประเมิน: ปีงบประมาณของผลคะแนน (พ.ศ.) ไม่ใช่ปีของมาตรการ แทนปีที่อ่านได้จากสมุดงาน
                     (the results year, not the measures' year); ไม่ตรงกับรหัสข้อหรือปีในสมุดงาน = ข้อผิดพลาด
  --fiscal-year <ปี> ปีงบประมาณของมาตรการ (พ.ศ.) ค่าเริ่มต้น = ปีที่ประเมิน + 1 (the measures' fiscal year)
  --agency-type <t>  ประเภทหน่วยงาน สำหรับชื่อส่วนราชการที่รับผิดชอบ: sao (อบต.), subdistrict-municipality
                     (เทศบาลตำบล), town-municipality (เทศบาลเมือง), city-municipality (เทศบาลนคร), other;
                     ไม่ระบุ = ตามชื่อหน่วยงาน
  --agency <ชื่อ>    ชื่อหน่วยงาน
  --framework <id>   กรอบการประเมิน (2566, 2567, 2568) แทนที่ตรวจพบ
  --digits thai      ใช้เลขไทยในข้อความของชีตที่สร้างและในเอกสาร o42 (ค่าเริ่มต้น arabic)
  --force            เขียนทับไฟล์ผลลัพธ์ที่มีอยู่แล้ว (never the input workbook)

ita batch: วิเคราะห์ทุกสมุดงาน (.xlsx, .xlsm, .csv) ในโฟลเดอร์ (รวมโฟลเดอร์ย่อย) หรือตามรายชื่อไฟล์
  --out-dir <d>        สมุดงานผลวิเคราะห์ของแต่ละหน่วยงานในโฟลเดอร์นี้ (ชื่อ <ไฟล์>-ผลวิเคราะห์ITA.xlsx)
  --docx               เอกสาร o42 (Word) ของแต่ละหน่วยงานด้วย ข้างสมุดงานของหน่วยงานนั้น (<ไฟล์>-o42.docx)
  --overview <f.xlsx>  สมุดงานภาพรวม: หนึ่งแถวต่อหน่วยงาน จำนวนตามระดับพร้อมแผนภูมิ ข้อที่อ่อนบ่อย ต่ำกว่า 85
  --json-lines <f|->   หนึ่งบรรทัด JSON ต่อไฟล์ (- = stdout)
  --jobs <N>           จำนวนงานพร้อมกัน (ค่าเริ่มต้น = จำนวนแกนประมวลผล)
  ไฟล์ที่อ่านไม่ได้จะถูกรายงานตอนจบโดยไม่หยุดงานที่เหลือ (exit 1 ถ้ามีไฟล์ไม่สำเร็จ)

ita progress: รายงานผลการดำเนินงานตามมาตรการ (o43) จากคอลัมน์ความก้าวหน้าในแผ่นงาน ITA-มาตรการ
  --as-of <วันที่>     ข้อมูล ณ วันที่ (พ.ศ. 2568-03-31 หรือ ค.ศ. 2025-03-31; ค่าเริ่มต้น = วันนี้):
                       ถึง 31 มี.ค. = รอบ 6 เดือน, หลังจากนั้น = รอบ 12 เดือน
  --out <new.xlsx>     สมุดงานใหม่ที่มีแผ่นงาน ITA-ความก้าวหน้า (แผ่นงานอื่นคงเดิม)
  --docx <o43.docx>    รายงาน o43 (Word) · --json <file|->: ตัวเลขเดียวกันเป็น JSON (docs/o43-report.md)
  ไม่ระบุ --out, --docx และ --json: พิมพ์สรุปสั้น ๆ

ita analyze ที่ไม่ระบุ --out, --json และ --docx: พิมพ์สรุปผลสั้น ๆ
รหัสออก (exit codes): 0 สำเร็จ · 1 ข้อมูลผิดพลาดหรือเขียนไฟล์ไม่ได้ (nothing written) · 2 ใช้คำสั่งไม่ถูกต้อง
                      · 70 ข้อผิดพลาดภายในโปรแกรม โปรดแจ้งผู้พัฒนา (a bug: please report)
`;
