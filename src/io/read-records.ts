// Long-format per-person records (§2 records): person, metric, value [, date, rater, rater_role].
import { personKey } from "../core/person-key.js";
import type { PersonRecord } from "../core/types.js";
import { CellParser } from "./cell-parser.js";
import { dateFormats, eachRow, inputSpec, type ReadContext, type ReadStats } from "./read-context.js";
import { resolveColumns } from "./resolve-columns.js";
import type { Table } from "./table.js";

export async function readRecords(table: Table, ctx: ReadContext, into: PersonRecord[]): Promise<ReadStats> {
  const spec = inputSpec(ctx.rubric, "records");
  const col = resolveColumns("records", table.file, table.header, spec);
  const cells = new CellParser(table, { timeZone: ctx.timeZone, dateFormats: dateFormats(ctx.rubric, "records"), missing: spec?.missing ?? [] });
  return eachRow(table, (row) => {
    const source = { file: table.file, line: row.line };
    const person = cells.text(row, col.get("person"));
    const metric = cells.text(row, col.get("metric"));
    const value = cells.number(row, col.get("value"));
    if (person === undefined || metric === undefined || value === undefined) {
      ctx.warnings.add("record_incomplete", "records without person, metric or value were skipped", source);
      return false;
    }
    into.push({
      person: personKey(person),
      metric,
      value,
      date: cells.timestamp(row, col.get("date")),
      rater: cells.text(row, col.get("rater")),
      raterRole: cells.text(row, col.get("rater_role"))?.toLowerCase(),
      source,
    });
    return true;
  }, ctx.onRows);
}
