// Typed errors, thrown deep and printed once by src/cli.ts (exit codes: STYLE.md §5).
export type ExitCode = 1 | 2 | 3;

export interface Location {
  file: string;
  line?: number;
  column?: number;
  /** Column header, when the problem is in a cell. */
  field?: string;
}

export class KpiError extends Error {
  readonly code: string;
  readonly hint: string | undefined;
  readonly exitCode: ExitCode;
  readonly location: Location | undefined;

  constructor(code: string, message: string, options: { hint?: string; exitCode?: ExitCode; location?: Location } = {}) {
    super(message);
    this.name = "KpiError";
    this.code = code;
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? 1;
    this.location = options.location;
  }
}

/** Bad input data or rubric: exit 1. */
export function dataError(code: string, message: string, location?: Location, hint?: string): KpiError {
  return new KpiError(code, message, { location, hint, exitCode: 1 });
}

/** Bad command line: exit 2. */
export function usageError(message: string, hint?: string): KpiError {
  return new KpiError("usage", message, { hint, exitCode: 2 });
}

export function formatLocation(loc: Location): string {
  let out = loc.file;
  if (loc.line !== undefined) out += `:${loc.line}`;
  if (loc.line !== undefined && loc.column !== undefined) out += `:${loc.column}`;
  return out;
}
