import { describe, expect, it } from "vitest";
import { parseBooleanCell, parseNumberCell } from "../../src/core/number-cell.js";

describe("parseNumberCell", () => {
  it.each([
    ["4.5", 4.5],
    ["-5", -5],
    [" 12 ", 12],
    ["1,234", 1234],
    ["1,234,567.5", 1234567.5],
    ["90%", 0.9],
    ["12.5 %", 0.125],
    ["90分", 90],
    ["９０", 90],
    ["¥1,234.50", 1234.5],
  ])("%j -> %d", (text, value) => {
    expect(parseNumberCell(text)).toBe(value);
  });

  it.each(["", "N/A", "—", "1e3", "0x1A", "Infinity", "12,34", "9 0", "90分钟", "abc"])("%j is not a number", (text) => {
    expect(parseNumberCell(text)).toBeNaN();
  });
});

describe("parseBooleanCell", () => {
  it.each([
    ["true", true],
    ["YES", true],
    ["1", true],
    ["是", true],
    ["no", false],
    ["0", false],
    ["False", false],
  ])("%j -> %s", (text, value) => {
    expect(parseBooleanCell(text)).toBe(value);
  });
  it("returns undefined for anything else", () => {
    expect(parseBooleanCell("maybe")).toBeUndefined();
  });
});
