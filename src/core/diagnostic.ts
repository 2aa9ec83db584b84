// A problem found in a rubric: data, not text. Wording lives in render/messages.ts.
export type Severity = "error" | "warning";

export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  /** Path inside the rubric document, e.g. ["indicators", 2, "weight"]. */
  path: (string | number)[];
  file?: string;
  line?: number;
  column?: number;
  hint?: string;
}
