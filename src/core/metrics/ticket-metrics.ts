// Ticket-based metrics (§4.1): count, sla_rate, duration, fcr_rate, reopen_rate.
import { durationMs, HOUR_MS, WALL_DAY_MS } from "../duration.js";
import type { Clock, Ticket } from "../types.js";
import type { MetricContext, MetricValue } from "./context.js";

type EventKind = "first_response" | "resolution";

function eventAt(ticket: Ticket, event: EventKind): number {
  return event === "first_response" ? ticket.firstResponse : ticket.resolved;
}

/** The event counts only once it has happened by `asOf`. */
function happened(at: number, asOf: number): boolean {
  return at === at && at <= asOf; // at === at: not NaN, without a call per ticket
}

export function countTickets(tickets: Ticket[]): MetricValue {
  return { value: tickets.length, n: tickets.length };
}

export function slaRate(
  tickets: Ticket[],
  event: EventKind,
  targets: Record<string, string>,
  clock: Clock,
  ctx: MetricContext,
): MetricValue {
  const targetMs = new Map(Object.entries(targets).map(([priority, text]) => [priority, durationMs(text, clock)]));
  let hits = 0;
  let n = 0;
  for (const ticket of tickets) {
    const target = targetMs.get(ticket.priority);
    if (target === undefined) continue;
    const at = eventAt(ticket, event);
    if (happened(at, ctx.asOf)) {
      n++;
      if (clock.elapsedMs(ticket.created, at) <= target) hits++;
    } else if (clock.elapsedMs(ticket.created, ctx.asOf) > target) {
      n++; // open past its target: a miss
    }
    // open and still inside its target: not yet decided, left out
  }
  return n === 0 ? { value: null, n } : { value: hits / n, n };
}

export function durationStat(
  tickets: Ticket[],
  event: EventKind,
  stat: "mean" | "median" | "p90",
  clock: Clock,
  ctx: MetricContext,
): MetricValue {
  const hours: number[] = [];
  for (const ticket of tickets) {
    const at = eventAt(ticket, event);
    if (happened(at, ctx.asOf)) hours.push(clock.elapsedMs(ticket.created, at) / HOUR_MS);
  }
  const n = hours.length;
  if (n === 0) return { value: null, n };
  if (stat === "mean") return { value: hours.reduce((a, b) => a + b, 0) / n, n };
  hours.sort((a, b) => a - b);
  if (stat === "median") {
    const mid = n >> 1;
    return { value: n % 2 === 1 ? hours[mid]! : (hours[mid - 1]! + hours[mid]!) / 2, n };
  }
  // p90 by nearest rank: the ⌈0.9·n⌉-th smallest (integer arithmetic avoids 0.9·10 = 9.000…1).
  return { value: hours[Math.ceil((9 * n) / 10) - 1]!, n };
}

/** §4.1 reopen rule: measured from the first resolution when the export has it. */
export function reopenedWithin(ticket: Ticket, windowMs: number): boolean {
  const reopened = ticket.reopened;
  if (reopened === reopened) {
    const firstResolved = ticket.firstResolved;
    const base = firstResolved === firstResolved ? firstResolved : ticket.resolved;
    const gap = reopened - base;
    if (gap >= 0 && gap <= windowMs) return true;
    // Re-resolved after the reopen and no first resolution: the window cannot be measured.
    return firstResolved !== firstResolved && reopened < ticket.resolved;
  }
  return ticket.reopenCount > 0;
}

function resolvedTickets(tickets: Ticket[], asOf: number): Ticket[] {
  return tickets.filter((t) => happened(t.resolved, asOf));
}

function windowMs(window: string | undefined): number {
  return durationMs(window ?? "72h", { dayMs: WALL_DAY_MS });
}

export function fcrRate(tickets: Ticket[], window: string | undefined, ctx: MetricContext): MetricValue {
  const resolved = resolvedTickets(tickets, ctx.asOf);
  if (resolved.length === 0) return { value: null, n: 0 };
  const ms = windowMs(window);
  const firstContact = resolved.filter((t) => !t.escalated && !reopenedWithin(t, ms)).length;
  return { value: firstContact / resolved.length, n: resolved.length };
}

export function reopenRate(tickets: Ticket[], window: string | undefined, ctx: MetricContext): MetricValue {
  const resolved = resolvedTickets(tickets, ctx.asOf);
  if (resolved.length === 0) return { value: null, n: 0 };
  const ms = windowMs(window);
  const reopened = resolved.filter((t) => reopenedWithin(t, ms)).length;
  return { value: reopened / resolved.length, n: resolved.length };
}
