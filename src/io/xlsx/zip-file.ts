// Random access to the parts of an XLSX file: the central directory is read first and its
// declared sizes are checked against a limit before anything is inflated (RELIABILITY 17,
// exceljs/exceljs#1899); inflating stops if an entry produces more than it declared.
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { crc32, createInflateRaw } from "node:zlib";
import { dataError } from "../../errors.js";
import { readZipDirectory, ZipFormatError, type ZipEntry } from "./zip-directory.js";

/** Total uncompressed size accepted, all parts together. */
export const MAX_XLSX_UNCOMPRESSED = 512 * 1024 * 1024;
const LOCAL = 0x04034b50;

export interface ZipFile {
  file: string;
  entries: Map<string, ZipEntry>;
  /** The entry's bytes as UTF-8 text, in chunks. */
  text(entry: ZipEntry): AsyncGenerator<string>;
  readAll(entry: ZipEntry): Promise<string>;
}

export async function openZipFile(file: string, limit = MAX_XLSX_UNCOMPRESSED): Promise<ZipFile> {
  const handle = await open(file, "r");
  let entries: ZipEntry[];
  try {
    const { size } = await handle.stat();
    const readAt = async (offset: number, length: number) => {
      const buf = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buf, 0, length, offset);
      return buf.subarray(0, bytesRead);
    };
    const directory = await readZipDirectory(size, readAt);
    if (directory.totalSize > limit) {
      throw dataError("xlsx_too_large", `the workbook unpacks to ${mib(directory.totalSize)} MiB, over the limit of ${mib(limit)} MiB`, { file },
        "a zip bomb, or a workbook too large to read: save the sheet as CSV");
    }
    entries = directory.entries;
  } catch (error) {
    if (error instanceof ZipFormatError) {
      throw dataError("xlsx_not_zip", `not a readable .xlsx file: ${error.message}`, { file },
        "password-protected workbooks and old .xls files are not zip archives: save as .xlsx (no password) or CSV");
    }
    throw error;
  } finally {
    await handle.close();
  }
  const byName = new Map(entries.map((e) => [e.name.replace(/^\/+/, ""), e]));
  const text = (entry: ZipEntry) => entryText(file, entry);
  return {
    file,
    entries: byName,
    text,
    readAll: async (entry) => {
      let out = "";
      for await (const chunk of text(entry)) out += chunk;
      return out;
    },
  };
}

/** Where the entry's data starts: after the local header, whose name and extra lengths may differ from the central copy. */
async function dataOffset(file: string, entry: ZipEntry): Promise<number> {
  if (entry.method !== 0 && entry.method !== 8) {
    throw dataError("xlsx_unsupported_compression", `part ${entry.name} uses zip compression method ${entry.method}`, { file }, "save the workbook again in Excel");
  }
  if (entry.flags & 1) throw dataError("xlsx_encrypted", "the workbook is encrypted", { file }, "remove the password and save again");
  const handle = await open(file, "r");
  try {
    const header = Buffer.alloc(30);
    const { bytesRead } = await handle.read(header, 0, 30, entry.localOffset);
    if (bytesRead < 30 || header.readUInt32LE(0) !== LOCAL) throw dataError("xlsx_damaged", `part ${entry.name}: local header missing`, { file }, "the file is damaged: save it again in Excel");
    return entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  } finally {
    await handle.close();
  }
}

async function* entryText(file: string, entry: ZipEntry): AsyncGenerator<string> {
  if (entry.compressedSize === 0) return;
  const start = await dataOffset(file, entry);
  const raw = createReadStream(file, { start, end: start + entry.compressedSize - 1, highWaterMark: 1 << 16 });
  const source = entry.method === 8 ? raw.pipe(createInflateRaw()) : raw;
  const decoder = new TextDecoder("utf-8");
  let produced = 0;
  let crc = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      produced += chunk.length;
      crc = crc32(chunk, crc);
      if (produced > entry.size) {
        throw dataError("xlsx_too_large", `part ${entry.name} unpacks to more than the ${entry.size} bytes it declares`, { file }, "the file is damaged or crafted");
      }
      yield decoder.decode(chunk, { stream: true });
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code?.startsWith("Z_")) {
      throw dataError("xlsx_damaged", `part ${entry.name} cannot be unpacked: ${(error as Error).message}`, { file }, "the file is damaged: save it again in Excel");
    }
    throw error;
  } finally {
    raw.destroy();
    if (source !== raw) source.destroy();
  }
  // Checked only when the whole part was read (a header scan stops early).
  if (produced !== entry.size || crc !== entry.crc32) {
    throw dataError("xlsx_damaged", `part ${entry.name} is damaged (size or checksum differs)`, { file }, "the file is damaged: save it again in Excel");
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

const mib = (bytes: number) => Math.ceil(bytes / (1024 * 1024));
