// Source priority values -> rubric priority keys (§2: matched trimmed, case-insensitively;
// unmapped values get `default_priority`, else the last key, with a counted warning).
import type { Rubric } from "../schema/rubric.js";

export interface PriorityMapper {
  /** The key, or undefined when the value maps to no key. */
  lookup(raw: string | undefined): string | undefined;
  fallback: string;
  /** false when no indicator needs priorities: then nothing is reported. */
  needed: boolean;
}

const norm = (value: unknown) => String(value).normalize("NFKC").trim().toLowerCase();

export function createPriorityMapper(rubric: Rubric): PriorityMapper {
  const spec = rubric.inputs?.tickets;
  const table = new Map<string, string>();
  let keys: string[];
  if (spec?.priorities) {
    keys = Object.keys(spec.priorities);
    for (const [key, values] of Object.entries(spec.priorities)) {
      table.set(norm(key), key);
      for (const value of Array.isArray(values) ? values : [values]) table.set(norm(value), key);
    }
  } else {
    // Without a mapping, the priority keys are those the rubric's targets and filters name.
    const named = new Set<string>();
    for (const item of [...rubric.indicators, ...(rubric.adjustments ?? [])]) {
      if (item.metric.type === "sla_rate") for (const key of Object.keys(item.metric.targets)) named.add(key);
      const where = item.where?.priority;
      if (where !== undefined) for (const value of Array.isArray(where) ? where : [where]) named.add(String(value));
    }
    keys = [...named];
    for (const key of keys) table.set(norm(key), key);
  }
  const fallback = spec?.default_priority ?? keys[keys.length - 1] ?? "";
  // Exports repeat a handful of priority spellings a million times: remember each one.
  const seen = new Map<string, string | undefined>();
  const lookup = (raw: string | undefined) => {
    if (raw === undefined) return undefined;
    if (seen.has(raw)) return seen.get(raw);
    const key = table.get(norm(raw));
    if (seen.size < 10_000) seen.set(raw, key);
    return key;
  };
  return {
    lookup,
    fallback,
    needed: keys.length > 0,
  };
}
