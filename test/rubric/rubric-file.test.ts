// loadRubricFile: what `kpi score` calls — a rubric and its hash, or one error listing every problem.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KpiError } from "../../src/errors.js";
import { checkRubricFile, loadRubricFile } from "../../src/io/rubric-file.js";
import { doc } from "./rubric-cases.js";

const dir = mkdtempSync(join(tmpdir(), "kpi-rubric-"));
const write = (name: string, content: string | Buffer) => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};

describe("loadRubricFile", () => {
  it("returns the rubric, the SHA-256 of its bytes and its warnings (a UTF-8 BOM is fine)", async () => {
    const file = write("ok.rubric.yaml", `\ufeff${doc().replace("min: 4.5", "min: 45")}`);
    const loaded = await loadRubricFile(file);
    expect(loaded.rubric.name).toBe("t");
    expect(loaded.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(loaded.warnings.map((w) => w.code)).toEqual(["threshold_out_of_range"]);
  });

  it("throws one KpiError (exit 1) listing every error as file:line:col: message", async () => {
    const file = write("bad.rubric.yaml", doc().replace("weight: 40", "weight: 39").replace("min: 0, coefficient: 1", "min: 5, coefficient: 1"));
    const error = await loadRubricFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KpiError);
    expect((error as KpiError).exitCode).toBe(1);
    expect((error as KpiError).message.split("\n")).toEqual([
      `${file} is not a valid rubric (2 errors):`,
      `  ${file}:3:1: role 'default': indicator weights sum to 99, not 100 ('a', 'b'); change the weights so they add up to exactly 100`,
      `  ${file}:14:19: the last grade 'B' has min 5; it must be 0 so that every score gets a grade`,
    ]);
  });

  it("reports a rubric that is not UTF-8 instead of guessing", async () => {
    const file = write("gbk.rubric.yaml", Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xc4, 0xe3, 0x0a]));
    const checked = await checkRubricFile(file);
    expect(checked.errors.map((e) => e.code)).toEqual(["rubric_encoding"]);
  });

  it("a missing file is a usage error (exit 2)", async () => {
    const error = await loadRubricFile(join(dir, "nope.yaml")).catch((e: unknown) => e);
    expect((error as KpiError).exitCode).toBe(2);
  });
});
