// The stderr summary of a run: rows read, used and skipped per file, with reasons (issue 2).
import type { ChalkInstance } from "chalk";
import type { ScoreResult } from "../schema/result.js";

const n = (value: number) => value.toLocaleString("en-US");

export function renderRunSummary(result: ScoreResult, c: ChalkInstance): string {
  const lines: string[] = [];
  for (const input of result.inputs) {
    const encoding = input.encoding && input.encoding !== "utf-8" ? `, ${input.encoding}` : "";
    lines.push(`${input.kind} ${input.file}: ${n(input.rows)} rows read, ${n(input.used)} used, ${n(input.rejected)} skipped${encoding}`);
  }
  for (const warning of result.warnings) {
    lines.push(c.yellow(`warning: ${n(warning.count)} × ${warning.message}${warning.example ? ` (first: ${warning.example})` : ""} [${warning.code}]`));
  }
  lines.push(`rated ${n(result.people.length)} people for ${result.period.label}`);
  return `${lines.join("\n")}\n`;
}
