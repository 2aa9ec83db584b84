// Builds the program, registers commands, and owns the one error handler and exit code.
import { Command, CommanderError } from "commander";
import { KpiError, formatLocation } from "./errors.js";
import { version } from "./version.js";
import { commands } from "./commands/index.js";

const program = new Command("kpi")
  .description("Performance appraisal as code for technical-support and IT-helpdesk teams")
  .version(version, "-V, --version")
  .option("--debug", "print stack traces of errors")
  .showHelpAfterError()
  .addHelpText(
    "after",
    `
Examples:
  $ kpi score --rubric examples/support-dept.rubric.yaml examples/2026-10 --period 2026-10
  $ kpi score -r rubric.yaml data/ -p 2026-10 --out appraisal-2026-10.xlsx
  $ kpi explain -r rubric.yaml data/ -p 2026-10 --person zhang.wei
  $ kpi check rubrics/ --format github
  $ kpi init --template multi-role support.rubric.yaml

Exit codes: 0 ok · 1 invalid rubric or data · 2 usage error · 3 bug in kpi`,
  )
  .exitOverride();

for (const register of commands) register(program);

// `kpi score … | head`: a reader that stops early is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

function debugEnabled(): boolean {
  return process.argv.includes("--debug");
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportError(error);
}

function reportError(error: unknown): number {
  if (error instanceof CommanderError) {
    // --help and --version end through here too, with exit code 0.
    if (error.exitCode === 0) return 0;
    return 2;
  }
  if (error instanceof KpiError) {
    const where = error.location ? `${formatLocation(error.location)}: ` : "";
    const field = error.location?.field ? `column '${error.location.field}': ` : "";
    process.stderr.write(`kpi: error: ${where}${field}${error.message}\n`);
    if (error.hint) process.stderr.write(`  hint: ${error.hint}\n`);
    if (debugEnabled() && error.stack) process.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  process.stderr.write(`kpi: internal error: ${(error as Error)?.message ?? String(error)}\n`);
  if (debugEnabled() && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.stderr.write("  this is a bug in kpi; please report it with the command you ran\n");
  return 3;
}
