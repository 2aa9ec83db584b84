// Valid rubrics pass untouched; the smallest change to a weight or a band is caught (RELIABILITY
// invariant 15).
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRubricText } from "../../src/rubric/parse-rubric.js";
import { validateRubric, validateRubricText } from "../../src/rubric/validate-rubric.js";
import { doc } from "./rubric-cases.js";

describe("valid rubrics", () => {
  it("the base rubric of the rule tests has no errors and no warnings", () => {
    const result = validateRubricText(doc(), "r.yaml");
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.rubric?.indicators.map((i) => i.id)).toEqual(["a", "b"]);
  });

  const examples = readdirSync("examples").filter((f) => /\.rubric\.(ya?ml|json)$/.test(f));
  it.each(examples)("examples/%s passes without warnings", (file) => {
    const result = validateRubricText(readFileSync(`examples/${file}`, "utf8"), file);
    expect([...result.errors, ...result.warnings]).toEqual([]);
  });

  it("accepts weights that only add up exactly as decimals (33.33 + 33.33 + 33.34)", () => {
    const text = doc().replace("weight: 60", "weight: 33.33").replace("weight: 40", "weight: 33.34").replace("indicators:\n", "indicators:\n  - { id: c, weight: 33.33, metric: { type: count }, scoring: { pass: { min: 1 } } }\n");
    expect(validateRubricText(text, "r.yaml").errors).toEqual([]);
  });

  it("accepts a full-width colon inside text, where it breaks nothing", () => {
    const text = doc().replace("  - id: a\n", "  - id: a\n    description: |\n      Note：counts every ticket\n");
    expect(validateRubricText(text, "r.yaml").errors).toEqual([]);
  });

  it("accepts steps without a fallback when the last bound covers every value", () => {
    const text = doc().replace("{ points: 50 }", "{ min: 1, points: 50 }");
    expect(validateRubricText(text, "r.yaml").errors).toEqual([]);
  });
});

/** A rubric as JSON: weights in hundredths that sum to exactly 100, bands partitioning [0, 100]. */
function rubricJson(hundredths: number[], gradeMins: number[]): string {
  const indicators = hundredths.map((h, i) => ({ id: `i${i}`, weight: h / 100, metric: { type: "count" }, scoring: { pass: { min: 1 } } }));
  const grades = gradeMins.map((m, i) => ({ id: `G${i}`, min: m / 100 }));
  return JSON.stringify({ kpi: 1, name: "generated", indicators, grades }, null, 2);
}

const partition = (cuts: number[]) => {
  const points = [0, ...[...cuts].sort((a, b) => a - b), 10000];
  return points.slice(1).map((p, i) => p - points[i]!);
};
const weightsArb = fc.uniqueArray(fc.integer({ min: 1, max: 9999 }), { maxLength: 7 }).map(partition);
const gradesArb = fc.uniqueArray(fc.integer({ min: 1, max: 10000 }), { maxLength: 6 }).map((mins) => [...mins.sort((a, b) => b - a), 0]);

describe("property: weights and bands", () => {
  it("accepts every rubric whose weights sum to exactly 100 and whose bands partition [0, 100]", () => {
    fc.assert(
      fc.property(weightsArb, gradesArb, (weights, mins) => {
        const result = validateRubricText(rubricJson(weights, mins), "gen.json");
        expect(result.errors).toEqual([]);
      }),
    );
  });

  it("rejects the same rubric with one weight off by 0.01, pointing at indicators", () => {
    fc.assert(
      fc.property(weightsArb, gradesArb, fc.nat(), fc.boolean(), (weights, mins, pick, up) => {
        const i = pick % weights.length;
        const changed = weights.map((w, j) => (j === i ? w + (up || w === 1 ? 1 : -1) : w));
        const parsed = parseRubricText(rubricJson(changed, mins), "gen.json");
        const { errors } = validateRubric(parsed);
        expect(errors.map((e) => e.code)).toEqual(["weights_sum"]);
        expect(errors[0]!.path).toEqual(["indicators"]);
        expect({ line: errors[0]!.line, column: errors[0]!.column }).toEqual(parsed.locate(["indicators"], "key"));
      }),
    );
  });

  it("rejects a 0.01 gap at the bottom band or bands out of order, pointing at the grade", () => {
    fc.assert(
      fc.property(weightsArb, gradesArb, (weights, mins) => {
        const gap = [...mins.slice(0, -1), mins.at(-2) === 1 ? 0.5 : 1];
        const { errors } = validateRubricText(rubricJson(weights, gap), "gen.json");
        expect(errors.map((e) => e.code)).toEqual(["grade_last_min"]);
        expect(errors[0]!.path).toEqual(["grades", mins.length - 1, "min"]);
      }),
    );
  });
});
