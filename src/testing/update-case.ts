// `kpi test --update`: rewrites the expected values that differ, in place. Only the characters of
// those values change (comments, spacing and layout stay), so the review diff shows who moved.
import { readFile, writeFile } from "node:fs/promises";
import { isScalar, parseDocument } from "yaml";
import type { Mismatch } from "./compare-result.js";

/** Rewrites what it can; returns the mismatches it could not fix (people rated or not, notes). */
export async function updateCase(file: string, mismatches: Mismatch[]): Promise<Mismatch[]> {
  const text = (await readFile(file, "utf8")).replace(/^\uFEFF/, "");
  const doc = parseDocument(text, { version: "1.2", schema: "core" });
  const edits: { start: number; end: number; text: string }[] = [];
  const left: Mismatch[] = [];
  for (const m of mismatches) {
    const node = m.keys ? doc.getIn(["expect", ...m.keys], true) : undefined;
    if (isScalar(node) && node.range) edits.push({ start: node.range[0], end: node.range[1], text: writeScalar(m.actual) });
    else left.push(m);
  }
  if (edits.length === 0) return left;
  let out = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  await writeFile(file, out);
  return left;
}

/** Plain when that is safe inside a flow mapping too; JSON-quoted otherwise. */
function writeScalar(value: unknown): string {
  if (typeof value === "string") return /^[A-Za-z_][\w.-]*$/.test(value) && !/^(null|true|false|~)$/i.test(value) ? value : JSON.stringify(value);
  return value === null || value === undefined ? "null" : String(value);
}
