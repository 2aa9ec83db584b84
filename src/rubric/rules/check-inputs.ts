// inputs.<kind>: an encoding the readers know, non-empty column names, date formats that parse
// something — mistakes that would otherwise surface only when `kpi score` reads the data.
import iconv from "iconv-lite";
import { format as formatDate } from "date-fns";
import { createReport, type Rule } from "./report.js";

function knownEncoding(label: string): boolean {
  const l = label.trim().toLowerCase();
  if (l === "auto" || /^utf-?8-?(bom|sig)$/.test(l)) return true;
  try {
    new TextDecoder(l);
    return true;
  } catch {
    return iconv.encodingExists(l);
  }
}

/** date-fns `format` throws on tokens it rejects ("n", and YYYY/DD which mean week-year and
 *  day-of-year): the same tokens would make every cell unparseable. */
function usableDateFormat(format: string): boolean {
  try {
    formatDate(new Date(0), format);
    return true;
  } catch {
    return false;
  }
}

export const checkInputs: Rule = (rubric, ctx) => {
  const report = createReport(ctx);
  for (const [kind, spec] of Object.entries(rubric.inputs ?? {})) {
    if (!spec) continue;
    if (spec.encoding !== undefined && !knownEncoding(spec.encoding)) {
      report.error("input_encoding_unknown", ["inputs", kind, "encoding"], { encoding: spec.encoding });
    }
    for (const [field, header] of Object.entries(spec.columns ?? {})) {
      if (header.trim() === "") report.error("input_column_empty", ["inputs", kind, "columns", field], { field });
    }
    const formats = spec.date_format === undefined ? [] : Array.isArray(spec.date_format) ? spec.date_format : [spec.date_format];
    formats.forEach((format, i) => {
      if (!usableDateFormat(format)) {
        report.error("input_date_format_invalid", Array.isArray(spec.date_format) ? ["inputs", kind, "date_format", i] : ["inputs", kind, "date_format"], { format });
      }
    });
  }
  return report.diagnostics;
};
