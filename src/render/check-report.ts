// `kpi check` output formats, selected by name (STYLE §7): human, json, github.
import type { ChalkInstance } from "chalk";
import type { Diagnostic } from "../core/diagnostic.js";
import { formatLocation } from "../errors.js";

export interface CheckedFile {
  file: string;
  valid: boolean;
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

export interface CheckReport {
  files: CheckedFile[];
  strict: boolean;
}

type Renderer = (report: CheckReport, colors: ChalkInstance) => string;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function where(d: Diagnostic): string {
  return formatLocation({ file: d.file ?? "", line: d.line, column: d.column });
}

function renderHuman(report: CheckReport, c: ChalkInstance): string {
  const out: string[] = [];
  for (const f of report.files) {
    const problems = [...f.errors, ...f.warnings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    const counts = [plural(f.errors.length, "error"), plural(f.warnings.length, "warning")].join(", ");
    out.push(f.valid ? `${c.green("✔")} ${c.bold(f.file)}${problems.length ? c.dim(` (${counts})`) : ""}` : `${c.red("✖")} ${c.bold(f.file)} ${c.dim(`(${counts})`)}`);
    for (const d of problems) {
      const label = d.severity === "error" ? c.red("error") : c.yellow("warning");
      out.push(`  ${where(d)}: ${label}: ${d.message} ${c.dim(`[${d.code}]`)}`);
      if (d.hint) out.push(`    ${c.dim(`hint: ${d.hint}`)}`);
    }
  }
  const invalid = report.files.filter((f) => !f.valid).length;
  const errors = report.files.reduce((n, f) => n + f.errors.length, 0);
  const warnings = report.files.reduce((n, f) => n + f.warnings.length, 0);
  const summary = `${plural(report.files.length, "file")} checked: ${invalid === 0 ? c.green("all valid") : c.red(`${invalid} invalid`)}` +
    ` (${plural(errors, "error")}, ${plural(warnings, "warning")}${report.strict ? "; --strict: warnings fail" : ""})`;
  return `${out.join("\n")}\n\n${summary}\n`;
}

function renderJson(report: CheckReport): string {
  const files = report.files.map((f) => ({ file: f.file, valid: f.valid, errors: f.errors, warnings: f.warnings }));
  return `${JSON.stringify({ valid: files.every((f) => f.valid), strict: report.strict, files }, null, 2)}\n`;
}

// GitHub workflow commands: data escapes % CR LF; properties also : and , (actions/toolkit).
const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

function renderGithub(report: CheckReport): string {
  const lines: string[] = [];
  for (const f of report.files) {
    for (const d of [...f.errors, ...f.warnings]) {
      const command = d.severity === "error" || report.strict ? "error" : "warning";
      const props = [`file=${escapeProperty(d.file ?? f.file)}`];
      if (d.line !== undefined) props.push(`line=${d.line}`);
      if (d.column !== undefined) props.push(`col=${d.column}`);
      props.push(`title=${escapeProperty(`kpi check ${d.code}`)}`);
      lines.push(`::${command} ${props.join(",")}::${escapeData(d.message + (d.hint ? ` (hint: ${d.hint})` : ""))}`);
    }
  }
  return lines.length ? `${lines.join("\n")}\n` : "";
}

export const CHECK_FORMATS = {
  human: renderHuman,
  json: renderJson,
  github: renderGithub,
} satisfies Record<string, Renderer>;

export type CheckFormat = keyof typeof CHECK_FORMATS;
