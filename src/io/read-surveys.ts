// Survey rows -> responses (§2); values outside their scale are rejected and counted (§4.1).
import { personKey } from "../core/person-key.js";
import type { Survey } from "../core/types.js";
import { dataError } from "../errors.js";
import { CellParser, detach } from "./cell-parser.js";
import { dateFormats, eachRow, inputSpec, type ReadContext, type ReadStats } from "./read-context.js";
import { resolveColumns } from "./resolve-columns.js";
import type { Table } from "./table.js";

const SCALES = { csat: [1, 5], ces: [1, 7], nps: [0, 10] } as const;

export async function readSurveys(table: Table, ctx: ReadContext, into: Survey[]): Promise<ReadStats> {
  const spec = inputSpec(ctx.rubric, "surveys");
  const col = resolveColumns("surveys", table.file, table.header, spec);
  if (!col.has("csat") && !col.has("ces") && !col.has("nps")) {
    throw dataError("missing_column", `no csat, ces or nps column; found: ${table.header.names.map((n) => `'${n}'`).join(", ")}`, { file: table.file, line: 1 },
      'map your score column in the rubric, e.g. inputs.surveys.columns.csat: "满意度"');
  }
  const cells = new CellParser(table, { timeZone: ctx.timeZone, dateFormats: dateFormats(ctx.rubric, "surveys"), missing: spec?.missing ?? [] });
  const { warnings } = ctx;
  return eachRow(table, (row) => {
    const source = { file: table.file, line: row.line };
    const ticketId = cells.id(row, col.get("ticket_id"));
    const person = cells.text(row, col.get("person"));
    if (ticketId === undefined && person === undefined) {
      warnings.add("survey_no_target", "survey responses with neither ticket_id nor person were skipped", source);
      return false;
    }
    const values = {
      csat: cells.number(row, col.get("csat")),
      ces: cells.number(row, col.get("ces")),
      nps: cells.number(row, col.get("nps")),
    };
    // §4.1: a value outside its scale is rejected; the response's other values still count.
    let rejected = 0;
    for (const key of ["csat", "ces", "nps"] as const) {
      const value = values[key];
      const [lo, hi] = SCALES[key];
      if (value !== undefined && (value < lo || value > hi)) {
        warnings.add("survey_out_of_scale", "survey scores outside their scale (csat 1–5, ces 1–7, nps 0–10) were rejected", source);
        values[key] = undefined;
        rejected++;
      }
    }
    if (values.csat === undefined && values.ces === undefined && values.nps === undefined) {
      if (rejected === 0) warnings.add("survey_empty", "survey responses without any score were skipped", source);
      return false;
    }
    into.push({
      ticketId: ticketId === undefined ? undefined : detach(ticketId),
      person: ticketId === undefined && person !== undefined ? personKey(person) : undefined,
      ...values,
      date: cells.timestamp(row, col.get("date")),
      source,
    });
    return true;
  }, ctx.onRows);
}
