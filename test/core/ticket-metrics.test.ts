import { describe, expect, it } from "vitest";
import { durationStat, fcrRate, reopenRate, reopenedWithin, slaRate } from "../../src/core/metrics/ticket-metrics.js";
import { context, ticket, wallClock } from "../helpers/factories.js";

const targets = { urgent: "30m", high: "2h", normal: "8h", low: "1d" };

describe("sla_rate", () => {
  it("counts hits within the target of each ticket's priority, the boundary included", () => {
    const tickets = [
      ticket({ created: "2026-10-08 09:00", response: "2026-10-08 09:30", priority: "urgent" }), // exactly 30m: hit
      ticket({ created: "2026-10-08 09:00", response: "2026-10-08 09:31", priority: "urgent" }), // miss
      ticket({ created: "2026-10-08 09:00", response: "2026-10-08 10:59", priority: "high" }), // hit
      ticket({ created: "2026-10-08 09:00", response: "2026-10-09 08:00", priority: "low" }), // 23h < 1d: hit
    ];
    expect(slaRate(tickets, "first_response", targets, wallClock, context())).toEqual({ value: 0.75, n: 4 });
  });

  it("counts an open ticket past its target as a miss and leaves out one still inside it", () => {
    const asOf = "2026-10-31 12:00";
    const tickets = [
      ticket({ created: "2026-10-31 11:50", priority: "urgent" }), // open 10 min of 30: left out
      ticket({ created: "2026-10-31 11:00", priority: "urgent" }), // open 60 min: miss
      ticket({ created: "2026-10-31 11:00", response: "2026-10-31 11:10", priority: "urgent" }), // hit
    ];
    expect(slaRate(tickets, "first_response", targets, wallClock, context(asOf))).toEqual({ value: 0.5, n: 2 });
  });

  it("treats an event after --as-of as not yet happened", () => {
    const tickets = [ticket({ created: "2026-10-31 08:00", resolved: "2026-10-31 20:00", priority: "normal" })];
    // As of 10:00 the ticket is 2 h old, inside its 8 h target: undecided, no observation.
    expect(slaRate(tickets, "resolution", targets, wallClock, context("2026-10-31 10:00"))).toEqual({ value: null, n: 0 });
  });

  it("leaves out tickets whose priority has no target", () => {
    const tickets = [ticket({ created: "2026-10-08 09:00", response: "2026-10-08 09:10", priority: "normal" })];
    expect(slaRate(tickets, "first_response", { urgent: "30m" }, wallClock, context())).toEqual({ value: null, n: 0 });
  });
});

describe("duration", () => {
  const hours = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((h) =>
    ticket({ created: "2026-10-08 00:00", resolved: `2026-10-08 ${String(h).padStart(2, "0")}:00` }),
  );

  it.each([
    ["mean", 5.5],
    ["median", 5.5],
    ["p90", 9],
  ] as const)("%s over 1..10 h is %f", (stat, expected) => {
    expect(durationStat(hours, "resolution", stat, wallClock, context())).toEqual({ value: expected, n: 10 });
  });

  it("p90 is the nearest rank ⌈0.9·n⌉ and the median of an odd count is the middle value", () => {
    const five = hours.slice(0, 5);
    expect(durationStat(five, "resolution", "p90", wallClock, context()).value).toBe(5);
    expect(durationStat(five, "resolution", "median", wallClock, context()).value).toBe(3);
  });

  it("has no value without observations", () => {
    expect(durationStat([ticket({ created: "2026-10-08 00:00" })], "resolution", "mean", wallClock, context())).toEqual({ value: null, n: 0 });
  });
});

describe("reopen rule (§4.1)", () => {
  const window = 72 * 3_600_000;
  it.each([
    ["reopened 71h after the first resolution", { firstResolved: "2026-10-02 00:00", reopened: "2026-10-04 23:00", resolved: "2026-10-06 00:00" }, true],
    ["reopened 73h after the first resolution", { firstResolved: "2026-10-02 00:00", reopened: "2026-10-05 01:00", resolved: "2026-10-06 00:00" }, false],
    ["reopened after resolved_at, no first_resolved_at", { resolved: "2026-10-02 00:00", reopened: "2026-10-03 00:00" }, true],
    ["reopened before the final resolution, no first_resolved_at", { resolved: "2026-10-20 00:00", reopened: "2026-10-10 00:00" }, true],
    ["only a reopen count", { resolved: "2026-10-02 00:00", reopenCount: 2 }, true],
    ["a zero reopen count", { resolved: "2026-10-02 00:00", reopenCount: 0 }, false],
    ["never reopened", { resolved: "2026-10-02 00:00" }, false],
    ["reopened_at outside the window wins over a count", { resolved: "2026-10-02 00:00", reopened: "2026-10-09 00:00", reopenCount: 1 }, false],
  ])("%s", (_name, fields, expected) => {
    expect(reopenedWithin(ticket({ created: "2026-10-01 00:00", ...fields }), window)).toBe(expected);
  });
});

describe("fcr_rate and reopen_rate", () => {
  const tickets = [
    ticket({ created: "2026-10-01 00:00", resolved: "2026-10-01 02:00" }), // first contact
    ticket({ created: "2026-10-01 00:00", resolved: "2026-10-01 02:00", escalated: true }),
    ticket({ created: "2026-10-01 00:00", resolved: "2026-10-01 02:00", reopened: "2026-10-02 00:00" }),
    ticket({ created: "2026-10-01 00:00", resolved: "2026-10-01 02:00" }),
    ticket({ created: "2026-10-01 00:00" }), // unresolved: not counted
  ];
  it("FCR = resolved, neither escalated nor reopened ÷ resolved", () => {
    expect(fcrRate(tickets, undefined, context())).toEqual({ value: 0.5, n: 4 });
  });
  it("reopen rate = reopened within the window ÷ resolved", () => {
    expect(reopenRate(tickets, "72h", context())).toEqual({ value: 0.25, n: 4 });
  });
  it("a shorter window excludes a later reopen", () => {
    expect(reopenRate(tickets, "12h", context())).toEqual({ value: 0, n: 4 });
  });
});
