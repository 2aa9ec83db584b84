import { describe, expect, it } from "vitest";
import fc from "fast-check";
import iconv from "iconv-lite";
import { advanceLines, scanFile, readAllText } from "../../src/io/decode.js";
import { failure, fixture, readAll, tempFile } from "./helpers.js";

async function decodeFile(bytes: Uint8Array, encoding?: string) {
  const scan = await scanFile(tempFile(bytes), encoding);
  return { encoding: scan.encoding, text: await readAllText(tempFile(bytes), scan) };
}

describe("encoding detection", () => {
  it.each([
    ["utf-8", Buffer.from("id,名字\n1,张三\n")],
    ["utf-8-bom", Buffer.from("\ufeffid,名字\n1,张三\n")],
    ["utf-16le", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("id\t名字\n", "utf16le")])],
    ["utf-16be", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from("id\t名字\n", "utf16le").swap16()])],
    ["gb18030", iconv.encode("id,名字\n1,张三\n", "gb18030")],
  ])("%s", async (expected, bytes) => {
    const { encoding, text } = await decodeFile(bytes);
    expect(encoding).toBe(expected);
    expect(text.replace("\t", ",")).toBe("id,名字\n" + (text.includes("张三") ? "1,张三\n" : ""));
  });

  it("checks all of a large file: ASCII for the first megabytes, GBK further down", async () => {
    const head = "id,name\n" + "T1,alice\n".repeat(200_000);
    const bytes = Buffer.concat([Buffer.from(head), iconv.encode("T2,张三\n", "gb18030")]);
    const { encoding, text } = await decodeFile(bytes);
    expect(encoding).toBe("gb18030");
    expect(text.endsWith("T2,张三\n")).toBe(true);
  });

  it("keeps UTF-8 when a multi-byte character straddles the 1 MiB read boundary", async () => {
    for (const shift of [0, 1, 2, 3]) {
      const bytes = Buffer.from("x".repeat((1 << 20) - 2 + shift) + "中文😀\n");
      expect((await scanFile(tempFile(bytes))).encoding).toBe("utf-8");
    }
  });

  it("a file ending inside a multi-byte sequence is not UTF-8", async () => {
    expect((await scanFile(tempFile(Buffer.from([0x61, 0xe4, 0xb8])))).encoding).toBe("gb18030");
  });

  it("a forced encoding wins and strips its own BOM", async () => {
    expect(await decodeFile(Buffer.from("\ufeffa\n"), "utf-8")).toEqual({ encoding: "utf-8", text: "a\n" });
    expect((await decodeFile(iconv.encode("张三\n", "gbk"), "gb2312")).text).toBe("张三\n");
    expect((await failure(scanFile(tempFile("a"), "klingon"))).code).toBe("unknown_encoding");
  });

  it("property: GB18030 text that is not valid UTF-8 decodes back exactly", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }), async (s) => {
        const bytes = iconv.encode(s, "gb18030");
        const { encoding, text } = await decodeFile(bytes);
        if (Buffer.from(s, "utf8").equals(bytes)) expect(encoding).toBe("utf-8");
        else if (!new TextDecoder("utf-8", { fatal: false }).decode(bytes).includes("\uFFFD")) return; // also valid UTF-8
        else expect(encoding).toBe("gb18030");
        expect(text).toBe(s);
      }),
      { numRuns: 200 },
    );
  });

  it("property: UTF-8 with or without BOM is always detected as UTF-8", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 40 }), fc.boolean(), async (s, bom) => {
        const { encoding, text } = await decodeFile(Buffer.from((bom ? "\ufeff" : "") + s));
        expect([encoding, text]).toEqual([bom ? "utf-8-bom" : "utf-8", s]);
      }),
      { numRuns: 200 },
    );
  });
});

describe("damaged and binary input", () => {
  it("U+FFFD already in the text is an error at its first occurrence", async () => {
    expect(await failure(readAll(fixture("damaged.csv")))).toMatchObject({ code: "damaged_text", line: 3, column: 5 });
  });

  it("'锟斤拷' is an error too, also when split across chunks", async () => {
    expect(await failure(readAll(fixture("kunjinkao.csv")))).toMatchObject({ code: "damaged_text", line: 2, column: 4 });
    // 8 + 4 × 16,381 + 1 = 65,533 bytes before '锟': the 64 KiB read ends right after it.
    const text = "id,name\n" + "x,y\n".repeat(16_381) + ",锟斤拷\n";
    const f = await failure(readAll(tempFile(text)));
    expect(f).toMatchObject({ code: "damaged_text", line: 16_383, column: 2 });
  });

  it("bytes that are neither UTF-8 nor GB18030 are reported where they are", async () => {
    const bytes = Buffer.concat([Buffer.from("id,name\n1,ok\n2,"), Buffer.from([0x81, 0x20]), Buffer.from("\n")]);
    expect(await failure(readAll(tempFile(bytes)))).toMatchObject({ code: "damaged_text", line: 3, column: 3 });
  });

  it("an XLSX renamed to .csv is a binary file with a hint", async () => {
    const f = await failure(readAll(fixture("workbook-renamed.csv")));
    expect(f.code).toBe("binary_file");
    expect(f.hint).toMatch(/xlsx/i);
  });

  it("NUL bytes give binary_file with the line", async () => {
    expect(await failure(readAll(fixture("nul.csv")))).toMatchObject({ code: "binary_file", line: 3 });
  });

  it("UTF-16 without a BOM is caught by its NUL bytes, with a hint", async () => {
    const f = await failure(readAll(tempFile(Buffer.from("id\tname\n", "utf16le"))));
    expect(f.code).toBe("binary_file");
    expect(f.hint).toMatch(/utf-16le/);
  });
});

describe("advanceLines", () => {
  it.each([
    ["", 1, 1],
    ["ab", 1, 3],
    ["a\nb", 2, 2],
    ["a\r\nb", 2, 2],
    ["a\rb\r\n\nc", 4, 2],
  ])("%j", (text, line, column) => expect(advanceLines(text, 1)).toEqual({ line, column }));
});
