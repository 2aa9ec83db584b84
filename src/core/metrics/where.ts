// `where: { field: [values] }` ticket filters (§4). Values match trimmed and case-insensitively;
// `priority` compares the mapped priority key, `escalated` compares true/false.
import type { Ticket } from "../types.js";

export type WhereSpec = Record<string, unknown> | undefined;
export type TicketFilter = (ticket: Ticket) => boolean;

export function normalizeFilterValue(value: unknown): string {
  return String(value).normalize("NFKC").trim().toLowerCase();
}

/** Ticket fields a set of filters reads, so readers keep only those columns. */
export function whereFields(specs: WhereSpec[]): string[] {
  const fields = new Set<string>();
  for (const spec of specs) for (const key of Object.keys(spec ?? {})) fields.add(key);
  return [...fields].sort();
}

export function ticketFieldValue(ticket: Ticket, field: string): string {
  if (field === "priority") return ticket.priority;
  if (field === "escalated") return ticket.escalated ? "true" : "false";
  return ticket.attrs?.[field] ?? "";
}

export function createTicketFilter(where: WhereSpec): TicketFilter | undefined {
  const entries = Object.entries(where ?? {});
  if (entries.length === 0) return undefined;
  const tests = entries.map(([field, allowed]) => {
    const values = new Set((Array.isArray(allowed) ? allowed : [allowed]).map(normalizeFilterValue));
    return (ticket: Ticket) => values.has(ticketFieldValue(ticket, field));
  });
  return (ticket) => tests.every((test) => test(ticket));
}
