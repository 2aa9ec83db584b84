// `kpi check FILE|DIR…`: files as given; directories searched (recursively) for rubric files.
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { usageError } from "../errors.js";

const RUBRIC_NAME = /^(.+\.)?rubric\.(ya?ml|json)$/i;
const SKIP_DIRS = new Set(["node_modules", "dist"]);

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const found: string[] = [];
  // Code-unit order, never locale order: the same tree lists the same way everywhere.
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith(".") && !SKIP_DIRS.has(entry.name)) found.push(...(await walk(path)));
    else if (entry.isFile() && RUBRIC_NAME.test(entry.name)) found.push(path);
  }
  return found;
}

export async function findRubricFiles(args: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const info = await stat(arg).catch(() => undefined);
    if (!info) throw usageError(`no such file or directory: ${arg}`);
    if (!info.isDirectory()) {
      files.push(arg);
      continue;
    }
    const found = await walk(arg);
    if (found.length === 0) throw usageError(`no rubric files in ${arg}`, "rubric files are named *.rubric.yaml, *.rubric.yml, *.rubric.json or rubric.yaml");
    files.push(...found);
  }
  return [...new Set(files)];
}
