// One broken rubric per rule: the exact code and the line:col it points at (`«` in the text).
import { describe, expect, it } from "vitest";
import { validateRubricText } from "../../src/rubric/validate-rubric.js";
import { ALL_TARGETS, b, doc, GRADES, INDICATOR_A, marked, SLA } from "./rubric-cases.js";

interface Case {
  code: string;
  source: string;
  /** Other codes the same mistake necessarily causes. */
  also?: string[];
}

const steps = (s: string) => doc({ b: b("{ type: csat }", `{ steps: ${s} }`) });
const grades = (...rows: string[]) => `grades:\n${rows.map((r) => `  - ${r}\n`).join("")}`;
const bonus = (body: string) => `bonus:\n${body}`;
const calendar = (body: string) => doc({ head: `calendar:\n${body}` });
const LEVEL = (points: number) => `{ points: ${points}, label: x }`;
const manual = (body: string) => doc({ b: b("{ type: manual }", `{ manual: { ${body} } }`) });

const cases: Case[] = [
  // Weights, roles, ids, categories
  { code: "weights_sum", source: doc({ b: b("{ type: count }", "{ pass: { min: 1 } }").replace("weight: 40", "weight: 39.99") }).replace("indicators:", "«indicators:") },
  { code: "weight_negative", source: doc({ a: "  - id: a\n    weight: 110\n    metric: { type: count }\n    scoring: { pass: { min: 1 } }\n", b: b("{ type: count }", "{ pass: { min: 1 } }").replace("weight: 40", "weight: «-10") }) },
  { code: "weight_zero", source: doc({ a: "  - id: a\n    weight: 100\n    metric: { type: count }\n    scoring: { pass: { min: 1 } }\n", b: b("{ type: count }", "{ pass: { min: 1 } }").replace("weight: 40", "weight: «0") }) },
  { code: "weight_unknown_role", source: doc({ b: b("{ type: count }", "{ pass: { min: 1 } }").replace("weight: 40", "weight: { default: 40, «boss: 5 }") }) },
  {
    code: "weight_missing_role",
    source: doc({
      head: "roles: [x, y]\n",
      a: "  - id: a\n    roles: «[x, y]\n    weight: { x: 60 }\n    metric: { type: count }\n    scoring: { pass: { min: 1 } }\n",
      b: b("{ type: count }", "{ pass: { min: 1 } }").replace("weight: 40", "weight: { x: 40, y: 100 }"),
    }),
  },
  { code: "unknown_role", source: doc({ a: "  - id: a\n    roles: [default, «boss]\n    weight: 60\n    metric: { type: count }\n    scoring: { pass: { min: 1 } }\n" }) },
  { code: "duplicate_role", source: doc({ head: "roles: [default, «default]\n" }) },
  { code: "duplicate_id", source: doc({ b: b("{ type: count }", "{ pass: { min: 1 } }").replace("id: b", "id: «a") }) },
  { code: "categories_total", source: doc({ head: "categories: «{ p: 100, q: 10 }\n", a: "  - id: a\n    category: p\n    weight: 60\n    metric: { type: count }\n    scoring: { pass: { min: 1 } }\n", b: b("{ type: count }", "{ pass: { min: 1 } }", "    category: p\n") }), also: ["category_sum"] },
  { code: "category_sum", source: doc({ head: "categories: { p: «50, q: 50 }\n", a: "  - id: a\n    category: p\n    weight: 60\n    metric: { type: count }\n    scoring: { pass: { min: 1 } }\n", b: b("{ type: count }", "{ pass: { min: 1 } }", "    category: q\n") }) },
  { code: "category_unknown", source: doc({ head: "categories: { p: 100 }\n", a: "  - id: a\n    category: p\n    weight: 60\n    metric: { type: count }\n    scoring: { pass: { min: 1 } }\n", b: b("{ type: count }", "{ pass: { min: 1 } }", "    category: «r\n") }), also: ["category_sum"] },
  { code: "category_missing", source: doc({ head: "categories: { p: 60 }\n", a: "  - id: a\n    category: p\n    weight: 60\n    metric: { type: count }\n    scoring: { pass: { min: 1 } }\n", b: b("{ type: count }", "{ pass: { min: 1 } }").replace("id: b", "id: «b") }) },
  // Grades
  { code: "grade_min_order", source: doc({ grades: grades("{ id: A, min: 80 }", "{ id: B, min: «85 }", "{ id: C, min: 0 }") }) },
  { code: "grade_last_min", source: doc({ grades: grades("{ id: A, min: 80 }", "{ id: B, min: «10 }") }) },
  { code: "grade_duplicate_id", source: doc({ grades: grades("{ id: A, min: 80 }", "{ id: «A, min: 0 }") }) },
  { code: "grade_coefficient_missing", source: doc({ grades: grades("{ id: A, min: 80, coefficient: 1 }", "«{ id: B, min: 0 }"), tail: bonus("  pool: 1000\n") }) },
  { code: "grade_min_unreachable", source: doc({ grades: grades("{ id: A, min: «120 }", "{ id: B, min: 0 }") }) },
  // Scoring
  { code: "scoring_type_count", source: doc({ b: b("{ type: count }", "«{ pass: { min: 1 }, deduct: { per: 5 } }") }) },
  { code: "step_both_bounds", source: steps("[ «{ min: 1, max: 2, points: 100 }, { points: 0 } ]"), also: ["steps_mixed_bounds"] },
  { code: "steps_mixed_bounds", source: steps("«[ { min: 4.5, points: 100 }, { max: 2, points: 0 }, { points: 50 } ]") },
  { code: "steps_not_monotone", source: steps("[ { min: 4, points: 80 }, { min: «4.5, points: 100 }, { points: 0 } ]") },
  { code: "steps_no_fallback", source: steps("«[ { min: 4.5, points: 100 }, { min: 4, points: 50 } ]") },
  { code: "steps_after_fallback", source: steps("[ { min: 4.5, points: 100 }, { points: 0 }, «{ min: 4, points: 50 } ]") },
  { code: "points_range", source: steps("[ { min: 4.5, points: «120 }, { points: 0 } ]") },
  { code: "linear_zero_equals_full", source: doc({ b: b("{ type: csat }", "{ linear: «{ zero: 4, full: 4.0 } }") }) },
  { code: "ratio_target_not_positive", source: doc({ b: b("{ type: count }", "{ ratio: { target: «0 } }") }) },
  { code: "ratio_cap_not_positive", source: doc({ b: b("{ type: count }", "{ ratio: { target: 4, cap: «0 } }") }) },
  { code: "pass_bound_count", source: doc({ b: b("{ type: count }", "{ pass: «{ min: 1, max: 2 } }") }) },
  { code: "deduct_per_negative", source: doc({ b: b("{ type: count }", "{ deduct: { per: «-5 } }") }) },
  { code: "deduct_from_range", source: doc({ b: b("{ type: count }", "{ deduct: { per: 5, from: «150 } }") }) },
  // Manual ratings
  { code: "manual_levels_empty", source: manual("levels: «{}") },
  { code: "manual_level_not_integer", source: manual(`levels: { 1: ${LEVEL(20)}, «1.5: ${LEVEL(50)}, 2: ${LEVEL(100)} }`) },
  { code: "manual_levels_not_monotone", source: manual(`levels: { 1: ${LEVEL(20)}, 3: { points: «60, label: x }, 2: ${LEVEL(80)} }`) },
  { code: "points_range", source: manual(`levels: { 1: ${LEVEL(20)}, 2: { points: «120, label: x } }`) },
  { code: "manual_self_weight_range", source: manual(`levels: { 1: ${LEVEL(20)}, 2: ${LEVEL(100)} }, self_weight: «1.5`) },
  { code: "manual_scoring_needs_manual_metric", source: doc({ b: b("{ type: «csat }", `{ manual: { levels: { 1: ${LEVEL(20)} } } }`) }) },
  { code: "manual_metric_needs_manual_scoring", source: doc({ b: b("{ type: manual }", "«{ pass: { min: 3 } }") }) },
  { code: "manual_in_adjustment", source: doc({ tail: "adjustments:\n  - { id: plus, metric: { type: «manual }, points_per: 1 }\n" }) },
  // Metrics, targets, filters
  { code: "duration_not_positive", source: doc({ b: b(SLA("{ urgent: «0m, high: 2h, normal: 4h, low: 1d }"), "{ linear: { zero: 0.5, full: 1 } }") }) },
  { code: "target_unknown_priority", source: doc({ b: b(SLA("{ urgent: 1h, high: 2h, normal: 4h, low: 1d, «p1: 1h }"), "{ linear: { zero: 0.5, full: 1 } }") }) },
  { code: "target_missing_priority", source: doc({ b: b(SLA("«{ urgent: 1h }"), "{ linear: { zero: 0.5, full: 1 } }") }) },
  { code: "default_priority_unknown", source: doc({ head: "inputs:\n  tickets:\n    default_priority: «p9\n" }) },
  { code: "priority_value_ambiguous", source: doc({ head: "inputs:\n  tickets:\n    priorities: { urgent: [P1], high: [P2, «p1 ], normal: [P3], low: [P4] }\n" }) },
  { code: "where_unknown_field", source: doc({ a: `${"  - id: a\n    weight: 60\n    metric: { type: count }\n    scoring: { pass: { min: 1 } }\n"}    where: { «region: [north] }\n` }) },
  { code: "where_unknown_priority", source: doc({ a: "  - id: a\n    weight: 60\n    metric: { type: count }\n    where: { priority: [urgent, «P1] }\n    scoring: { pass: { min: 1 } }\n" }) },
  { code: "where_ignored", source: doc({ b: b("{ type: record, name: kb }", "{ pass: { min: 1 } }", "    where: «{ priority: urgent }\n") }) },
  { code: "business_clock_default_calendar", source: doc({ b: b(SLA(ALL_TARGETS, ", clock: «business"), "{ linear: { zero: 0.5, full: 1 } }") }) },
  { code: "record_rater_role_unknown", source: doc({ b: b("{ type: record, name: r, agg: mean, raters: { supervisor: 0.5, «boss: 0.5 } }", "{ linear: { zero: 60, full: 95 } }") }) },
  { code: "record_raters_zero", source: doc({ b: b("{ type: record, name: r, agg: mean, raters: «{ peer: 0 } }", "{ linear: { zero: 60, full: 95 } }") }) },
  { code: "ratio_as_percent", source: doc({ b: b(SLA(ALL_TARGETS), "{ steps: [ { min: «90, points: 100 }, { points: 0 } ] }") }) },
  { code: "threshold_out_of_range", source: steps("[ { min: «6, points: 100 }, { points: 0 } ]") },
  { code: "threshold_out_of_range", source: doc({ b: b("{ type: nps }", "{ steps: [ { min: «150, points: 100 }, { points: 0 } ] }") }) },
  { code: "veto_bound_count", source: doc({ b: b("{ type: csat }", "{ linear: { zero: 3, full: 5 } }", "    veto: «{ below: 3, above: 4.9, cap_grade: B }\n") }) },
  { code: "input_encoding_unknown", source: doc({ head: "inputs: { tickets: { encoding: «klingon } }\n" }) },
  { code: "input_column_empty", source: doc({ head: "inputs: { tickets: { columns: { id: «\"\" } } }\n" }) },
  { code: "input_date_format_invalid", source: doc({ head: "inputs: { tickets: { date_format: «YYYY-MM-DD } }\n" }) },
  { code: "timezone_abbreviation", source: doc({ head: "timezone: «CST\n" }) },
  { code: "veto_always", source: doc({ b: b("{ type: csat }", "{ linear: { zero: 3, full: 5 } }", "    veto: { below: «30, cap_grade: B }\n") }) },
  { code: "threshold_out_of_range", source: doc({ b: b(SLA(ALL_TARGETS), "{ steps: [ { min: «\"150%\", points: 100 }, { points: 0 } ] }") }) },
  { code: "veto_unknown_grade", source: doc({ b: b("{ type: csat }", "{ linear: { zero: 3, full: 5 } }", "    veto: { below: 3, cap_grade: «X }\n") }) },
  { code: "adjustment_bounds", source: doc({ tail: "adjustments:\n  - { id: plus, metric: { type: record, name: p }, points_per: 1, min: «5, max: 2 }\n" }) },
  { code: "adjustment_penalty_without_min", source: doc({ tail: "adjustments:\n  - { id: minus, metric: { type: record, name: p }, points_per: «-2 }\n" }) },
  // Distribution and bonus
  { code: "distribution_unknown_grade", source: doc({ tail: "distribution: { mode: cap, shares: { «Z: 0.1 } }\n" }) },
  { code: "distribution_share_range", source: doc({ tail: "distribution: { mode: cap, shares: { A: «1.5 } }\n" }), also: ["distribution_share_sum"] },
  { code: "distribution_share_sum", source: doc({ tail: "distribution: { mode: cap, shares: «{ A: 0.6, B: 50% } }\n" }) },
  { code: "distribution_force_rest", source: doc({ tail: "distribution: { mode: force, shares: «{ A: 0.2, B: 0.8 } }\n" }) },
  { code: "bonus_pool_precision", source: doc({ tail: bonus("  pool: «100.001\n") }) },
  { code: "bonus_pool_zero", source: doc({ tail: bonus("  pool: «0\n") }) },
  { code: "bonus_pool_too_large", source: doc({ tail: bonus("  pool: «100000000000000000\n") }) },
  { code: "bonus_top_share_missing", source: doc({ tail: bonus("  pool: 1000\n  method: «top_share\n") }) },
  { code: "bonus_top_share_range", source: doc({ tail: bonus("  pool: 1000\n  method: top_share\n  top_share: { top: «0, share: 0.4 }\n") }) },
  { code: "bonus_redistribute_missing", source: doc({ tail: bonus("  pool: 1000\n  method: «redistribute\n  withhold: { B: 0.5 }\n") }) },
  { code: "bonus_unknown_grade", source: doc({ tail: bonus("  pool: 1000\n  method: redistribute\n  withhold: { B: 0.5 }\n  to: [«Z]\n") }) },
  { code: "bonus_withhold_range", source: doc({ tail: bonus("  pool: 1000\n  method: redistribute\n  withhold: { B: «1.5 }\n  to: [A]\n") }) },
  { code: "bonus_withhold_to", source: doc({ tail: bonus("  pool: 1000\n  method: redistribute\n  withhold: { A: 0.5 }\n  to: [«A]\n") }) },
  { code: "bonus_setting_ignored", source: doc({ tail: bonus("  pool: 1000\n  top_share: «{ top: 0.2, share: 0.4 }\n") }) },
  { code: "bonus_all_coefficients_zero", source: doc({ grades: "«grades:\n  - { id: A, min: 80, coefficient: 0 }\n  - { id: B, min: 0, coefficient: 0 }\n", tail: bonus("  pool: 1000\n") }) },
  // Calendar and time zone
  { code: "calendar_hours_empty", source: calendar("  hours: «[]\n") },
  { code: "calendar_hours_invalid", source: calendar('  hours: ["09:00-12:00", «"13:00-24:30"]\n') },
  { code: "calendar_hours_order", source: calendar('  hours: [«"18:00-09:00"]\n') },
  { code: "calendar_hours_overlap", source: calendar('  hours: ["09:00-12:00", «"11:30-18:00"]\n') },
  { code: "calendar_date_invalid", source: calendar("  holidays: [2026-10-01, «2026-02-30]\n") },
  { code: "calendar_date_conflict", source: calendar("  holidays: [2026-10-10]\n  extra_workdays: [«2026-10-10]\n") },
  { code: "calendar_no_workdays", source: calendar("  workdays: «[]\n") },
  { code: "timezone_invalid", source: doc({ head: "timezone: «Asia/Shanghia\n" }) },
];

// Reading and schema problems: rejected before any rule runs, still with line:col.
const parseCases: Case[] = [
  { code: "yaml_duplicate_key", source: "kpi: 1\nname: t\n«name: u\n" },
  { code: "yaml_alias", source: doc({ head: "timezone: &z UTC\nperiod: { by: «*z }\n" }) },
  { code: "yaml_tag", source: 'kpi: 1\nname: «!!js/function "function () {}"\n' },
  { code: "yaml_tag", source: "kpi: 1\nname: «!custom t\n" },
  { code: "yaml_tab_indent", source: "kpi: 1\nindicators:\n«\t- id: a\n" },
  { code: "yaml_syntax", source: "kpi: 1\nroles: [a, b\n«" },
  { code: "forbidden_key", source: doc({ head: "«__proto__: { polluted: true }\n" }) },
  { code: "forbidden_key", source: doc({ tail: "bonus: { pool: 1, «constructor: 1 }\n" }) },
  { code: "fullwidth_colon", source: doc({ b: b("{ type: count }", "{ pass: { min: 1 } }").replace("weight: 40", "weight«：40") }) },
  { code: "rubric_not_mapping", source: "«just some text\n" },
  { code: "unknown_key", source: doc({ b: b("{ type: count }", "{ pass: { min: 1 } }").replace("weight: 40", "«wieght: 40") }), also: ["missing_key"] },
  { code: "unknown_key", source: doc({ b: b("{ type: sla_rate, event: first_response, targets: { urgent: 1h }, «taregts: 1 }", "{ pass: { min: 1 } }") }) },
  { code: "missing_key", source: "«kpi: 1\nindicators:\n" + INDICATOR_A.replace("60", "100") + GRADES },
  { code: "invalid_type", source: doc({ b: b("{ type: count }", "{ pass: { min: 1 } }").replace("weight: 40", 'weight: «"40%"') }) },
  { code: "invalid_type", source: doc({ b: b("{ type: csat, satisfied_rate: «yes }", "{ pass: { min: 0.9 } }") }) },
  { code: "invalid_value", source: doc({ b: b("{ type: count }", "{ pass: { min: 1 } }", "    insufficient: «maybe\n") }) },
  { code: "invalid_value", source: "kpi: «2\nname: t\nindicators:\n" + INDICATOR_A.replace("60", "100") + GRADES },
  { code: "invalid_format", source: doc({ b: b(SLA("{ urgent: «30 minutes }"), "{ pass: { min: 1 } }") }) },
  { code: "out_of_range", source: doc({ b: b("{ type: count }", "{ pass: { min: 1 } }", "    min_sample: «-1\n") }) },
  { code: "unknown_metric_type", source: doc({ b: b("{ type: «fcr }", "{ pass: { min: 1 } }") }) },
];

describe("rubric reading: YAML and schema problems", () => {
  it.each(parseCases.map((c, i) => [`${c.code} #${i}`, c] as const))("%s", (_name, c) => {
    const { text, line, column } = marked(c.source);
    const { errors, rubric } = validateRubricText(text, "r.yaml");
    expect(rubric).toBeUndefined();
    expect(errors.map((d) => d.code).filter((code) => code !== c.code && !c.also?.includes(code))).toEqual([]);
    expect(errors.filter((d) => d.code === c.code).map((d) => `${d.line}:${d.column}`)).toContain(`${line}:${column}`);
  });

  it("suggests the key a typo meant", () => {
    const text = doc({ b: b("{ type: count }", "{ pass: { min: 1 } }").replace("weight: 40", "wieght: 40") });
    const unknown = validateRubricText(text, "r.yaml").errors.find((d) => d.code === "unknown_key");
    expect(unknown?.message).toBe("unknown key 'wieght'; did you mean 'weight'?");
  });

  it("says what to write instead of a quoted percentage or yes/no", () => {
    const weight = validateRubricText(doc({ a: INDICATOR_A.replace("weight: 60", 'weight: "60%"') }), "r.yaml").errors[0];
    expect(weight?.message).toMatch(/expected a number or a mapping, got "60%"; write a plain number without %/);
    const yes = validateRubricText(doc({ b: b("{ type: csat, satisfied_rate: yes }", "{ pass: { min: 0.9 } }") }), "r.yaml").errors[0];
    expect(yes?.message).toMatch(/write true or false/);
  });
});

describe("rubric rules: one broken rubric per rule", () => {
  it.each(cases.map((c) => [c.code, c] as const))("%s", (_code, c) => {
    const { text, line, column } = marked(c.source);
    const { errors, warnings, rubric } = validateRubricText(text, "r.yaml");
    const found = [...errors, ...warnings];
    expect(found.map((d) => d.code).filter((code) => code !== c.code && !c.also?.includes(code))).toEqual([]);
    expect(found.filter((d) => d.code === c.code).map((d) => `${d.line}:${d.column}`)).toContain(`${line}:${column}`);
    const hit = found.find((d) => d.code === c.code)!;
    expect(hit.file).toBe("r.yaml");
    expect(hit.message.length).toBeGreaterThan(10);
    expect(rubric === undefined).toBe(errors.length > 0);
  });

  it("every catalogue code that a rule emits has a case here", async () => {
    const { messages } = await import("../../src/render/messages.js");
    const covered = new Set(cases.map((c) => c.code));
    // Not reachable from rubric text: file bytes, --data, and zod issue kinds the schema never raises.
    const parseLevel = ["rubric_encoding", "data_xlsx_skipped", "data_no_files", "schema"];
    for (const c of parseCases) covered.add(c.code);
    const missing = Object.keys(messages).filter((code) => !covered.has(code) && !parseLevel.includes(code));
    expect(missing).toEqual([]);
  });
});
