// Why a file cannot be read, said for staff: one Thai sentence that says what to do, and an English
// gist for the command line. The command prints it after the file's path; the preview shows it.

export class WorkbookFileError extends Error {
  constructor(
    /** Thai, stands alone, ends with what to do. */
    message: string,
    /** A short English gist. */
    readonly en: string,
    /** The sheet the message is about, when there is one. */
    readonly sheet?: string,
  ) {
    super(message);
    this.name = "WorkbookFileError";
  }
}

/** "บันทึกเป็น .xlsx ใน Excel: File › Save As": the fix for every file that is not an .xlsx. */
export const SAVE_AS_XLSX = "เปิดไฟล์นี้ใน Excel แล้วบันทึกเป็น .xlsx (File › Save As › Excel Workbook) แล้วลองอีกครั้ง";
