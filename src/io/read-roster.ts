// Roster rows (§2 roster): who is rated, their display id, name, role, team and bonus base.
import { personKey } from "../core/person-key.js";
import type { RosterEntry } from "../core/types.js";
import { CellParser } from "./cell-parser.js";
import { dateFormats, eachRow, inputSpec, type ReadContext, type ReadStats } from "./read-context.js";
import { resolveColumns } from "./resolve-columns.js";
import type { Table } from "./table.js";

export async function readRoster(table: Table, ctx: ReadContext, into: RosterEntry[]): Promise<ReadStats> {
  const spec = inputSpec(ctx.rubric, "roster");
  const extra = ctx.extraFields.roster ?? [];
  const col = resolveColumns("roster", table.file, table.header, spec, extra);
  const cells = new CellParser(table, { timeZone: ctx.timeZone, dateFormats: dateFormats(ctx.rubric, "roster"), missing: spec?.missing ?? [] });
  return eachRow(table, (row) => {
    const source = { file: table.file, line: row.line };
    const id = cells.id(row, col.get("person"));
    if (id === undefined) {
      ctx.warnings.add("roster_no_person", "roster rows without a person id were skipped", source);
      return false;
    }
    let extraValues: Record<string, string> | undefined;
    for (const field of extra) {
      extraValues ??= Object.create(null) as Record<string, string>;
      extraValues[field] = cells.text(row, col.get(field)) ?? "";
    }
    into.push({
      person: personKey(id),
      id: id.normalize("NFKC").trim(),
      name: cells.text(row, col.get("name")),
      role: cells.text(row, col.get("role")),
      team: cells.text(row, col.get("team")),
      bonusBase: cells.number(row, col.get("bonus_base")),
      startDate: cells.date(row, col.get("start_date")),
      endDate: cells.date(row, col.get("end_date")),
      extra: extraValues,
      source,
    });
    return true;
  }, ctx.onRows);
}
