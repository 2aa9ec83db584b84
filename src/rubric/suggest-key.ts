// "did you mean 'weight'?" for unknown keys: the keys a strictObject accepts at a document path,
// read from the zod schema itself so there is no second list to keep in sync.
import type { z } from "zod";
import { closest } from "../core/did-you-mean.js";
import type { DocPath } from "./locate-node.js";

type AnySchema = z.core.$ZodType;

interface Def {
  type: string;
  shape?: Record<string, AnySchema>;
  innerType?: AnySchema;
  element?: AnySchema;
  valueType?: AnySchema;
  options?: AnySchema[];
  in?: AnySchema;
  values?: unknown[];
}

const defOf = (schema: AnySchema) => schema._zod.def as unknown as Def;

/** Object schemas that may describe `value` (a union is narrowed by its `type` literal). */
function objectsFor(schema: AnySchema, value: unknown): Def[] {
  const def = defOf(schema);
  if (def.type === "object") return [def];
  if (def.innerType) return objectsFor(def.innerType, value);
  if (def.type === "pipe" && def.in) return objectsFor(def.in, value);
  if (def.type !== "union" || !def.options) return [];
  const all = def.options.flatMap((option) => objectsFor(option, value));
  const type = (value as { type?: unknown } | null)?.type;
  const exact = all.filter((o) => {
    const literal = o.shape?.type ? defOf(o.shape.type) : undefined;
    return literal?.type === "literal" && literal.values?.includes(type);
  });
  return exact.length > 0 ? exact : all;
}

function childSchema(schema: AnySchema, segment: string | number, value: unknown): AnySchema | undefined {
  const def = defOf(schema);
  if (def.innerType) return childSchema(def.innerType, segment, value);
  if (def.type === "array") return def.element;
  if (def.type === "record") return def.valueType;
  if (def.type === "pipe" && def.in) return childSchema(def.in, segment, value);
  for (const object of objectsFor(schema, value)) {
    const child = object.shape?.[String(segment)];
    if (child) return child;
  }
  return undefined;
}

/** Keys allowed in the mapping at `path` of `raw`, sorted. */
export function allowedKeysAt(root: AnySchema, raw: unknown, path: DocPath): string[] {
  let schema: AnySchema | undefined = root;
  let value = raw;
  for (const segment of path) {
    if (!schema) return [];
    schema = childSchema(schema, segment, value);
    value = (value as Record<string | number, unknown> | null)?.[segment];
  }
  if (!schema) return [];
  const keys = new Set(objectsFor(schema, value).flatMap((o) => Object.keys(o.shape ?? {})));
  return [...keys].sort();
}

/** Closest allowed key, when it is close enough to be a typo. */
export function suggestKey(key: string, allowed: string[]): string | undefined {
  return closest(key, allowed);
}
