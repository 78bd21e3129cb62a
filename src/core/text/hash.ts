// A short, stable fingerprint of a text: 32-bit FNV-1a as 8 hex digits. Not a secret, only a way to
// tell "the same text" from "changed text" without keeping the text (the add-in's settings part).

export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
