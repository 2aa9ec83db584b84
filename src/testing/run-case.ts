// One case through the real scoring path: inline rows -> temporary JSON Lines -> runScore -> compare.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, isAbsolute, join } from "node:path";
import { dataError, KpiError, type Location } from "../errors.js";
import { INPUT_KINDS, type InputKind } from "../io/fields.js";
import { findInputs } from "../io/find-inputs.js";
import type { InputFiles } from "../io/load-dataset.js";
import { runScore } from "../run-score.js";
import type { ScoreResult, WarningSummary } from "../schema/result.js";
import type { TestCase } from "./case-schema.js";
import { compareResult, type Mismatch } from "./compare-result.js";
import { loadCase, type ParsedCase } from "./load-case.js";

export interface CaseError extends Partial<Location> {
  code: string;
  message: string;
  hint?: string | undefined;
}

export interface CaseOutcome {
  file: string;
  name?: string | undefined;
  /** "updated": `--update` rewrote every difference. */
  status: "passed" | "failed" | "error" | "updated";
  mismatches: Mismatch[];
  errors: CaseError[];
  warnings: WarningSummary[];
  result?: ScoreResult | undefined;
}

/** A temporary rows file -> the case's `data.<kind>` list and the list index of each line. */
type RowFiles = Map<string, { kind: InputKind; indices: number[] }>;

const within = (dir: string, path: string) => (isAbsolute(path) ? path : join(dir, path));

export async function runCase(file: string): Promise<CaseOutcome> {
  const parsed = await loadCase(file);
  const testCase = parsed.testCase;
  if (!testCase) {
    const errors = parsed.diagnostics.map((d) => ({ code: d.code, message: d.message, file, line: d.line, column: d.column, hint: d.hint }));
    return { file, status: "error", mismatches: [], errors, warnings: [] };
  }
  const dir = dirname(file);
  const temp = await mkdtemp(join(tmpdir(), "kpi-test-"));
  const rowFiles: RowFiles = new Map();
  const base = { file, name: testCase.name };
  try {
    const files = await inputFiles(testCase, file, temp, rowFiles);
    const { result } = await runScore({
      rubricPath: within(dir, testCase.rubric),
      files,
      period: testCase.period,
      asOf: testCase.as_of,
      strictRoster: testCase.strict_roster,
    });
    const warnings = result.warnings.map((w) => ({ ...w, example: relocateExample(w.example, parsed, rowFiles) }));
    const mismatches = compareResult(testCase, result.people);
    return { ...base, status: mismatches.length ? "failed" : "passed", mismatches, errors: [], warnings, result };
  } catch (error) {
    // Any KpiError (bad rubric, bad row, even "no tickets") is this case failing, not the command.
    if (!(error instanceof KpiError)) throw error;
    const where = error.location ? relocate(error.location, parsed, rowFiles) : {};
    return { ...base, status: "error", mismatches: [], errors: [{ code: error.code, message: error.message, hint: error.hint, ...where }], warnings: [] };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

async function inputFiles(testCase: TestCase, file: string, temp: string, rowFiles: RowFiles): Promise<InputFiles> {
  const dir = dirname(file);
  // A folder case without `data` reads its folder like `kpi score DIR`.
  if (!testCase.data && /^case\.ya?ml$/i.test(basename(file))) return findInputs([dir], {});
  if (!testCase.data) throw dataError("case_no_data", "the case has no data", { file, line: 1, column: 1 }, "add data: with tickets (or roster) rows or file paths");
  const files: InputFiles = {};
  for (const kind of INPUT_KINDS) {
    const source = testCase.data?.[kind];
    if (source === undefined) continue;
    const list = typeof source === "string" ? [source] : source;
    const paths: string[] = [];
    const rows: string[] = [];
    const indices: number[] = [];
    list.forEach((item, index) => {
      if (typeof item === "string") return void paths.push(within(dir, item));
      // Rows go where the first one was listed: order decides which duplicate ticket is kept.
      if (rows.length === 0) paths.push(join(temp, `${kind}.jsonl`));
      rows.push(JSON.stringify(item));
      indices.push(index);
    });
    if (rows.length > 0) {
      await writeFile(join(temp, `${kind}.jsonl`), `${rows.join("\n")}\n`);
      rowFiles.set(join(temp, `${kind}.jsonl`), { kind, indices });
    }
    files[kind] = paths;
  }
  return files;
}

/** A problem in a temporary rows file is reported at the row (and field) in the case file. */
function relocate(loc: Location, parsed: ParsedCase, rowFiles: RowFiles): Partial<Location> {
  const rows = rowFiles.get(loc.file);
  if (!rows) return loc;
  const index = loc.line === undefined ? undefined : rows.indices[loc.line - 1];
  const path = index === undefined ? ["data", rows.kind] : ["data", rows.kind, index];
  const pos = (loc.field !== undefined && index !== undefined ? parsed.locate([...path, loc.field]) : undefined) ?? parsed.locate(path);
  return { file: parsed.file, line: pos?.line, column: pos?.column, field: loc.field };
}

function relocateExample(example: string, parsed: ParsedCase, rowFiles: RowFiles): string {
  if (rowFiles.has(example)) return parsed.file;
  const match = /^(.*):(\d+)$/.exec(example);
  if (!match || !rowFiles.has(match[1]!)) return example;
  const loc = relocate({ file: match[1]!, line: Number(match[2]) }, parsed, rowFiles);
  return loc.line === undefined ? parsed.file : `${parsed.file}:${loc.line}`;
}
