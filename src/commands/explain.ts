// `kpi explain`: one person's score taken apart, indicator by indicator, with the rules used.
import { Option, type Command } from "commander";
import { z } from "zod";
import { usageError } from "../errors.js";
import { addInputOptions, inputOptionsSchema, parseWith } from "./input-options.js";

export const explainOptionsSchema = inputOptionsSchema.extend({
  person: z.string({ error: "--person is required" }),
  lang: z.enum(["zh", "en"]).default("zh"),
  format: z.enum(["text", "json"]).default("text"),
});

export function registerExplainCommand(program: Command): void {
  addInputOptions(program.command("explain").description("explain one person's score: each indicator's value, rule, points and weight"))
    .requiredOption("--person <id>", "person id (as on the roster, any case)")
    .addOption(new Option("--lang <lang>", "wording of the rules").choices(["zh", "en"]).default("zh"))
    .addOption(new Option("--format <format>", "text, or the person's JSON result").choices(["text", "json"]).default("text"))
    .addHelpText(
      "after",
      `
Examples:
  $ kpi explain -r examples/support-dept.rubric.yaml examples/2026-10 -p 2026-10 --person zhang.wei
  $ kpi explain -r examples/team-roles.rubric.yaml examples/2026-10 -p 2026-10 --person Zhu.Xia --lang en
  $ kpi explain -r rubric.yaml data/ -p 2026-10 --person alice --format json`,
    )
    .action(async (dirs: string[], raw: Record<string, unknown>) => {
      const options = parseWith(explainOptionsSchema, { ...raw, dirs });
      const [{ findInputs }, { runScore }, { renderExplanation, renderPeopleIndex }, { colorsFor }, { personKey }] = await Promise.all([
        import("../io/find-inputs.js"),
        import("../run-score.js"),
        import("../render/explain-person.js"),
        import("../render/colors.js"),
        import("../core/person-key.js"),
      ]);
      const files = await findInputs(options.dirs, options);
      const { result, rubric } = await runScore({ rubricPath: options.rubric, files, period: options.period, asOf: options.asOf, strictRoster: options.strictRoster, manual: options.manual });
      const person = result.people.find((p) => personKey(p.id) === personKey(options.person));
      if (!person) {
        process.stderr.write(`people rated for ${result.period.label}:\n${renderPeopleIndex(result)}`);
        throw usageError(`'${options.person}' was not rated for ${result.period.label}`, "pick an id from the list above");
      }
      const text = options.format === "json" ? `${JSON.stringify(person, null, 2)}\n` : renderExplanation(result, person, rubric, options.lang, colorsFor(process.stdout));
      process.stdout.write(text);
    });
}
