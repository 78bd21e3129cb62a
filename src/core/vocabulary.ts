import { toThaiDigits } from "./text/digits";
import type { IndicatorNumber, IssueNumber, ItemStatus, Severity, Tool, ToolKey } from "./types";

// The product's fixed vocabulary, in one place: the tools, the seven issues, problem severities,
// item statuses and the digits of the output. Readers, renderers and adapters all use these.

/** The three assessment tools, in the order the NACC lists them. */
export const TOOLS: readonly Tool[] = ["IIT", "EIT", "OIT"];

/** The tool of an item code: its letter is the tool's initial (i1 → IIT, e3 → EIT, o14 → OIT). */
export function toolOfCode(code: string): Tool | undefined {
  const letter = code.charAt(0);
  return TOOLS.find((t) => t.charAt(0).toLowerCase() === letter);
}

/** Indicators 1–10: every framework has ten (the catalog schema checks it). */
export const INDICATOR_NUMBERS: readonly IndicatorNumber[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** Tool scores in the order they are shown: each tool, with EIT's two parts after EIT. */
export const TOOL_KEYS: readonly ToolKey[] = ["IIT", "EIT", "EIT_PUBLIC", "EIT_SURVEY", "OIT"];

export const TOOL_LABEL: Readonly<Record<ToolKey, string>> = {
  IIT: "การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
  EIT: "การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)",
  EIT_PUBLIC: "EIT ผู้รับบริการเข้าตอบเอง (Public)",
  EIT_SURVEY: "EIT ผู้ประเมินเก็บข้อมูล (Survey)",
  OIT: "การเปิดเผยข้อมูลสาธารณะ (OIT)",
};

/** Tool names inside a Thai sentence (problem messages): the acronyms, EIT's parts in Thai. */
export const TOOL_IN_TEXT: Readonly<Record<ToolKey, string>> = {
  IIT: "IIT",
  EIT: "EIT",
  EIT_PUBLIC: "EIT ส่วนผู้รับบริการเข้าตอบเอง",
  EIT_SURVEY: "EIT ส่วนที่ผู้ประเมินจัดเก็บ",
  OIT: "OIT",
};

/** Tool names where space is short (the summary sheet's tool column, the command's one-line summary). */
export const TOOL_SHORT: Readonly<Record<ToolKey, string>> = {
  IIT: "IIT",
  EIT: "EIT",
  EIT_PUBLIC: "EIT ผู้รับบริการตอบเอง",
  EIT_SURVEY: "EIT ผู้ประเมินเก็บข้อมูล",
  OIT: "OIT",
};

/** The seven issues (ประเด็น) every framework groups its items into. */
export const ISSUE_NUMBERS: readonly IssueNumber[] = [1, 2, 3, 4, 5, 6, 7];

export function isIssueNumber(n: number): n is IssueNumber {
  return (ISSUE_NUMBERS as readonly number[]).includes(n);
}

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = {
  error: "ข้อผิดพลาด",
  warning: "คำเตือน",
};

export const STATUS_LABEL: Readonly<Record<ItemStatus, string>> = {
  urgent: "แก้ไขโดยเร่งด่วน",
  improve: "พัฒนาให้ดีขึ้น",
  maintain: "รักษามาตรฐาน",
};

/** The official name of the measures every agency publishes (o42), word for word: sheets and documents use it. */
export const O42_TITLE = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";

/** Where a measure stands (o43), as staff set it on the measures sheet; "unreported": left blank. */
export type ProgressStatus = "done" | "inProgress" | "notStarted" | "cancelled" | "unreported";

export const PROGRESS_STATUS_LABEL: Readonly<Record<ProgressStatus, string>> = {
  notStarted: "ยังไม่เริ่ม",
  inProgress: "กำลังดำเนินการ",
  done: "ดำเนินการแล้ว",
  cancelled: "ยกเลิก",
  unreported: "ไม่ระบุสถานะ",
};

/** The statuses in the order every count lists them (sheet, document, command): from finished to not yet said. */
export const PROGRESS_STATUSES: readonly ProgressStatus[] = ["done", "inProgress", "notStarted", "cancelled", "unreported"];

/** The words staff choose from in the สถานะ column, in the drop-down's order (the order of the work). */
export const PROGRESS_STATUS_WORDS: readonly string[] = (["notStarted", "inProgress", "done", "cancelled"] as const).map(
  (s) => PROGRESS_STATUS_LABEL[s],
);

/** How digits are written in the text of the output sheets. */
export type Digits = "thai" | "arabic";
export const DIGITS: readonly Digits[] = ["thai", "arabic"];

/** Writes text in the digits asked for (numbers in numeric cells are never touched). */
export function applyDigits(mode: Digits | undefined): (text: string) => string {
  return mode === "thai" ? toThaiDigits : (text) => text;
}
