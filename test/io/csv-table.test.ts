import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { detectDelimiter, resolveDelimiter } from "../../src/io/csv-table.js";
import { failure, fixture, readAll, tempFile } from "./helpers.js";

// How fixtures/io/gbk.csv (Excel "CSV (逗号分隔)" on Chinese Windows) and utf16le.txt ("Unicode text") were made.
const GBK_TEXT = "工单编号,处理人,创建时间\r\nGD-001,张三,2026/10/08 09:15\r\nGD-002,李四,2026/10/08 10:30\r\n";
const UTF16_TEXT = '工单编号\t处理人\t备注\r\nGD-001\t张三\t"含\t制表符"\r\nGD-002\t李四\t普通\r\n';

describe("CSV reader: encodings", () => {
  it("the binary fixtures are exactly what this test would generate", () => {
    expect(readFileSync(fixture("gbk.csv"))).toEqual(iconv.encode(GBK_TEXT, "gb18030"));
    expect(readFileSync(fixture("utf16le.txt"))).toEqual(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(UTF16_TEXT, "utf16le")]));
  });

  it("strips a UTF-8 BOM so the first column still matches", async () => {
    const { table, cells } = await readAll(fixture("bom.csv"));
    expect(table.encoding).toBe("utf-8-bom");
    expect(table.header.names).toEqual(["id", "assignee", "created_at"]);
    expect(cells[0]).toEqual(["T1", "alice", "2026-10-08 09:15"]);
  });

  it("decodes Excel's Chinese CSV (GBK) as GB18030", async () => {
    const { table, cells } = await readAll(fixture("gbk.csv"));
    expect(table.encoding).toBe("gb18030");
    expect(table.header.names).toEqual(["工单编号", "处理人", "创建时间"]);
    expect(cells).toEqual([["GD-001", "张三", "2026/10/08 09:15"], ["GD-002", "李四", "2026/10/08 10:30"]]);
  });

  it("reads UTF-16LE 'Unicode text' with tabs", async () => {
    const { table, cells } = await readAll(fixture("utf16le.txt"));
    expect([table.encoding, table.delimiter, table.format]).toEqual(["utf-16le", "\t", "tsv"]);
    expect(table.header.names).toEqual(["工单编号", "处理人", "备注"]);
    expect(cells).toEqual([["GD-001", "张三", "含\t制表符"], ["GD-002", "李四", "普通"]]);
  });

  it("honours a forced encoding", async () => {
    const { table, cells } = await readAll(fixture("gbk.csv"), { encoding: "GBK" });
    expect(table.encoding).toBe("gbk");
    expect(cells[0]![1]).toBe("张三");
  });
});

describe("CSV reader: line numbers", () => {
  it("handles \\n, \\r\\n and lone \\r, counting records and physical lines", async () => {
    const { rows, stats } = await readAll(fixture("mixed-eol.csv"));
    expect(rows.map((r) => [r.cells[0], r.line, r.physicalLine])).toEqual([
      ["T1", 2, 2],
      ["T2", 3, 3],
      ["T3", 4, 4],
      ["T4", 6, 6],
    ]);
    expect(stats).toEqual({ rows: 4, blankRows: 1 });
  });

  it("keeps newlines inside quoted fields verbatim; line = record, physicalLine = where it starts", async () => {
    const { rows } = await readAll(fixture("quoted-newlines.csv"));
    expect(rows.map((r) => [r.line, r.physicalLine, r.cells])).toEqual([
      [2, 2, ["T1", "line one\r\nline two", "alice"]],
      [3, 4, ["T2", 'say "hi", then\nleave', "bob"]],
      [4, 6, ["T3", "plain", "carol"]],
    ]);
  });
});

describe("CSV reader: malformed input", () => {
  it("reports an unclosed quote where it opened, never swallowing the file", async () => {
    expect(await failure(readAll(fixture("unclosed-quote.csv")))).toMatchObject({
      code: "csv_unclosed_quote", line: 3, column: 4, field: "comment",
    });
  });

  it("reports a stray quote in an unquoted field with line and column", async () => {
    expect(await failure(readAll(fixture("stray-quote.csv")))).toMatchObject({ code: "csv_stray_quote", line: 3, column: 5, field: "comment" });
  });

  it("reports text after a closing quote", async () => {
    const f = await failure(readAll(fixture("text-after-quote.csv")));
    expect(f).toMatchObject({ code: "csv_stray_quote", line: 2, column: 12, field: "comment" });
    expect(f.message).toMatch(/after a closing quote/);
  });

  it("names the line that opened a quote when a later quote closes it", async () => {
    const f = await failure(readAll(tempFile('a,b\n1,"x\n2,3\n4,"y\n')));
    expect(f).toMatchObject({ code: "csv_stray_quote", line: 4, column: 4 });
    expect(f.message).toMatch(/opened at line 2/);
  });

  it("rejects ragged rows: expected N fields, found M", async () => {
    const f = await failure(readAll(fixture("ragged.csv")));
    expect(f).toMatchObject({ code: "csv_field_count", line: 3, message: "expected 3 fields (as in the header), found 2" });
  });

  it("rejects extra fields too (never truncated)", async () => {
    const f = await failure(readAll(tempFile("a,b\n1,2,3\n")));
    expect(f).toMatchObject({ code: "csv_field_count", line: 2, message: "expected 2 fields (as in the header), found 3" });
  });

  it("hints at an unclosed quote when a multi-line record has the wrong field count", async () => {
    const f = await failure(readAll(tempFile('a,b,c\n1,"x\n2",3,4\n')));
    expect(f.code).toBe("csv_field_count");
    expect(f.hint).toMatch(/spans several lines/);
  });

  it("rejects records over the size limit, pointing at the open quote", async () => {
    const f = await failure(readAll(tempFile(`a,b,c\n1,"ok","${"x\n".repeat(5000)}`), { maxRecordChars: 1000 }));
    expect(f).toMatchObject({ code: "csv_record_too_large", line: 2, column: 8 });
    expect(f.hint).toMatch(/never closed/);
    const long = await failure(readAll(tempFile(`a\n${"x".repeat(5000)}\n`), { maxRecordChars: 1000 }));
    expect(long).toMatchObject({ code: "csv_record_too_large", line: 2 });
  });
});

describe("CSV reader: rows, header and delimiter", () => {
  it("skips and counts blank lines and Excel's trailing ,,,, rows", async () => {
    const { rows, stats, table } = await readAll(fixture("blank-rows.csv"));
    expect(rows.map((r) => [r.line, r.cells[0]])).toEqual([[2, "T1"], [5, "T2"]]);
    expect(stats).toEqual({ rows: 2, blankRows: 4 });
    expect(table.header.empty).toEqual([3, 4]);
  });

  it("detects ; and tab delimiters from the header line", async () => {
    const semi = await readAll(fixture("semicolon.csv"));
    expect(semi.table.delimiter).toBe(";");
    expect(semi.cells).toEqual([["T1", "alice", "a;b"], ["T2", "bob", "x,y"]]);
    const tab = await readAll(fixture("tabs.tsv"));
    expect([tab.table.delimiter, tab.table.format]).toEqual(["\t", "tsv"]);
    expect(tab.cells).toEqual([["T1", "alice", "x,y"], ["T2", "bob", "tab\there"]]);
  });

  it("uses a forced delimiter (the header then comes out as one column)", async () => {
    const { table, cells } = await readAll(tempFile("a;b\n1;2\n"), { delimiter: "," });
    expect([table.header.names, cells]).toEqual([["a;b"], [["1;2"]]]);
  });

  it("reports duplicate headers after normalisation (NBSP, U+3000) instead of failing", async () => {
    const { table, cells } = await readAll(fixture("duplicate-headers.csv"));
    expect(table.header.names).toEqual(["Key", "Comment", "Summary", "Comment", "\u00a0Summary\u3000", ""]);
    expect(table.header.normalized).toEqual(["Key", "Comment", "Summary", "Comment", "Summary", ""]);
    expect(table.header.duplicates).toEqual([{ name: "Comment", positions: [1, 3] }, { name: "Summary", positions: [2, 4] }]);
    expect(table.header.empty).toEqual([5]);
    expect(cells[0]).toEqual(["J-1", "c1", "s", "c2", "s2", ""]);
  });

  it("rejects an empty file and a header without rows", async () => {
    expect(await failure(readAll(fixture("empty.csv")))).toMatchObject({ code: "empty_file", message: expect.stringMatching(/no records/) });
    expect(await failure(readAll(tempFile("\r\n\r\n,,\r\n")))).toMatchObject({ code: "empty_file" });
    expect(await failure(readAll(fixture("header-only.csv")))).toMatchObject({ code: "no_data_rows" });
  });

  it("accepts a header without rows with allowEmpty", async () => {
    const { rows, stats, table } = await readAll(fixture("header-only.csv"), { allowEmpty: true });
    expect([rows, stats, table.header.names]).toEqual([[], { rows: 0, blankRows: 0 }, ["id", "assignee", "created_at"]]);
  });

  it("keeps the last record without a final newline, and a trailing empty field", async () => {
    expect((await readAll(tempFile("a,b\n1,"))).cells).toEqual([["1", ""]]);
    expect((await readAll(tempFile('a,b\n1,""'))).cells).toEqual([["1", ""]]);
  });

  it("keys like __proto__ are ordinary header names", async () => {
    const { table, cells } = await readAll(tempFile("__proto__,constructor\n1,2\n"));
    expect(table.header.names).toEqual(["__proto__", "constructor"]);
    expect(cells).toEqual([["1", "2"]]);
  });
});

describe("delimiters", () => {
  it.each([
    ["a,b,c", ","],
    ["a;b;c", ";"],
    ["a\tb\tc", "\t"],
    ['"x;y",b', ","],
    ['"a,b";c;d', ";"],
    ["\n\na;b\n1,2,3,4", ";"],
    ["single", ","],
  ])("detects %j -> %j", (text, expected) => expect(detectDelimiter(text)).toBe(expected));

  it("resolves names and rejects impossible delimiters", async () => {
    expect(resolveDelimiter("tab", "f")).toBe("\t");
    expect(resolveDelimiter("auto", "f")).toBeUndefined();
    expect(resolveDelimiter("|", "f")).toBe("|");
    expect(() => resolveDelimiter('"', "f")).toThrow(/delimiter/);
    expect(() => resolveDelimiter(";;", "f")).toThrow(/delimiter/);
  });
});
