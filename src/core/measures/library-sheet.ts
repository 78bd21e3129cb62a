import type { CellValue, IndicatorNumber, IssueNumber, LibraryMeasure, Problem, SheetCells } from "../types";
import { quoted, warning } from "../problems";
import { cleanText } from "../text/clean";
import { INDICATOR_NUMBERS, isIssueNumber } from "../vocabulary";
import { sheetAddress } from "../text/a1";
import { toArabicDigits } from "../text/digits";
import { normalizeCode } from "../text/code";

// The measures library as a sheet staff edit in Excel: one measure a row, under a header row that
// may sit anywhere in the first 20 rows (title lines above it are fine). The `ita` command writes the
// library in force in this format; a workbook that carries such a sheet overrides the built-in library.

export type LibraryField = "id" | "codes" | "issue" | "measure" | "steps" | "responsible" | "timing" | "evidence" | "keep";

export interface LibraryColumn {
  key: LibraryField;
  /** Thai header written in the sheet (and recognised when read). */
  header: string;
  /** Width in Excel character units, sized for Thai text. */
  width: number;
  numFmt?: string;
  wrap?: boolean;
}

/** The columns of the library sheet, in order (compatible with the render ColumnSpec). */
export const LIBRARY_COLUMNS: readonly LibraryColumn[] = [
  { key: "id", header: "รหัสมาตรการ", width: 12, wrap: true },
  { key: "codes", header: "ข้อคำถาม/รายการ", width: 7, wrap: true },
  { key: "issue", header: "ประเด็น", width: 4, numFmt: "0" },
  { key: "measure", header: "มาตรการ", width: 22, wrap: true },
  { key: "steps", header: "ขั้นตอน/วิธีปฏิบัติ", width: 58, wrap: true },
  { key: "responsible", header: "ผู้รับผิดชอบ", width: 12, wrap: true },
  { key: "timing", header: "ระยะเวลา", width: 8, wrap: true },
  { key: "evidence", header: "หลักฐานเผยแพร่ (o43)", width: 7, wrap: true },
  { key: "keep", header: "ใช้เมื่อไม่มีจุดอ่อน", width: 8, wrap: true },
];

export const LIBRARY_HEADERS: readonly string[] = LIBRARY_COLUMNS.map((c) => c.header);

/** What the keep-the-standard column holds when the row is used for an issue with no weak item. */
export const KEEP_MARK = "ใช่";

/** "1. …\n2. …": the steps of a measure in one cell, as parseSteps reads them back. */
export function numberedSteps(steps: readonly string[]): string {
  return steps.map((s, i) => `${i + 1}. ${s}`).join("\n");
}

/** How an indicator answered at the indicator level is written among the codes: "ตัวชี้วัดที่ 9". */
export const indicatorKey = (n: number): string => `ตัวชี้วัดที่ ${n}`;
const INDICATOR_KEY = /^ตัวชี้วัด(?:ที่)?\s*([0-9]{1,2})$/;

/** Data rows (no header) in LIBRARY_COLUMNS order; steps one per line, numbered "1. …". */
export function libraryToRows(measures: LibraryMeasure[]): (string | number | null)[][] {
  return measures.map((m) => {
    const answers = [...m.codes, ...(m.indicators ?? []).map(indicatorKey)];
    return [
      m.id,
      answers.length ? answers.join(", ") : null,
      m.issue,
      m.measure,
      numberedSteps(m.steps),
      m.responsible,
      m.timing,
      m.evidence.length ? m.evidence.join(", ") : null,
      m.keepStandard ? KEEP_MARK : null,
    ];
  });
}

// ---------------------------------------------------------------------------------------------
// Reading

const HEADER_SEARCH_ROWS = 20;
const DEFAULT_RESPONSIBLE = "ทุกสำนัก/กอง";
const DEFAULT_TIMING = "ตลอดปีงบประมาณ";

function headerKey(text: string): string {
  return toArabicDigits(text).toLowerCase().replace(/\s+/g, "");
}

const ALIASES: Record<LibraryField, string[]> = {
  id: ["รหัสมาตรการ", "รหัส", "id"],
  codes: ["ข้อคำถาม/รายการ", "ข้อคำถาม", "รายการ", "ข้อ", "รหัสข้อ", "codes"],
  issue: ["ประเด็น", "ประเด็นที่", "issue"],
  measure: ["มาตรการ", "แนวทาง/มาตรการ", "มาตรการ/แนวทาง", "measure"],
  steps: ["ขั้นตอน/วิธีปฏิบัติ", "ขั้นตอน/วิธีการปฏิบัติ", "ขั้นตอน", "วิธีปฏิบัติ", "steps"],
  responsible: ["ผู้รับผิดชอบ", "หน่วยงานรับผิดชอบ", "ผู้รับผิดชอบ/ผู้ที่เกี่ยวข้อง", "responsible"],
  timing: ["ระยะเวลา", "ระยะเวลาดำเนินการ", "ระยะเวลาดำเนินงาน", "timing"],
  evidence: ["หลักฐานเผยแพร่", "หลักฐาน", "evidence"],
  keep: ["ใช้เมื่อไม่มีจุดอ่อน", "รักษามาตรฐาน", "keepstandard"],
};

const HEADER_INDEX = new Map<string, LibraryField>();
for (const [field, names] of Object.entries(ALIASES) as [LibraryField, string[]][])
  for (const name of names) HEADER_INDEX.set(headerKey(name), field);

function fieldOfHeader(value: CellValue): LibraryField | undefined {
  if (typeof value !== "string") return undefined;
  const key = headerKey(cleanText(value));
  if (!key) return undefined;
  // "หลักฐานเผยแพร่ (o43)", "ข้อคำถาม/รายการ (คั่นด้วยจุลภาค)": the part before the brackets counts.
  return HEADER_INDEX.get(key) ?? HEADER_INDEX.get(key.replace(/\(.*$/, ""));
}

type ColumnMap = Partial<Record<LibraryField, number>>;

/** The library's header row: codes and measure columns plus the id or the keep-the-standard column. */
function findHeader(values: CellValue[][]): { row: number; columns: ColumnMap } | undefined {
  const last = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const columns: ColumnMap = {};
    (values[r] ?? []).forEach((cell, c) => {
      const field = fieldOfHeader(cell);
      if (field && columns[field] === undefined) columns[field] = c;
    });
    const distinctive = columns.id !== undefined || columns.keep !== undefined;
    if (columns.codes !== undefined && columns.measure !== undefined && distinctive) return { row: r, columns };
  }
  return undefined;
}

/** A library cell's text; steps and code lists keep their line breaks. */
const text = (value: CellValue): string => cleanText(value, { keepLines: true });

function parseIssue(value: CellValue): IssueNumber | undefined {
  let n: number | undefined;
  if (typeof value === "number") n = value;
  else if (typeof value === "string") {
    const m = /^(?:ประเด็น(?:ที่)?)?\s*([0-9]+)(?![0-9])/.exec(toArabicDigits(text(value)));
    if (m) n = Number(m[1]);
  }
  return n !== undefined && isIssueNumber(n) ? n : undefined;
}

function codeNumber(code: string): number {
  return Number(code.slice(1));
}

/**
 * "i1, e1, o14", "i๑๐", "E 3", "ข้อ i4", "i4–i6", "ตัวชี้วัดที่ 9", one per line: canonical codes,
 * indicators and what was not understood.
 */
export function parseCodeList(value: CellValue): { codes: string[]; indicators: IndicatorNumber[]; unreadable: string[] } {
  const codes: string[] = [];
  const indicators: IndicatorNumber[] = [];
  const unreadable: string[] = [];
  const add = (code: string) => {
    if (!codes.includes(code)) codes.push(code);
  };
  for (const piece of text(value).split(/[,;，、\r\n]+/)) {
    const ind = INDICATOR_KEY.exec(toArabicDigits(piece.trim()));
    if (ind) {
      const n = Number(ind[1]);
      if ((INDICATOR_NUMBERS as readonly number[]).includes(n)) {
        if (!indicators.includes(n as IndicatorNumber)) indicators.push(n as IndicatorNumber);
      } else unreadable.push(piece.trim());
      continue;
    }
    const p = piece.replace(/ข้อ(?:ที่)?/g, " ").trim();
    if (!p) continue;
    const range = /^(\S+?)\s*[-–—]\s*(\S+)$/.exec(p);
    if (range) {
      const a = normalizeCode(range[1]);
      const b = normalizeCode(range[2]);
      if (a && b && a[0] === b[0] && codeNumber(a) <= codeNumber(b)) {
        for (let k = codeNumber(a); k <= codeNumber(b); k++) add(`${a[0]}${k}`);
      } else unreadable.push(p);
      continue;
    }
    for (const token of p.replace(/([iIeEoO])\s+(?=[0-9๐-๙])/g, "$1").split(/\s+/)) {
      const code = normalizeCode(token);
      if (code) add(code);
      else unreadable.push(token);
    }
  }
  return { codes, indicators, unreadable };
}

const STEP_MARKER = /^(?:\(?[0-9๐-๙]{1,2}\s*[.)](?![0-9๐-๙])|\([0-9๐-๙]{1,2}\)|[-–—•●○◦▪‣*·])\s*/;

/** Splits a sequentially numbered single line ("1. ก 2. ข 3. ค") at its numbers. */
function splitInlineNumbering(line: string): string[] {
  const marks = [...line.matchAll(/(?:^|\s)([0-9๐-๙]{1,2})[.)]\s/g)];
  const cuts: number[] = [];
  let expected = 1;
  for (const m of marks) {
    if (Number(toArabicDigits(m[1])) !== expected) continue;
    if (expected === 1 && (m.index ?? 0) !== 0) return [line];
    cuts.push(m.index ?? 0);
    expected++;
  }
  if (cuts.length < 2) return [line];
  return cuts.map((start, i) => line.slice(start, cuts[i + 1] ?? line.length).trim());
}

/** Steps from one cell: one per line, leading "1." / "๑." / "(1)" / "-" / "•" removed. */
export function parseSteps(value: CellValue): string[] {
  let lines = text(value)
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  if (lines.length === 1) lines = splitInlineNumbering(lines[0]);
  return lines.map((l) => l.replace(STEP_MARKER, "").trim()).filter((l) => l !== "");
}

function parseKeep(value: CellValue): boolean {
  if (value === true) return true;
  if (typeof value === "number") return value === 1;
  const t = text(value).toLowerCase();
  return ["ใช่", "ใช้", "yes", "y", "true", "x", "✓", "✔", "1"].includes(t);
}

/**
 * Reads a library sheet, or returns undefined when the sheet has no library header row in its first
 * 20 rows. Rows that cannot be used (no known code, no measure, no steps, issue not 1–7) are left
 * out with a warning naming the cell; unknown codes in a usable row are dropped with a warning.
 * Workbook rows without an id get one from their sheet and row.
 */
export function readLibrarySheet(
  sheet: SheetCells,
  frameworkId: string,
  codes: string[],
): { measures: LibraryMeasure[]; problems: Problem[] } | undefined {
  const values = sheet.values;
  const header = findHeader(values);
  if (!header) return undefined;
  const rowOffset = sheet.rowOffset ?? 0;
  const colOffset = sheet.colOffset ?? 0;
  const known = new Set(codes);
  const measures: LibraryMeasure[] = [];
  const problems: Problem[] = [];
  const ids = new Set<string>();
  const { columns } = header;
  const fields = Object.keys(columns) as LibraryField[];

  for (let r = header.row + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const cellOf = (field: LibraryField): CellValue => {
      const c = columns[field];
      return c === undefined ? undefined : row[c];
    };
    const where = (field: LibraryField): string => sheetAddress(sheet.name, r + rowOffset, (columns[field] ?? 0) + colOffset);
    const warn = (field: LibraryField, message: (cell: string) => string, en: string) => {
      const cell = where(field);
      problems.push(warning(cell, message(cell), `${cell}: ${en}`));
    };
    if (fields.every((f) => text(cellOf(f)) === "")) continue;
    const excelRow = r + rowOffset + 1;

    const keepStandard = parseKeep(cellOf("keep"));
    const issue = parseIssue(cellOf("issue"));
    if (issue === undefined) {
      const raw = text(cellOf("issue"));
      if (raw === "") warn("issue", (c) => `ไม่ได้ระบุประเด็นที่ ${c} จึงไม่ใช้มาตรการแถวนี้: ใส่เลขประเด็น 1–7`, "no issue number; row skipped");
      else
        warn(
          "issue",
          (c) => `ประเด็น ${quoted(raw)} ที่ ${c} ไม่ใช่เลข 1–7 จึงไม่ใช้มาตรการแถวนี้: แก้เป็นเลขประเด็น 1–7`,
          "unknown issue; row skipped",
        );
      continue;
    }
    const measure = text(cellOf("measure"));
    if (measure === "") {
      warn("measure", (c) => `ไม่มีข้อความมาตรการที่ ${c} จึงไม่ใช้แถวนี้: เขียนมาตรการ หรือลบแถวนี้`, "empty measure; row skipped");
      continue;
    }

    const parsed = parseCodeList(cellOf("codes"));
    const unknown = [...parsed.unreadable, ...parsed.codes.filter((c) => !known.has(c))];
    const rowCodes = parsed.codes.filter((c) => known.has(c));
    const rowIndicators = keepStandard ? [] : parsed.indicators;
    if (unknown.length) {
      const skipped = rowCodes.length === 0 && rowIndicators.length === 0 && !keepStandard;
      const list = unknown.join(", ");
      warn(
        "codes",
        (c) =>
          `ไม่รู้จักข้อ ${list} ที่ ${c} ในกรอบการประเมินปี ${frameworkId} จึง${skipped ? "ไม่ใช้มาตรการแถวนี้" : "ไม่นำข้อเหล่านั้นมาใช้"}: แก้รหัสข้อให้ถูกต้อง`,
        skipped ? `unknown codes ${list}; row skipped` : `unknown codes ${list} ignored`,
      );
      if (skipped) continue;
    } else if (rowCodes.length === 0 && rowIndicators.length === 0 && !keepStandard) {
      warn(
        "codes",
        (c) => `ไม่ได้ระบุข้อที่มาตรการนี้ตอบที่ ${c} จึงไม่ใช้แถวนี้: ใส่รหัสข้อ เช่น i1, e13 หรือใส่ “${KEEP_MARK}” ในคอลัมน์ “ใช้เมื่อไม่มีจุดอ่อน”`,
        "no codes; row skipped",
      );
      continue;
    }

    const steps = parseSteps(cellOf("steps"));
    if (steps.length === 0) {
      warn(
        columns.steps === undefined ? "measure" : "steps",
        (c) => `ไม่มีขั้นตอนหรือวิธีปฏิบัติของมาตรการที่ ${c} จึงไม่ใช้แถวนี้: เขียนขั้นตอนบรรทัดละหนึ่งขั้น`,
        "no steps; row skipped",
      );
      continue;
    }

    let responsible = text(cellOf("responsible"));
    if (responsible === "") {
      responsible = DEFAULT_RESPONSIBLE;
      warn(
        columns.responsible === undefined ? "measure" : "responsible",
        (c) => `ไม่ได้ระบุผู้รับผิดชอบที่ ${c} จึงใช้ “${DEFAULT_RESPONSIBLE}” แทน: ระบุหน่วยงานที่รับผิดชอบถ้าต้องการ`,
        "no responsible unit",
      );
    }
    const timing = text(cellOf("timing")) || DEFAULT_TIMING;

    const evidenceParsed = parseCodeList(cellOf("evidence"));
    const evidence = evidenceParsed.codes.filter((c) => c.startsWith("o") && known.has(c));
    const badEvidence = [...evidenceParsed.unreadable, ...evidenceParsed.codes.filter((c) => !evidence.includes(c))];
    if (badEvidence.length) {
      const list = badEvidence.join(", ");
      warn(
        "evidence",
        (c) => `หลักฐาน ${list} ที่ ${c} ไม่ใช่รายการ OIT ของกรอบปี ${frameworkId} จึงไม่นำมาใช้: ใส่รหัส OIT เช่น o9`,
        `${list}: not OIT items of ${frameworkId}; ignored`,
      );
    }

    let id = text(cellOf("id")) || `wb-${sheet.name}-${excelRow}`;
    if (ids.has(id)) {
      const renamed = `${id}-r${excelRow}`;
      const first = id;
      warn(
        "id",
        (c) => `รหัสมาตรการ ${first} ที่ ${c} ซ้ำกับแถวก่อนหน้า จึงใช้ ${renamed} แทน: ตั้งรหัสมาตรการไม่ให้ซ้ำกัน`,
        `duplicate id ${first}: ${renamed} used`,
      );
      id = renamed;
    }
    ids.add(id);

    const entry: LibraryMeasure = {
      id,
      codes: rowCodes,
      ...(rowIndicators.length ? { indicators: rowIndicators } : {}),
      frameworkId,
      issue,
      measure,
      steps,
      responsible,
      timing,
      evidence,
    };
    if (keepStandard) entry.keepStandard = true;
    measures.push(entry);
  }
  return { measures, problems };
}
