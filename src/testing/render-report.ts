// `kpi test` output formats, selected by name (STYLE §7): human and json.
import type { ChalkInstance } from "chalk";
import { formatLocation } from "../errors.js";
import type { CaseError, CaseOutcome } from "./run-case.js";

export interface TestReport {
  cases: CaseOutcome[];
}

type Renderer = (report: TestReport, colors: ChalkInstance) => string;

export function countOutcomes(cases: CaseOutcome[]) {
  const count = (...statuses: CaseOutcome["status"][]) => cases.filter((c) => statuses.includes(c.status)).length;
  return { passed: count("passed"), failed: count("failed", "error"), updated: count("updated") };
}

function errorLine(e: CaseError): string {
  const where = e.file !== undefined ? `${formatLocation({ file: e.file, line: e.line, column: e.column })}: ` : "";
  const field = e.field !== undefined ? `column '${e.field}': ` : "";
  // A rubric error lists its problems on further lines; keep them under this case.
  return `${where}${field}${e.message}`.replaceAll("\n", "\n    ");
}

function renderHuman(report: TestReport, c: ChalkInstance): string {
  const out: string[] = [];
  for (const outcome of report.cases) {
    const label = `${outcome.file}${outcome.name ? c.dim(` — ${outcome.name}`) : ""}`;
    if (outcome.status === "passed") out.push(`${c.green("✓")} ${label}`);
    else if (outcome.status === "updated") out.push(`${c.yellow("↻")} ${label} ${c.dim("(expectations updated)")}`);
    else out.push(`${c.red("✗")} ${label}`);
    if (outcome.status !== "failed" && outcome.status !== "error") continue;
    for (const m of outcome.mismatches) out.push(`    ${m.message}`);
    for (const e of outcome.errors) {
      out.push(`    ${c.red("error")}: ${errorLine(e)}`);
      if (e.hint) out.push(`      ${c.dim(`hint: ${e.hint}`)}`);
    }
    // Skipped rows are the usual reason a hand-written case surprises its author.
    for (const w of outcome.warnings) out.push(`    ${c.yellow("warning")}: ${w.count} × ${w.message}${w.example ? c.dim(` (${w.example})`) : ""} ${c.dim(`[${w.code}]`)}`);
  }
  const { passed, failed, updated } = countOutcomes(report.cases);
  const summary = `${passed} passed, ${failed} failed${updated ? `, ${updated} updated` : ""}`;
  out.push("", failed > 0 ? c.red(summary) : c.green(summary), "");
  return out.join("\n");
}

function renderJson(report: TestReport): string {
  const cases = report.cases.map(({ result: _result, ...rest }) => rest);
  return `${JSON.stringify({ ...countOutcomes(report.cases), cases }, null, 2)}\n`;
}

export const TEST_FORMATS = { human: renderHuman, json: renderJson } satisfies Record<string, Renderer>;
export type TestFormat = keyof typeof TEST_FORMATS;
