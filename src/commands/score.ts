// `kpi score`: options -> readers -> pure core -> writer. Thin wiring only.
import { Command, Option } from "commander";
import { z } from "zod";
import { usageError } from "../errors.js";
import { addInputOptions, inputOptionsSchema, parseWith } from "./input-options.js";
import { FORMAT_NAMES, formatFromPath, type Format } from "../render/format-names.js";

export const scoreOptionsSchema = inputOptionsSchema.extend({
  format: z.enum(FORMAT_NAMES).optional(),
  out: z.string().optional(),
  bom: z.boolean().default(false),
  force: z.boolean().default(false),
  lang: z.enum(["zh", "en"]).default("zh"),
});

export function registerScoreCommand(program: Command): void {
  addInputOptions(program.command("score").description("score people from a month's exports against a rubric"))
    .addOption(new Option("-f, --format <format>", "output format (default: table, or from --out's extension)").choices(FORMAT_NAMES))
    .option("-o, --out <file>", "write to a file instead of stdout")
    .option("--force", "replace the --out file if it exists", false)
    .option("--bom", "CSV: start with a UTF-8 byte-order mark so Excel reads Chinese text", false)
    .addOption(new Option("--lang <lang>", "wording of the xlsx workbook").choices(["zh", "en"]).default("zh"))
    .addHelpText(
      "after",
      `
Examples:
  $ kpi score --rubric examples/support-dept.rubric.yaml examples/2026-10 --period 2026-10
  $ kpi score -r rubric.yaml -t tickets.csv -s surveys.csv --roster roster.csv -p 2026-Q4 --format json
  $ kpi score -r rubric.yaml data/ -p 2026-10 --out ratings.csv --bom
  $ kpi score -r rubric.yaml data/ -p 2026-10 --out appraisal-2026-10.xlsx --lang zh
  $ kpi score -r rubric.yaml data/ -p 2026-10 --manual appraisal-2026-10-filled.xlsx --out final.xlsx   # ratings typed in
  $ kpi score -r rubric.yaml data/ -p 2026-10 --as-of "2026-11-03 18:00" --format json | jq '.people[0]'

Exit codes: 0 success (also with warnings) · 1 invalid rubric or data · 2 usage error · 3 bug`,
    )
    .action(async (dirs: string[], raw: Record<string, unknown>) => {
      const options = parseOptions({ ...raw, dirs });
      // Heavy modules load here, so `kpi --help` and `kpi check` start fast.
      const [{ findInputs }, { runScore }, { renderResult }, { writeOutput }, { colorsFor }, { renderRunSummary }] = await Promise.all([
        import("../io/find-inputs.js"),
        import("../run-score.js"),
        import("../render/formats.js"),
        import("../io/write-output.js"),
        import("../render/colors.js"),
        import("../render/run-summary.js"),
      ]);
      const files = await findInputs(options.dirs, options);
      const fromPath = options.out ? formatFromPath(options.out) : undefined;
      const format: Format = options.format ?? fromPath ?? "table";
      if (options.format && fromPath && fromPath !== options.format) {
        process.stderr.write(`warning: writing ${options.format} to ${options.out}, whose extension says ${fromPath}\n`);
      }
      if (format === "xlsx" && (options.out ?? "-") === "-" && process.stdout.isTTY) throw usageError("--format xlsx writes a binary workbook: give --out FILE.xlsx", "or redirect stdout to a file");
      const { result, rubric } = await runScore({
        rubricPath: options.rubric,
        files,
        period: options.period!,
        asOf: options.asOf,
        strictRoster: options.strictRoster,
        manual: options.manual,
        progress: format !== "json" && process.stderr.isTTY ? (line) => process.stderr.write(`\r${line}\x1b[K`) : undefined,
      });
      const output = await renderResult(format, result, rubric, { bom: options.bom, colors: colorsFor(process.stdout), toTerminal: !options.out, lang: options.lang });
      await writeOutput(output, options.out, options.force);
      process.stderr.write(renderRunSummary(result, colorsFor(process.stderr)));
    });
}

function parseOptions(raw: Record<string, unknown>) {
  return parseWith(scoreOptionsSchema, raw);
}
