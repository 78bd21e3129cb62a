import type { Problem, Severity } from "./types";

// How every problem is built. `message` is for staff: one Thai sentence that stands alone and says
// what to do, naming the cell when there is one; it never names a command-line option (the command
// adds its own hints). `en` is a short English gist for the command line and the JSON report.

export function problem(severity: Severity, cell: string, message: string, en?: string): Problem {
  return en === undefined ? { severity, cell, message } : { severity, cell, message, en };
}

/** An error: nothing is written until it is fixed. */
export const error = (cell: string, message: string, en?: string): Problem => problem("error", cell, message, en);

/** A warning: the analysis goes on, staff should look. */
export const warning = (cell: string, message: string, en?: string): Problem => problem("warning", cell, message, en);

/** A cell's text quoted in a message, shortened to a glance. */
export function quoted(text: string, max = 40): string {
  const t = text.replace(/\s+/g, " ").trim();
  return `“${t.length > max ? `${t.slice(0, max)}…` : t}”`;
}

/** Items with no score in the workbook: left out of the figures, never counted as 0. */
export function missingItemsWarning(codes: readonly string[], year: number): Problem {
  return warning(
    "",
    `ไม่มีคะแนนของ ${codes.join(", ")} ปี ${year} จึงไม่นำมาคำนวณ (ไม่นับเป็นศูนย์): ถ้ามีคะแนนให้เพิ่มลงในสมุดงาน`,
    `no scores for ${codes.join(", ")} (${year}): left out, not counted as 0`,
  );
}
