const THAI_ZERO = 0x0e50;

/** Replaces Thai digits (๐–๙) with Arabic ones. */
export function toArabicDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

/** Replaces Arabic digits with Thai ones (for output in Thai digits). */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + Number(d)));
}
