// Rubric text -> validated Rubric + diagnostics with file:line:col (RELIABILITY §6, STYLE §3).
// Pure: takes text, returns data. YAML 1.2 core schema; JSON is parsed by the same parser.
import { LineCounter, parseDocument, type YAMLError } from "yaml";
import type { Diagnostic } from "../core/diagnostic.js";
import { rubricSchema, type Rubric } from "../schema/rubric.js";
import { diagnostic } from "./diagnose.js";
import { findFullWidthColons, firstAlias, locatePath, positionOf, type DocPath, type Position } from "./locate-node.js";
import { schemaDiagnostics } from "./schema-diagnostics.js";

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
// Rubrics need no aliases; 0 also closes the "billion laughs" door (RELIABILITY 39).
const MAX_ALIASES = 0;

export interface ParsedRubric {
  file: string;
  rubric: Rubric | undefined;
  /** Plain data as written, when the text was readable YAML/JSON. */
  raw: unknown;
  diagnostics: Diagnostic[];
  /** Maps a document path to its line and column (1-based); `key` prefers the key's position. */
  locate: (path: DocPath, target?: "value" | "key") => Position | undefined;
}

export function parseRubricText(text: string, file: string): ParsedRubric {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { version: "1.2", schema: "core", uniqueKeys: true, prettyErrors: false, lineCounter });
  const locate = (path: DocPath, target?: "value" | "key") => locatePath(doc, lineCounter, path, target);
  const result = (diagnostics: Diagnostic[], raw?: unknown, rubric?: Rubric): ParsedRubric => ({
    file,
    rubric,
    raw,
    diagnostics: diagnostics.map((d) => ({ ...d, file })),
    locate,
  });

  // A full-width colon turns `weight：30` into text. When that breaks the rubric, say so at the
  // colon rather than at the fallout (syntax errors, missing keys); inside valid text it is fine.
  const colons = findFullWidthColons(text).map((pos) => diagnostic("error", "fullwidth_colon", [], pos));
  const failed = (diagnostics: Diagnostic[], raw?: unknown) => result(colons.length > 0 ? colons : diagnostics, raw);
  const yamlProblems = [...doc.errors, ...doc.warnings].map((problem) => yamlDiagnostic(problem, text, lineCounter));
  if (yamlProblems.length > 0) return failed(yamlProblems);

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    return result([diagnostic("error", "yaml_alias", [], firstAlias(doc, lineCounter))]);
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return failed([diagnostic("error", "rubric_not_mapping", [], { line: 1, column: 1 })], raw);
  }
  const forbidden = [...forbiddenKeyPaths(raw, [])].map((path) =>
    diagnostic("error", "forbidden_key", path, locate(path, "key"), { key: String(path.at(-1)) }),
  );
  if (forbidden.length > 0) return result(forbidden, raw);

  const parsed = rubricSchema.safeParse(raw);
  if (!parsed.success) return failed(schemaDiagnostics(parsed.error.issues, raw, locate), raw);
  return result([], raw, parsed.data);
}

function yamlDiagnostic(problem: YAMLError, text: string, lineCounter: LineCounter): Diagnostic {
  const pos = positionOf(lineCounter, problem.pos[0]);
  switch (problem.code) {
    case "DUPLICATE_KEY": {
      const key = /^["']?([^"':\n]*)/.exec(text.slice(problem.pos[0], problem.pos[0] + 200))?.[1]?.trim() ?? "";
      return diagnostic("error", "yaml_duplicate_key", [], pos, { key });
    }
    case "TAG_RESOLVE_FAILED": {
      const tag = /^!\S*/.exec(text.slice(problem.pos[0]))?.[0] ?? "tag";
      return diagnostic("error", "yaml_tag", [], pos, { tag });
    }
    case "TAB_AS_INDENT":
      return diagnostic("error", "yaml_tab_indent", [], pos);
    case "MULTIPLE_DOCS":
      return diagnostic("error", "yaml_syntax", [], pos, { detail: "a rubric file holds one document: remove the '---' separator (one rubric per file)" });
    default:
      return diagnostic("error", "yaml_syntax", [], pos, { detail: problem.message.split("\n")[0] ?? problem.message });
  }
}

function* forbiddenKeyPaths(value: unknown, path: DocPath): Generator<DocPath> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* forbiddenKeyPaths(value[i], [...path, i]);
  } else if (value !== null && typeof value === "object") {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) yield [...path, key];
      else yield* forbiddenKeyPaths((value as Record<string, unknown>)[key], [...path, key]);
    }
  }
}
