import type { Document } from "docx";
import { Packer } from "docx";

/** The .docx file's bytes, the same way in Node and in a browser (no Buffer, no Blob). */
export function packDocument(doc: Document): Promise<Uint8Array> {
  return Packer.pack(doc, "uint8array");
}
