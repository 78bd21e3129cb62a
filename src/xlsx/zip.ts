// The zip container of an .xlsx, read and written without a zip library. Browser-safe: the
// compression itself is a ZipCodec the caller passes (native zlib in the command, fflate in the
// preview). Reading takes the central directory at its word (sizes, offsets), checks that every
// entry is stored or deflated and unencrypted, and inflates an entry only when it is asked for.

/** Raw DEFLATE both ways, and optionally a fast CRC-32. */
export interface ZipCodec {
  /** Inflates raw DEFLATE data; must fail rather than give more than maxSize bytes. */
  inflateRaw(data: Uint8Array, maxSize: number): Uint8Array;
  deflateRaw(data: Uint8Array): Uint8Array;
  crc32?(data: Uint8Array): number;
}

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the local header. */
  offset: number;
}

/** Thrown when the bytes are not a zip we can read; the message is English (callers say it in Thai). */
export class ZipFormatError extends Error {
  constructor(
    message: string,
    readonly reason: "not-zip" | "encrypted" | "method" | "corrupt" | "too-large",
  ) {
    super(message);
    this.name = "ZipFormatError";
  }
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
export const STORED = 0;
export const DEFLATED = 8;
const UTF8_FLAG = 0x0800;
const MAX32 = 0xffffffff;

const u16 = (b: Uint8Array, p: number) => b[p] | (b[p + 1] << 8);
const u32 = (b: Uint8Array, p: number) => (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16)) + b[p + 3] * 0x1000000;
const u64 = (b: Uint8Array, p: number) => u32(b, p) + u32(b, p + 4) * 0x100000000;

const utf8 = new TextDecoder("utf-8");

/** True when the bytes begin like a zip file (a local header, or an empty archive). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (u32(bytes, 0) === LOCAL || u32(bytes, 0) === EOCD);
}

function findEocd(b: Uint8Array): number {
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) if (u32(b, i) === EOCD) return i;
  throw new ZipFormatError("not a zip file (no end of central directory)", "not-zip");
}

/** A zip's entries by name (lower case, as OPC part names compare), and a way to read each. */
export class ZipArchive {
  readonly entries = new Map<string, ZipEntry>();

  constructor(readonly bytes: Uint8Array) {
    const b = bytes;
    const eocd = findEocd(b);
    let count = u16(b, eocd + 10);
    let dirOffset = u32(b, eocd + 16);
    if ((count === 0xffff || dirOffset === MAX32) && eocd >= 20 && u32(b, eocd - 20) === EOCD64_LOCATOR) {
      const at = u64(b, eocd - 12);
      if (u32(b, at) !== EOCD64) throw new ZipFormatError("corrupt zip64 end of central directory", "corrupt");
      count = u64(b, at + 32);
      dirOffset = u64(b, at + 48);
    }
    let p = dirOffset;
    for (let k = 0; k < count; k++) {
      if (p + 46 > b.length || u32(b, p) !== CENTRAL) throw new ZipFormatError("corrupt zip central directory", "corrupt");
      const flags = u16(b, p + 8);
      const nameLength = u16(b, p + 28);
      const extraLength = u16(b, p + 30);
      const commentLength = u16(b, p + 32);
      // Part names in an .xlsx are ASCII, which UTF-8 reads whatever the flag says.
      const name = utf8.decode(b.subarray(p + 46, p + 46 + nameLength));
      const entry: ZipEntry = {
        name,
        method: u16(b, p + 10),
        encrypted: (flags & 1) === 1,
        crc: u32(b, p + 16),
        compressedSize: u32(b, p + 20),
        size: u32(b, p + 24),
        offset: u32(b, p + 42),
      };
      if (entry.size === MAX32 || entry.compressedSize === MAX32 || entry.offset === MAX32)
        readZip64Extra(b.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength), entry);
      if (!name.endsWith("/")) this.entries.set(name.toLowerCase(), entry);
      p += 46 + nameLength + extraLength + commentLength;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  names(): string[] {
    return Array.from(this.entries.values(), (e) => e.name);
  }

  /** The declared uncompressed size of an entry (0 when absent). */
  size(name: string): number {
    return this.entries.get(name.toLowerCase())?.size ?? 0;
  }

  /** An entry's bytes, or undefined when there is none. Refuses more than maxSize bytes. */
  read(name: string, codec: ZipCodec, maxSize = Number.MAX_SAFE_INTEGER): Uint8Array | undefined {
    const e = this.entries.get(name.toLowerCase());
    if (!e) return undefined;
    if (e.encrypted) throw new ZipFormatError(`${e.name} is encrypted`, "encrypted");
    if (e.size > maxSize) throw new ZipFormatError(`${e.name} is larger than ${maxSize} bytes`, "too-large");
    const b = this.bytes;
    if (e.offset + 30 > b.length || u32(b, e.offset) !== LOCAL) throw new ZipFormatError(`corrupt local header of ${e.name}`, "corrupt");
    const start = e.offset + 30 + u16(b, e.offset + 26) + u16(b, e.offset + 28);
    const data = b.subarray(start, start + e.compressedSize);
    if (e.method === STORED) return data;
    if (e.method !== DEFLATED) throw new ZipFormatError(`${e.name} uses compression method ${e.method}`, "method");
    try {
      return codec.inflateRaw(data, Math.min(maxSize, Math.max(e.size, 1)));
    } catch (err) {
      throw new ZipFormatError(`cannot inflate ${e.name}: ${(err as Error).message}`, "corrupt");
    }
  }

  /** An entry as text (UTF-8, or UTF-16 with a byte-order mark). */
  text(name: string, codec: ZipCodec, maxSize?: number): string | undefined {
    const bytes = this.read(name, codec, maxSize);
    return bytes === undefined ? undefined : decodeXmlBytes(bytes);
  }
}

function readZip64Extra(extra: Uint8Array, entry: ZipEntry): void {
  for (let p = 0; p + 4 <= extra.length;) {
    const id = u16(extra, p);
    const len = u16(extra, p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      // The extra field holds only the fields that overflowed, in this order.
      if (entry.size === MAX32) {
        entry.size = u64(extra, q);
        q += 8;
      }
      if (entry.compressedSize === MAX32) {
        entry.compressedSize = u64(extra, q);
        q += 8;
      }
      if (entry.offset === MAX32) entry.offset = u64(extra, q);
      return;
    }
    p += 4 + len;
  }
}

/** Decodes an XML part: UTF-8 unless a UTF-16 byte-order mark says otherwise. */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const text = utf8.decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// ---------------------------------------------------------------------------------------------
// Writing

let CRC_TABLE: Int32Array | undefined;

/** CRC-32 (IEEE), table-driven. */
export function crc32(data: Uint8Array): number {
  let table = CRC_TABLE;
  if (!table) {
    table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
    CRC_TABLE = table;
  }
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

export interface ZipFile {
  name: string;
  data: Uint8Array | string;
}

const utf8Encoder = new TextEncoder();

/** DOS time and date of a moment (local time, as zip tools show it). */
function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** A zip of the files in order, each deflated by the codec (empty files stored). No zip64: parts stay far below 4 GB. */
export function writeZip(files: ZipFile[], codec: ZipCodec, modified = new Date()): Uint8Array {
  const { time, date } = dosDateTime(modified);
  const crcOf = codec.crc32 ?? crc32;
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const f of files) {
    const name = utf8Encoder.encode(f.name);
    const raw = typeof f.data === "string" ? utf8Encoder.encode(f.data) : f.data;
    const deflate = raw.length > 0;
    const data = deflate ? codec.deflateRaw(raw) : raw;
    const crc = crcOf(raw);
    const local = new Uint8Array(30);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, LOCAL, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, UTF8_FLAG, true);
    lv.setUint16(8, deflate ? DEFLATED : STORED, true);
    lv.setUint16(10, time, true);
    lv.setUint16(12, date, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, raw.length, true);
    lv.setUint16(26, name.length, true);
    const header = new Uint8Array(46);
    const hv = new DataView(header.buffer);
    hv.setUint32(0, CENTRAL, true);
    hv.setUint16(4, 20, true);
    hv.setUint16(6, 20, true);
    hv.setUint16(8, UTF8_FLAG, true);
    hv.setUint16(10, deflate ? DEFLATED : STORED, true);
    hv.setUint16(12, time, true);
    hv.setUint16(14, date, true);
    hv.setUint32(16, crc, true);
    hv.setUint32(20, data.length, true);
    hv.setUint32(24, raw.length, true);
    hv.setUint16(28, name.length, true);
    hv.setUint32(42, offset, true);
    chunks.push(local, name, data);
    central.push(header, name);
    offset += local.length + name.length + data.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, EOCD, true);
  ev.setUint16(8, files.length, true);
  ev.setUint16(10, files.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + end.length);
  let p = 0;
  for (const c of [...chunks, ...central, end]) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}
