import { describe, expect, it } from "vitest";
import { validateRubricText } from "../../src/rubric/validate-rubric.js";

const text = `kpi: 1
name: Bad
indicators:
  - id: a
    wieght: 50
    metric: { type: count }
    scoring: { linear: { zero: 0, full: 10 } }
  - id: b
    weight: 40
    metric: { type: count }
    scoring: { steps: [ { min: 5, points: 50 }, { min: 8, points: 100 } ] }
grades:
  - { id: A, min: 50 }
  - { id: D, min: 10 }
`;

describe("kpi check after a key typo", () => {
  it("reports the typo and every rule problem of the rest in one pass", () => {
    const { errors, rubric } = validateRubricText(text, "bad.yaml");
    expect(rubric).toBeUndefined();
    expect(errors.map((e) => `${e.line}:${e.column} ${e.code}`)).toEqual([
      "3:1 weights_sum",
      "5:5 unknown_key",
      "11:23 steps_no_fallback",
      "11:56 steps_not_monotone",
      "14:19 grade_last_min",
    ]);
  });

  it("does not run the rules when a value itself is wrong", () => {
    const { errors } = validateRubricText(text.replace("wieght: 50", "weight: fifty"), "bad.yaml");
    expect(errors.map((e) => e.code)).toEqual(["invalid_type"]);
  });

  it("reports a missing `kpi: 1` as a missing key", () => {
    const { errors } = validateRubricText(text.replace("kpi: 1\n", ""), "bad.yaml");
    expect(errors.find((e) => e.path[0] === "kpi")).toMatchObject({ code: "missing_key", message: "missing required key 'kpi'; add it" });
  });
});
