// Rubric text -> validated Rubric + diagnostics with file:line:col (RELIABILITY §6, STYLE §3).
// Pure: takes text, returns data. YAML 1.2 core schema; JSON is parsed by the same parser.
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { z } from "zod";
import type { Diagnostic } from "../core/diagnostic.js";
import { rubricSchema, type Rubric } from "../schema/rubric.js";

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
const MAX_ALIASES = 0;

export interface ParsedRubric {
  rubric: Rubric | undefined;
  /** Plain data as written, when the text was readable YAML/JSON. */
  raw: unknown;
  diagnostics: Diagnostic[];
  /** Maps a document path to its line and column (1-based). */
  locate: (path: (string | number)[]) => { line: number; column: number } | undefined;
}

export function parseRubricText(text: string, file: string): ParsedRubric {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { version: "1.2", schema: "core", uniqueKeys: true, prettyErrors: false, lineCounter });
  const at = (offset: number | undefined) => {
    if (offset === undefined) return undefined;
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const locate = (path: (string | number)[]) => locatePath(doc, path, at);
  const diagnostics: Diagnostic[] = [];

  for (const problem of [...doc.errors, ...doc.warnings]) {
    const pos = at(problem.pos[0]);
    diagnostics.push({
      code: problem.code === "DUPLICATE_KEY" ? "yaml_duplicate_key" : "yaml_syntax",
      severity: "error",
      message: yamlMessage(problem.code, problem.message),
      path: [],
      file,
      ...pos,
      hint: text.includes("：") ? "a full-width colon '：' does not separate keys in YAML; use ':'" : undefined,
    });
  }
  if (diagnostics.length > 0) return { rubric: undefined, raw: undefined, diagnostics, locate };

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    diagnostics.push({
      code: "yaml_alias",
      severity: "error",
      message: `YAML anchors and aliases are not allowed in a rubric (${(error as Error).message})`,
      path: [],
      file,
    });
    return { rubric: undefined, raw: undefined, diagnostics, locate };
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    diagnostics.push({
      code: "rubric_not_mapping",
      severity: "error",
      message: "a rubric is a mapping of keys (kpi, name, indicators, grades…)",
      path: [],
      file,
      line: 1,
      column: 1,
      hint: text.includes("：") ? "a full-width colon '：' does not separate keys in YAML; use ':'" : undefined,
    });
    return { rubric: undefined, raw, diagnostics, locate };
  }
  for (const path of forbiddenKeyPaths(raw, [])) {
    diagnostics.push({ code: "forbidden_key", severity: "error", message: `the key '${String(path.at(-1))}' is reserved`, path, file, ...locate(path) });
  }
  if (diagnostics.length > 0) return { rubric: undefined, raw, diagnostics, locate };

  const parsed = rubricSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) diagnostics.push(...issueToDiagnostics(issue, file, locate));
    return { rubric: undefined, raw, diagnostics, locate };
  }
  return { rubric: parsed.data, raw, diagnostics, locate };
}

function yamlMessage(code: string, message: string): string {
  if (code === "DUPLICATE_KEY") return "duplicate key: each key may appear once in a mapping";
  if (code === "TAG_RESOLVE_FAILED") return "custom YAML tags are not allowed in a rubric";
  return message.split("\n")[0] ?? message;
}

function issueToDiagnostics(
  issue: z.core.$ZodIssue,
  file: string,
  locate: ParsedRubric["locate"],
): Diagnostic[] {
  const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({
      code: "unknown_key",
      severity: "error" as const,
      message: `unknown key '${key}'${suggestKey(key, issue)}`,
      path: [...path, key],
      file,
      ...(locate([...path, key]) ?? locate(path)),
    }));
  }
  const where = locate(path) ?? locate(path.slice(0, -1));
  let message = issue.message;
  if (issue.code === "invalid_type" && issue.input === undefined) message = `missing required key '${String(path.at(-1))}'`;
  if (issue.code === "invalid_union" && path.at(-1) === "metric") message = "unknown metric type";
  return [{ code: "schema", severity: "error", message, path, file, ...where }];
}

function suggestKey(key: string, issue: z.core.$ZodIssue): string {
  // zod does not list the allowed keys in the issue; the rules module offers did-you-mean.
  void issue;
  void key;
  return "";
}

function* forbiddenKeyPaths(value: unknown, path: (string | number)[]): Generator<(string | number)[]> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* forbiddenKeyPaths(value[i], [...path, i]);
  } else if (value !== null && typeof value === "object") {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) yield [...path, key];
      else yield* forbiddenKeyPaths((value as Record<string, unknown>)[key], [...path, key]);
    }
  }
}

/** Position of the node at `path`; for a key of a mapping, the key itself. */
function locatePath(
  doc: Document,
  path: (string | number)[],
  at: (offset: number | undefined) => { line: number; column: number } | undefined,
): { line: number; column: number } | undefined {
  let node: unknown = doc.contents;
  let keyNode: Node | undefined;
  for (const segment of path) {
    keyNode = undefined;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return undefined;
      keyNode = pair.key as Node;
      node = pair.value;
    } else if (node && typeof node === "object" && "items" in node && Array.isArray((node as { items: unknown[] }).items)) {
      node = (node as { items: unknown[] }).items[Number(segment)];
    } else {
      return undefined;
    }
  }
  const target = (node as Node | null | undefined)?.range ? (node as Node) : keyNode;
  return at(target?.range?.[0] ?? keyNode?.range?.[0]);
}
