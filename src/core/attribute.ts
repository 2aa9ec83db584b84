// Places tickets, survey responses and records in the period and with their person (§2, §4.1).
import type { PersonData } from "./metrics/context.js";
import type { Period } from "./period.js";
import type { Dataset, Ticket } from "./types.js";
import { localDate } from "./zone.js";
import type { Warnings } from "./warnings.js";

export type PeriodBy = "created_at" | "resolved_at";

function inPeriod(at: number, period: Period): boolean {
  return at >= period.start && at < period.end; // NaN compares false: unresolved is out
}

export function ticketsInPeriod(tickets: Ticket[], period: Period, by: PeriodBy, warnings: Warnings, timeZone = "UTC"): Ticket[] {
  const inside: Ticket[] = [];
  let firstOutside: Ticket | undefined;
  for (const ticket of tickets) {
    if (inPeriod(by === "created_at" ? ticket.created : ticket.resolved, period)) inside.push(ticket);
    else firstOutside ??= ticket;
  }
  const outside = tickets.length - inside.length;
  if (outside > 0) {
    warnings.add("outside_period", `tickets outside the period ${period.label} (by ${by}) were not counted`, firstOutside, outside);
  }
  if (inside.length === 0 && tickets.length > 0) warnAboutSpan(tickets, period, by, timeZone, warnings);
  return inside;
}

export function groupByPerson(data: Dataset, insideTickets: Ticket[], period: Period, by: PeriodBy, warnings: Warnings): Map<string, PersonData> {
  const byPerson = new Map<string, PersonData>();
  const slot = (key: string) => {
    let entry = byPerson.get(key);
    if (!entry) byPerson.set(key, (entry = { tickets: [], surveys: [], records: [] }));
    return entry;
  };
  for (const ticket of insideTickets) slot(ticket.assignee).tickets.push(ticket);

  const byId = data.ticketsById ?? indexNamedTickets(data);
  for (const survey of data.surveys) {
    if (survey.ticketId !== undefined) {
      const ticket = byId.get(survey.ticketId);
      if (!ticket) {
        warnings.add("survey_unknown_ticket", "survey response for a ticket that is not in the ticket files was skipped", survey.source);
      } else if (inPeriod(by === "created_at" ? ticket.created : ticket.resolved, period)) {
        slot(ticket.assignee).surveys.push({ survey, ticket });
      }
    } else if (survey.person !== undefined && (survey.date !== survey.date || inPeriod(survey.date, period))) {
      slot(survey.person).surveys.push({ survey, ticket: undefined });
    }
  }
  for (const record of data.records) {
    if (record.date !== record.date || inPeriod(record.date, period)) slot(record.person).records.push(record);
  }
  return byPerson;
}

/** Without the reader's index, index only the tickets some response names. */
function indexNamedTickets(data: Dataset): Map<string, Ticket> {
  const named = new Set<string>();
  for (const survey of data.surveys) if (survey.ticketId !== undefined) named.add(survey.ticketId);
  const byId = new Map<string, Ticket>();
  if (named.size > 0) for (const ticket of data.tickets) if (named.has(ticket.id) && !byId.has(ticket.id)) byId.set(ticket.id, ticket);
  return byId;
}

/** Every ticket outside the period is usually a wrong --period: say where the data is. */
function warnAboutSpan(tickets: Ticket[], period: Period, by: PeriodBy, timeZone: string, warnings: Warnings): void {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const ticket of tickets) {
    const at = by === "created_at" ? ticket.created : ticket.resolved;
    if (at < first) first = at;
    if (at > last) last = at;
  }
  const span = Number.isFinite(first) ? `; their ${by} runs from ${localDate(timeZone, first)} to ${localDate(timeZone, last)}` : "";
  warnings.add("no_tickets_in_period", `no ticket falls in ${period.label}${span} (wrong --period?)`);
}
