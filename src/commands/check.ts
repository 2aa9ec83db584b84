// `kpi check FILE|DIR…`: validate rubrics (schema + rules) for people and for CI. Thin wiring only.
import { Command, Option } from "commander";
import { z } from "zod";
import { usageError } from "../errors.js";
import { checkDataHeaders } from "../io/check-data-headers.js";
import { findRubricFiles } from "../io/find-rubrics.js";
import { checkRubricFile } from "../io/rubric-file.js";
import { CHECK_FORMATS, type CheckedFile, type CheckFormat } from "../render/check-report.js";
import { colorsFor } from "../render/colors.js";

const formatNames = Object.keys(CHECK_FORMATS) as [CheckFormat, ...CheckFormat[]];

export const checkOptionsSchema = z.object({
  files: z.array(z.string()).min(1, "name at least one rubric file or directory"),
  format: z.enum(formatNames).default("human"),
  strict: z.boolean().default(false),
  data: z.string().optional(),
});

export function registerCheckCommand(program: Command): void {
  program
    .command("check")
    .description("validate rubric files: schema and every rule of the format (weights, grades, steps, …)")
    .argument("<files...>", "rubric files, or directories searched for *.rubric.{yaml,yml,json} and rubric.{yaml,yml,json}")
    .addOption(new Option("-f, --format <format>", "output format").choices(formatNames).default("human"))
    .option("--strict", "warnings fail the check too", false)
    .option("--data <dir>", "also check that the exports in DIR (tickets.*, surveys.* …) have the columns the rubric maps")
    .addHelpText(
      "after",
      `
Examples:
  $ kpi check rubric.yaml
  $ kpi check rubrics/ --strict
  $ kpi check rubrics/ --format github        # annotations on the pull request
  $ kpi check rubric.yaml --format json | jq '.files[].errors'
  $ kpi check rubric.yaml --data exports/2026-10

Exit codes: 0 valid · 1 invalid (or warnings with --strict) · 2 usage error · 3 bug`,
    )
    .action(async (files: string[], raw: Record<string, unknown>) => {
      const parsed = checkOptionsSchema.safeParse({ ...raw, files });
      if (!parsed.success) throw usageError(parsed.error.issues.map((i) => i.message).join("; "));
      const options = parsed.data;
      const checked: CheckedFile[] = [];
      for (const file of await findRubricFiles(options.files)) {
        const result = await checkRubricFile(file);
        if (options.data !== undefined && result.rubric) {
          const data = await checkDataHeaders(result.rubric, options.data);
          result.errors.push(...data.errors);
          result.warnings.push(...data.warnings);
        }
        const valid = result.errors.length === 0 && (!options.strict || result.warnings.length === 0);
        checked.push({ file, valid, errors: result.errors, warnings: result.warnings });
      }
      process.stdout.write(CHECK_FORMATS[options.format]({ files: checked, strict: options.strict }, colorsFor(process.stdout)));
      if (checked.some((f) => !f.valid)) process.exitCode = 1;
    });
}
