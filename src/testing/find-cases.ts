// `kpi test PATH…`: files as given; directories searched recursively for case files.
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { usageError } from "../errors.js";

const CASE_NAME = /^(.+\.test|case)\.ya?ml$/i;
const SKIP_DIRS = new Set(["node_modules", "dist"]);

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const found: string[] = [];
  // Code-unit order, never locale order: the same tree runs in the same order everywhere.
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith(".") && !SKIP_DIRS.has(entry.name)) found.push(...(await walk(path)));
    else if (entry.isFile() && CASE_NAME.test(entry.name)) found.push(path);
  }
  return found;
}

export async function findCaseFiles(args: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const info = await stat(arg).catch(() => undefined);
    if (!info) throw usageError(`no such file or directory: ${arg}`);
    if (!info.isDirectory()) {
      files.push(arg);
      continue;
    }
    const found = await walk(arg);
    if (found.length === 0) {
      throw usageError(`no test cases in ${arg}`, "test cases are files named *.test.yaml or *.test.yml, or folders holding case.yaml; see kpi test --help");
    }
    files.push(...found);
  }
  return [...new Set(files)];
}
