// Schema first, then the semantic rules (STYLE §3): returns data, never throws or prints.
import type { Diagnostic } from "../core/diagnostic.js";
import type { Rubric } from "../schema/rubric.js";
import { sortDiagnostics } from "./diagnose.js";
import { parseRubricText, type ParsedRubric } from "./parse-rubric.js";
import { rules } from "./rules/index.js";

export interface RubricValidation {
  /** Present only when there are no errors. */
  rubric?: Rubric;
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

export function validateRubric(parsed: ParsedRubric): RubricValidation {
  const found: Diagnostic[] = [...parsed.diagnostics];
  if (parsed.rubric) {
    const ctx = { locate: parsed.locate };
    for (const rule of rules) found.push(...rule(parsed.rubric, ctx).map((d) => ({ ...d, file: parsed.file })));
  }
  const sorted = sortDiagnostics(found);
  const errors = sorted.filter((d) => d.severity === "error");
  const warnings = sorted.filter((d) => d.severity === "warning");
  return errors.length === 0 && parsed.rubric ? { rubric: parsed.rubric, errors, warnings } : { errors, warnings };
}

/** Text in, verdict out: what `kpi check`, `kpi init` tests and `loadRubricFile` share. */
export function validateRubricText(text: string, file: string): RubricValidation {
  return validateRubric(parseRubricText(text, file));
}
