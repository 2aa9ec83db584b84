// Results go to stdout, or atomically to a file (temp file + rename: no half-written output).
import { existsSync } from "node:fs";
import { rename, writeFile, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { usageError } from "../errors.js";

/** An existing file is kept unless `force`: last month's signed-off results are not overwritten by accident. */
export async function writeOutput(content: string | Uint8Array, out: string | undefined, force = false): Promise<void> {
  if (out === undefined || out === "-") {
    await new Promise<void>((resolve, reject) => process.stdout.write(content, (error) => (error ? reject(error) : resolve())));
    return;
  }
  if (out === "/dev/null" || out.startsWith("/dev/")) {
    await writeFile(out, content);
    return;
  }
  if (!force && existsSync(out)) {
    throw usageError(`${out} already exists`, "pass --force to replace it, or choose another --out");
  }
  const temp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, content);
    await rename(temp, out);
  } catch (error) {
    await rm(temp, { force: true });
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "its folder does not exist" : (error as Error).message;
    throw usageError(`cannot write ${out}: ${reason}`, "choose an --out path in an existing, writable folder");
  }
}
