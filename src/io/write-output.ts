// Results go to stdout, or atomically to a file (temp file + rename: no half-written output).
import { rename, writeFile, rm } from "node:fs/promises";
import { dirname, basename, join } from "node:path";

export async function writeOutput(content: string | Uint8Array, out: string | undefined): Promise<void> {
  if (out === undefined || out === "-") {
    await new Promise<void>((resolve, reject) => process.stdout.write(content, (error) => (error ? reject(error) : resolve())));
    return;
  }
  if (out === "/dev/null" || out.startsWith("/dev/")) {
    await writeFile(out, content);
    return;
  }
  const temp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, content);
    await rename(temp, out);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
