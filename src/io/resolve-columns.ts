// Source headers -> canonical fields (§2 `inputs.<kind>.columns`, presets), with errors that name
// the file, the expected header and the closest one found (RELIABILITY §13–15).
import { closest } from "../core/did-you-mean.js";
import { dataError } from "../errors.js";
import { FIELDS, TICKET_PRESETS, type InputKind } from "./fields.js";
import type { HeaderInfo } from "./table.js";

export interface ColumnSpec {
  preset?: string | undefined;
  columns?: Record<string, string> | undefined;
}

export function normalizeHeader(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** field -> column index; absent optional fields are missing from the map. */
export function resolveColumns(
  kind: InputKind,
  file: string,
  header: HeaderInfo,
  spec: ColumnSpec | undefined,
  extraFields: string[] = [],
): Map<string, number> {
  const positions = new Map<string, number[]>();
  header.names.forEach((name, index) => {
    const key = normalizeHeader(name);
    positions.set(key, [...(positions.get(key) ?? []), index]);
  });
  const preset = kind === "tickets" && spec?.preset ? TICKET_PRESETS[spec.preset] : undefined;
  const fields = FIELDS[kind];
  const wanted = [...Object.keys(fields), ...extraFields.filter((f) => !(f in fields))];
  const resolved = new Map<string, number>();
  for (const field of wanted) {
    const explicit = spec?.columns?.[field];
    const candidates = [explicit ?? preset?.[field], field].filter((c): c is string => c !== undefined);
    const source = candidates.find((c) => positions.has(normalizeHeader(c)));
    if (source === undefined) {
      if (fields[field]?.required || explicit !== undefined || extraFields.includes(field)) {
        throw missingColumn(kind, file, field, candidates[0]!, header.names);
      }
      continue;
    }
    const at = positions.get(normalizeHeader(source))!;
    if (at.length > 1) {
      throw dataError(
        "duplicate_header",
        `the column '${source}' (${kind} field ${field}) appears ${at.length} times, at columns ${at.map((i) => i + 1).join(", ")}`,
        { file, line: 1, column: at[1]! + 1 },
        "rename the duplicates in the export, or map the field to another column in inputs." + kind + ".columns",
      );
    }
    resolved.set(field, at[0]!);
  }
  return resolved;
}

function missingColumn(kind: InputKind, file: string, field: string, expected: string, found: string[]) {
  if (found.length === 1 && /[;,\t|]/.test(found[0]!)) {
    return dataError("missing_column", `found one column '${found[0]}': wrong delimiter?`, { file, line: 1 },
      `set inputs.${kind}.delimiter in the rubric (",", ";", "\\t" or "|")`);
  }
  const suggestion = closest(expected, found);
  const hint = suggestion
    ? `did you mean '${suggestion}'? Map it in the rubric: inputs.${kind}.columns.${field}: "${suggestion}"`
    : `map the right header in the rubric: inputs.${kind}.columns.${field}: "<header>"`;
  return dataError(
    "missing_column",
    `missing column '${expected}' for ${kind} field '${field}'; found: ${found.map((f) => `'${f}'`).join(", ")}`,
    { file, line: 1 },
    hint,
  );
}
