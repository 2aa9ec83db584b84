// `kpi check --data DIR`: do the exports have every column the rubric's mapping needs? Reads
// headers only, and reports each problem as a diagnostic instead of stopping at the first.
import type { Diagnostic } from "../core/diagnostic.js";
import { whereFields } from "../core/metrics/where.js";
import { KpiError } from "../errors.js";
import { formatMessage } from "../render/messages.js";
import type { Rubric } from "../schema/rubric.js";
import { FIELDS, INPUT_KINDS } from "./fields.js";
import { findInputs } from "./find-inputs.js";
import { formatOf } from "./open-table.js";
import { readHeaderNames } from "./read-header.js";
import { resolveColumns } from "./resolve-columns.js";
import { buildHeader } from "./table.js";

function extraFieldsOf(rubric: Rubric): Partial<Record<string, string[]>> {
  const tickets = whereFields([...rubric.indicators, ...(rubric.adjustments ?? [])].map((i) => i.where));
  const group = rubric.distribution?.group;
  return { tickets, roster: group && !(group in FIELDS.roster) ? [group] : [] };
}

export async function checkDataHeaders(rubric: Rubric, dir: string): Promise<{ errors: Diagnostic[]; warnings: Diagnostic[] }> {
  const files = await findInputs([dir], {});
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const extra = extraFieldsOf(rubric);
  const note = (file: string, code: "data_xlsx_skipped" | "data_no_files") =>
    warnings.push({ code, severity: "warning", message: formatMessage(code, { dir }), path: [], file });
  for (const kind of INPUT_KINDS) {
    for (const file of files[kind] ?? []) {
      const spec = rubric.inputs?.[kind];
      try {
        const format = formatOf(file);
        if (format === "xlsx") {
          note(file, "data_xlsx_skipped");
          continue;
        }
        const names = await readHeaderNames(file, format, { encoding: spec?.encoding, delimiter: spec?.delimiter });
        resolveColumns(kind, file, buildHeader(names), spec, extra[kind] ?? []);
      } catch (error) {
        if (!(error instanceof KpiError) && !(error instanceof SyntaxError)) throw error;
        const hint = error instanceof KpiError ? error.hint : undefined;
        const code = error instanceof KpiError ? error.code : "data_unreadable";
        errors.push({ code, severity: "error", message: error.message, path: [], file, line: 1, ...(hint ? { hint } : {}) });
      }
    }
  }
  if (INPUT_KINDS.every((kind) => !files[kind]?.length)) note(dir, "data_no_files");
  return { errors, warnings };
}
