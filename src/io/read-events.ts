// Ticket events (§2 events): used to derive the first human response (§2.1).
import type { TicketEvent } from "../core/types.js";
import { CellParser } from "./cell-parser.js";
import { dateFormats, eachRow, inputSpec, type ReadContext, type ReadStats } from "./read-context.js";
import { resolveColumns } from "./resolve-columns.js";
import type { Table } from "./table.js";

export async function readEvents(table: Table, ctx: ReadContext, into: TicketEvent[]): Promise<ReadStats> {
  const spec = inputSpec(ctx.rubric, "events");
  const col = resolveColumns("events", table.file, table.header, spec);
  const cells = new CellParser(table, { timeZone: ctx.timeZone, dateFormats: dateFormats(ctx.rubric, "events"), missing: spec?.missing ?? [] });
  return eachRow(table, (row) => {
    const source = { file: table.file, line: row.line };
    const ticketId = cells.text(row, col.get("ticket_id"));
    const at = cells.timestamp(row, col.get("at"));
    const kind = cells.text(row, col.get("kind"));
    if (ticketId === undefined || Number.isNaN(at) || kind === undefined) {
      ctx.warnings.add("event_incomplete", "events without ticket_id, at or kind were skipped", source);
      return false;
    }
    into.push({ ticketId, at, actor: cells.text(row, col.get("actor")) ?? "", kind: kind.toLowerCase(), source });
    return true;
  }, ctx.onRows);
}
