import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/core/period.js";
import { scorePeople } from "../../src/core/score-people.js";
import type { Dataset, RosterEntry } from "../../src/core/types.js";
import { rubricSchema, type RubricInput } from "../../src/schema/rubric.js";
import { survey, t, ticket, wallClock } from "../helpers/factories.js";

const grades = [
  { id: "S", min: 90 },
  { id: "A", min: 80 },
  { id: "B", min: 60 },
  { id: "C", min: 40 },
  { id: "D", min: 0 },
];

function run(input: Partial<RubricInput>, data: Partial<Dataset>) {
  const rubric = rubricSchema.parse({ kpi: 1, name: "test", grades, indicators: [], ...input });
  return scorePeople({
    rubric,
    data: { tickets: [], surveys: [], records: [], roster: undefined, events: [], ...data },
    period: parsePeriod("2026-10", "UTC")!,
    asOf: t("2026-11-01 00:00"),
    clockFor: () => wallClock,
  });
}

const fcrIndicator = {
  id: "fcr",
  weight: 40,
  metric: { type: "fcr_rate" },
  scoring: { steps: [{ min: 0.9, points: 100 }, { min: 0.5, points: 80 }, { points: 0 }] },
} as const;
const csatIndicator = {
  id: "csat",
  weight: 60,
  metric: { type: "csat" },
  min_sample: 2,
  scoring: { linear: { zero: 1, full: 5 } },
} as const;

const resolved = (assignee: string, id: string, extra = {}) =>
  ticket({ id, assignee, created: "2026-10-05 09:00", resolved: "2026-10-05 10:00", ...extra });

describe("scorePeople", () => {
  it("weights points into a score, grades it and ranks people", () => {
    const { people } = run(
      { indicators: [fcrIndicator, csatIndicator] },
      {
        tickets: [resolved("alice", "1"), resolved("alice", "2"), resolved("bob", "3"), resolved("bob", "4", { escalated: true })],
        surveys: [survey({ ticketId: "1", csat: 5 }), survey({ ticketId: "2", csat: 4 }), survey({ ticketId: "3", csat: 3 }), survey({ ticketId: "4", csat: 3 })],
      },
    );
    // alice: fcr 1 -> 100 × 40%; csat 4.5 -> 87.5 × 60% = 52.5; total 92.5
    expect(people.map((p) => [p.id, p.score, p.grade, p.rank])).toEqual([
      ["alice", 92.5, "S", 1],
      ["bob", 62, "B", 2], // fcr 0.5 -> 80 × 40% = 32; csat 3 -> 50 × 60% = 30
    ]);
    expect(people[0]!.indicators[1]).toEqual({ id: "csat", value: 4.5, n: 2, points: 87.5, weight: 60, contribution: 52.5, status: "ok" });
  });

  it("exclude drops an indicator without enough data and rescales the rest to 100", () => {
    const { people } = run({ indicators: [fcrIndicator, csatIndicator] }, { tickets: [resolved("carol", "1")], surveys: [survey({ ticketId: "1", csat: 5 })] });
    const carol = people[0]!;
    expect(carol.indicators).toEqual([
      { id: "fcr", value: 1, n: 1, points: 100, weight: 100, contribution: 100, status: "ok" },
      { id: "csat", value: 5, n: 1, points: null, weight: 0, contribution: 0, status: "insufficient" },
    ]);
    expect(carol.score).toBe(100);
  });

  it.each([
    ["neutral", 60, 40 + 36],
    ["zero", 0, 40],
  ] as const)("insufficient: %s gives %d points", (policy, points, score) => {
    const { people } = run({ indicators: [fcrIndicator, { ...csatIndicator, insufficient: policy }] }, { tickets: [resolved("dan", "1")] });
    expect(people[0]!.indicators[1]).toMatchObject({ points, weight: 60, status: "insufficient", value: null, n: 0 });
    expect(people[0]!.score).toBe(score);
  });

  it("a veto caps the grade and is noted", () => {
    const { people } = run(
      { indicators: [{ ...fcrIndicator, weight: 100, veto: { below: 0.6, cap_grade: "C" }, scoring: { pass: { min: 0 } } }] },
      { tickets: [resolved("erin", "1", { escalated: true }), resolved("erin", "2")] },
    );
    expect(people[0]).toMatchObject({ score: 100, grade: "C", notes: ["grade capped at C by veto fcr"] });
    expect(people[0]!.indicators[0]!.status).toBe("veto");
  });

  it("count is 0 without tickets and roster people are rated without tickets", () => {
    const roster: RosterEntry[] = [
      { person: "zhang.wei", id: "Zhang.Wei", name: "张伟", role: undefined, team: "L1", bonusBase: undefined, startDate: undefined, endDate: undefined, extra: undefined, source: { file: "roster.csv", line: 2 } },
      { person: "gone", id: "gone", name: "Gone", role: undefined, team: "L1", bonusBase: undefined, startDate: undefined, endDate: "2026-09-30", extra: undefined, source: { file: "roster.csv", line: 3 } },
    ];
    const { people } = run(
      { indicators: [{ id: "volume", weight: 100, metric: { type: "count" }, scoring: { ratio: { target: 2 } } }] },
      { roster, tickets: [resolved(" ZHANG.wei".trim().toLowerCase(), "1")] },
    );
    expect(people.map((p) => [p.id, p.name, p.team, p.score])).toEqual([["Zhang.Wei", "张伟", "L1", 50]]);
  });

  it("ranks ties by competition ranking and orders them by id", () => {
    const { people } = run(
      { indicators: [{ id: "volume", weight: 100, metric: { type: "count" }, scoring: { ratio: { target: 2 } } }] },
      { tickets: [resolved("b", "1"), resolved("a", "2"), resolved("c", "3"), resolved("c", "4")] },
    );
    expect(people.map((p) => [p.id, p.rank])).toEqual([["c", 1], ["a", 2], ["b", 2]]);
  });

  it("adjustments add capped points after the weighted sum", () => {
    const { people } = run(
      {
        indicators: [{ id: "volume", weight: 100, metric: { type: "count" }, scoring: { ratio: { target: 2 } } }],
        adjustments: [{ id: "bonus_tickets", metric: { type: "count" }, points_per: 3, max: 5 }],
      },
      { tickets: [resolved("a", "1"), resolved("a", "2")] },
    );
    expect(people[0]).toMatchObject({ score: 105, adjustments: [{ id: "bonus_tickets", value: 2, points: 5 }] });
  });

  it("tickets outside the period are not counted, and that is reported", () => {
    const result = run(
      { indicators: [{ id: "volume", weight: 100, metric: { type: "count" }, scoring: { ratio: { target: 1 } } }] },
      { tickets: [resolved("a", "1"), ticket({ id: "2", assignee: "a", created: "2026-09-30 23:59" })] },
    );
    expect(result.people[0]!.indicators[0]!.value).toBe(1);
    expect(result.warnings.count("outside_period")).toBe(1);
  });

  it("a survey for an unknown ticket is a counted warning", () => {
    const result = run({ indicators: [csatIndicator, { ...fcrIndicator, weight: 40 }] }, { tickets: [resolved("a", "1")], surveys: [survey({ ticketId: "nope", csat: 5 })] });
    expect(result.warnings.count("survey_unknown_ticket")).toBe(1);
  });

  it("keeps two ids with the same display name apart, with a warning", () => {
    const entry = (person: string, line: number): RosterEntry => ({ person, id: person, name: "张伟", role: undefined, team: undefined, bonusBase: undefined, startDate: undefined, endDate: undefined, extra: undefined, source: { file: "roster.csv", line } });
    const result = run({ indicators: [{ id: "volume", weight: 100, metric: { type: "count" }, scoring: { ratio: { target: 1 } } }] }, { roster: [entry("zhang.wei", 2), entry("zhang.wei2", 3)] });
    expect(result.people.map((p) => p.id)).toEqual(["zhang.wei", "zhang.wei2"]);
    expect(result.warnings.list()).toMatchObject([{ code: "name_collision", count: 1, example: "roster.csv:3" }]);
  });

  it("matches record metrics as written: 'KB' is not 'kb' (§4.1 equals)", () => {
    const record = (metric: string, value: number) => ({ person: "ann", metric, value, date: Number.NaN, rater: undefined, raterRole: undefined, source: { file: "records.csv", line: 2 } });
    const { people } = run(
      { indicators: [{ id: "kb", weight: 100, metric: { type: "record", name: "kb", agg: "sum" }, scoring: { ratio: { target: 100 } } }] },
      { tickets: [resolved("ann", "1")], records: [record("kb", 60), record("KB", 77), record(" kb ", 1)] },
    );
    expect(people[0]!.indicators[0]).toMatchObject({ value: 60, n: 1 });
  });
});
