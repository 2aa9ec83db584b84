// End to end: spawn the built CLI on fixtures/score, whose numbers are worked out by hand below.
import { describe, expect, it } from "vitest";
import { expectGolden, runCli } from "../helpers/cli.js";

const base = ["score", "--rubric", "fixtures/score/rubric.yaml", "fixtures/score", "--period", "2026-10"];

function json(args: string[] = []) {
  const run = runCli([...base, "--format", "json", ...args]);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

describe("kpi score on fixtures/score", () => {
  it("scores alice by hand: frt 3/4 -> 80, fcr 3/4 -> 50, csat 4 -> 50, 4 tickets -> 100 = 67, B", () => {
    const alice = json().people.find((p: { id: string }) => p.id === "Alice");
    expect(alice).toMatchObject({ id: "Alice", name: "Alice Wang", team: "L1", score: 67, grade: "B", rank: 1, bonus: null });
    expect(alice.indicators).toEqual([
      { id: "frt_sla", value: 0.75, n: 4, points: 80, weight: 40, contribution: 32, status: "ok" },
      { id: "fcr", value: 0.75, n: 4, points: 50, weight: 30, contribution: 15, status: "ok" },
      { id: "csat", value: 4, n: 3, points: 50, weight: 20, contribution: 10, status: "ok" },
      { id: "volume", value: 4, n: 4, points: 100, weight: 10, contribution: 10, status: "ok" },
    ]);
  });

  it("rescales bob's weights when csat has too few responses: 25 + 0 + 9.375 = 34.38, D", () => {
    const bob = json().people.find((p: { id: string }) => p.id === "bob");
    expect(bob.score).toBe(34.38);
    expect(bob.grade).toBe("D");
    expect(bob.indicators.map((i: { id: string; weight: number; points: number | null; status: string }) => [i.id, i.weight, i.points, i.status])).toEqual([
      ["frt_sla", 50, 50, "ok"],
      ["fcr", 37.5, 0, "ok"],
      ["csat", 0, null, "insufficient"],
      ["volume", 12.5, 75, "ok"],
    ]);
  });

  it("rates roster people without tickets, and nobody who only had rejected or out-of-period tickets", () => {
    const result = json();
    expect(result.people.map((p: { id: string; rank: number; score: number }) => [p.id, p.rank, p.score])).toEqual([
      ["Alice", 1, 67],
      ["bob", 2, 34.38],
      ["dave", 3, 0],
    ]);
  });

  it("counts every skipped row under a warning code with its first location", () => {
    const result = json();
    const warnings = Object.fromEntries(result.warnings.map((w: { code: string; count: number; example: string }) => [w.code, [w.count, w.example]]));
    expect(warnings).toEqual({
      duplicate_ticket: [1, "fixtures/score/tickets.csv:11"],
      outside_period: [1, "fixtures/score/tickets.csv:8"],
      response_before_created: [1, "fixtures/score/tickets.csv:9"],
      survey_out_of_scale: [1, "fixtures/score/surveys.csv:6"],
      survey_unknown_ticket: [1, "fixtures/score/surveys.csv:7"],
      unknown_priority: [1, "fixtures/score/tickets.csv:10"],
    });
    expect(result.inputs.map((i: { kind: string; rows: number; used: number; rejected: number }) => [i.kind, i.rows, i.used, i.rejected])).toEqual([
      ["tickets", 10, 8, 2],
      ["surveys", 6, 4, 2], // csat 6 is out of scale (the row's only score), T99 is no ticket
      ["roster", 3, 3, 0],
    ]);
  });

  it("gives byte-identical JSON for identical input, whatever the machine's time zone", () => {
    const a = runCli([...base, "--format", "json"], { env: { TZ: "UTC" } });
    const b = runCli([...base, "--format", "json"], { env: { TZ: "America/Los_Angeles" } });
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
  });

  it("judges open tickets at --as-of", () => {
    // As of 13 Oct 09:20 bob's T5 (high, 2 h target) is answered; T6 is not yet created.
    const result = json(["--as-of", "2026-10-13 09:20"]);
    const bob = result.people.find((p: { id: string }) => p.id === "bob");
    expect(bob.indicators[0]).toMatchObject({ id: "frt_sla", value: 0.5, n: 2 });
    expect(result.period.as_of).toBe("2026-10-13T09:20:00+08:00");
  });

  it.each([
    ["table", []],
    ["csv", ["--format", "csv"]],
    ["json", ["--format", "json"]],
  ])("golden %s output", (name, extra) => {
    const args = [...base, ...extra];
    expectGolden(`score-${name}.txt`, args, runCli(args));
  });

  it("writes CSV with a BOM for Excel when asked", () => {
    const run = runCli([...base, "--format", "csv", "--bom"]);
    expect(run.stdout.startsWith("\ufeffrank,id,name,role,team,score,grade,")).toBe(true);
  });
});

describe("kpi score usage", () => {
  it("requires --period (exit 2)", () => {
    const run = runCli(["score", "--rubric", "fixtures/score/rubric.yaml", "fixtures/score"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--period is required");
    expect(run.stdout).toBe("");
  });

  it("rejects a period it cannot read (exit 2)", () => {
    const run = runCli([...base.slice(0, -1), "October"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("'October' is not a period");
  });

  it("says where the data is when no ticket falls in the period", () => {
    const run = runCli(["score", "--rubric", "fixtures/score/rubric.yaml", "fixtures/score", "--period", "2025-01"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("no ticket falls in 2025-01; their created_at runs from 2026-09-30 to 2026-10-21 (wrong --period?)");
  });

  it("rejects an unknown format (exit 2)", () => {
    const run = runCli([...base, "--format", "pdf"]);
    expect(run.code).toBe(2);
  });

  it("shows examples in its help", () => {
    const run = runCli(["score", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Examples:");
    expect(run.stdout).toContain("--period");
  });
});

describe("the Quick start example", () => {
  it("golden table with Chinese names and labels aligned by display width", () => {
    const args = ["score", "--rubric", "examples/support-dept.rubric.yaml", "examples/2026-10", "--period", "2026-10"];
    const run = runCli(args);
    expect(run.code, run.stderr).toBe(0);
    // Every row of the table is as wide on screen as the top border (CJK counts two columns).
    const width = (line: string) => [...line].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
    const lines = run.stdout.split("\n").filter((line) => /^[│┌├└]/.test(line));
    expect(new Set(lines.map(width)).size).toBe(1);
    expect(run.stdout).toContain("何浩 (he.hao)");
    expectGolden("example-table.txt", args, run);
  });
});
