// Bytes -> text: BOM sniffing, strict UTF-8 check, GB18030 fallback, damaged/binary detection (spec §2.2).
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createHash } from "node:crypto";
import { isUtf8 } from "node:buffer";
import { StringDecoder } from "node:string_decoder";
import iconv from "iconv-lite";
import { dataError } from "../errors.js";

export interface FileScan {
  sha256: string;
  size: number;
  /** "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "gb18030", or the forced label. */
  encoding: string;
  /** Bytes to skip before decoding. */
  bomLength: number;
}

export interface TextDecoderLike {
  write(bytes: Buffer): string;
  end(): string;
}

const CHUNK = 1 << 20;
const BOMS: [string, number[]][] = [
  ["utf-8-bom", [0xef, 0xbb, 0xbf]],
  ["utf-16le", [0xff, 0xfe]],
  ["utf-16be", [0xfe, 0xff]],
];

/** Maps a user label to a decoder label; undefined for "auto". */
export function resolveEncoding(label: string | undefined, file: string): string | undefined {
  const l = (label ?? "auto").trim().toLowerCase();
  if (l === "auto" || l === "") return undefined;
  if (/^utf-?8-?(bom|sig)$/.test(l)) return "utf-8";
  try {
    return new TextDecoder(l).encoding;
  } catch {
    if (iconv.encodingExists(l)) return l;
    throw dataError("unknown_encoding", `unknown encoding '${label}'`, { file }, "use utf-8, gb18030, utf-16le or utf-16be");
  }
}

/**
 * One streaming pass over the bytes: SHA-256 for the manifest, BOM, binary signatures, and strict
 * UTF-8 validity of the whole file (a GBK file often has an ASCII header and CJK only further down).
 */
export async function scanFile(file: string, forcedLabel?: string): Promise<FileScan> {
  const forced = resolveEncoding(forcedLabel, file);
  const hash = createHash("sha256");
  const handle = await open(file, "r");
  const buf = Buffer.allocUnsafe(CHUNK + 4);
  let carry = 0, size = 0, valid = true, nulAt = -1, head: Buffer | undefined, bom: (typeof BOMS)[number] | undefined;
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buf, carry, CHUNK, null);
      if (bytesRead === 0) break;
      const fresh = buf.subarray(carry, carry + bytesRead);
      hash.update(fresh);
      // NUL is U+0000 in UTF-8 and GB18030 alike: memchr here is far cheaper than searching text.
      if (nulAt < 0 && fresh.indexOf(0) >= 0) nulAt = size + fresh.indexOf(0);
      size += bytesRead;
      if (!head) {
        head = Buffer.from(fresh.subarray(0, 65536));
        bom = BOMS.find(([, bytes]) => bytes.every((b, i) => head![i] === b));
      }
      if (forced !== undefined || bom || !valid) {
        carry = 0;
        continue;
      }
      const end = carry + bytesRead;
      const cut = utf8Boundary(buf, end);
      valid = isUtf8(buf.subarray(0, cut));
      buf.copyWithin(0, cut, end);
      carry = end - cut;
    }
  } finally {
    await handle.close();
  }
  if (carry > 0) valid = false; // file ends inside a multi-byte sequence
  let encoding: string, bomLength = 0;
  if (forced !== undefined) {
    encoding = forced;
    if (bom && (bom[0] === forced || (bom[0] === "utf-8-bom" && forced === "utf-8"))) bomLength = bom[1].length;
  } else if (bom) {
    [encoding, bomLength] = [bom[0], bom[1].length];
  } else {
    encoding = valid ? "utf-8" : "gb18030";
  }
  if (!isUtf16(encoding)) await checkBinary(file, head ?? Buffer.alloc(0), nulAt);
  return { sha256: hash.digest("hex"), size, encoding, bomLength };
}

/** End of the last complete UTF-8 sequence in buf[0..end), so chunks validate independently. */
function utf8Boundary(buf: Buffer, end: number): number {
  for (let k = end - 1; k >= Math.max(0, end - 4); k--) {
    const b = buf[k]!;
    if ((b & 0xc0) === 0x80) continue;
    if (b < 0xc0) return end;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    return end - k < need ? k : end;
  }
  return end;
}

export const isUtf16 = (encoding: string) => encoding.startsWith("utf-16");

async function checkBinary(file: string, head: Buffer, nulAt: number): Promise<void> {
  const xlsxHint = "this looks like an XLSX workbook (zip): give it the .xlsx extension";
  if (head.subarray(0, 4).equals(Buffer.from("PK\x03\x04", "latin1")))
    throw dataError("binary_file", "binary file (zip), not text", { file }, xlsxHint);
  if (head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0])))
    throw dataError("binary_file", "binary file (legacy .xls), not text", { file }, "save it as .xlsx or CSV");
  if (nulAt < 0) return;
  const utf16 = head.length >= 4 && (head[1] === 0 && head[3] === 0 ? "utf-16le" : head[0] === 0 && head[2] === 0 ? "utf-16be" : "");
  const hint = utf16 ? `UTF-16 without a BOM? force the encoding ${utf16}` : "pass a CSV, TSV, JSON or XLSX file";
  throw dataError("binary_file", "NUL byte: binary data, not text", { file, line: await lineAtByte(file, nulAt) }, hint);
}

/** Physical line of a byte offset, for encodings where bytes 0x0A and 0x0D only mean LF and CR. */
async function lineAtByte(file: string, offset: number): Promise<number> {
  let line = 1, prev = 0;
  if (offset === 0) return line;
  for await (const chunk of createReadStream(file, { end: offset - 1, highWaterMark: CHUNK })) {
    for (const b of chunk as Buffer) {
      if (b === 13 || (b === 10 && prev !== 13)) line++;
      prev = b;
    }
  }
  return line;
}

export function createDecoder(encoding: string): TextDecoderLike {
  if (encoding === "utf-8" || encoding === "utf-8-bom") return new StringDecoder("utf8");
  if (encoding === "utf-16le") return new StringDecoder("utf16le");
  try {
    const d = new TextDecoder(encoding);
    return { write: (b) => d.decode(b, { stream: true }), end: () => d.decode() };
  } catch {
    // Node built with small-icu has no GB18030 TextDecoder.
    const d = iconv.getDecoder(encoding);
    return { write: (b) => d.write(b), end: () => d.end() ?? "" };
  }
}

/**
 * Decoded text chunks of a file, BOM skipped. Reads are large (fewer thread-pool round trips) but
 * decoded in small pieces: strings under V8's large-object size are much cheaper to collect.
 */
export async function* readText(file: string, scan: FileScan, chunkSize = 1 << 16): AsyncGenerator<string> {
  const decoder = createDecoder(scan.encoding);
  for await (const bytes of createReadStream(file, { start: scan.bomLength, highWaterMark: Math.max(chunkSize, 1 << 18) })) {
    for (let at = 0; at < (bytes as Buffer).length; at += chunkSize) {
      const text = decoder.write((bytes as Buffer).subarray(at, at + chunkSize));
      if (text.length > 0) yield text;
    }
  }
  const rest = decoder.end();
  if (rest.length > 0) yield rest;
}

export async function readAllText(file: string, scan: FileScan): Promise<string> {
  let text = "";
  for await (const chunk of readText(file, scan, CHUNK)) text += chunk;
  return text;
}

export interface BadText {
  index: number;
  code: "binary_file" | "damaged_text";
  message: string;
  hint: string;
}

/** First NUL, U+FFFD or '锟斤拷' (U+FFFD pairs decoded as GBK): text damaged upstream (RELIABILITY 5). */
export function findBadText(text: string, encoding: string): BadText | undefined {
  // NUL bytes were already caught by scanFile unless the text is UTF-16.
  const hits = [isUtf16(encoding) ? text.indexOf("\0") : -1, text.indexOf("\uFFFD"), text.indexOf("锟斤拷")];
  const found = hits.filter((i) => i >= 0);
  if (found.length === 0) return undefined;
  const index = Math.min(...found);
  if (index === hits[0])
    return { index, code: "binary_file", message: "NUL character: binary data, not text", hint: "pass a CSV, TSV, JSON or XLSX file" };
  const what = index === hits[1] ? "the replacement character U+FFFD" : "'锟斤拷' (mis-decoded replacement characters)";
  const hint = `the text was damaged before it reached kpi, or is not ${encoding}: re-export it, or force the encoding`;
  return { index, code: "damaged_text", message: `text contains ${what} (decoded as ${encoding})`, hint };
}

/** Line and 1-based column just after `text`, which starts at line `line` (\r\n, \n, \r all count once). */
export function advanceLines(text: string, line: number): { line: number; column: number } {
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (i === 0 || text.charCodeAt(i - 1) !== 13) line++;
      lineStart = i + 1;
    } else if (c === 13) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: text.length - lineStart + 1 };
}
