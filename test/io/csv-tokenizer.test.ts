import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CsvTokenizer } from "../../src/io/csv-tokenizer.js";
import { readAll, tempFile } from "./helpers.js";

/** Tokenises `text` fed as the given chunks; returns [line, physicalLine, cells] per record. */
function tokenize(chunks: string[], delimiter = ",") {
  const tok = new CsvTokenizer("t.csv", delimiter, "utf-8", 1 << 20);
  for (const c of chunks) tok.push(c);
  tok.end();
  return tok.out.map((r) => [r.line, r.physicalLine, r.cells]);
}

/** Every way of cutting `text` into two or three chunks gives the same records as one chunk. */
function expectChunkInvariant(text: string) {
  const whole = tokenize([text]);
  for (let a = 0; a <= text.length; a++) {
    expect(tokenize([text.slice(0, a), text.slice(a)]), `cut at ${a}`).toEqual(whole);
    for (let b = a; b <= Math.min(text.length, a + 3); b++)
      expect(tokenize([text.slice(0, a), text.slice(a, b), text.slice(b)]), `cuts at ${a},${b}`).toEqual(whole);
  }
  return whole;
}

/** RFC 4180, CRLF between records; a one-field row that is empty is quoted so it is not a blank line. */
function toCsv(rows: string[][], finalNewline: boolean): string {
  const field = (s: string, only: boolean) => (/[",\r\n]/.test(s) || (only && s === "") ? `"${s.replace(/"/g, '""')}"` : s);
  return rows.map((r) => r.map((s) => field(s, r.length === 1)).join(",")).join("\r\n") + (finalNewline ? "\r\n" : "");
}

describe("CsvTokenizer: chunk boundaries", () => {
  it("inside \\r\\n, in quoted fields, at escaped quotes and at record ends", () => {
    const records = expectChunkInvariant('a,b\r\n"x\r\ny","say ""hi"""\r\n\r\nlast,"q"\rz,\n');
    expect(records).toEqual([
      [1, 1, ["a", "b"]],
      [2, 2, ["x\r\ny", 'say "hi"']],
      [3, 4, [""]],
      [4, 5, ["last", "q"]],
      [5, 6, ["z", ""]],
    ]);
  });

  it("lone \\r line ends and a final record without a newline", () => {
    expect(expectChunkInvariant('h\r1\r"2\r\r"\r3')).toEqual([
      [1, 1, ["h"]],
      [2, 2, ["1"]],
      [3, 3, ["2\r\r"]],
      [4, 6, ["3"]],
    ]);
  });

  it("a chunk holding only part of a delimiter-separated field", () => {
    expect(tokenize(["ab", "c;d", "e\n"], ";")).toEqual([[1, 1, ["abc", "de"]]]);
  });

  it("errors are the same whatever the chunking", () => {
    for (const text of ['a,b\n1,"x\n2,3\n', 'a,b\n1,x"y\n', 'a,b\n"1"x,2\n']) {
      const message = (chunks: string[]) => {
        try {
          tokenize(chunks);
        } catch (e) {
          return JSON.stringify([(e as Error).message, (e as { location?: unknown }).location]);
        }
        return "no error";
      };
      const whole = message([text]);
      expect(whole).not.toBe("no error");
      for (let a = 0; a <= text.length; a++) expect(message([text.slice(0, a), text.slice(a)])).toBe(whole);
    }
  });

  it("a very long quoted field arriving in many chunks (linear re-tokenising)", () => {
    const big = "x".repeat(200_000);
    const text = `a,b\n1,"${big}\n${big}"\n2,3\n`;
    const chunks = text.match(/[\s\S]{1,1000}/g)!;
    expect(tokenize(chunks).map((r) => [r[1], (r[2] as string[]).map((c) => c.length)])).toEqual([
      [1, [1, 1]],
      [2, [1, 400_001]],
      [4, [1, 1]],
    ]);
  });
});

const tricky = fc.string({ unit: fc.constantFrom('"', ",", "\r", "\n", " ", "a", "中", "😀", ";", "\t", "\u00a0") });
const anyText = fc.string({ unit: "grapheme" }).filter((s) => !s.includes("\uFFFD") && !s.includes("锟斤拷"));
const cell = fc.oneof(tricky, anyText);

describe("CSV round trip (property)", () => {
  it("tokenising RFC 4180 text gives back the cells, however it is chunked", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }).chain((w) => fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 8 })),
        fc.boolean(), fc.array(fc.nat(), { maxLength: 6 }), (rows, finalNewline, cuts) => {
          const text = toCsv(rows, finalNewline);
          const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((x, y) => x - y);
          const chunks = [0, ...points].map((p, k) => text.slice(p, points[k] ?? text.length));
          expect(tokenize(chunks).map((r) => r[2])).toEqual(rows);
        }),
      { numRuns: 300 },
    );
  });

  it("reading a written CSV file gives back header and rows (blank rows skipped and counted)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 4 }).chain((w) => fc.tuple(
        fc.array(tricky.map((s) => `h${s}`), { minLength: w, maxLength: w }),
        fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 6 }))),
        async ([header, rows]) => {
          const kept = rows.filter((r) => r.some((c) => c !== ""));
          const file = tempFile(toCsv([header, ...rows], true));
          if (kept.length === 0) return;
          const { table, cells, stats } = await readAll(file, { delimiter: "," });
          expect(table.header.names).toEqual(header);
          expect(cells).toEqual(kept);
          expect(stats).toEqual({ rows: kept.length, blankRows: rows.length - kept.length });
        }),
      { numRuns: 100 },
    );
  });
});
