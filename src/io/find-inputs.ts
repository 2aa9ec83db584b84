// A directory argument holds files named tickets.*, surveys.*, records.*, roster.*, events.* (§2).
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { usageError } from "../errors.js";
import { INPUT_KINDS, type InputKind } from "./fields.js";
import type { InputFiles } from "./load-dataset.js";

const DATA_FILE = /^(tickets|surveys|records|roster|events)(\.[^.]+)*\.(csv|tsv|txt|json|jsonl|ndjson|xlsx)$/i;

export async function findInputs(directories: string[], explicit: InputFiles): Promise<InputFiles> {
  const files: InputFiles = {};
  for (const kind of INPUT_KINDS) {
    for (const file of explicit[kind] ?? []) {
      // `file.xlsx#Sheet` names a sheet of file.xlsx.
      const path = file.replace(/#[^/\\]*$/, "");
      if (!(await stat(path).catch(() => undefined))) throw usageError(`no such file: ${file} (--${kind})`);
    }
    if (explicit[kind]?.length) files[kind] = [...explicit[kind]!];
  }
  for (const dir of directories) {
    const info = await stat(dir).catch(() => undefined);
    if (!info) throw usageError(`no such file or directory: ${dir}`);
    if (!info.isDirectory()) throw usageError(`${dir} is not a directory; pass data files with --tickets, --surveys, …`);
    const names = (await readdir(dir)).filter((name) => DATA_FILE.test(name)).sort();
    for (const name of names) {
      const kind = DATA_FILE.exec(name)![1]!.toLowerCase() as InputKind;
      (files[kind] ??= []).push(join(dir, name));
    }
  }
  return files;
}
