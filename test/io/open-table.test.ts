import { createHash } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { KpiError } from "../../src/errors.js";
import { describe, expect, it } from "vitest";
import { formatOf, openTable, sha256File } from "../../src/io/open-table.js";
import { failure, fixture, readAll, tempFile } from "./helpers.js";

describe("openTable", () => {
  it.each([
    ["a.csv", "csv"], ["a.TXT", "csv"], ["a.tsv", "tsv"], ["a.json", "json"],
    ["a.jsonl", "jsonl"], ["a.ndjson", "jsonl"], ["a.xlsx", "xlsx"],
  ])("%s is read as %s", (file, format) => expect(formatOf(file)).toBe(format));

  it("unknown extensions and legacy .xls are refused with a hint", () => {
    expect(() => formatOf("tickets")).toThrow(/format/);
    expect(() => formatOf("a.xls")).toThrow(expect.objectContaining({ code: "unknown_format", hint: expect.stringMatching(/xlsx/) }));
  });

  it("a .xlsx file that is not a zip workbook is refused with a clear error", async () => {
    const error = await failure(openTable(tempFile("x", ".xlsx"), {}));
    expect(error.message).toMatch(/xlsx|workbook|zip/i);
  });

  it("a .tsv file defaults to tab; a .txt file is detected", async () => {
    expect((await readAll(tempFile("a,b\tc\n1,2\t3\n", ".tsv"))).cells).toEqual([["1,2", "3"]]);
    expect((await readAll(tempFile("a;b\n1;2\n", ".txt"))).table.delimiter).toBe(";");
  });

  it("missing files and directories are data errors naming the file", async () => {
    expect(await failure(openTable("/nonexistent/tickets.csv", {}))).toMatchObject({ code: "file_not_found", file: "/nonexistent/tickets.csv" });
    const dir = tempFile("x", ".csv").replace(/\.csv$/, ".dir.csv");
    mkdirSync(dir);
    expect(await failure(openTable(dir, {}))).toMatchObject({ code: "not_a_file", file: dir });
  });

  it("sha256 is of the file bytes", async () => {
    const file = fixture("gbk.csv");
    const expected = createHash("sha256").update(readFileSync(file)).digest("hex");
    expect(await (await openTable(file, {})).sha256()).toBe(expected);
    expect(await sha256File(file)).toBe(expected);
  });

  it("rows() can be read twice and stats() follows the last pass", async () => {
    const table = await openTable(fixture("blank-rows.csv"), {});
    for (let pass = 0; pass < 2; pass++) {
      let n = 0;
      for await (const batch of table.rows()) n += batch.length;
      expect([n, table.stats()]).toEqual([2, { rows: 2, blankRows: 4 }]);
    }
  });

  it("streams a large file in batches with exact line numbers", async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => `T${i},"multi\nline ${i}",张三`);
    const { rows: read, stats } = await readAll(tempFile(`id,note,assignee\r\n${rows.join("\r\n")}\r\n`));
    expect(stats.rows).toBe(30_000);
    expect(read.every((r, i) => r.line === i + 2 && r.physicalLine === 2 * i + 2 && r.cells[1] === `multi\nline ${i}`)).toBe(true);
  });

  it("property: arbitrary bytes either load or fail with a located KpiError", async () => {
    const text = fc.string({ unit: fc.constantFrom('"', ",", ";", "\t", "\r", "\n", "{", "}", "[", "]", ":", "a", "1", "中", "\0") });
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 64 }), text.map((s) => Buffer.from(s)));
    await fc.assert(
      fc.asyncProperty(bytes, fc.constantFrom(".csv", ".tsv", ".json", ".jsonl"), async (content, ext) => {
        try {
          await readAll(tempFile(content, ext));
        } catch (e) {
          expect(e).toBeInstanceOf(KpiError);
          expect((e as KpiError).location?.file).toMatch(new RegExp(`\\${ext}$`));
        }
      }),
      { numRuns: 400 },
    );
  });
});
