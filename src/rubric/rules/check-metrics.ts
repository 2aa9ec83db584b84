// Metric options (§4.1): durations > 0, the business clock's calendar, 360 rater weights.
import type { Metric } from "../../schema/rubric.js";
import { createReport, type Report, type Rule } from "./report.js";

type Path = (string | number)[];
const RATER_ROLES = new Set(["self", "peer", "supervisor", "customer"]);

function checkDuration(text: string | undefined, path: Path, report: Report): void {
  // The schema has checked the grammar; only the amount is left to check.
  const amount = Number(/\d+(?:\.\d+)?/.exec(text ?? "")?.[0]);
  if (text !== undefined && !(amount > 0)) report.error("duration_not_positive", path, { value: text });
}

function checkMetric(metric: Metric, path: Path, hasCalendar: boolean, report: Report): void {
  if (metric.type === "sla_rate") {
    for (const [key, text] of Object.entries(metric.targets)) checkDuration(text, [...path, "targets", key], report);
  }
  if (metric.type === "fcr_rate" || metric.type === "reopen_rate") checkDuration(metric.window, [...path, "window"], report);
  if ((metric.type === "sla_rate" || metric.type === "duration") && metric.clock === "business" && !hasCalendar) {
    report.warn("business_clock_default_calendar", [...path, "clock"]);
  }
  if (metric.type === "record" && metric.raters) {
    for (const role of Object.keys(metric.raters)) {
      if (!RATER_ROLES.has(role)) report.errorAtKey("record_rater_role_unknown", [...path, "raters", role], { role });
    }
    if (Object.values(metric.raters).every((w) => w === 0)) report.error("record_raters_zero", [...path, "raters"]);
  }
}

export const checkMetrics: Rule = (rubric, ctx) => {
  const report = createReport(ctx);
  const hasCalendar = rubric.calendar !== undefined;
  for (const list of ["indicators", "adjustments"] as const) {
    (rubric[list] ?? []).forEach((item, i) => checkMetric(item.metric, [list, i, "metric"], hasCalendar, report));
  }
  return report.diagnostics;
};
