// Reproducible XLSX bytes: exceljs zips with JSZip, which stamps every entry with `new Date()`.
// The DOS time/date fields are rewritten in place (local and central headers) — they are not
// covered by the CRC, so the archive stays valid. Deflate output itself is deterministic.
import { readZipDirectoryOf } from "./zip-directory.js";

const LOCAL = 0x04034b50;
const DEFAULT_EPOCH = Date.UTC(1980, 0, 1);

/** SOURCE_DATE_EPOCH (seconds) when set and valid, else 1980-01-01T00:00:00Z. */
export function fixedDate(env: NodeJS.ProcessEnv = process.env): Date {
  const raw = env.SOURCE_DATE_EPOCH?.trim();
  const seconds = raw && /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  return new Date(Number.isSafeInteger(seconds) ? Math.max(DEFAULT_EPOCH, seconds * 1000) : DEFAULT_EPOCH);
}

/** MS-DOS date and time (2-second resolution, 1980–2107) of the UTC wall clock of `date`. */
export function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(2107, Math.max(1980, date.getUTCFullYear()));
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

export async function pinZipDates(bytes: Uint8Array, at: Date): Promise<Uint8Array> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { time, date } = dosDateTime(at);
  const { entries } = await readZipDirectoryOf(buf);
  for (const entry of entries) {
    buf.writeUInt16LE(time, entry.centralOffset + 12);
    buf.writeUInt16LE(date, entry.centralOffset + 14);
    if (buf.readUInt32LE(entry.localOffset) !== LOCAL) throw new Error(`zip entry ${entry.name}: local header not found`);
    buf.writeUInt16LE(time, entry.localOffset + 10);
    buf.writeUInt16LE(date, entry.localOffset + 12);
  }
  return bytes;
}
