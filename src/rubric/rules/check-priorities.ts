// Priority keys (§2): from inputs.tickets.priorities, else urgent/high/normal/low. SLA targets
// and `where: { priority }` name keys, never source values.
import type { Rubric } from "../../schema/rubric.js";
import { createReport, type Rule } from "./report.js";

export const DEFAULT_PRIORITIES = ["urgent", "high", "normal", "low"];

export function priorityKeys(rubric: Rubric): string[] {
  const map = rubric.inputs?.tickets?.priorities;
  return map ? Object.keys(map) : DEFAULT_PRIORITIES;
}

const normalize = (value: string | number) => String(value).normalize("NFKC").trim().toLowerCase();

export const checkPriorities: Rule = (rubric, ctx) => {
  const report = createReport(ctx);
  const tickets = rubric.inputs?.tickets;
  const keys = priorityKeys(rubric);
  const owner = new Map<string, string>();
  for (const [key, values] of Object.entries(tickets?.priorities ?? {})) {
    const list = Array.isArray(values) ? values : [values];
    list.forEach((value, j) => {
      const first = owner.get(normalize(value));
      const path = ["inputs", "tickets", "priorities", key, ...(Array.isArray(values) ? [j] : [])];
      if (first !== undefined && first !== key) report.error("priority_value_ambiguous", path, { value: String(value), first, second: key });
      else owner.set(normalize(value), key);
    });
  }
  const fallback = tickets?.default_priority;
  if (fallback !== undefined && !keys.includes(fallback)) {
    report.error("default_priority_unknown", ["inputs", "tickets", "default_priority"], { key: fallback, known: keys });
  }
  rubric.indicators.forEach((indicator, i) => {
    const metric = indicator.metric;
    if (metric.type !== "sla_rate") return;
    const path = ["indicators", i, "metric", "targets"];
    for (const key of Object.keys(metric.targets)) {
      if (!keys.includes(key)) report.errorAtKey("target_unknown_priority", [...path, key], { key, known: keys });
    }
    const missing = keys.filter((key) => !(key in metric.targets));
    const filtered = indicator.where?.priority;
    const relevant = filtered === undefined ? missing : missing.filter((key) => [filtered].flat().map(String).includes(key));
    if (relevant.length > 0) report.warn("target_missing_priority", path, { keys: relevant });
  });
  return report.diagnostics;
};
