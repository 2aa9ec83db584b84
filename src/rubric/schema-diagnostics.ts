// zod issues -> catalogue diagnostics with line:col and a fix, never "Invalid input" alone.
import type { z } from "zod";
import type { Diagnostic } from "../core/diagnostic.js";
import { rubricSchema } from "../schema/rubric.js";
import { describeValue, diagnostic, TYPE_NAMES, valueAt } from "./diagnose.js";
import type { DocPath, Position } from "./locate-node.js";
import { allowedKeysAt, suggestKey } from "./suggest-key.js";

type Issue = z.core.$ZodIssue;
type Locate = (path: DocPath, target?: "value" | "key") => Position | undefined;

function fixFor(expected: string[], value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (expected.includes("number") && /^-?\d+(\.\d+)?\s*%$/.test(text)) return "write a plain number without % (weights are points of 100, ratios fractions such as 0.9)";
  if (expected.includes("number") && /^-?\d+(\.\d+)?$/.test(text)) return "remove the quotes";
  if (expected.includes("boolean") && /^(yes|no|on|off|y|n|true|false)$/i.test(text)) return "write true or false (YAML 1.2 reads yes/no/on/off as text)";
  return undefined;
}

export function schemaDiagnostics(issues: Issue[], raw: unknown, locate: Locate): Diagnostic[] {
  // `wieght` both misses `weight` and is unknown: "did you mean 'weight'?" says it all.
  const typos = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== "unrecognized_keys") continue;
    const path = issue.path.map(String);
    const allowed = allowedKeysAt(rubricSchema, raw, issue.path as DocPath);
    for (const key of issue.keys) typos.add(JSON.stringify([...path, suggestKey(key, allowed)]));
  }
  return issues
    .flatMap((issue) => translate(issue, [], raw, locate))
    .filter((d) => d.code !== "missing_key" || !typos.has(JSON.stringify(d.path.map(String))));
}

function translate(issue: Issue, prefix: DocPath, raw: unknown, locate: Locate): Diagnostic[] {
  const path: DocPath = [...prefix, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
  const value = valueAt(raw, path);
  const where = () => locate(path) ?? locate(path.slice(0, -1));
  const required = issue.code === "invalid_type" || issue.code === "invalid_union";
  if (required && value === undefined && path.length > 0) {
    return [diagnostic("error", "missing_key", path, locate(path.slice(0, -1)), { key: String(path.at(-1)) })];
  }
  switch (issue.code) {
    case "unrecognized_keys": {
      const allowed = allowedKeysAt(rubricSchema, raw, path);
      return issue.keys.map((key) =>
        diagnostic("error", "unknown_key", [...path, key], locate([...path, key], "key") ?? locate(path), {
          key,
          suggestion: suggestKey(key, allowed),
          allowed,
        }),
      );
    }
    case "invalid_type":
      return [invalidType([issue.expected], value, path, where())];
    case "invalid_union":
      return translateUnion(issue, path, value, raw, locate, where());
    case "invalid_value":
      // `kpi: 1` left out: say the key is missing, not that "nothing" is a wrong value.
      if (value === undefined && path.length > 0) return [diagnostic("error", "missing_key", path, locate(path.slice(0, -1)) ?? { line: 1, column: 1 }, { key: String(path.at(-1)) })];
      return [diagnostic("error", "invalid_value", path, where(), { allowed: issue.values.map((v) => JSON.stringify(v)), got: describeValue(value) })];
    case "invalid_format":
      return [diagnostic("error", "invalid_format", path, where(), { detail: issue.message, got: describeValue(value) })];
    case "too_small":
    case "too_big":
      return [diagnostic("error", "out_of_range", path, where(), { detail: rangeDetail(issue), got: describeValue(value) })];
    default:
      return [diagnostic("error", "schema", path, where(), { detail: issue.message })];
  }
}

function invalidType(expected: string[], value: unknown, path: DocPath, where: Position | undefined): Diagnostic {
  const names = [...new Set(expected.map((e) => TYPE_NAMES[e] ?? e))];
  return diagnostic("error", "invalid_type", path, where, { expected: names.join(" or "), got: describeValue(value), fix: fixFor(expected, value) });
}

function translateUnion(issue: z.core.$ZodIssueInvalidUnion, path: DocPath, value: unknown, raw: unknown, locate: Locate, where: Position | undefined): Diagnostic[] {
  const extra = issue as unknown as { note?: string; discriminator?: string; options?: unknown[] };
  if (extra.note === "No matching discriminator") {
    return [diagnostic("error", "unknown_metric_type", path, where, { got: describeValue(value), allowed: (extra.options ?? []).map(String) })];
  }
  // Branches whose value had the wrong type say nothing useful; a branch that matched the type
  // and failed deeper (e.g. a per-role weight that is text) is the one to report.
  const deeper = issue.errors.filter((branch) => !branch.every((i) => i.code === "invalid_type" && i.path.length === 0));
  if (deeper.length > 0) {
    const best = deeper.reduce((a, b) => (b.length < a.length ? b : a));
    return best.flatMap((inner) => translate(inner, path, raw, locate));
  }
  const expected = issue.errors.flatMap((branch) => branch.map((i) => (i.code === "invalid_type" ? i.expected : "")).filter(Boolean));
  return [invalidType(expected, value, path, where)];
}

function rangeDetail(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === "too_small";
  const bound = small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum;
  const inclusive = issue.inclusive !== false;
  if (issue.origin === "array") return small ? `needs at least ${bound} item(s)` : `allows at most ${bound} item(s)`;
  if (issue.origin === "string") return small ? `needs at least ${bound} character(s)` : `allows at most ${bound} character(s)`;
  const op = small ? (inclusive ? "≥" : ">") : inclusive ? "≤" : "<";
  return `must be ${op} ${bound}`;
}
