// Manual indicators: a supervisor level (and a weighted self-rating) -> points; no rating ->
// the insufficient policy. Numbers worked out by hand on the scale 1 → 20 … 5 → 100.
import { describe, expect, it } from "vitest";
import { rateManually } from "../../src/core/manual-rating.js";
import { parsePeriod } from "../../src/core/period.js";
import { scorePeople } from "../../src/core/score-people.js";
import type { PersonRecord } from "../../src/core/types.js";
import { rubricSchema, type ManualScoring } from "../../src/schema/rubric.js";
import { t, ticket, wallClock } from "../helpers/factories.js";

const levels = { 1: { points: 20, label: "far below" }, 2: { points: 40, label: "below" }, 3: { points: 60, label: "meets" }, 4: { points: 80, label: "above" }, 5: { points: 100, label: "far above" } };
const scale = (selfWeight?: number): ManualScoring => ({ levels, ...(selfWeight === undefined ? {} : { self_weight: selfWeight }) });

let line = 1;
const rating = (value: number, raterRole?: string, metric = "teamwork", person = "alice"): PersonRecord =>
  ({ person, metric, value, date: Number.NaN, rater: undefined, raterRole, source: { file: "records.csv", line: ++line } });

describe("rateManually", () => {
  it.each([
    ["supervisor only, self_weight 0", scale(), [rating(4, "supervisor"), rating(5, "self")], { value: 4, n: 1, points: 80, ratings: { supervisor: 4, self: null } }],
    ["an empty rater_role is the supervisor", scale(), [rating(3)], { value: 3, n: 1, points: 60 }],
    // 0.8 × 80 + 0.2 × 100 = 84; level 0.8 × 4 + 0.2 × 5 = 4.2
    ["with a 20 % self-rating", scale(0.2), [rating(4, "supervisor"), rating(5, "self")], { value: 4.2, n: 2, points: 84, ratings: { supervisor: 4, self: 5 } }],
    // 0.7 × 60 + 0.3 × 100 = 72; the level keeps its binary noise: never rounded in JSON
    ["with a 30 % self-rating", scale(0.3), [rating(3, "supervisor"), rating(5, "self")], { value: 0.7 * 3 + 0.3 * 5, n: 2, points: 72 }],
  ] as const)("%s", (_name, manual, records, expected) => {
    expect(rateManually("teamwork", manual, records)).toMatchObject(expected);
  });

  it("without a self-rating the supervisor's counts alone, with a note", () => {
    expect(rateManually("teamwork", scale(0.2), [rating(2, "supervisor")])).toEqual({
      value: 2, n: 1, points: 40, ratings: { supervisor: 2, self: null }, notes: ["no self-rating: the supervisor rating alone counts"],
    });
  });

  it("no supervisor rating is no value (insufficient), even with a self-rating", () => {
    expect(rateManually("teamwork", scale(0.2), [rating(5, "self")])).toMatchObject({ value: null, n: 1, points: null, notes: ["a self-rating without a supervisor rating does not count"] });
    expect(rateManually("teamwork", scale(), [rating(5, "supervisor", "other")])).toMatchObject({ value: null, n: 0, points: null, notes: [] });
  });

  it("the last rating of a role counts (a workbook read after the records replaces them)", () => {
    const out = rateManually("teamwork", scale(), [rating(2, "supervisor"), rating(4, "Supervisor")]);
    expect(out).toMatchObject({ value: 4, points: 80, n: 1 });
    expect(out.notes).toEqual(["2 supervisor ratings (2, 4): the last one, 4, counts"]);
    expect(rateManually("teamwork", scale(), [rating(4), rating(4)]).notes).toEqual([]);
  });

  it("ignores ratings that are not a level, and other rater roles, with notes", () => {
    const out = rateManually("teamwork", scale(), [rating(7), rating(3.5), rating(5, "peer"), rating(3)]);
    expect(out).toMatchObject({ value: 3, points: 60, n: 1 });
    expect(out.notes).toEqual(["ignored ratings that are not a level (1, 2, 3, 4, 5): 7, 3.5", "ignored 1 ratings whose rater_role is neither supervisor nor self"]);
  });
});

describe("manual indicators in scorePeople", () => {
  const volume = { id: "volume", weight: 60, metric: { type: "count" }, scoring: { ratio: { target: 2 } } } as const;
  const teamwork = (extra = {}) => ({ id: "teamwork", weight: 40, metric: { type: "manual" }, scoring: { manual: scale(0.2) }, ...extra });
  const run = (indicator: object, records: PersonRecord[]) => {
    const rubric = rubricSchema.parse({ kpi: 1, name: "t", indicators: [volume, indicator], grades: [{ id: "A", min: 0 }] });
    const tickets = [ticket({ id: "1", assignee: "alice", created: "2026-10-05 09:00" }), ticket({ id: "2", assignee: "alice", created: "2026-10-06 09:00" })];
    const data = { tickets, surveys: [], records, roster: undefined, events: [] };
    return scorePeople({ rubric, data, period: parsePeriod("2026-10", "UTC")!, asOf: t("2026-11-01 00:00"), clockFor: () => wallClock }).people[0]!;
  };

  it("weights the rating's points: 60 × 100% + 40 × 84% = 93.6", () => {
    const alice = run(teamwork(), [rating(4, "supervisor"), rating(5, "self")]);
    expect(alice.indicators[1]).toEqual({ id: "teamwork", value: 4.2, n: 2, points: 84, weight: 40, contribution: 33.6, status: "ok", ratings: { supervisor: 4, self: 5 } });
    expect(alice.score).toBe(93.6);
  });

  it.each([
    ["exclude", null, 0, 100],
    ["neutral", 60, 40, 60 + 24],
    ["zero", 0, 40, 60],
  ] as const)("no rating, insufficient: %s", (policy, points, weight, score) => {
    const alice = run(teamwork({ insufficient: policy }), []);
    expect(alice.indicators[1]).toMatchObject({ value: null, n: 0, points, weight, status: "insufficient", ratings: { supervisor: null, self: null } });
    expect(alice.score).toBe(score);
  });

  it("min_sample counts ratings: 2 needs the self-rating too", () => {
    expect(run(teamwork({ min_sample: 2, insufficient: "zero" }), [rating(4, "supervisor")]).indicators[1]).toMatchObject({ n: 1, points: 0, status: "insufficient" });
  });

  it("a veto reads the weighted level", () => {
    const alice = run(teamwork({ veto: { below: 2, cap_grade: "A" } }), [rating(1, "supervisor"), rating(3, "self")]);
    expect(alice.indicators[1]).toMatchObject({ value: 0.8 * 1 + 0.2 * 3, status: "veto" });
  });
});
