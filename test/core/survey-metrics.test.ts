import { describe, expect, it } from "vitest";
import { ces, csat, nps } from "../../src/core/metrics/survey-metrics.js";
import { createTicketFilter } from "../../src/core/metrics/where.js";
import { survey, ticket } from "../helpers/factories.js";

const urgent = ticket({ created: "2026-10-01 00:00", priority: "urgent" });
const normal = ticket({ created: "2026-10-01 00:00", priority: "normal" });
const responses = [
  { survey: survey({ csat: 5, ces: 1, nps: 10 }), ticket: urgent },
  { survey: survey({ csat: 4, ces: 2, nps: 9 }), ticket: normal },
  { survey: survey({ csat: 3, ces: 5, nps: 7 }), ticket: normal },
  { survey: survey({ csat: 1, nps: 0 }), ticket: normal },
  { survey: survey({ ces: 3 }), ticket: undefined },
];

describe("survey metrics", () => {
  it("csat is the mean of the responses that have one", () => {
    expect(csat(responses, false)).toEqual({ value: 13 / 4, n: 4 });
  });
  it("csat satisfied_rate is the share of responses ≥ 4", () => {
    expect(csat(responses, true)).toEqual({ value: 0.5, n: 4 });
  });
  it("ces is the mean (lower is better)", () => {
    expect(ces(responses)).toEqual({ value: 11 / 4, n: 4 });
  });
  it("nps is % promoters − % detractors", () => {
    // promoters 10, 9; passive 7; detractor 0 -> (2 − 1) / 4 × 100
    expect(nps(responses)).toEqual({ value: 25, n: 4 });
  });
  it("where filters responses joined through a ticket, not person-level ones", () => {
    const onlyNormal = createTicketFilter({ priority: ["Normal"] });
    expect(csat(responses, false, onlyNormal)).toEqual({ value: 8 / 3, n: 3 });
    expect(ces(responses, onlyNormal)).toEqual({ value: 10 / 3, n: 3 });
  });
  it("no responses means no value", () => {
    expect(nps([])).toEqual({ value: null, n: 0 });
  });
});
