// `kpi check DIR`, `kpi test DIR`: files as given; directories searched recursively for names that
// match, in code-unit order so the same tree lists the same way on every machine.
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { compareCodeUnits } from "../core/person-key.js";
import { usageError } from "../errors.js";

const SKIP_DIRS = new Set(["node_modules", "dist"]);

async function walk(dir: string, name: RegExp): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => compareCodeUnits(a.name, b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith(".") && !SKIP_DIRS.has(entry.name)) found.push(...(await walk(path, name)));
    else if (entry.isFile() && name.test(entry.name)) found.push(path);
  }
  return found;
}

export interface FileSearch {
  name: RegExp;
  /** Usage error when a directory holds none: what was looked for, and the hint. */
  noneIn: (dir: string) => string;
  hint: string;
}

export async function findFiles(args: string[], search: FileSearch): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const info = await stat(arg).catch(() => undefined);
    if (!info) throw usageError(`no such file or directory: ${arg}`);
    if (!info.isDirectory()) {
      files.push(arg);
      continue;
    }
    const found = await walk(arg, search.name);
    if (found.length === 0) throw usageError(search.noneIn(arg), search.hint);
    files.push(...found);
  }
  return [...new Set(files)];
}
