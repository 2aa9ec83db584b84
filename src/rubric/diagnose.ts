// Builds Diagnostics from catalogue codes, so no rule writes its own wording (STYLE §3).
import type { Diagnostic, Severity } from "../core/diagnostic.js";
import { formatMessage, type MessageArgList, type MessageCode } from "../render/messages.js";
import type { DocPath, Position } from "./locate-node.js";

export function diagnostic<C extends MessageCode>(
  severity: Severity,
  code: C,
  path: DocPath,
  where: Position | undefined,
  ...args: MessageArgList<C>
): Diagnostic {
  const out: Diagnostic = { code, severity, message: formatMessage(code, ...args), path };
  if (where) {
    out.line = where.line;
    out.column = where.column;
  }
  return out;
}

/** How a value reads in a message: strings quoted, collections named. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}

/** Diagnostics sorted by position, then code: stable output whatever order rules run in. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

/** How a zod type is named in messages ("expected a number, got text"). */
export const TYPE_NAMES: Record<string, string> = {
  number: "a number",
  int: "a whole number",
  string: "text",
  boolean: "true or false",
  array: "a list",
  object: "a mapping",
  record: "a mapping",
  null: "an empty value",
};

/** The raw value at a document path, for messages that quote what was written. */
export function valueAt(raw: unknown, path: readonly (string | number)[]): unknown {
  let value = raw;
  for (const segment of path) value = (value as Record<string | number, unknown> | null | undefined)?.[segment];
  return value;
}
