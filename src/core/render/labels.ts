import type { ClassificationOptions, ItemStatus, Severity, ToolKey } from "../types";
import { STATUS_TH } from "../analysis/classify";
import { toThaiDigits } from "../text/digits";
import type { RowTone } from "./spec";

// Thai wording shared by the rendered sheets.

export type Digits = "thai" | "arabic";

export const STATUS_LABEL: Record<ItemStatus, string> = STATUS_TH;

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: "ข้อผิดพลาด",
  warning: "คำเตือน",
};

export const TOOL_LABEL: Record<ToolKey, string> = {
  IIT: "การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
  EIT: "การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)",
  EIT_PUBLIC: "EIT ผู้รับบริการเข้าตอบเอง (Public)",
  EIT_SURVEY: "EIT ผู้ประเมินเก็บข้อมูล (Survey)",
  OIT: "การเปิดเผยข้อมูลสาธารณะ (OIT)",
};

export const TOOL_SHORT: Record<ToolKey, string> = {
  IIT: "IIT",
  EIT: "EIT",
  EIT_PUBLIC: "EIT Public",
  EIT_SURVEY: "EIT Survey",
  OIT: "OIT",
};

/** Text in the digits the user asked for (numbers in numeric cells are never touched). */
export function digitsOf(mode: Digits | undefined): (text: string) => string {
  return mode === "thai" ? toThaiDigits : (text) => text;
}

/** The tone of a score: below the urgent bar red, below the improve bar amber, else green. */
export function scoreTone(score: number | undefined, bars: Pick<ClassificationOptions, "urgentBelow" | "improveBelow">): RowTone {
  if (score === undefined) return undefined;
  if (score < bars.urgentBelow) return "urgent";
  if (score < bars.improveBelow) return "improve";
  return "maintain";
}
