import { describe, expect, it } from "vitest";
import { aggregateRecords, type AggregatedRecord, type RecordAgg } from "../../src/core/record-aggregate.js";

let line = 1;
const rec = (value: number, date = Number.NaN, raterRole?: string): AggregatedRecord => ({ value, date, raterRole, source: { file: "records.csv", line: ++line } });
const values = [rec(3, 30), rec(1, 10), rec(4, 20), rec(1.5, 20)];

describe("aggregateRecords", () => {
  it.each<[RecordAgg, number]>([
    ["sum", 9.5],
    ["mean", 2.375],
    ["max", 4],
    ["min", 1],
    ["last", 3],
    ["count", 4],
  ])("%s", (agg, expected) => {
    expect(aggregateRecords(values, agg)).toEqual({ value: expected, n: 4, notes: [] });
  });

  it("no records: 0 for sum and count, insufficient (null) otherwise", () => {
    expect(aggregateRecords([], "sum").value).toBe(0);
    expect(aggregateRecords([], "count").value).toBe(0);
    for (const agg of ["mean", "max", "min", "last"] as const) expect(aggregateRecords([], agg)).toEqual({ value: null, n: 0, notes: [] });
  });

  it("last: latest date, then the later row; undated rows are older than dated ones", () => {
    expect(aggregateRecords([rec(1, 20), rec(2, 20), rec(3, 10)], "last").value).toBe(2);
    expect(aggregateRecords([rec(1, 5), rec(2)], "last").value).toBe(1);
    expect(aggregateRecords([rec(1), rec(2)], "last").value).toBe(2);
  });

  it("sums independently of row order", () => {
    const xs = [rec(0.1), rec(0.2), rec(0.3), rec(1e16), rec(-1e16)];
    expect(aggregateRecords(xs, "sum").value).toBe(aggregateRecords([...xs].reverse(), "sum").value);
  });
});

describe("aggregateRecords with raters (360)", () => {
  const raters = { supervisor: 0.5, peer: 0.3, self: 0.2 };

  it("weights the mean of each rater group", () => {
    const rs = [rec(90, 1, "Supervisor"), rec(80, 1, "peer"), rec(70, 1, " PEER "), rec(100, 1, "self")];
    // 0.5 × 90 + 0.3 × 75 + 0.2 × 100
    expect(aggregateRecords(rs, "mean", raters)).toEqual({ value: 87.5, n: 4, notes: [] });
  });

  it("drops a missing group, re-weights the rest and notes it", () => {
    const out = aggregateRecords([rec(80, 1, "supervisor"), rec(60, 1, "peer")], "mean", raters);
    expect(out.value).toBeCloseTo(0.625 * 80 + 0.375 * 60, 12);
    expect(out.notes).toEqual(["no self ratings: re-weighted supervisor 0.625, peer 0.375"]);
  });

  it("ignores rater roles not in raters, and counts them in a note", () => {
    const out = aggregateRecords([rec(80, 1, "supervisor"), rec(10, 1, "customer"), rec(20, 1), rec(90, 1, "peer"), rec(100, 1, "self")], "mean", raters);
    expect(out.n).toBe(3);
    expect(out.value).toBeCloseTo(0.5 * 80 + 0.3 * 90 + 0.2 * 100, 12);
    expect(out.notes).toEqual(["ignored 2 records whose rater_role is not in raters (customer ×1, (none) ×1)"]);
  });

  it("no rated records at all: insufficient", () => {
    expect(aggregateRecords([], "mean", raters)).toEqual({ value: null, n: 0, notes: [] });
  });
});
