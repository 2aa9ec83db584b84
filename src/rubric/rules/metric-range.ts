// The values a metric can take (§4.1): what makes a threshold reachable or a step bound covering.
import type { Metric } from "../../schema/rubric.js";

export interface MetricRange {
  min: number;
  max: number;
  /** A fraction in [0, 1], where 90 almost certainly meant 0.9. */
  rate: boolean;
  label: string;
}

const RATE = { min: 0, max: 1, rate: true };

export function metricRange(metric: Metric): MetricRange {
  switch (metric.type) {
    case "sla_rate":
    case "fcr_rate":
    case "reopen_rate":
      return { ...RATE, label: metric.type };
    case "csat":
      return metric.satisfied_rate ? { ...RATE, label: "csat satisfied_rate" } : { min: 1, max: 5, rate: false, label: "csat" };
    case "ces":
      return { min: 1, max: 7, rate: false, label: "ces" };
    case "nps":
      return { min: -100, max: 100, rate: false, label: "nps" };
    case "count":
    case "duration":
      return { min: 0, max: Infinity, rate: false, label: metric.type };
    case "record":
    case "manual":
      return { min: -Infinity, max: Infinity, rate: false, label: metric.type };
  }
}

export function formatRange(range: MetricRange): string {
  const hi = range.max === Infinity ? "∞" : String(range.max);
  const lo = range.min === -Infinity ? "−∞" : String(range.min);
  return `${lo} to ${hi}`;
}
