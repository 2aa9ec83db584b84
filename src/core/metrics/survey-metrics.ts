// Survey metrics (§4.1): csat (mean or satisfied_rate), ces (mean, lower is better), nps.
import type { AttributedSurvey, MetricValue } from "./context.js";
import type { TicketFilter } from "./where.js";

/** `where` applies to responses joined through a ticket; person-level responses always count. */
function valuesOf(
  surveys: AttributedSurvey[],
  pick: (s: AttributedSurvey) => number | undefined,
  filter: TicketFilter | undefined,
): number[] {
  const values: number[] = [];
  for (const entry of surveys) {
    if (filter && entry.ticket && !filter(entry.ticket)) continue;
    const value = pick(entry);
    if (value !== undefined) values.push(value);
  }
  return values;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

export function csat(surveys: AttributedSurvey[], satisfiedRate: boolean, filter?: TicketFilter): MetricValue {
  const values = valuesOf(surveys, (e) => e.survey.csat, filter);
  if (values.length === 0) return { value: null, n: 0 };
  const value = satisfiedRate ? values.filter((v) => v >= 4).length / values.length : mean(values);
  return { value, n: values.length };
}

export function ces(surveys: AttributedSurvey[], filter?: TicketFilter): MetricValue {
  const values = valuesOf(surveys, (e) => e.survey.ces, filter);
  return values.length === 0 ? { value: null, n: 0 } : { value: mean(values), n: values.length };
}

export function nps(surveys: AttributedSurvey[], filter?: TicketFilter): MetricValue {
  const values = valuesOf(surveys, (e) => e.survey.nps, filter);
  if (values.length === 0) return { value: null, n: 0 };
  const promoters = values.filter((v) => v >= 9).length;
  const detractors = values.filter((v) => v <= 6).length;
  return { value: ((promoters - detractors) / values.length) * 100, n: values.length };
}
