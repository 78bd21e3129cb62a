// Failures the command reports as one Thai line with the English in brackets, then exits 1 (or 2
// for a usage error). Anything else that reaches the top is a bug: bin/ita.js prints its stack
// with a request to report it.

/** A failure the command reports in Thai and English and turns into an exit code (nothing thrown further). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** Node's "there is no such file" errors: the one case a missing file is not a failure. */
export function isMissing(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}

/** The reader closed the pipe (`ita … --json - | head`). */
export function isBrokenPipe(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | undefined)?.code === "EPIPE";
}

const WHY: Record<string, [string, string]> = {
  ENOENT: ["ไม่พบไฟล์หรือโฟลเดอร์นี้: ตรวจชื่อและที่อยู่ของไฟล์อีกครั้ง", "not found"],
  ENOTDIR: ["ที่อยู่นี้มีส่วนที่ไม่ใช่โฟลเดอร์: ตรวจที่อยู่ของไฟล์อีกครั้ง", "not a folder"],
  EACCES: ["ไม่มีสิทธิ์เข้าถึง: ขอสิทธิ์อ่าน/เขียนไฟล์นี้จากผู้ดูแลเครื่อง หรือคัดลอกไฟล์ไปไว้ในโฟลเดอร์ของตนเองแล้วลองอีกครั้ง", "permission denied"],
  EPERM: ["ระบบไม่อนุญาต: ปิดโปรแกรมที่เปิดไฟล์นี้อยู่ หรือคัดลอกไฟล์ไปไว้ในโฟลเดอร์ของตนเองแล้วลองอีกครั้ง", "operation not permitted"],
  EBUSY: ["ไฟล์นี้ถูกโปรแกรมอื่นเปิดใช้อยู่: ปิดไฟล์ใน Excel แล้วลองอีกครั้ง", "file is busy"],
  EISDIR: ["ที่อยู่นี้เป็นโฟลเดอร์ ไม่ใช่ไฟล์: ระบุชื่อไฟล์", "is a folder"],
  ENOSPC: ["พื้นที่ดิสก์เต็ม: ลบไฟล์ที่ไม่ใช้ หรือเขียนไปที่ไดรฟ์อื่น แล้วลองอีกครั้ง", "disk full"],
  EDQUOT: ["เกินโควตาพื้นที่ของผู้ใช้: ลบไฟล์ที่ไม่ใช้ หรือเขียนไปที่ไดรฟ์อื่น แล้วลองอีกครั้ง", "disk quota exceeded"],
  EROFS: ["ไดรฟ์นี้เขียนไม่ได้ (อ่านอย่างเดียว): เขียนไปที่โฟลเดอร์อื่น", "read-only file system"],
  EMFILE: ["เปิดไฟล์พร้อมกันมากเกินไป: ลองใหม่โดยใช้ --jobs น้อยลง", "too many open files"],
  ENAMETOOLONG: ["ชื่อหรือที่อยู่ของไฟล์ยาวเกินไป: ย้ายไฟล์ไปโฟลเดอร์ที่สั้นกว่า หรือตั้งชื่อให้สั้นลง", "name too long"],
  EIO: ["อ่านหรือเขียนดิสก์ไม่สำเร็จ: ตรวจไดรฟ์หรือแฟลชไดรฟ์ แล้วลองอีกครั้ง", "input/output error"],
  ERR_FS_FILE_TOO_LARGE: ["ไฟล์ใหญ่เกินกว่าที่อ่านได้: เลือกไฟล์ที่มีเฉพาะคะแนน ITA", "file too large"],
};

/** True for an error the operating system raised (it has an error code): the user's situation, not our bug. */
export function isSystemError(err: unknown): err is NodeJS.ErrnoException {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).code === "string";
}

/**
 * A file-system error as a CliError: `อ่านไฟล์ X ไม่ได้ เพราะไม่มีสิทธิ์เข้าถึง: … (cannot read X: permission denied)`.
 * Anything that is not a system error is thrown on: it is a bug.
 */
export function fileError(err: unknown, file: string, action: "read" | "write"): CliError {
  if (!isSystemError(err)) throw err;
  const code = err.code!;
  const why = WHY[code] ?? [`ระบบแจ้งข้อผิดพลาด ${code}: ตรวจไฟล์และโฟลเดอร์ แล้วลองอีกครั้ง`, code];
  const verb = action === "read" ? ["อ่าน", "cannot read"] : ["เขียน", "cannot write"];
  return new CliError(`${verb[0]}ไฟล์ ${file} ไม่ได้ เพราะ${why[0]} (${verb[1]} ${file}: ${why[1]})`);
}
