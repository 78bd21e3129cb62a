// Errors in what the user should do. Excel's and the libraries' own texts (GeneralException, jszip's
// "Can't find end of central directory … stuk.github.io") are never shown: each known case has a
// Thai sentence, anything else the general advice. The original goes to the console for support.
import { PaneError } from "./host";
import { T } from "./strings";
import type { PaneHost } from "./host";

const THAI_FIRST = /^[“"(]?[\u0e01-\u0e4e]/;

/** Office.js errors carry a code (OfficeExtension.Error.code); older hosts only name it in the message. */
function codeOf(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === "string") return code;
  return e instanceof Error ? e.message : String(e);
}

/** What to do after an Excel call failed (scan, run, adding the template, recalculating). */
export function excelAdvice(e: unknown): string {
  if (e instanceof PaneError) return e.message;
  if (e instanceof Error && THAI_FIRST.test(e.message)) return e.message;
  const code = codeOf(e);
  if (/InvalidOperationInCellEditMode|cell[- ]edit/i.test(code)) return T.excel.cellEdit;
  if (/AccessDenied|protect/i.test(code)) return T.excel.protected;
  if (/PayloadSizeLimitExceeded|RangeExceedsLimit|payload size/i.test(code)) return T.excel.tooBig;
  if (/ActivityLimitReached|Timeout|ServiceNotAvailable|Busy/i.test(code)) return T.excel.busy;
  if (/ItemNotFound|InvalidReference/i.test(code)) return T.excel.gone;
  return T.excel.general;
}

/** What to do when a file could not be opened in the preview. */
export function fileAdvice(e: unknown): string {
  if (e instanceof PaneError) return e.message;
  const name = (e as { name?: unknown } | null)?.name;
  if (name === "NotReadableError" || name === "NotFoundError" || name === "SecurityError") return T.file.unreadable;
  const text = e instanceof Error ? e.message : String(e);
  if (/zip|central directory|end of data|corrupt|signature/i.test(text)) return T.file.notXlsx;
  return T.file.general;
}

/** Logs the original error for whoever supports the add-in (a warning: nothing is broken in the page). */
/** What to do after a failure where the pane's workbook lives: a chosen file (the preview) or Excel. */
export function adviceFor(hostKind: PaneHost["kind"], e: unknown): string {
  return hostKind === "preview" ? fileAdvice(e) : excelAdvice(e);
}

export function logOriginal(during: string, e: unknown): void {
  console.warn(`ita: ${during}:`, e);
}
