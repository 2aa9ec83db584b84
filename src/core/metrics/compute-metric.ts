// Dispatches a rubric metric to its computation for one person.
import type { Metric } from "../../schema/rubric.js";
import { aggregateRecords } from "../record-aggregate.js";
import type { MetricContext, MetricValue, PersonData } from "./context.js";
import { ces, csat, nps } from "./survey-metrics.js";
import { countTickets, durationStat, fcrRate, reopenRate, slaRate } from "./ticket-metrics.js";
import type { TicketFilter } from "./where.js";

export function computeMetric(
  metric: Metric,
  data: PersonData,
  filter: TicketFilter | undefined,
  ctx: MetricContext,
): MetricValue {
  const tickets = () => (filter ? data.tickets.filter(filter) : data.tickets);
  switch (metric.type) {
    case "count":
      return countTickets(tickets());
    case "sla_rate":
      return slaRate(tickets(), metric.event, metric.targets, ctx.clockFor(metric.clock ?? "calendar"), ctx);
    case "duration":
      return durationStat(tickets(), metric.event, metric.stat ?? "mean", ctx.clockFor(metric.clock ?? "calendar"), ctx);
    case "fcr_rate":
      return fcrRate(tickets(), metric.window, ctx);
    case "reopen_rate":
      return reopenRate(tickets(), metric.window, ctx);
    case "csat":
      return csat(data.surveys, metric.satisfied_rate ?? false, filter);
    case "ces":
      return ces(data.surveys, filter);
    case "nps":
      return nps(data.surveys, filter);
    case "record": {
      // §4.1 "equals the option name": compared as written (trimmed), not case-folded.
      const name = metric.name.trim();
      const matching = data.records.filter((r) => r.metric === name);
      return aggregateRecords(matching, metric.agg ?? "sum", metric.raters);
    }
    case "manual":
      // Indicators are rated by core/manual-rating.ts, which needs the levels; kpi check rejects
      // a manual adjustment, so this is only reached through a rubric that skipped the rules.
      return { value: null, n: 0 };
  }
}

/** §4.1: for count and record sum/count, no observations is the value 0, not "no data". */
export function zeroWhenEmpty(metric: Metric): boolean {
  return metric.type === "count" || (metric.type === "record" && (metric.agg === undefined || metric.agg === "sum" || metric.agg === "count"));
}
