// `kpi init`: a commented starter rubric that passes `kpi check`, on stdout or into a new file.
import { rename, writeFile } from "node:fs/promises";
import { Command, Option } from "commander";
import { z } from "zod";
import { usageError } from "../errors.js";
import { LANGS, TEMPLATES, type Lang, type TemplateName } from "../templates/index.js";

const templateNames = Object.keys(TEMPLATES) as [TemplateName, ...TemplateName[]];
const langNames = Object.keys(LANGS) as [Lang, ...Lang[]];

export const initOptionsSchema = z.object({
  file: z.string().optional(),
  template: z.enum(templateNames).default("frontline"),
  lang: z.enum(langNames).default("zh"),
  force: z.boolean().default(false),
});

async function writeNew(file: string, text: string, force: boolean): Promise<void> {
  try {
    if (!force) return await writeFile(file, text, { flag: "wx" });
    // Replace atomically: a reader never sees half a rubric.
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, text);
    await rename(temp, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Like `kpi score --out`: an existing file or an unwritable path is a usage problem (exit 2).
    if (code === "EEXIST") throw usageError(`${file} already exists`, "pass --force to overwrite it, or name another file");
    throw usageError(`cannot write ${file}: ${(error as Error).message}`);
  }
}

export function registerInitCommand(program: Command): void {
  const list = templateNames.map((name) => `  ${name.padEnd(20)} ${TEMPLATES[name].summary}`).join("\n");
  program
    .command("init")
    .description("write a commented starter rubric that passes kpi check")
    .argument("[file]", "file to create (default: print to stdout)")
    .addOption(new Option("-t, --template <name>", "starter template").choices(templateNames).default("frontline"))
    .addOption(new Option("-l, --lang <lang>", "language of labels and comments").choices(langNames).default("zh"))
    .option("--force", "overwrite FILE if it exists", false)
    .addHelpText(
      "after",
      `
Templates:
${list}

Examples:
  $ kpi init rubric.yaml                              # 一线支持, 中文
  $ kpi init --template multi-role --lang en support.rubric.yaml
  $ kpi init --template balanced-scorecard > scorecard.rubric.yaml
  $ kpi schema > rubric.schema.json && kpi check rubric.yaml`,
    )
    .action(async (file: string | undefined, raw: Record<string, unknown>) => {
      const parsed = initOptionsSchema.safeParse({ ...raw, file });
      if (!parsed.success) throw usageError(parsed.error.issues.map((i) => i.message).join("; "));
      const options = parsed.data;
      const text = TEMPLATES[options.template].render(options.lang);
      if (options.file === undefined) {
        process.stdout.write(text);
        return;
      }
      await writeNew(options.file, text, options.force);
      process.stderr.write(`wrote ${options.file} (template ${options.template}, ${options.lang}); next: kpi check ${options.file}\n`);
    });
}
