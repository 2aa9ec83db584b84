import { describe, expect, it } from "vitest";
import { createTimestampParser, excelSerialToInstant, parseDefaultTimestamp } from "../../src/core/timestamp.js";

const at = (text: string, zone = "Asia/Shanghai") => {
  const ms = parseDefaultTimestamp(text, zone);
  return Number.isNaN(ms) ? "invalid" : new Date(ms).toISOString();
};

describe("parseDefaultTimestamp", () => {
  it.each([
    ["2026-10-08T09:15:00+08:00", "2026-10-08T01:15:00.000Z"],
    ["2026-10-08T09:15:00+0800", "2026-10-08T01:15:00.000Z"],
    ["2026-10-08T01:15:00Z", "2026-10-08T01:15:00.000Z"],
    ["2026-10-08 09:15", "2026-10-08T01:15:00.000Z"],
    ["2026-10-08 09:15:30.250", "2026-10-08T01:15:30.250Z"],
    ["2026/10/08 09:15", "2026-10-08T01:15:00.000Z"],
    ["2026/10/08 09:15:59", "2026-10-08T01:15:59.000Z"],
    ["2026/10/8 9:05", "2026-10-08T01:05:00.000Z"],
    ["2026-10-08", "2026-10-07T16:00:00.000Z"],
    ["  2026-10-08 09:15  ", "2026-10-08T01:15:00.000Z"],
    ["2026-10-08T09:15:00-05:00", "2026-10-08T14:15:00.000Z"],
  ])("%s", (text, expected) => {
    expect(at(text)).toBe(expected);
  });

  it.each(["2026-02-30", "2026-13-01", "2026-10-08 24:00", "2026-10-08 09:60", "not a date", "08/10/2026 09:15", "2026-10-08T09:15+8", "46329.38", ""])(
    "rejects %j",
    (text) => {
      expect(at(text)).toBe("invalid");
    },
  );

  it("reads wall times in the rubric zone, not the machine's", () => {
    expect(at("2026-10-08 09:15", "UTC")).toBe("2026-10-08T09:15:00.000Z");
    expect(at("2026-07-01 12:00", "Europe/Berlin")).toBe("2026-07-01T10:00:00.000Z");
  });
});

describe("date_format", () => {
  it("tries the input's formats before the defaults", () => {
    const parse = createTimestampParser("Asia/Shanghai", ["d/M/yyyy H:mm"]);
    expect(new Date(parse("8/10/2026 9:15")).toISOString()).toBe("2026-10-08T01:15:00.000Z");
    expect(new Date(parse("2026-10-08 09:15")).toISOString()).toBe("2026-10-08T01:15:00.000Z");
  });

  it("reads two-digit years and month names", () => {
    const parse = createTimestampParser("Asia/Shanghai", ["dd/MMM/yy h:mm a"]);
    expect(new Date(parse("08/Oct/26 9:15 AM")).toISOString()).toBe("2026-10-08T01:15:00.000Z");
  });

  it("rejects text that matches no format", () => {
    expect(createTimestampParser("UTC", ["d/M/yyyy"])("31/2/2026")).toBeNaN();
  });
});

describe("excelSerialToInstant", () => {
  it("reads the 1900 date system as wall time in the zone", () => {
    // 46303 is 2026-10-08 in Excel's 1900 system; .385416… is 09:15.
    expect(new Date(excelSerialToInstant(46303 + 555 / 1440, "Asia/Shanghai")).toISOString()).toBe("2026-10-08T01:15:00.000Z");
  });
});
