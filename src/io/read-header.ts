// The header row of a data export, reading only the start of the file (`kpi check --data`).
import { open, readFile } from "node:fs/promises";
import { isUtf8 } from "node:buffer";
import { detectDelimiter, resolveDelimiter } from "./csv-table.js";
import type { TableFormat } from "./table.js";

const HEAD_BYTES = 1 << 16;

async function readHead(file: string): Promise<Buffer> {
  const handle = await open(file, "r");
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buf, 0, HEAD_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** BOM, then strict UTF-8 up to the first line end, else GB18030 (Excel's Chinese CSV). */
export function decodeHead(bytes: Buffer, forced?: string): string {
  if (forced) return new TextDecoder(forced).decode(bytes);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString("utf8");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const end = bytes.indexOf(0x0a);
  const line = end >= 0 ? bytes.subarray(0, end) : bytes;
  return isUtf8(line) ? line.toString("utf8") : new TextDecoder("gb18030").decode(line);
}

/** One CSV record's fields; quotes as RFC 4180. A header spanning lines is cut at the first. */
export function splitCsvLine(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) fields.push(field), (field = "");
    else field += ch;
  }
  fields.push(field);
  return fields;
}

function firstObjectKeys(value: unknown): string[] {
  const first = Array.isArray(value) ? value[0] : value;
  return first && typeof first === "object" ? Object.keys(first) : [];
}

export async function readHeaderNames(file: string, format: Exclude<TableFormat, "xlsx">, options: { encoding?: string | undefined; delimiter?: string | undefined }): Promise<string[]> {
  // A JSON array has no header line; its first object's keys are the header.
  if (format === "json") return firstObjectKeys(JSON.parse(decodeHead(await readFile(file), options.encoding)));
  const text = decodeHead(await readHead(file), options.encoding);
  const line = text.split(/\r\n|\r|\n/).find((l) => l.trim() !== "") ?? "";
  if (format === "jsonl") return firstObjectKeys(JSON.parse(line));
  const delimiter = resolveDelimiter(options.delimiter, file) ?? (format === "tsv" ? "\t" : detectDelimiter(line));
  return splitCsvLine(line, delimiter);
}
