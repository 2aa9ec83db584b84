import { describe, expect, it } from "vitest";
import { failure, fixture, readAll, tempFile } from "./helpers.js";

describe("JSON array", () => {
  it("header is the union of keys in first-seen order; missing keys are null", async () => {
    const { table, rows } = await readAll(fixture("tickets.json"));
    expect([table.format, table.encoding]).toEqual(["json", "utf-8"]);
    expect(table.header.names).toEqual(["id", "assignee", "csat", "escalated", "note"]);
    expect(rows).toEqual([
      { line: 2, physicalLine: 2, cells: ["T1", "alice", 5, null, null] },
      { line: 3, physicalLine: 3, cells: ["T2", "bob", null, true, null] },
    ]);
  });

  it("an object in place of a scalar is an error at its key's line", async () => {
    expect(await failure(readAll(fixture("nested.json")))).toMatchObject({ code: "json_not_scalar", line: 4, column: 4, field: "assignee" });
  });

  it.each([
    ['[{"a":1},\n {"a":2,}]', 2, 9],
    ['[{"a":1},\n {"a":x}]', 2, 2],
    ['[{"a":1},]', 1, 10],
    ['[{"a":1}', 1, 9],
    ['[{"a":"x]', 1, 7],
    ['[{"a":1}] x', 1, 11],
    ['"just a string"', 1, 1],
  ])("syntax errors have a location: %j", async (text, line, column) => {
    expect(await failure(readAll(tempFile(text, ".json")))).toMatchObject({ code: "json_syntax", line, column });
  });

  it("records must be objects", async () => {
    expect(await failure(readAll(tempFile('[{"a":1},\n[1,2]]', ".json")))).toMatchObject({ code: "json_not_object", line: 2 });
  });

  it("integers beyond 2^53 are rejected (IDs must be strings)", async () => {
    expect(await failure(readAll(tempFile('[{"id":123456789012345678}]', ".json")))).toMatchObject({ code: "json_unsafe_number", field: "id" });
  });

  it("__proto__, constructor and prototype stay data", async () => {
    const { table, cells } = await readAll(tempFile('[{"__proto__":"x","constructor":"y","prototype":1}]', ".json"));
    expect(table.header.names).toEqual(["__proto__", "constructor", "prototype"]);
    expect(cells).toEqual([["x", "y", 1]]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("empty file, empty array", async () => {
    expect((await failure(readAll(tempFile(" \n", ".json")))).code).toBe("empty_file");
    expect((await failure(readAll(tempFile("[]", ".json")))).code).toBe("no_data_rows");
    const { rows, table } = await readAll(tempFile("[ ]", ".json"), { allowEmpty: true });
    expect([rows, table.header.names]).toEqual([[], []]);
  });

  it("a .json file holding JSON Lines is read as JSON Lines", async () => {
    const { table, cells } = await readAll(tempFile('{"a":1}\n{"b":2}\n', ".json"));
    expect([table.format, table.header.names, cells]).toEqual(["json", ["a", "b"], [[1, null], [null, 2]]]);
  });

  it("GBK-encoded JSON is detected like CSV", async () => {
    const iconv = (await import("iconv-lite")).default;
    const { table, cells } = await readAll(tempFile(iconv.encode('[{"处理人":"张三"}]', "gb18030"), ".json"));
    expect([table.encoding, table.header.names, cells]).toEqual(["gb18030", ["处理人"], [["张三"]]]);
  });
});

describe("JSON Lines", () => {
  it("one object per line, blank lines skipped and counted, any line ending", async () => {
    const { table, rows, stats } = await readAll(fixture("tickets.jsonl"));
    expect(table.format).toBe("jsonl");
    expect(table.header.names).toEqual(["id", "assignee", "csat", "escalated", "note"]);
    expect(rows.map((r) => [r.line, r.cells])).toEqual([
      [1, ["T1", "alice", 5, null, null]],
      [3, ["T2", "bob", null, true, null]],
      [4, ["T3", null, null, null, "x"]],
    ]);
    expect(stats).toEqual({ rows: 3, blankRows: 1 });
  });

  it("an array in place of a scalar is an error with its line", async () => {
    expect(await failure(readAll(fixture("nested.jsonl")))).toMatchObject({ code: "json_not_scalar", line: 2, column: 12, field: "tags" });
  });

  it("syntax errors name the line", async () => {
    expect(await failure(readAll(tempFile('{"a":1}\r\n{"a":}\n', ".jsonl")))).toMatchObject({ code: "json_syntax", line: 2 });
    expect(await failure(readAll(tempFile('{"a":1}\r{"a":2}\r[3]', ".ndjson")))).toMatchObject({ code: "json_not_object", line: 3 });
  });

  it("damaged text and empty inputs", async () => {
    expect(await failure(readAll(tempFile('{"a":1}\n{"a":"\uFFFD"}\n', ".jsonl")))).toMatchObject({ code: "damaged_text", line: 2, column: 7 });
    expect((await failure(readAll(tempFile("", ".jsonl")))).code).toBe("empty_file");
    expect((await failure(readAll(tempFile("\n\n", ".jsonl")))).code).toBe("no_data_rows");
  });

  it("streams in batches across chunk boundaries, including a \\r\\n split between chunks", async () => {
    const line = (i: number) => JSON.stringify({ id: `T${i}`, pad: "x".repeat(i % 7) });
    const text = Array.from({ length: 20_000 }, (_, i) => line(i)).join("\r\n") + "\r\n";
    const { rows, stats } = await readAll(tempFile(text, ".jsonl"));
    expect(stats).toEqual({ rows: 20_000, blankRows: 0 });
    expect(rows.every((r, i) => r.line === i + 1 && r.cells[0] === `T${i}`)).toBe(true);
    // The first 64 KiB read ends exactly between "\r" and "\n".
    const first = `{"id":"T0","pad":"${"x".repeat(65_535 - 20)}"}`;
    const split = await readAll(tempFile(`${first}\r\n{"id":"T1"}\r\n`, ".jsonl"));
    expect([split.rows.map((r) => r.line), split.stats]).toEqual([[1, 2], { rows: 2, blankRows: 0 }]);
  });
});

describe("a wrapped JSON export", () => {
  it("hints that the records are wrapped in an object", async () => {
    const error = await failure(readAll(tempFile('{"tickets":[{"id":"T1","assignee":"a"}]}', ".json")));
    expect(error.hint).toContain('the records look wrapped in an object under "tickets"');
  });
});
