// Limits every adapter applies before the engine reads a workbook: memory and time stay bounded.

/**
 * Filled cells a workbook may hold (the command, the preview and the add-in alike). Real score
 * workbooks hold a few thousand; two million leaves room for data sheets beside them.
 */
export const MAX_FILLED_CELLS = 2_000_000;
