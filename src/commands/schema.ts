// `kpi schema`: the JSON Schema of the rubric format, generated from the zod schema (the single
// source of truth) for editors: `# yaml-language-server: $schema=./rubric.schema.json`.
import type { Command } from "commander";
import { z } from "zod";
import { rubricSchema } from "../schema/rubric.js";

export function renderRubricJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(rubricSchema, { io: "input" }), null, 2)}\n`;
}

export function registerSchemaCommand(program: Command): void {
  program
    .command("schema")
    .description("print the JSON Schema of rubric files, for editor completion and validation")
    .addHelpText(
      "after",
      `
Examples:
  $ kpi schema > rubric.schema.json
  then start a rubric with:  # yaml-language-server: $schema=./rubric.schema.json
  (VS Code with the YAML extension, JetBrains IDEs and others complete and check keys from it)`,
    )
    .action(() => {
      process.stdout.write(renderRubricJsonSchema());
    });
}
