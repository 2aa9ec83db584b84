import type { Period } from "../period.js";
import type { Clock, PersonRecord, Survey, Ticket } from "../types.js";

export type ClockKind = "calendar" | "business";

/** Everything a metric needs beyond the person's own data; no I/O, no clock reads. */
export interface MetricContext {
  period: Period;
  /** Events not yet happened by this instant are open (§4.1 sla_rate). */
  asOf: number;
  clockFor(kind: ClockKind): Clock;
}

export interface AttributedSurvey {
  survey: Survey;
  /** The ticket the response was joined through, for `where` filters. */
  ticket: Ticket | undefined;
}

/** One person's observations in the period. */
export interface PersonData {
  tickets: Ticket[];
  surveys: AttributedSurvey[];
  records: PersonRecord[];
}

export interface MetricValue {
  /** null: no observations where that means "no value" (§4.1). */
  value: number | null;
  n: number;
  notes?: string[];
}
