import { DIGITS, type Digits, toArabicDigits } from "../core";

const isDigits = (v: string): v is Digits => (DIGITS as readonly string[]).includes(v);

// Command-line arguments: `ita analyze <workbook.xlsx> [--out f] [--json f|-] [--docx f] [--year Y]
// [--agency A] [--framework id] [--force]`, `ita lookup …`, `ita --help`, `ita --version`.

export interface AnalyzeArgs {
  command: "analyze";
  input: string;
  out?: string;
  json?: string;
  /** The o42 Word document. */
  docx?: string;
  year?: number;
  agency?: string;
  framework?: string;
  force: boolean;
  digits?: Digits;
}

export type ParsedArgs =
  | AnalyzeArgs
  | { command: "lookup"; args: string[] }
  | { command: "help" }
  | { command: "version" }
  | { command: "error"; message: string };

const VALUE_OPTIONS = new Set(["--out", "--json", "--docx", "--year", "--agency", "--framework", "--digits"]);

/** A BE year; a CE year (2020–2100) is converted. Thai digits accepted. */
export function parseYear(raw: string): { year: number; note?: string } | { error: string } {
  const n = Number(toArabicDigits(raw.trim()).replace(/^(?:พ\.ศ\.|พศ)\s*/, ""));
  if (!Number.isInteger(n)) return { error: `--year ต้องเป็นปี พ.ศ. เช่น 2567 (not a year: ${raw})` };
  if (n >= 2560 && n <= 2650) return { year: n };
  if (n >= 2017 && n <= 2107) return { year: n + 543, note: `ถือว่า ${n} เป็นปี ค.ศ. ใช้ปี พ.ศ. ${n + 543} (CE year converted to BE)` };
  return { error: `--year ต้องเป็นปี พ.ศ. เช่น 2567 (year out of range: ${raw})` };
}

function parseAnalyze(rest: string[]): ParsedArgs {
  const a: AnalyzeArgs = { command: "analyze", input: "", force: false };
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    let arg = rest[i];
    let value: string | undefined;
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    if (eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    if (arg === "--force" || arg === "-f") {
      a.force = true;
      continue;
    }
    if (arg === "--help" || arg === "-h") return { command: "help" };
    if (VALUE_OPTIONS.has(arg)) {
      if (value === undefined) {
        value = rest[++i];
        if (value === undefined || (value.startsWith("--") && value.length > 2))
          return { command: "error", message: `${arg} ต้องมีค่า (missing value for ${arg})` };
      }
      switch (arg) {
        case "--out":
          a.out = value;
          break;
        case "--json":
          a.json = value;
          break;
        case "--docx":
          a.docx = value;
          break;
        case "--agency":
          a.agency = value.trim();
          break;
        case "--framework":
          a.framework = toArabicDigits(value.trim());
          break;
        case "--digits":
          if (!isDigits(value)) return { command: "error", message: `--digits ต้องเป็น thai หรือ arabic (got ${value})` };
          a.digits = value;
          break;
        case "--year": {
          const y = parseYear(value);
          if ("error" in y) return { command: "error", message: y.error };
          a.year = y.year;
          break;
        }
      }
      continue;
    }
    if (arg.startsWith("-") && arg !== "-") return { command: "error", message: `ไม่รู้จักตัวเลือก ${arg} (unknown option)` };
    positional.push(arg);
  }
  if (positional.length === 0) return { command: "error", message: "ระบุไฟล์สมุดงาน .xlsx (missing <workbook.xlsx>)" };
  if (positional.length > 1) return { command: "error", message: `ระบุสมุดงานได้ไฟล์เดียว (one workbook only): ${positional.join(" ")}` };
  a.input = positional[0];
  return a;
}

export function parseArgs(argv: string[]): ParsedArgs {
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h" || first === "help") return { command: "help" };
  if (first === "--version" || first === "-v" || first === "version") return { command: "version" };
  if (first === "lookup") return { command: "lookup", args: rest };
  if (first === "analyze") return parseAnalyze(rest);
  return { command: "error", message: `ไม่รู้จักคำสั่ง ${first} (unknown command; try: ita analyze <workbook.xlsx>)` };
}

export const USAGE = `ita: วิเคราะห์ผลการประเมิน ITA และจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใส (o42) จากสมุดงาน Excel

การใช้งาน (usage):
  ita analyze <workbook.xlsx> [--out <new.xlsx>] [--json <file|->] [--docx <file.docx>] [--year <ปี พ.ศ.>]
              [--agency <ชื่อหน่วยงาน>] [--framework <2566|2567|2568>] [--digits thai|arabic] [--force]
  ita lookup …                ค้นข้อคำถาม/รายการในแคตตาล็อก (look up catalog items)
  ita --help | ita --version

ตัวเลือก (options):
  --out <new.xlsx>   เขียนสมุดงานใหม่: ชีตเดิม (ค่า) + สรุปผล วิเคราะห์รายประเด็น มาตรการ ข้อจำกัด (ถ้ายังไม่มี)
                     คลังมาตรการ ปัญหาข้อมูล
  --json <file|->    เขียนผลเป็น JSON (- = stdout); รูปแบบใน docs/analysis-json.md
  --docx <file.docx> จัดทำเอกสาร o42 (Word) จากสมุดงานตามที่เจ้าหน้าที่แก้ไขไว้: ใช้แผ่นงาน ITA-มาตรการ
                     และ ITA-ข้อจำกัด ถ้ามี; รายละเอียดใน docs/o42-document.md
  --year <ปี>        ปีงบประมาณของผลการประเมิน (พ.ศ.) แทนปีที่อ่านได้จากสมุดงาน
  --agency <ชื่อ>    ชื่อหน่วยงาน
  --framework <id>   กรอบการประเมิน (2566, 2567, 2568) แทนที่ตรวจพบ
  --digits thai      ใช้เลขไทยในข้อความของชีตที่สร้างและในเอกสาร o42 (ค่าเริ่มต้น arabic)
  --force            เขียนทับไฟล์ผลลัพธ์ที่มีอยู่แล้ว (never the input workbook)

ไม่ระบุ --out, --json และ --docx: พิมพ์สรุปผลสั้น ๆ
รหัสออก (exit codes): 0 สำเร็จ · 1 ข้อมูลผิดพลาดหรือเขียนไฟล์ไม่ได้ (nothing written) · 2 ใช้คำสั่งไม่ถูกต้อง
`;
