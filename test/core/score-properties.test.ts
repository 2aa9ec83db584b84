// Invariants of the whole core (RELIABILITY "Invariants to property-test"), over generated months.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/core/period.js";
import { scorePeople } from "../../src/core/score-people.js";
import type { Survey, Ticket } from "../../src/core/types.js";
import { rubricSchema } from "../../src/schema/rubric.js";
import { wallClock } from "../helpers/factories.js";

const rubric = rubricSchema.parse({
  kpi: 1,
  name: "properties",
  indicators: [
    { id: "frt", weight: 30, metric: { type: "sla_rate", event: "first_response", targets: { urgent: "30m", normal: "8h" } }, scoring: { steps: [{ min: 0.9, points: 100 }, { min: 0.7, points: 70 }, { points: 40 }] } },
    { id: "mttr", weight: 20, metric: { type: "duration", event: "resolution", stat: "median" }, scoring: { linear: { zero: 48, full: 4 } } },
    { id: "fcr", weight: 20, metric: { type: "fcr_rate" }, scoring: { linear: { zero: 0.5, full: 0.95 } } },
    { id: "csat", weight: 30, metric: { type: "csat" }, min_sample: 2, scoring: { ratio: { target: 4.5 } } },
  ],
  grades: [{ id: "A", min: 80 }, { id: "B", min: 60 }, { id: "C", min: 0 }],
});
const period = parsePeriod("2026-10", "UTC")!;
const HOUR = 3_600_000;

const ticketArb = fc.record({
  assignee: fc.constantFrom("ann", "bob", "cy", "dee"),
  createdHour: fc.integer({ min: 0, max: 30 * 24 }),
  responseHours: fc.option(fc.integer({ min: 0, max: 48 }), { nil: undefined }),
  resolveHours: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
  urgent: fc.boolean(),
  escalated: fc.boolean(),
  csat: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
});
type Row = typeof ticketArb extends fc.Arbitrary<infer T> ? T : never;

function build(rows: Row[]) {
  const tickets: Ticket[] = [];
  const surveys: Survey[] = [];
  rows.forEach((row, i) => {
    const created = period.start + row.createdHour * HOUR;
    tickets.push({
      id: `T${i}`, assignee: row.assignee, created,
      firstResponse: row.responseHours === undefined ? Number.NaN : created + row.responseHours * HOUR,
      resolved: row.resolveHours === undefined ? Number.NaN : created + row.resolveHours * HOUR,
      firstResolved: Number.NaN, reopened: Number.NaN, reopenCount: Number.NaN,
      escalated: row.escalated, priority: row.urgent ? "urgent" : "normal", attrs: undefined, file: "t.csv", line: i + 2,
    });
    if (row.csat !== undefined) surveys.push({ ticketId: `T${i}`, person: undefined, csat: row.csat, ces: undefined, nps: undefined, date: Number.NaN, source: { file: "s.csv", line: i + 2 } });
  });
  return { tickets, surveys, records: [], roster: undefined, events: [] };
}

const run = (rows: Row[]) => scorePeople({ rubric, data: build(rows), period, asOf: period.end, clockFor: () => wallClock }).people;

describe("core invariants", () => {
  it("every score is finite and within [0, 100]; every person gets exactly one grade", () => {
    fc.assert(
      fc.property(fc.array(ticketArb, { maxLength: 60 }), (rows) => {
        for (const person of run(rows)) {
          expect(Number.isFinite(person.score)).toBe(true);
          expect(person.score).toBeGreaterThanOrEqual(0);
          expect(person.score).toBeLessThanOrEqual(100);
          expect(["A", "B", "C"]).toContain(person.grade);
          for (const indicator of person.indicators) if (indicator.points !== null) expect(indicator.points).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("shuffling the input rows changes nothing", () => {
    fc.assert(
      fc.property(fc.array(ticketArb, { maxLength: 40 }).chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows.map((_, i) => i), { minLength: rows.length, maxLength: rows.length }))), ([rows, order]) => {
        const shuffled = build(rows);
        const permuted = { ...shuffled, tickets: order.map((i) => shuffled.tickets[i]!), surveys: [...shuffled.surveys].reverse() };
        const a = scorePeople({ rubric, data: build(rows), period, asOf: period.end, clockFor: () => wallClock }).people;
        const b = scorePeople({ rubric, data: permuted, period, asOf: period.end, clockFor: () => wallClock }).people;
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: 100 },
    );
  });

  it("answering one ticket faster never lowers that person's score nor changes anyone else's", () => {
    fc.assert(
      fc.property(fc.array(ticketArb, { minLength: 1, maxLength: 40 }), fc.nat(), (rows, pick) => {
        const index = pick % rows.length;
        const row = rows[index]!;
        if (row.responseHours === undefined || row.responseHours === 0) return;
        const faster = rows.map((r, i) => (i === index ? { ...r, responseHours: r.responseHours! - 1 } : r));
        const before = new Map(run(rows).map((p) => [p.id, p.score]));
        const after = new Map(run(faster).map((p) => [p.id, p.score]));
        for (const [id, score] of before) {
          if (id === row.assignee) expect(after.get(id)!).toBeGreaterThanOrEqual(score);
          else expect(after.get(id)).toBe(score);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("two people with identical tickets get identical scores and grades", () => {
    fc.assert(
      fc.property(fc.array(ticketArb, { maxLength: 20 }), (rows) => {
        const twins = [...rows.map((r) => ({ ...r, assignee: "ann" })), ...rows.map((r) => ({ ...r, assignee: "bob" }))];
        const people = run(twins);
        if (people.length < 2) return;
        const [ann, bob] = [people.find((p) => p.id === "ann")!, people.find((p) => p.id === "bob")!];
        expect([ann.score, ann.grade, ann.rank]).toEqual([bob.score, bob.grade, bob.rank]);
      }),
      { numRuns: 100 },
    );
  });
});
