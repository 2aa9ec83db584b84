// zod issues of a case file -> diagnostics with line:col, worded like `kpi check` (same catalogue).
import type { z } from "zod";
import type { Diagnostic } from "../core/diagnostic.js";
import { describeValue, diagnostic, TYPE_NAMES, valueAt } from "../rubric/diagnose.js";
import type { DocPath, Position } from "../rubric/locate-node.js";
import { allowedKeysAt, suggestKey } from "../rubric/suggest-key.js";
import { testCaseSchema } from "./case-schema.js";

type Issue = z.core.$ZodIssue;
type Locate = (path: DocPath, target?: "value" | "key") => Position | undefined;

export function caseDiagnostics(issues: Issue[], raw: unknown, locate: Locate): Diagnostic[] {
  return issues.flatMap((issue) => translate(issue, [], raw, locate));
}

function translate(issue: Issue, prefix: DocPath, raw: unknown, locate: Locate): Diagnostic[] {
  const path: DocPath = [...prefix, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
  const value = valueAt(raw, path);
  const where = locate(path) ?? locate(path.slice(0, -1));
  if ((issue.code === "invalid_type" || issue.code === "invalid_union") && value === undefined && path.length > 0) {
    return [diagnostic("error", "missing_key", path, locate(path.slice(0, -1)) ?? { line: 1, column: 1 }, { key: String(path.at(-1)) })];
  }
  switch (issue.code) {
    case "unrecognized_keys": {
      const allowed = allowedKeysAt(testCaseSchema, raw, path);
      return issue.keys.map((key) =>
        diagnostic("error", "unknown_key", [...path, key], locate([...path, key], "key") ?? where, { key, suggestion: suggestKey(key, allowed), allowed }),
      );
    }
    case "invalid_type":
      return [typeDiagnostic([issue.expected], value, path, where)];
    case "invalid_union": {
      // A branch that matched the shape and failed deeper says what to fix; the others do not.
      const deeper = issue.errors.filter((branch) => !branch.every((i) => i.code === "invalid_type" && i.path.length === 0));
      if (deeper.length > 0) return deeper.reduce((a, b) => (b.length < a.length ? b : a)).flatMap((inner) => translate(inner, path, raw, locate));
      const expected = issue.errors.flatMap((branch) => branch.flatMap((i) => (i.code === "invalid_type" ? [i.expected] : [])));
      return [typeDiagnostic(expected, value, path, where)];
    }
    case "invalid_value":
      return [diagnostic("error", "invalid_value", path, where, { allowed: issue.values.map((v) => JSON.stringify(v)), got: describeValue(value) })];
    case "too_small":
    case "too_big":
      return [diagnostic("error", "out_of_range", path, where, { detail: issue.message, got: describeValue(value) })];
    default:
      return [diagnostic("error", "schema", path, where, { detail: issue.message })];
  }
}

function typeDiagnostic(expected: string[], value: unknown, path: DocPath, where: Position | undefined): Diagnostic {
  const names = [...new Set(expected.map((e) => TYPE_NAMES[e] ?? e))];
  return diagnostic("error", "invalid_type", path, where, { expected: names.join(" or "), got: describeValue(value) });
}
