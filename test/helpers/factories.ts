// Small builders for canonical records in core tests: times are given as "YYYY-MM-DD HH:mm" UTC.
import type { MetricContext } from "../../src/core/metrics/context.js";
import { parsePeriod } from "../../src/core/period.js";
import type { Survey, Ticket } from "../../src/core/types.js";
import type { Clock } from "../../src/core/types.js";

export const t = (text: string | undefined): number => (text === undefined ? Number.NaN : Date.parse(`${text.replace(" ", "T")}:00Z`));

export const wallClock: Clock = { elapsedMs: (a, b) => b - a, dayMs: 86_400_000 };

let nextId = 1;
export function ticket(fields: {
  assignee?: string;
  created: string;
  response?: string;
  resolved?: string;
  firstResolved?: string;
  reopened?: string;
  reopenCount?: number;
  escalated?: boolean;
  priority?: string;
  attrs?: Record<string, string>;
  id?: string;
}): Ticket {
  const id = fields.id ?? `T${nextId++}`;
  return {
    id,
    assignee: fields.assignee ?? "alice",
    created: t(fields.created),
    firstResponse: t(fields.response),
    resolved: t(fields.resolved),
    firstResolved: t(fields.firstResolved),
    reopened: t(fields.reopened),
    reopenCount: fields.reopenCount ?? Number.NaN,
    escalated: fields.escalated ?? false,
    priority: fields.priority ?? "normal",
    attrs: fields.attrs,
    file: "tickets.csv",
    line: 2,
  };
}

export function survey(fields: Partial<Pick<Survey, "ticketId" | "person" | "csat" | "ces" | "nps">> & { date?: string }): Survey {
  return {
    ticketId: fields.ticketId,
    person: fields.person,
    csat: fields.csat,
    ces: fields.ces,
    nps: fields.nps,
    date: t(fields.date),
    source: { file: "surveys.csv", line: 2 },
  };
}

export function context(asOf = "2026-11-01 00:00"): MetricContext {
  return { period: parsePeriod("2026-10", "UTC")!, asOf: t(asOf), clockFor: () => wallClock };
}
