// Every example rubric is what a new user copies first: it must carry the editor schema comment,
// pass kpi check without a warning, and validate against the checked-in JSON Schema.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { validateRubricText } from "../../src/rubric/validate-rubric.js";
import { ROOT } from "../helpers/cli.js";

const dir = join(ROOT, "examples");
const rubrics = readdirSync(dir).filter((name) => name.endsWith(".rubric.yaml"));
const schema = JSON.parse(readFileSync(join(dir, "rubric.schema.json"), "utf8"));
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);

describe.each(rubrics)("examples/%s", (name) => {
  const text = readFileSync(join(dir, name), "utf8");

  it("starts with the yaml-language-server $schema comment", () => {
    expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=./rubric.schema.json");
  });

  it("passes kpi check with no errors and no warnings", () => {
    const result = validateRubricText(text, name);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it("validates against examples/rubric.schema.json", () => {
    expect(validate(parse(text)), JSON.stringify(validate.errors)).toBe(true);
  });
});

it("finds the example rubrics", () => {
  expect(rubrics.length).toBeGreaterThanOrEqual(4);
});
