// kpi explain takes one person's score apart; numbers must match kpi score's JSON exactly.
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const base = ["explain", "-r", "fixtures/roles/rubric.yaml", "fixtures/roles", "-p", "2026-10"];

describe("kpi explain", () => {
  it("shows each indicator's value, rule, points × weight, the adjustments, grade and bonus", () => {
    const run = runCli([...base, "--person", "CAT", "--lang", "en"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("Cat (cat) · expert · L2 · 2026-10 · Roles fixture");
    expect(run.stdout).toContain("points    18.75 (veto) × weight 40 / 100 = 7.5");
    expect(run.stdout).toContain("points    100 × weight 20 / 100 = 20");
    expect(run.stdout).toContain("score 67.50 (rounded half-up) · rank 3 of 3");
    expect(run.stdout).toContain("grade C (the score alone gives B, ≥ 60; see the notes)");
    expect(run.stdout).toContain("note: grade capped at C by veto peer");
    expect(run.stdout).toContain("bonus 370.37 CNY");
  });

  it("gives the same person JSON as kpi score", () => {
    const explained = JSON.parse(runCli([...base, "--person", "ann", "--format", "json"]).stdout);
    const scored = JSON.parse(runCli(["score", "-r", "fixtures/roles/rubric.yaml", "fixtures/roles", "-p", "2026-10", "--format", "json"]).stdout);
    expect(explained).toEqual(scored.people.find((p: { id: string }) => p.id === "ann"));
  });

  it("lists the people rated when the person is unknown (exit 2)", () => {
    const run = runCli([...base, "--person", "zed"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("'zed' was not rated for 2026-10");
    expect(run.stderr).toMatch(/ann\s+103\.13\s+A\s+Ann/);
  });
});
