// `kpi test` as CI runs it: built CLI, plain text, pinned TZ. Needs `npm run build` first.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/cli.js";

const F = "fixtures/kpi-test";
const temps: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "kpi-test-e2e-"));
  temps.push(dir);
  return dir;
};
afterEach(() => temps.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("kpi test", () => {
  it("passes the example suite: exit 0, one line per case", () => {
    const run = runCli(["test", "examples/tests"]);
    expect(run.stdout).toBe(
      [
        "✓ examples/tests/insufficient-surveys/case.yaml — too few surveys re-weights the other indicators",
        "✓ examples/tests/strong-agent.test.yaml — a strong agent is graded S",
        "✓ examples/tests/veto-cap.test.yaml — a weak resolution rate is vetoed to C",
        "✓ examples/tests/weight-change/current.test.yaml — weight change, before (csat 20, nps 10)",
        "✓ examples/tests/weight-change/proposed.test.yaml — weight change, after (csat 25, nps 5) — only erin moves",
        "",
        "5 passed, 0 failed",
        "",
      ].join("\n"),
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it("prints what changed for a failing case: exit 1", () => {
    const run = runCli(["test", `${F}/failing`]);
    expect(run.stdout).toBe(
      [
        `✗ ${F}/failing/wrong-expectations.test.yaml`,
        "    alice.score: expected 87.5 ± 0.01, got 83.47",
        "    alice.grade: expected S, got A",
        "    alice.indicators.volume.points: expected 1 ± 0.01, got 0.8333333333333334",
        "    bob.grade: expected B, got C",
        "    carol: expected in results, not rated",
        "    dave: expected not rated, got score 83.47, grade A",
        "",
        "0 passed, 1 failed",
        "",
      ].join("\n"),
    );
    expect(run.code).toBe(1);
  });

  it("reports a malformed case, and a bad inline row, at file:line:col of the case: exit 1", () => {
    const run = runCli(["test", `${F}/malformed`]);
    expect(run.stdout.split("\n")).toEqual([
      `✗ ${F}/malformed/bad-row.test.yaml`,
      `    error: ${F}/malformed/bad-row.test.yaml:7:60: column 'created_at': "8 Oct, morning" is not a timestamp`,
      "      hint: expected 2026-10-08 09:15, 2026-10-08T09:15:00+08:00 or 2026/10/08 09:15; set inputs.<kind>.date_format for other layouts",
      `✗ ${F}/malformed/typo.test.yaml`,
      `    error: ${F}/malformed/typo.test.yaml:9:5: unknown key 'scroe'; did you mean 'score'?`,
      `    error: ${F}/malformed/typo.test.yaml:10:12: expected text, got 5`,
      "",
      "0 passed, 2 failed",
      "",
    ]);
    expect(run.code).toBe(1);
  });

  it("finds no cases: exit 2 with a hint", () => {
    const run = runCli(["test", tempDir()]);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^kpi: error: no test cases in .+\n  hint: test cases are files named \*\.test\.yaml/);
    expect(run.code).toBe(2);
    expect(runCli(["test", "no/such/dir"]).code).toBe(2);
  });

  it("--format json lists each difference as data", () => {
    const run = runCli(["test", "--format", "json", `${F}/failing`, "examples/tests/strong-agent.test.yaml"]);
    const report = JSON.parse(run.stdout);
    expect([report.passed, report.failed, report.updated]).toEqual([1, 1, 0]);
    expect(report.cases.map((c: { status: string }) => c.status)).toEqual(["failed", "passed"]);
    expect(report.cases[0].mismatches[3]).toEqual({
      path: "bob.grade",
      keys: ["bob", "grade"],
      expected: "B",
      actual: "C",
      message: "bob.grade: expected B, got C",
    });
    expect(run.code).toBe(1);
  });

  it("--update rewrites only the values that differ, keeping comments", () => {
    const dir = tempDir();
    const file = join(dir, "alice.test.yaml");
    const head = [`rubric: ${join(ROOT, "examples/support-dept.rubric.yaml")}`, "period: 2026-10", "data:", "  tickets:",
      '    - { id: A1, assignee: alice, priority: P1, created_at: "2026-10-08 09:00", first_response_at: "2026-10-08 09:10", resolved_at: "2026-10-08 11:00" }',
      "expect:"];
    writeFileSync(file, [...head, "  alice: { score: 80, grade: B, rank: 1 }   # pinned before the change", ""].join("\n"));
    const run = runCli(["test", "--update", file]);
    expect(run.stdout).toContain("↻ ");
    expect(run.code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe([...head, "  alice: { score: 83.47, grade: A, rank: 1 }   # pinned before the change", ""].join("\n"));
    expect(runCli(["test", file]).code).toBe(0);
  });

  it("leaves no temporary files behind", () => {
    const scratch = tempDir();
    runCli(["test", "examples/tests", `${F}/malformed`], { env: { TMPDIR: scratch } });
    expect(readdirSync(scratch)).toEqual([]);
  });
});
