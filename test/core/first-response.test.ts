import { describe, expect, it } from "vitest";
import { deriveFirstResponses } from "../../src/core/first-response.js";
import type { Ticket, TicketEvent } from "../../src/core/types.js";

const T0 = Date.parse("2026-10-08T09:00:00+08:00");
const MIN = 60_000;

function ticket(id: string, firstResponse = Number.NaN): Ticket {
  return {
    id,
    assignee: "alice",
    created: T0,
    firstResponse,
    resolved: Number.NaN,
    firstResolved: Number.NaN,
    reopened: Number.NaN,
    reopenCount: Number.NaN,
    escalated: false,
    priority: "normal",
    attrs: undefined,
    file: "tickets.csv",
    line: 2,
  };
}

let line = 1;
function event(ticketId: string, minutes: number, actor: string, kind = "reply"): TicketEvent {
  return { ticketId, at: T0 + minutes * MIN, actor, kind, source: { file: "events.csv", line: ++line } };
}

describe("deriveFirstResponses (§2.1)", () => {
  it.each([
    ["the earliest human reply", [event("1", 30, "bob"), event("1", 10, "carol")], 10],
    ["kind matches trimmed and case-insensitively", [event("1", 5, "bob", " Reply ")], 5],
    ["notes and status changes are not replies", [event("1", 5, "bob", "note"), event("1", 6, "bob", "status"), event("1", 20, "bob")], 20],
    ["system, bot, auto and empty actors never count", [event("1", 1, "System"), event("1", 2, " BOT "), event("1", 3, "auto"), event("1", 4, "  "), event("1", 9, "bob")], 9],
    ["configured automatic actors never count", [event("1", 1, "Zendesk Autoresponder"), event("1", 7, "bob")], 7],
    ["a reply at created_at is not after it", [event("1", 0, "requester"), event("1", 12, "bob")], 12],
    ["a reply before created_at is ignored", [event("1", -5, "bob")], Number.NaN],
    ["no human reply leaves it empty", [event("1", 3, "bot")], Number.NaN],
    ["ticket ids are matched trimmed", [event(" 1 ", 8, "bob")], 8],
  ])("%s", (_, events, expectedMinutes) => {
    const t = ticket("1");
    deriveFirstResponses([t], events, ["zendesk autoresponder"]);
    expect(t.firstResponse).toBe(T0 + expectedMinutes * MIN);
  });

  it("keeps a first_response_at the ticket already has, unless told to override", () => {
    const kept = ticket("1", T0 + 99 * MIN);
    const events = [event("1", 10, "bob"), event("2", 10, "bob")];
    expect(deriveFirstResponses([kept], [events[0]!], []).derived).toBe(0);
    expect(kept.firstResponse).toBe(T0 + 99 * MIN);

    const overridden = ticket("1", T0 + 99 * MIN);
    const none = ticket("2", T0 + 50 * MIN);
    const out = deriveFirstResponses([overridden, none], [events[0]!, event("2", 5, "bot")], [], { override: true });
    expect(overridden.firstResponse).toBe(T0 + 10 * MIN);
    expect(none.firstResponse).toBeNaN(); // the events are the source now, and hold no human reply
    expect(out.derived).toBe(1);
  });

  it("counts events for unknown tickets instead of dropping them", () => {
    const t = ticket("1");
    const stray = event("404", 1, "bob");
    const out = deriveFirstResponses([t], [event("1", 4, "bob"), stray, event("405", 2, "bot", "note")], []);
    expect(out).toEqual({ derived: 1, unknownTicketEvents: { count: 2, example: stray.source } });
    expect(deriveFirstResponses([ticket("1")], [], []).unknownTicketEvents).toEqual({ count: 0 });
  });

  it("runs in linear time on 200,000 tickets and 1,000,000 events", () => {
    const tickets = Array.from({ length: 200_000 }, (_, i) => ticket(String(i)));
    const events = Array.from({ length: 1_000_000 }, (_, i) => event(String(i % 200_000), 1_000_000 - i, i % 3 ? "bob" : "bot"));
    const started = performance.now();
    const out = deriveFirstResponses(tickets, events, []);
    expect(performance.now() - started).toBeLessThan(5000); // ~0.3 s; a per-ticket scan of the events would take hours
    expect(out.derived).toBe(200_000);
    expect(tickets[0]!.firstResponse).toBe(T0 + (1_000_000 - 800_000) * MIN); // the last event for id 0 is the earliest
  });
});
