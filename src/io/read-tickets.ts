// Ticket rows -> canonical tickets (§2), rejecting impossible rows with counted warnings.
import { personKey } from "../core/person-key.js";
import type { Ticket } from "../core/types.js";
import { normalizeFilterValue } from "../core/metrics/where.js";
import { CellParser, detach } from "./cell-parser.js";
import { createPriorityMapper } from "./priorities.js";
import { dateFormats, eachRow, inputSpec, type ReadContext, type ReadStats } from "./read-context.js";
import { resolveColumns } from "./resolve-columns.js";
import type { Table } from "./table.js";

export async function readTickets(table: Table, ctx: ReadContext, into: Ticket[]): Promise<ReadStats> {
  const spec = inputSpec(ctx.rubric, "tickets");
  const extra = ctx.extraFields.tickets ?? [];
  const col = resolveColumns("tickets", table.file, table.header, spec, extra.filter((f) => f !== "priority" && f !== "escalated"));
  const cells = new CellParser(table, { timeZone: ctx.timeZone, dateFormats: dateFormats(ctx.rubric, "tickets"), missing: spec?.missing ?? [] });
  const priorities = createPriorityMapper(ctx.rubric);
  const attrColumns = extra.filter((f) => f !== "priority" && f !== "escalated" && col.has(f)).map((f) => [f, col.get(f)!] as const);
  const { warnings } = ctx;
  // A month has thousands of tickets per person: one key string per person, not per row.
  const keys = new Map<string, string>();
  const internKey = (raw: string) => {
    const key = personKey(raw);
    keys.set(raw, key);
    return key;
  };
  const c = (field: string) => col.get(field);
  const [iId, iAssignee, iCreated, iFirst, iResolved, iPriority, iFirstResolved, iReopened, iReopenCount, iEscalated] = [
    "id", "assignee", "created_at", "first_response_at", "resolved_at", "priority", "first_resolved_at", "reopened_at", "reopen_count", "escalated",
  ].map(c);

  return eachRow(table, (row) => {
    const source = { file: table.file, line: row.line };
    const id = cells.id(row, iId);
    if (id === undefined) {
      warnings.add("missing_id", "tickets without an id were skipped", source);
      return false;
    }
    const assignee = cells.id(row, iAssignee);
    if (assignee === undefined) {
      warnings.add("unassigned", "tickets without an assignee were skipped", source);
      return false;
    }
    const created = cells.timestamp(row, iCreated);
    if (Number.isNaN(created)) {
      warnings.add("missing_created", "tickets without created_at were skipped", source);
      return false;
    }
    const firstResponse = cells.timestamp(row, iFirst);
    const resolved = cells.timestamp(row, iResolved);
    const firstResolved = cells.timestamp(row, iFirstResolved);
    if (resolved < created || firstResolved < created) {
      warnings.add("resolved_before_created", "tickets resolved before they were created were skipped", source);
      return false;
    }
    if (firstResponse < created) {
      warnings.add("response_before_created", "tickets with a first response before creation were skipped", source);
      return false;
    }
    const rawPriority = cells.text(row, iPriority);
    let priority = priorities.lookup(rawPriority);
    if (priority === undefined) {
      priority = priorities.fallback;
      if (priorities.needed) {
        warnings.add("unknown_priority", `priority values that map to no priority key were treated as '${priorities.fallback}'`, source);
      }
    }
    let attrs: Record<string, string> | undefined;
    if (attrColumns.length > 0) {
      attrs = Object.create(null) as Record<string, string>;
      for (const [field, index] of attrColumns) attrs[field] = normalizeFilterValue(cells.text(row, index) ?? "");
    }
    into.push({
      id: detach(id),
      assignee: keys.get(assignee) ?? internKey(assignee),
      created,
      firstResponse,
      resolved,
      firstResolved,
      reopened: cells.timestamp(row, iReopened),
      reopenCount: cells.count(row, iReopenCount) ?? Number.NaN,
      escalated: cells.boolean(row, iEscalated) ?? false,
      priority,
      attrs,
      file: table.file,
      line: row.line,
    });
    return true;
  }, ctx.onRows);
}
