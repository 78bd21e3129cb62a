import type { Catalog, CatalogItem, CellValue, Framework, IndicatorNumber, IssueNumber, Problem, SheetCells, Tool } from "../types";
import { cleanText } from "../text/clean";
import { TOOLS } from "../vocabulary";
import { toArabicDigits } from "../text/digits";
import { normalizeCode } from "../text/code";
import { address } from "../text/a1";
import { frameworkById, frameworkForYear } from "./find";
import { validateCatalog } from "./schema";

// The workbook's own catalog sheet: one item a row (code, text, tool, indicator, sub-indicator, issues,
// optionally the framework). Rows complete the built-in catalog (fill an unknown text, add an item) or
// override its fields, so staff can finish the 2567+ lists themselves.

type Field = "code" | "text" | "tool" | "indicator" | "subIndicator" | "issues" | "framework";

/** Header texts written in that order by the product, so a sheet it writes reads back. */
export const CATALOG_SHEET_COLUMNS: string[] = ["รหัส", "ข้อคำถาม/ชื่อรายการ", "เครื่องมือ", "ตัวชี้วัด", "ตัวชี้วัดย่อย", "ประเด็น", "กรอบปี"];

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
  return frameworkById(catalog, m[1]) ?? frameworkForYear(catalog, Number(m[1]));
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
    const fail = (f: Field, message: string) => problems.push({ severity: "error", cell: at(f), message: `${at(f)}: ${message}` });
    if (FIELDS.every((f) => get(f) === "")) continue;

    const codeText = get("code");
    const code = normalizeCode(codeText);
    if (!code) {
      fail("code", codeText ? `"${codeText}" is not an item code (รหัสข้อไม่ถูกต้อง)` : "no item code in this row (ไม่มีรหัสข้อ)");
      continue;
    }
    let framework = frameworkById(base, frameworkId);
    const fwText = get("framework");
    if (fwText) {
      framework = frameworkOf(base, fwText);
      if (!framework) {
        fail("framework", `no framework "${fwText}" (ไม่รู้จักกรอบการประเมินนี้)`);
        continue;
      }
    }
    if (!framework) {
      fail("code", `no framework ${frameworkId} (ไม่รู้จักกรอบการประเมิน)`);
      continue;
    }
    const fw = copies.get(framework.id) ?? framework;
    const existing = fw.items.find((i) => i.code === code);
    const codeTool: Tool = code[0] === "i" ? "IIT" : code[0] === "e" ? "EIT" : "OIT";

    const toolText = get("tool");
    if (toolText && parseTool(toolText) !== codeTool) {
      fail("tool", `"${toolText}" does not match ${code} (${codeTool}) (เครื่องมือไม่ตรงกับรหัส)`);
      continue;
    }
    const indText = get("indicator");
    let indicator: number | undefined;
    if (indText) {
      indicator = parseIndicator(indText);
      const info = framework.indicators.find((i) => i.number === indicator);
      if (!info || info.tool !== codeTool) {
        fail("indicator", `"${indText}" is not an ${codeTool} indicator of ${framework.id} (ตัวชี้วัดไม่ถูกต้อง)`);
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
          `"${subText}" is not a sub-indicator${indicator ? ` of indicator ${indicator}` : ""} in ${framework.id} (ตัวชี้วัดย่อยไม่ถูกต้อง)`,
        );
        continue;
      }
      indicator ??= info.indicator;
    } else if (subText) {
      fail("subIndicator", `${code} is not an OIT item: no sub-indicator (ข้อ IIT/EIT ไม่มีตัวชี้วัดย่อย)`);
      continue;
    }
    const issuesText = get("issues");
    let issues: number[] | undefined;
    if (issuesText) {
      issues = parseIssues(issuesText);
      if (!issues || issues.some((n) => !base.issues.some((i) => i.number === n))) {
        fail("issues", `"${issuesText}" is not a list of issues 1–7 (ประเด็นต้องเป็นเลข 1–7)`);
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
            `${code}: indicator ${next.indicator} and sub-indicator ${next.subIndicator ?? "-"} disagree (ตัวชี้วัดกับตัวชี้วัดย่อยไม่ตรงกัน)`,
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
        fail(missing[0], `new item ${code} needs ${missing.join(", ")} (ข้อใหม่ต้องระบุตัวชี้วัด ตัวชี้วัดย่อย (OIT) และประเด็น)`);
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
    problems.push({
      severity: "error",
      cell: "",
      message: `ชีตแคตตาล็อก ${sheet.name}: ${e instanceof Error ? e.message : String(e)} (catalog sheet not applied)`,
    });
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
