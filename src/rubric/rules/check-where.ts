// `where` filters (§4) name ticket fields: the canonical free-text ones, or a column the rubric
// maps under inputs.tickets.columns; `priority` values are priority keys.
import type { Rubric } from "../../schema/rubric.js";
import { priorityKeys } from "./check-priorities.js";
import { createReport, type Rule } from "./report.js";

const CANONICAL_WHERE = ["priority", "customer", "category", "channel", "status", "escalated"];
/** Canonical ticket fields that are not filters (ids, people, timestamps). */
const OTHER_TICKET_FIELDS = new Set(["id", "assignee", "created_at", "first_response_at", "resolved_at", "first_resolved_at", "reopened_at", "reopen_count"]);
const NOT_TICKET_BASED = new Set(["record", "manual"]);

export function whereFieldsKnown(rubric: Rubric): string[] {
  const mapped = Object.keys(rubric.inputs?.tickets?.columns ?? {}).filter((k) => !OTHER_TICKET_FIELDS.has(k));
  return [...new Set([...CANONICAL_WHERE, ...mapped])].sort();
}

export const checkWhere: Rule = (rubric, ctx) => {
  const report = createReport(ctx);
  const known = whereFieldsKnown(rubric);
  const priorities = priorityKeys(rubric);
  for (const list of ["indicators", "adjustments"] as const) {
    (rubric[list] ?? []).forEach((item, i) => {
      if (!item.where) return;
      const path = [list, i, "where"];
      if (NOT_TICKET_BASED.has(item.metric.type)) report.warn("where_ignored", path, { type: item.metric.type });
      for (const [field, allowed] of Object.entries(item.where)) {
        if (!known.includes(field)) {
          report.errorAtKey("where_unknown_field", [...path, field], { field, known });
          continue;
        }
        if (field !== "priority") continue;
        const values = Array.isArray(allowed) ? allowed : [allowed];
        values.forEach((value, j) => {
          if (!priorities.includes(String(value))) {
            report.error("where_unknown_priority", [...path, field, ...(Array.isArray(allowed) ? [j] : [])], { value: String(value), known: priorities });
          }
        });
      }
    });
  }
  return report.diagnostics;
};
