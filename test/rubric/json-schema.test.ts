// examples/rubric.schema.json is exactly what `kpi schema` prints (UPDATE_GOLDEN=1 rewrites it).
import { readFileSync, writeFileSync } from "node:fs";
import { expect, it } from "vitest";
import { renderRubricJsonSchema } from "../../src/commands/schema.js";

const GOLDEN = "examples/rubric.schema.json";

it("examples/rubric.schema.json matches the zod rubric schema", () => {
  const generated = renderRubricJsonSchema();
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(GOLDEN, generated);
  expect(readFileSync(GOLDEN, "utf8"), "run UPDATE_GOLDEN=1 npx vitest run test/rubric/json-schema.test.ts").toBe(generated);
});

it("describes the keys editors complete", () => {
  const schema = JSON.parse(renderRubricJsonSchema());
  expect(schema.required).toEqual(expect.arrayContaining(["kpi", "name", "indicators", "grades"]));
  expect(schema.additionalProperties).toBe(false);
  expect(schema.properties.indicators.items.properties.weight.description).toMatch(/points of the 100/i);
});
