// §2.1 First human response, derived from the events input when the tickets lack it.
import { personKey } from "./person-key.js";
import type { SourceRef, Ticket, TicketEvent } from "./types.js";

/** Actors that never count as a response (§2.1), compared trimmed and case-insensitively. */
const AUTOMATIC_ACTORS = ["", "system", "bot", "auto"];

export interface DeriveFirstResponsesOptions {
  /** Replace first_response_at values that the tickets already have (inputs.tickets.first_response: events).
   *  A ticket with no human reply in the events then has no first response. */
  override?: boolean;
}

export interface FirstResponseSummary {
  /** Tickets whose firstResponse was set from the events. */
  derived: number;
  /** Events naming a ticket id that is not among the tickets: reported, never dropped silently. */
  unknownTicketEvents: { count: number; example?: SourceRef };
}

/**
 * Sets `ticket.firstResponse` (in place) to the earliest `reply` event by a person strictly after
 * `created`. Strictly: exports often log the requester's opening message or an auto-acknowledgement
 * at exactly created_at, and counting it would give a 0-minute "response"; the spec says "after".
 * Pass every ticket read (before period filtering) so that no event looks orphaned. O(events + tickets).
 */
export function deriveFirstResponses(
  tickets: Ticket[],
  events: TicketEvent[],
  automaticActors: string[],
  options: DeriveFirstResponsesOptions = {},
): FirstResponseSummary {
  const automatic = new Set([...AUTOMATIC_ACTORS, ...automaticActors.map(personKey)]);
  const isPersonCache = new Map<string, boolean>(); // few distinct actors; NFKC per event is slow
  const isPerson = (actor: string): boolean => {
    let yes = isPersonCache.get(actor);
    if (yes === undefined) isPersonCache.set(actor, (yes = !automatic.has(personKey(actor))));
    return yes;
  };
  const index = new Map<string, number>();
  tickets.forEach((t, i) => {
    const id = t.id.trim();
    if (!index.has(id)) index.set(id, i); // duplicate ids are the reader's to report; first one wins
  });
  const earliest = new Float64Array(tickets.length).fill(Number.POSITIVE_INFINITY);
  let unknown = 0;
  let example: SourceRef | undefined;

  for (const ev of events) {
    const i = index.get(ev.ticketId.trim());
    if (i === undefined) {
      unknown++;
      example ??= ev.source;
      continue;
    }
    if (ev.kind.trim().toLowerCase() !== "reply" || !isPerson(ev.actor)) continue;
    if (ev.at > tickets[i]!.created && ev.at < earliest[i]!) earliest[i] = ev.at;
  }

  let derived = 0;
  tickets.forEach((t, i) => {
    if (!options.override && !Number.isNaN(t.firstResponse)) return;
    const at = earliest[i]!;
    t.firstResponse = at === Number.POSITIVE_INFINITY ? Number.NaN : at;
    if (at !== Number.POSITIVE_INFINITY) derived++;
  });

  const unknownTicketEvents: FirstResponseSummary["unknownTicketEvents"] = { count: unknown };
  if (example) unknownTicketEvents.example = example;
  return { derived, unknownTicketEvents };
}
