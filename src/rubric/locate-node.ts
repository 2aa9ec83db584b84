// Document path -> 1-based line:column, from the ranges the `yaml` parser keeps.
import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, visit, type Document, type LineCounter, type Node } from "yaml";

export type DocPath = (string | number)[];
export interface Position {
  line: number;
  column: number;
}

export function positionOf(lineCounter: LineCounter, offset: number | undefined): Position | undefined {
  if (offset === undefined) return undefined;
  const pos = lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

/**
 * Where the node at `path` is written. A scalar value points at the value; a key whose value is
 * a block mapping or list (or missing) points at the key, which is the line a reader looks at.
 */
export function locatePath(doc: Document, lineCounter: LineCounter, path: DocPath, target: "value" | "key" = "value"): Position | undefined {
  let node: unknown = doc.contents;
  let keyNode: Node | undefined;
  for (const segment of path) {
    keyNode = undefined;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return undefined;
      keyNode = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(segment)];
    } else {
      return undefined;
    }
  }
  const value = node as Node | null | undefined;
  const blockCollection = isCollection(value) && !value.flow;
  const useKey = keyNode && (target === "key" || !value?.range || blockCollection);
  return positionOf(lineCounter, (useKey ? keyNode : value)?.range?.[0]);
}

/** The first alias (`*name`) in the document, for the "no aliases" error. */
export function firstAlias(doc: Document, lineCounter: LineCounter): Position | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node)) offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return positionOf(lineCounter, offset);
}

/** Lines such as `weight：30` (full-width colon after a key): YAML reads them as plain text. */
export function findFullWidthColons(text: string): Position[] {
  const found: Position[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((line, i) => {
    const match = /^(\s*(?:-\s+)?["']?[A-Za-z_$][\w$-]*["']?\s*)：/.exec(line);
    if (match?.[1] !== undefined) found.push({ line: i + 1, column: match[1].length + 1 });
  });
  return found;
}
