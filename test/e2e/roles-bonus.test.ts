// Roles, 360 records, adjustments, veto, distribution and bonus end to end on fixtures/roles.
import { describe, expect, it } from "vitest";
import { expectGolden, runCli } from "../helpers/cli.js";

const args = ["score", "-r", "fixtures/roles/rubric.yaml", "fixtures/roles", "-p", "2026-10"];

function people() {
  const run = runCli([...args, "--format", "json"]);
  expect(run.code, run.stderr).toBe(0);
  return Object.fromEntries(JSON.parse(run.stdout).people.map((p: { id: string }) => [p.id, p]));
}

describe("roles, records and bonus", () => {
  it("uses each role's indicator set and weights", () => {
    const { ann, cat } = people();
    expect(ann.indicators.map((i: { id: string; weight: number }) => [i.id, i.weight])).toEqual([["volume", 60], ["peer", 40]]);
    expect(cat.indicators.map((i: { id: string; weight: number }) => [i.id, i.weight])).toEqual([["volume", 20], ["kb", 40], ["peer", 40]]);
  });

  it("weights 360 ratings by rater role and re-weights a missing group, with a note", () => {
    const { ann, ben } = people();
    // ann: no self rating -> supervisor 0.5/0.8, peer 0.3/0.8: 5 × 0.625 + 4.5 × 0.375
    expect(ann.indicators[1]).toMatchObject({ id: "peer", value: 4.8125, n: 3, points: 95.3125 });
    expect(ann.notes).toContain("peer: no self ratings: re-weighted supervisor 0.625, peer 0.375");
    // ben: 4 × 0.5 + 4 × 0.3 + 5 × 0.2
    expect(ben.indicators[1]).toMatchObject({ value: 4.2, points: 80 });
  });

  it("adds capped adjustments: ann 98.125 + 5 (innovation 3 × 2 capped) = 103.13; ben 92 − 5 = 87", () => {
    const { ann, ben } = people();
    expect(ann.score).toBe(103.13);
    expect(ann.adjustments).toEqual([
      { id: "innovation", value: 3, points: 5 },
      { id: "violations", value: 0, points: 0 },
    ]);
    expect(ben.score).toBe(87);
  });

  it("filters records by date: September's kb articles do not count", () => {
    expect(people().cat.indicators[1]).toMatchObject({ id: "kb", value: 4, n: 2 });
  });

  it("caps cat's grade by the peer veto and moves ben down by the A share (floor(0.34 × 3) = 1)", () => {
    const { ann, ben, cat } = people();
    expect([ann.grade, ben.grade, cat.grade]).toEqual(["A", "B", "C"]);
    expect(cat.score).toBe(67.5);
    expect(cat.notes).toContain("grade capped at C by veto peer");
    expect(cat.indicators[2].status).toBe("veto");
    expect(ben.notes).toContain("grade A -> B by distribution (cap)");
  });

  it("splits the pool to the cent: weights 1000×1.2, 1000×1.0×11/22 (joined 16 Oct), 2000×0.5", () => {
    const { ann, ben, cat } = people();
    // 100000 cents × 1200/2700, 500/2700, 1000/2700 = 44444.4, 18518.5, 37037.0: the spare cent goes to ben.
    expect([ann.bonus, ben.bonus, cat.bonus]).toEqual([444.44, 185.19, 370.37]);
    expect(Math.round((ann.bonus + ben.bonus + cat.bonus) * 100)).toBe(100000);
  });

  it("golden table with the bonus table", () => {
    expectGolden("roles-table.txt", args, runCli(args));
  });

  it("refuses to split a pool when every weight is zero (exit 1)", () => {
    const run = runCli(["score", "-r", "fixtures/roles/zero-coefficients.rubric.yaml", "fixtures/roles", "-p", "2026-10"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bonus/);
    expect(run.stdout).toBe("");
  });

  it("rates an assignee missing from the roster with a counted warning, or refuses with --strict-roster", () => {
    const base = ["score", "-r", "fixtures/roles/rubric.yaml", "-t", "fixtures/roles/tickets.csv", "--roster", "fixtures/roles/roster-without-ben.csv", "-p", "2026-10"];
    const lenient = runCli([...base, "--format", "json"]);
    expect(lenient.code, lenient.stderr).toBe(1); // base: roster needs ben's bonus_base
    expect(lenient.stderr).toContain("bonus_base");
    const strict = runCli([...base, "--strict-roster"]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("fixtures/roles/tickets.csv:4: assignee 'ben' is not on the roster");
  });
});
