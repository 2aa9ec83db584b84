// Schema first, then the semantic rules (STYLE §3): returns data, never throws or prints.
import type { Diagnostic } from "../core/diagnostic.js";
import type { Rubric } from "../schema/rubric.js";
import { sortDiagnostics } from "./diagnose.js";
import { parseRubricText, type ParsedRubric } from "./parse-rubric.js";
import { repairTypos } from "./repair-typos.js";
import { rules } from "./rules/index.js";

export interface RubricValidation {
  /** Present only when there are no errors. */
  rubric?: Rubric;
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

export function validateRubric(parsed: ParsedRubric): RubricValidation {
  const found: Diagnostic[] = [...parsed.diagnostics];
  // With only key typos wrong, the rules still run on the repaired copy: one pass shows it all.
  const checkable = parsed.rubric ?? (onlyKeyProblems(parsed.diagnostics) ? repairTypos(parsed.raw) : undefined);
  if (checkable) {
    const ctx = { locate: parsed.locate };
    for (const rule of rules) found.push(...rule(checkable, ctx).map((d) => ({ ...d, file: parsed.file })));
  }
  const sorted = sortDiagnostics(found);
  const errors = sorted.filter((d) => d.severity === "error");
  const warnings = sorted.filter((d) => d.severity === "warning");
  return errors.length === 0 && parsed.rubric ? { rubric: parsed.rubric, errors, warnings } : { errors, warnings };
}

function onlyKeyProblems(diagnostics: Diagnostic[]): boolean {
  return diagnostics.length > 0 && diagnostics.every((d) => d.code === "unknown_key" || d.code === "missing_key");
}

/** Text in, verdict out: what `kpi check`, `kpi init` tests and `loadRubricFile` share. */
export function validateRubricText(text: string, file: string): RubricValidation {
  return validateRubric(parseRubricText(text, file));
}
