// One row per person, stable column order: identity, score, grade, bonus, then per indicator
// value and points, then adjustments, then notes. Text cells are formula-safe.
import { stringify } from "csv-stringify/sync";
import type { ScoreResult } from "../../schema/result.js";
import { assertFiniteNumbers } from "./assert-finite.js";
import { sanitizeCell } from "./sanitize.js";

export interface CsvOptions {
  bom: boolean;
  indicatorIds: string[];
  adjustmentIds: string[];
}

export function renderCsv(result: ScoreResult, options: CsvOptions): string {
  assertFiniteNumbers(result);
  const withBonus = result.people.some((p) => p.bonus !== null);
  const header = ["rank", "id", "name", "role", "team", "score", "grade", ...(withBonus ? ["bonus"] : [])];
  for (const id of options.indicatorIds) header.push(`${id}.value`, `${id}.n`, `${id}.points`, `${id}.status`);
  for (const id of options.adjustmentIds) header.push(`${id}.points`);
  header.push("notes");
  const rows: (string | number)[][] = [header];
  for (const person of result.people) {
    const row: (string | number)[] = [person.rank, sanitizeCell(person.id), sanitizeCell(person.name ?? ""), person.role, sanitizeCell(person.team ?? ""), person.score, person.grade];
    if (withBonus) row.push(person.bonus ?? "");
    for (const id of options.indicatorIds) {
      const indicator = person.indicators.find((i) => i.id === id);
      row.push(indicator?.value ?? "", indicator?.n ?? "", indicator?.points ?? "", indicator?.status ?? "n/a");
    }
    for (const id of options.adjustmentIds) row.push(person.adjustments.find((a) => a.id === id)?.points ?? "");
    row.push(sanitizeCell(person.notes.join("; ")));
    rows.push(row);
  }
  const text = stringify(rows, { record_delimiter: "\r\n" });
  return options.bom ? `\ufeff${text}` : text;
}
