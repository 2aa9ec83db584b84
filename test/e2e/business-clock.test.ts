// Business-hours SLAs end to end, across the 2026 National Day week and its make-up Saturday.
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

describe("clock: business in kpi score", () => {
  it("counts only working hours of workdays, skipping holidays and counting make-up days", () => {
    // Working hours 09–12, 13–18 (1d = 8 h). B1: 30 Sep 17:00 -> 8 Oct 16:00 = 1 h + 6 h = 7 h (hit; the
    // holiday week is skipped). B2: Fri 9 Oct 16:30 -> Mon 12 Oct 10:00 = 1.5 h + 8 h (make-up Sat 10 Oct)
    // + 1 h = 10.5 h (miss). B3: make-up Sat 09:00 -> 17:00 = 7 h (hit). B4: Sat 17 Oct -> Mon 19 Oct 16:00
    // = 6 h (hit). Business 3/4; wall clock (1d = 24 h) only B3 is within a day: 1/4.
    const run = runCli(["score", "-r", "fixtures/business/rubric.yaml", "-t", "fixtures/business/tickets.csv", "-p", "2026-10", "--format", "json"]);
    expect(run.code, run.stderr).toBe(0);
    const [alice] = JSON.parse(run.stdout).people;
    expect(alice.indicators.map((i: { id: string; value: number }) => [i.id, i.value])).toEqual([
      ["resolution_business", 0.75],
      ["resolution_wall", 0.25],
      ["median_hours", 7], // 6, 7, 7, 10.5 business hours
    ]);
    // 40 × 0.75 + 40 × 0.25 + 20 × (17 − 7) / 10 = 30 + 10 + 20
    expect(alice.score).toBe(60);
  });
});

describe("kpi calendar", () => {
  it("explains the working time of an interval day by day", () => {
    const run = runCli(["calendar", "-r", "fixtures/business/rubric.yaml", "--from", "2026-10-09 16:30", "--to", "2026-10-12 10:00", "--target", "1d"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("2026-10-10 Sat  make-up workday (调休)");
    expect(run.stdout).toContain("2026-10-11 Sun  weekend");
    expect(run.stdout).toContain("working time: 10h 30m (1.31 workdays) · wall time: 65h 30m");
    expect(run.stdout).toContain("over the target 1d by 2h 30m");
  });

  it("gives JSON with the working milliseconds", () => {
    const run = runCli(["calendar", "-r", "fixtures/business/rubric.yaml", "--from", "2026-09-30 17:00", "--to", "2026-10-08 16:00", "--format", "json"]);
    const result = JSON.parse(run.stdout);
    expect(result.working_ms).toBe(7 * 3_600_000);
    expect(result.days[0]).toMatchObject({ date: "2026-09-30", kind: "workday", working_ms: 3_600_000 });
    expect(result.days.filter((d: { kind: string }) => d.kind === "holiday")).toHaveLength(7);
  });

  it("rejects an interval that ends before it starts (exit 2)", () => {
    const run = runCli(["calendar", "-r", "fixtures/business/rubric.yaml", "--from", "2026-10-09", "--to", "2026-10-08"]);
    expect(run.code).toBe(2);
  });
});
