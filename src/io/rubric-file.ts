// Reads a rubric file for `kpi score` / `kpi check`: bytes -> text -> validated rubric + SHA-256.
import { createHash } from "node:crypto";
import { isUtf8 } from "node:buffer";
import { readFile } from "node:fs/promises";
import type { Diagnostic } from "../core/diagnostic.js";
import { dataError, formatLocation, usageError } from "../errors.js";
import { formatMessage } from "../render/messages.js";
import { validateRubricText, type RubricValidation } from "../rubric/validate-rubric.js";
import type { Rubric } from "../schema/rubric.js";

export interface RubricFileCheck extends RubricValidation {
  file: string;
  sha256: string;
}

/** Rubrics are UTF-8 (a BOM is fine) or UTF-16 with BOM; anything else is reported, not guessed. */
export function decodeRubricBytes(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString("utf8");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return isUtf8(bytes) ? bytes.toString("utf8") : undefined;
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw usageError(`no such file: ${file}`);
    if (code === "EISDIR") throw usageError(`${file} is a directory, not a rubric file`);
    throw dataError("rubric_unreadable", `cannot read ${file}: ${(error as Error).message}`, { file });
  }
}

export async function checkRubricFile(file: string): Promise<RubricFileCheck> {
  const bytes = await readBytes(file);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const text = decodeRubricBytes(bytes);
  if (text === undefined) {
    const error: Diagnostic = { code: "rubric_encoding", severity: "error", message: formatMessage("rubric_encoding"), path: [], file };
    return { file, sha256, errors: [error], warnings: [] };
  }
  return { file, sha256, ...validateRubricText(text, file) };
}

/** `file:line:col: message`, the form editors and terminals turn into links. */
export function formatDiagnosticLine(d: Diagnostic): string {
  const where = formatLocation({ file: d.file ?? "", line: d.line, column: d.column });
  return `${where}: ${d.message}`;
}

/** For `kpi score`: a valid rubric, or a KpiError (exit 1) listing every error. */
export async function loadRubricFile(path: string): Promise<{ rubric: Rubric; sha256: string; warnings: Diagnostic[] }> {
  const checked = await checkRubricFile(path);
  if (!checked.rubric) {
    const n = checked.errors.length;
    const lines = checked.errors.map((d) => `  ${formatDiagnosticLine(d)}`).join("\n");
    throw dataError("invalid_rubric", `${path} is not a valid rubric (${n} error${n === 1 ? "" : "s"}):\n${lines}`, undefined, `run kpi check ${path} for details`);
  }
  return { rubric: checked.rubric, sha256: checked.sha256, warnings: checked.warnings };
}
