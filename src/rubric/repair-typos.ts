// After a schema error, `kpi check` still wants to report every rule problem in one pass. The
// usual schema error is a typo (`wieght: 50`): a copy of the document with each unknown key
// renamed to its suggestion (or dropped) often validates, and the rules can run on that copy.
import { rubricSchema, type Rubric } from "../schema/rubric.js";
import type { DocPath } from "./locate-node.js";
import { allowedKeysAt, suggestKey } from "./suggest-key.js";

function repairAt(raw: unknown, node: unknown, path: DocPath): unknown {
  if (Array.isArray(node)) return node.map((item, i) => repairAt(raw, item, [...path, i]));
  if (node === null || typeof node !== "object") return node;
  const allowed = allowedKeysAt(rubricSchema as never, raw, path);
  const out: Record<string, unknown> = {};
  const record = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    let target = key;
    if (allowed.length > 0 && !allowed.includes(key)) {
      const suggestion = suggestKey(key, allowed);
      // Rename only into a key that is not there already; otherwise drop the unknown key.
      if (!suggestion || suggestion in record) continue;
      target = suggestion;
    }
    Object.defineProperty(out, target, { value: repairAt(raw, value, [...path, key]), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** A rubric from the typo-repaired document, or undefined when other schema errors remain. */
export function repairTypos(raw: unknown): Rubric | undefined {
  if (raw === null || typeof raw !== "object") return undefined;
  const parsed = rubricSchema.safeParse(repairAt(raw, raw, []));
  return parsed.success ? parsed.data : undefined;
}
