import type { Catalog, CatalogItem, CellValue, Framework, IndicatorNumber, IssueNumber, Problem, SheetCells, Tool } from "../types";
import { error, quoted } from "../problems";
import { cleanText } from "../text/clean";
import { TOOLS, toolOfCode } from "../vocabulary";
import { toArabicDigits } from "../text/digits";
import { normalizeCode } from "../text/code";
import { address } from "../text/a1";
import { frameworkById, frameworkForYear, latestFramework } from "./find";
import { validateCatalog } from "./schema";

// The workbook's own catalog sheet: one item a row (code, text, tool, indicator, sub-indicator, issues,
// optionally the framework). Rows complete the built-in catalog (fill an unknown text, add an item) or
// override its fields, so staff can finish the 2567+ lists themselves.

type Field = "code" | "text" | "tool" | "indicator" | "subIndicator" | "issues" | "framework";

/** Header texts written in that order by the product, so a sheet it writes reads back. */
export const CATALOG_SHEET_COLUMNS: string[] = ["รหัส", "ข้อคำถาม/ชื่อรายการ", "เครื่องมือ", "ตัวชี้วัด", "ตัวชี้วัดย่อย", "ประเด็น", "กรอบปี"];

/** The fields a new item must give, as staff call them. */
const FIELD_TH: Record<Field, string> = {
  code: "รหัส",
  text: "ข้อคำถาม",
  tool: "เครื่องมือ",
  indicator: "ตัวชี้วัด",
  subIndicator: "ตัวชี้วัดย่อย",
  issues: "ประเด็น",
  framework: "กรอบปี",
};

const FIELDS: Field[] = ["code", "text", "tool", "indicator", "subIndicator", "issues", "framework"];

const ALIASES: Record<Field, string[]> = {
  code: ["รหัส", "รหัสข้อ", "รหัสข้อคำถาม", "รหัสรายการ", "code"],
  text: ["ข้อคำถาม/ชื่อรายการ", "ข้อคำถาม", "ข้อความ", "ชื่อรายการ", "รายการ", "ข้อคำถาม/รายการ", "text", "question", "title"],
  tool: ["เครื่องมือ", "เครื่องมือการประเมิน", "แบบวัด", "tool"],
  indicator: ["ตัวชี้วัด", "ตัวชี้วัดที่", "indicator"],
  subIndicator: ["ตัวชี้วัดย่อย", "ตัวชี้วัดย่อยที่", "sub-indicator", "subindicator", "sub indicator"],
  issues: ["ประเด็น", "ประเด็นที่", "issues", "issue"],
  framework: ["กรอบปี", "กรอบการประเมิน", "กรอบ", "ปี", "framework", "year"],
};

function key(text: string): string {
  return toArabicDigits(text)
    .toLowerCase()
    .replace(/\s+/g, "")
    .replace(/\(.*\)$/, "");
}

const HEADER_INDEX = new Map<string, Field>();
for (const field of FIELDS) for (const name of ALIASES[field]) HEADER_INDEX.set(key(name), field);

const HEADER_ROWS = 20;

type Columns = Partial<Record<Field, number>>;

const cellText = (value: CellValue): string => cleanText(value);

/** The catalog header row: code and text columns plus two of tool/indicator/sub-indicator/issues, no scores or measures. */
function findHeader(sheet: SheetCells): { row: number; columns: Columns } | undefined {
  const values = Array.isArray(sheet?.values) ? sheet.values : [];
  for (let r = 0; r < Math.min(values.length, HEADER_ROWS); r++) {
    const row = values[r];
    if (!Array.isArray(row)) continue;
    const columns: Columns = {};
    let foreign = false;
    row.forEach((cell, c) => {
      // Header cells are short; question texts in data rows are not.
      if (typeof cell !== "string" || cell.length > 60) return;
      const t = cellText(cell);
      if (/คะแนน|score|มาตรการ|ขั้นตอน/i.test(t)) foreign = true;
      const field = HEADER_INDEX.get(key(t));
      if (field && columns[field] === undefined) columns[field] = c;
    });
    if (foreign || columns.code === undefined || columns.text === undefined) continue;
    const details = (["tool", "indicator", "subIndicator", "issues"] as Field[]).filter((f) => columns[f] !== undefined).length;
    if (details >= 2) return { row: r, columns };
  }
  return undefined;
}

const verdicts = new WeakMap<SheetCells, boolean>();

/** A sheet laid out as a catalog (see CATALOG_SHEET_COLUMNS); the reader leaves such sheets out. */
export function isCatalogSheet(sheet: SheetCells): boolean {
  if (!sheet || typeof sheet !== "object") return false;
  let verdict = verdicts.get(sheet);
  if (verdict === undefined) verdicts.set(sheet, (verdict = findHeader(sheet) !== undefined));
  return verdict;
}

function parseTool(text: string): Tool | undefined {
  const t = text.toUpperCase();
  const hits = TOOLS.filter((tool) => t.includes(tool));
  return hits.length === 1 ? hits[0] : undefined;
}

function parseIndicator(text: string): number | undefined {
  const m = /^(?:ตัวชี้วัด(?:ที่)?)?\s*([0-9]{1,2})(?![0-9.])/.exec(toArabicDigits(text));
  return m ? Number(m[1]) : undefined;
}

function parseSub(text: string): string | undefined {
  const m = /^(?:ตัวชี้วัดย่อย(?:ที่)?)?\s*([0-9]{1,2}\.[0-9])(?![0-9])/.exec(toArabicDigits(text));
  return m ? m[1] : undefined;
}

function parseIssues(text: string): number[] | undefined {
  const parts = toArabicDigits(text)
    .replace(/ประเด็น(?:ที่)?/g, " ")
    .split(/[,;，、/\s]+|และ/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.length || parts.some((p) => !/^[0-9]+$/.test(p))) return undefined;
  return [...new Set(parts.map(Number))];
}

function frameworkOf(catalog: Catalog, text: string): Framework | undefined {
  const m = /(25[0-9]{2})/.exec(toArabicDigits(text));
  if (!m) return frameworkById(catalog, text.trim());
  return frameworkById(catalog, m[1]) ?? frameworkForYear(catalog, Number(m[1])) ?? laterYear(catalog, Number(m[1]));
}

/** A year after the latest framework's is assessed with it (as the analysis does). */
function laterYear(catalog: Catalog, year: number): Framework | undefined {
  const latest = latestFramework(catalog);
  return latest && year > Math.max(...latest.years) ? latest : undefined;
}

function cloneFramework(fw: Framework): Framework {
  return { ...fw, items: fw.items.map((i) => ({ ...i, issues: [...i.issues] })) };
}

const TOOL_ORDER: Record<Tool, number> = { IIT: 0, EIT: 1, OIT: 2 };

function sortItems(items: CatalogItem[]): CatalogItem[] {
  return items.sort((a, b) => TOOL_ORDER[a.tool] - TOOL_ORDER[b.tool] || Number(a.code.slice(1)) - Number(b.code.slice(1)));
}

/**
 * Applies a catalog sheet over `base` (never modified). Rows without a framework column (or with it blank)
 * apply to `frameworkId`. Each bad row leaves the catalog as it was and gives an error naming the cell.
 */
export function applyCatalogSheet(base: Catalog, sheet: SheetCells, frameworkId: string): { catalog: Catalog; problems: Problem[] } {
  const header = findHeader(sheet);
  const problems: Problem[] = [];
  if (!header) return { catalog: base, problems };
  const { columns } = header;
  const copies = new Map<string, Framework>();
  const writable = (fw: Framework): Framework => {
    let copy = copies.get(fw.id);
    if (!copy) copies.set(fw.id, (copy = cloneFramework(fw)));
    return copy;
  };
  const added = new Set<string>();
  const values = sheet.values;

  for (let r = header.row + 1; r < values.length; r++) {
    const row = Array.isArray(values[r]) ? values[r] : [];
    const get = (f: Field) => (columns[f] === undefined ? "" : cellText(row[columns[f]!]));
    const at = (f: Field) => address(sheet, r, columns[f] ?? columns.code!);
    const fail = (f: Field, message: (cell: string) => string, en: string) =>
      problems.push(error(at(f), message(at(f)), `${at(f)}: ${en}`));
    if (FIELDS.every((f) => get(f) === "")) continue;

    const codeText = get("code");
    const code = normalizeCode(codeText);
    if (!code) {
      if (codeText)
        fail("code", (c) => `${quoted(codeText)} ที่ ${c} ไม่ใช่รหัสข้อ: เขียนรหัสข้อ เช่น i1, e13 หรือ o9`, `"${codeText}" is not an item code`);
      else fail("code", (c) => `แถวที่มีเซลล์ ${c} ไม่มีรหัสข้อ: ใส่รหัสข้อ เช่น i1 หรือลบแถวนี้`, "no item code in this row");
      continue;
    }
    let framework = frameworkById(base, frameworkId);
    const fwText = get("framework");
    if (fwText) {
      framework = frameworkOf(base, fwText);
      if (!framework) {
        fail(
          "framework",
          (c) => `ไม่รู้จักกรอบการประเมิน ${quoted(fwText)} ที่ ${c}: เขียนปีของกรอบ เช่น 2566 หรือ 2567`,
          `unknown framework "${fwText}"`,
        );
        continue;
      }
    }
    if (!framework) {
      fail("code", (c) => `ไม่มีกรอบการประเมิน ${frameworkId} สำหรับแถวที่ ${c}: ระบุกรอบปีของแถวนี้`, `no framework ${frameworkId}`);
      continue;
    }
    const fw = copies.get(framework.id) ?? framework;
    const existing = fw.items.find((i) => i.code === code);
    const codeTool = toolOfCode(code) as Tool;

    const toolText = get("tool");
    if (toolText && parseTool(toolText) !== codeTool) {
      fail(
        "tool",
        (c) => `เครื่องมือ ${quoted(toolText)} ที่ ${c} ไม่ตรงกับรหัส ${code} ซึ่งเป็นข้อ ${codeTool}: แก้เครื่องมือหรือรหัสให้ตรงกัน`,
        `"${toolText}" does not match ${code} (${codeTool})`,
      );
      continue;
    }
    const indText = get("indicator");
    let indicator: number | undefined;
    if (indText) {
      indicator = parseIndicator(indText);
      const info = framework.indicators.find((i) => i.number === indicator);
      if (!info || info.tool !== codeTool) {
        const own = framework.indicators.filter((i) => i.tool === codeTool).map((i) => i.number);
        fail(
          "indicator",
          (c) =>
            `ตัวชี้วัด ${quoted(indText)} ที่ ${c} ไม่ใช่ตัวชี้วัดของ ${codeTool} ในกรอบปี ${framework.id}: ใส่เลขตัวชี้วัด ${Math.min(...own)}–${Math.max(...own)}`,
          `"${indText}" is not an ${codeTool} indicator of ${framework.id}`,
        );
        continue;
      }
    }
    const subText = get("subIndicator");
    let sub: string | undefined;
    if (subText && codeTool === "OIT") {
      sub = parseSub(subText);
      const info = framework.subIndicators.find((s) => s.id === sub);
      if (!info || (indicator !== undefined && info.indicator !== indicator)) {
        fail(
          "subIndicator",
          (c) =>
            `ตัวชี้วัดย่อย ${quoted(subText)} ที่ ${c} ไม่มีใน${indicator ? `ตัวชี้วัดที่ ${indicator} ของ` : ""}กรอบปี ${framework.id}: ใส่ตัวชี้วัดย่อย เช่น 9.1`,
          `"${subText}" is not a sub-indicator${indicator ? ` of indicator ${indicator}` : ""} in ${framework.id}`,
        );
        continue;
      }
      indicator ??= info.indicator;
    } else if (subText) {
      fail("subIndicator", (c) => `ข้อ ${code} ไม่ใช่ข้อ OIT จึงไม่มีตัวชี้วัดย่อย: ลบค่าในเซลล์ ${c}`, `${code} is not an OIT item: no sub-indicator`);
      continue;
    }
    const issuesText = get("issues");
    let issues: number[] | undefined;
    if (issuesText) {
      issues = parseIssues(issuesText);
      if (!issues || issues.some((n) => !base.issues.some((i) => i.number === n))) {
        fail(
          "issues",
          (c) => `ประเด็น ${quoted(issuesText)} ที่ ${c} ไม่ใช่เลขประเด็น 1–7: เขียนเลขประเด็นคั่นด้วยจุลภาค เช่น 1, 3`,
          `"${issuesText}" is not a list of issues 1–7`,
        );
        continue;
      }
    }
    const text = get("text");

    if (existing) {
      if (!text && indicator === undefined && sub === undefined && !issues) continue;
      const next: CatalogItem = { ...existing, issues: [...existing.issues] };
      if (text) {
        next.text = text;
        next.textKnown = true;
      }
      if (indicator !== undefined) next.indicator = indicator as IndicatorNumber;
      if (sub !== undefined) next.subIndicator = sub;
      if (issues) next.issues = issues as IssueNumber[];
      if (next.tool === "OIT") {
        const info = framework.subIndicators.find((s) => s.id === next.subIndicator);
        if (!info || info.indicator !== next.indicator) {
          fail(
            indText ? "indicator" : "subIndicator",
            (c) =>
              `ตัวชี้วัดที่ ${next.indicator} กับตัวชี้วัดย่อย ${next.subIndicator ?? "-"} ของข้อ ${code} (เซลล์ ${c}) ไม่ตรงกัน: ใส่ตัวชี้วัดย่อยที่อยู่ในตัวชี้วัดนั้น`,
            `${code}: indicator ${next.indicator} and sub-indicator ${next.subIndicator ?? "-"} disagree`,
          );
          continue;
        }
      }
      const target = writable(framework);
      target.items[target.items.findIndex((i) => i.code === code)] = next;
    } else {
      const missing: Field[] = [];
      if (indicator === undefined) missing.push("indicator");
      if (codeTool === "OIT" && sub === undefined) missing.push("subIndicator");
      if (!issues) missing.push("issues");
      if (missing.length) {
        fail(
          missing[0],
          (c) => `ข้อใหม่ ${code} (เซลล์ ${c}) ยังไม่ได้ระบุ${missing.map((f) => FIELD_TH[f]).join(" ")}: ระบุให้ครบก่อนจึงจะเพิ่มข้อนี้ได้`,
          `new item ${code} needs ${missing.join(", ")}`,
        );
        continue;
      }
      const item: CatalogItem = {
        code,
        tool: codeTool,
        text,
        textKnown: text !== "",
        indicator: indicator as IndicatorNumber,
        issues: issues as IssueNumber[],
        ...(sub ? { subIndicator: sub } : {}),
        ...(framework.oitProvisional && codeTool === "OIT" ? { provisional: true } : {}),
      };
      writable(framework).items.push(item);
      added.add(framework.id);
    }
  }

  if (copies.size === 0) return { catalog: base, problems };
  for (const id of added) sortItems(copies.get(id)!.items);
  const catalog: Catalog = { ...base, frameworks: base.frameworks.map((f) => copies.get(f.id) ?? f) };
  try {
    return { catalog: validateCatalog(catalog), problems };
  } catch (e) {
    problems.push(
      error(
        "",
        `ชีตแคตตาล็อก “${sheet.name}” ทำให้แคตตาล็อกไม่ถูกต้อง จึงไม่นำชีตนี้มาใช้: ตรวจรหัส ตัวชี้วัด ตัวชี้วัดย่อย และประเด็นในชีตนี้`,
        `catalog sheet ${sheet.name} not applied: ${e instanceof Error ? e.message : String(e)}`,
      ),
    );
    return { catalog: base, problems };
  }
}

/** A framework as catalog-sheet rows (after a CATALOG_SHEET_COLUMNS header), for writing the sheet. */
export function catalogSheetRows(framework: Framework): (string | number | null)[][] {
  return framework.items.map((i) => [
    i.code,
    i.text || null,
    i.tool,
    i.indicator,
    i.subIndicator ?? null,
    i.issues.join(", "),
    framework.id,
  ]);
}
