import { copyNumber, ownKindOf, type SheetKind } from "../../sheet-kinds";
import type { SheetCells } from "../../types";

// The workbook as staff left it, as the documents (o42, o43) read it, and which of its sheets stands
// for each of our kinds. Small on purpose: the progress report and the pane use it without the o42
// document's code.

export interface WorkbookForDocument {
  /** Every sheet of the workbook as read, ours included. */
  sheets: SheetCells[];
  /** Our sheets' kinds by sheet name where the adapter knows them (the add-in's records); else told by name. */
  kinds?: Record<string, SheetKind>;
}

export function kindOf(book: WorkbookForDocument, sheet: Pick<SheetCells, "name">): SheetKind | undefined {
  return book.kinds?.[sheet.name] ?? ownKindOf(sheet.name);
}

/**
 * The sheet of a kind a document reads: one the adapter knows it wrote (by marker or record, renamed
 * or not) before one that is only named like ours; of several, the latest written ("ITA-มาตรการ (2)"
 * after "ITA-มาตรการ"): the highest copy number.
 */
export function latest(book: WorkbookForDocument, kind: SheetKind): SheetCells | undefined {
  const known = (s: SheetCells) => (book.kinds?.[s.name] === kind ? 1 : 0);
  return book.sheets
    .filter((s) => kindOf(book, s) === kind)
    .sort((a, b) => known(b) - known(a) || copyNumber(b.name) - copyNumber(a.name))[0];
}
