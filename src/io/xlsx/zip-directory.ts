// The zip central directory, read without inflating anything: the XLSX reader checks declared
// sizes before reading (zip bombs, RELIABILITY 17) and the writer pins entry dates through it.
// Format: PKWARE APPNOTE 4.3.12 (EOCD), 4.3.14–16 (zip64), 4.3.12 central header, 4.3.7 local header.

export interface ZipEntry {
  name: string;
  flags: number;
  /** 0 stored, 8 deflate. */
  method: number;
  compressedSize: number;
  size: number;
  /** CRC-32 of the uncompressed bytes. */
  crc32: number;
  localOffset: number;
  /** Offset of this entry's central-directory header. */
  centralOffset: number;
}

export interface ZipDirectory {
  entries: ZipEntry[];
  /** Sum of the declared uncompressed sizes. */
  totalSize: number;
}

export type ReadAt = (offset: number, length: number) => Promise<Buffer>;

export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX_EOCD_SEARCH = 22 + 0xffff;

export async function readZipDirectory(fileSize: number, readAt: ReadAt): Promise<ZipDirectory> {
  const tailStart = Math.max(0, fileSize - MAX_EOCD_SEARCH);
  const tail = await readAt(tailStart, fileSize - tailStart);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new ZipFormatError("not a zip file (no end-of-central-directory record)");
  let count = tail.readUInt16LE(at + 10);
  let size = tail.readUInt32LE(at + 12);
  let offset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    ({ count, size, offset } = await readZip64End(tail, at, tailStart, readAt));
  }
  if (offset + size > fileSize) throw new ZipFormatError("central directory lies outside the file (truncated?)");
  return parseCentral(await readAt(offset, size), offset, count);
}

/** Directory of a zip held in memory. */
export function readZipDirectoryOf(bytes: Uint8Array): Promise<ZipDirectory> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return readZipDirectory(buf.length, async (offset, length) => buf.subarray(offset, offset + length));
}

async function readZip64End(tail: Buffer, eocd: number, tailStart: number, readAt: ReadAt) {
  const loc = eocd - 20;
  if (loc < 0 || tail.readUInt32LE(loc) !== ZIP64_LOCATOR) throw new ZipFormatError("zip64 locator missing");
  const endOffset = Number(tail.readBigUInt64LE(loc + 8));
  const end = endOffset >= tailStart ? tail.subarray(endOffset - tailStart) : await readAt(endOffset, 56);
  if (end.readUInt32LE(0) !== ZIP64_EOCD) throw new ZipFormatError("zip64 end record missing");
  return { count: Number(end.readBigUInt64LE(32)), size: Number(end.readBigUInt64LE(40)), offset: Number(end.readBigUInt64LE(48)) };
}

function parseCentral(cd: Buffer, base: number, count: number): ZipDirectory {
  const entries: ZipEntry[] = [];
  let totalSize = 0;
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError("damaged central directory");
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const commentLength = cd.readUInt16LE(p + 32);
    const entry: ZipEntry = {
      name: cd.toString("utf8", p + 46, p + 46 + nameLength),
      flags: cd.readUInt16LE(p + 8),
      method: cd.readUInt16LE(p + 10),
      crc32: cd.readUInt32LE(p + 16),
      compressedSize: cd.readUInt32LE(p + 20),
      size: cd.readUInt32LE(p + 24),
      localOffset: cd.readUInt32LE(p + 42),
      centralOffset: base + p,
    };
    applyZip64Extra(entry, cd.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength));
    entries.push(entry);
    totalSize += entry.size;
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, totalSize };
}

/** Sizes and offset that overflow 32 bits live in extra field 0x0001, in this order. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  for (let q = 0; q + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(q);
    const length = extra.readUInt16LE(q + 2);
    if (id === 0x0001) {
      let r = q + 4;
      const next = () => (r + 8 <= q + 4 + length ? Number(extra.readBigUInt64LE((r += 8) - 8)) : Number.NaN);
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
      if ([entry.size, entry.compressedSize, entry.localOffset].some(Number.isNaN)) throw new ZipFormatError("damaged zip64 field");
      return;
    }
    q += 4 + length;
  }
}
