// XLSX input: fixtures are generated here with exceljs (what Excel-like writers produce) and, for
// the quirks exceljs cannot write, assembled by hand as zip parts (openpyxl-style absolute part
// paths, x: prefixes, inline and phonetic strings, _xHHHH_ escapes, rows without r).
import { deflateRawSync, crc32 } from "node:zlib";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KpiError } from "../../src/errors.js";
import { CellParser } from "../../src/io/cell-parser.js";
import { openTable } from "../../src/io/open-table.js";
import { readZipDirectoryOf } from "../../src/io/xlsx/zip-directory.js";
import { runCli } from "../helpers/cli.js";
import { failure, readAll, tempFile } from "./helpers.js";

async function workbookFile(build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return tempFile(new Uint8Array(await wb.xlsx.writeBuffer()), ".xlsx");
}

const wall = (iso: string) => new Date(`${iso}Z`); // exceljs writes a Date's UTC fields as the wall clock
const SERIAL_2026_10_08_0915 = 46303 + (9 * 60 + 15) / 1440;

const tickets = await workbookFile((wb) => {
  wb.addWorksheet("Lookup", { state: "hidden" }).addRows([["priority", "level"], ["P1", "urgent"]]);
  const ws = wb.addWorksheet("工单");
  ws.addRow([]);
  ws.addRow(["id", "assignee", "created_at", "minutes", "double", "escalated", "note", "link"]);
  ws.addRow(["T1", { richText: [{ text: "ali" }, { font: { bold: true }, text: "ce" }] }, wall("2026-10-08T09:15:00"), 5, { formula: "D3*2", result: 10 }, true, "=not a formula", { text: "ticket page", hyperlink: "https://example.com/T1" }]);
  ws.getCell("C3").numFmt = "yyyy-mm-dd hh:mm";
  ws.addRow([]);
  ws.addRow(["T2", "bob", 46303.5, 7, { formula: "D5*2", result: 14 }, false, "merged", null]);
  ws.addRow(["T3", "bob", "2026-10-09 10:00", 8, { formula: 'IF(D6>1,"big","small")', result: "big" }, null, null, null]);
  ws.mergeCells("G5:G6");
  wb.addWorksheet("Second").addRows([["person", "value"], ["alice", 0.9]]);
});

describe("readXlsxTable", () => {
  it("reads the first visible sheet: header = first row with a value, line = Excel's row number", async () => {
    const { table, rows, stats } = await readAll(tickets);
    expect(table.format).toBe("xlsx");
    expect(table.header.names).toEqual(["id", "assignee", "created_at", "minutes", "double", "escalated", "note", "link"]);
    expect(rows.map((r) => r.line)).toEqual([3, 5, 6]);
    expect(stats).toEqual({ rows: 3, blankRows: 1 });
  });

  it("normalises cells: rich text, dates as serial numbers, cached formula results, hyperlinks, merged cells", async () => {
    const { cells } = await readAll(tickets);
    expect(cells[0]).toEqual(["T1", "alice", expect.closeTo(SERIAL_2026_10_08_0915, 9), 5, 10, true, "=not a formula", "ticket page"]);
    expect(cells[1]).toEqual(["T2", "bob", 46303.5, 7, 14, false, "merged", null]);
    // the merged area's other cells are empty: only the top-left cell holds the value
    expect(cells[2]).toEqual(["T3", "bob", "2026-10-09 10:00", 8, "big", null, null, null]);
  });

  it("turns the serial numbers into instants in the rubric time zone", async () => {
    const { table, rows } = await readAll(tickets);
    const parser = new CellParser(table, { timeZone: "Asia/Shanghai", dateFormats: [], missing: [] });
    expect(new Date(parser.timestamp(rows[0]!, 2)).toISOString()).toBe("2026-10-08T01:15:00.000Z");
    expect(new Date(parser.timestamp(rows[2]!, 2)).toISOString()).toBe("2026-10-09T02:00:00.000Z");
  });

  it("reads another sheet with file.xlsx#Sheet, also a hidden one, and lists the sheets when the name is wrong", async () => {
    expect((await readAll(`${tickets}#Second`)).cells).toEqual([["alice", 0.9]]);
    expect((await readAll(`${tickets}#lookup`)).table.header.names).toEqual(["priority", "level"]);
    const f = await failure(openTable(`${tickets}#Nope`));
    expect(f).toMatchObject({ code: "xlsx_no_sheet", hint: expect.stringContaining("'Lookup' (hidden), '工单', 'Second'") });
  });

  it("shifts 1904-system dates to the 1900 serial of the same wall clock", async () => {
    const file = await workbookFile((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet("s");
      ws.addRows([["at", "n"], [wall("2026-10-08T09:15:00"), 3]]);
      ws.getCell("A2").numFmt = "yyyy-mm-dd hh:mm";
    });
    const [row] = (await readAll(file)).cells;
    expect(row![0]).toBeCloseTo(SERIAL_2026_10_08_0915, 9);
    expect(row![1]).toBe(3);
  });

  it("refuses a formula without a cached result, naming sheet!cell", async () => {
    const file = await workbookFile((wb) => wb.addWorksheet("工单").addRows([["id", "n"], ["T1", 1], ["T2", { formula: "B2+1" }]]));
    const f = await failure(readAll(file));
    expect(f).toMatchObject({ code: "xlsx_formula_no_result", line: 3, column: 2, field: "n" });
    expect(f.message).toContain("工单!B3");
  });

  it("refuses error cells such as #N/A, naming sheet!cell", async () => {
    const file = await workbookFile((wb) => wb.addWorksheet("Data").addRows([["id", "n"], ["T1", { error: "#N/A" }]]));
    const f = await failure(readAll(file));
    expect(f).toMatchObject({ code: "xlsx_error_cell", line: 2, column: 2 });
    expect(f.message).toBe("Data!B2: error value #N/A in the cell");
  });

  it("reads what other writers produce: absolute part paths, prefixes, inline and phonetic strings, escapes", async () => {
    const { table, cells, rows } = await readAll(tempFile(handMadeXlsx(), ".xlsx"));
    expect(table.header.names).toEqual(["id", "名前"]);
    expect(cells).toEqual([["a_x1", "東京"], ["line\r\nbreak", "x<y & z"], ["yes", true]]);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4]);
    expect((await readAll(`${tempFile(handMadeXlsx(), ".xlsx")}#Data`)).cells).toHaveLength(3);
  });

  it("checks declared sizes before unpacking (zip bombs) and stops parts that unpack to more than declared", async () => {
    const bytes = Buffer.from(await (await import("node:fs/promises")).readFile(tickets));
    const { entries } = await readZipDirectoryOf(bytes);
    const sheet = entries.find((e) => e.name === "xl/worksheets/sheet2.xml")!;
    const bomb = Buffer.from(bytes);
    bomb.writeUInt32LE(600 * 1024 * 1024, sheet.centralOffset + 24);
    expect(await failure(openTable(tempFile(bomb, ".xlsx")))).toMatchObject({ code: "xlsx_too_large", message: expect.stringMatching(/over the limit of 512 MiB/) });
    const liar = Buffer.from(bytes);
    liar.writeUInt32LE(100, sheet.centralOffset + 24);
    expect(await failure(readAll(tempFile(liar, ".xlsx")))).toMatchObject({ code: "xlsx_too_large", message: expect.stringMatching(/more than the 100 bytes/) });
  });

  it("damaged bytes give a KpiError, never a crash (RELIABILITY property 12)", async () => {
    const bytes = new Uint8Array(await (await import("node:fs/promises")).readFile(tickets));
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), fc.nat(bytes.length), async (flips, cut) => {
      const damaged = bytes.slice(0, Math.max(cut, bytes.length - 64));
      for (const [at, value] of flips) if (at < damaged.length) damaged[at] = value;
      try {
        await readAll(tempFile(damaged, ".xlsx"));
      } catch (error) {
        if (!(error instanceof KpiError)) throw error;
      }
    }), { numRuns: 60 });
  });

  it("explains files that are not workbooks", async () => {
    expect(await failure(openTable(tempFile("id,name\n1,a\n", ".xlsx")))).toMatchObject({ code: "xlsx_not_zip", hint: expect.stringMatching(/password/) });
    const empty = await workbookFile((wb) => wb.addWorksheet("s"));
    expect((await failure(openTable(empty))).code).toBe("empty_file");
    const header = await workbookFile((wb) => wb.addWorksheet("s").addRow(["id"]));
    expect((await failure(readAll(header))).code).toBe("no_data_rows");
  });
});

describe("kpi score with XLSX inputs", () => {
  it("gives the same people as the CSV exports they were made from (timestamps as Excel dates)", async () => {
    // tickets.csv → tickets.xlsx: timestamps become date cells (wall clock), flags booleans
    const { table, cells } = await readAll("examples/2026-10/tickets.csv");
    const file = await workbookFile((wb) => {
      const ws = wb.addWorksheet("工单");
      ws.addRow(table.header.names);
      for (const row of cells) {
        ws.addRow(row.map((c) => (typeof c !== "string" || c === "" ? null : /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(c) ? wall(c.replace(" ", "T")) : /^(true|false)$/.test(c) ? c === "true" : c)));
      }
      ws.getColumn(3).numFmt = "yyyy-mm-dd hh:mm:ss";
    });
    const common = ["score", "--rubric", "examples/support-dept.rubric.yaml", "--surveys", "examples/2026-10/surveys.csv", "--roster", "examples/2026-10/roster.csv", "--period", "2026-10", "--format", "json"];
    const fromCsv = runCli([...common, "--tickets", "examples/2026-10/tickets.csv"]);
    const fromXlsx = runCli([...common, "--tickets", `${file}#工单`]);
    expect(fromXlsx.code, fromXlsx.stderr).toBe(0);
    expect(JSON.parse(fromXlsx.stdout).people).toEqual(JSON.parse(fromCsv.stdout).people);
    expect(JSON.parse(fromXlsx.stdout).inputs[0]).toMatchObject({ kind: "tickets", file: `${file}#工单`, rows: 3000 });
  }, 60_000);
});

/** A zip of stored/deflated text parts (local headers, central directory, end record). */
function zip(parts: Record<string, string>): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(parts)) {
    const data = Buffer.from(text, "utf8");
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0), head.writeUInt16LE(20, 4), head.writeUInt16LE(8, 8);
    head.writeUInt32LE(crc32(data), 14), head.writeUInt32LE(packed.length, 18), head.writeUInt32LE(data.length, 22), head.writeUInt16LE(nameBytes.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0), dir.writeUInt16LE(20, 4), dir.writeUInt16LE(20, 6), dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc32(data), 16), dir.writeUInt32LE(packed.length, 20), dir.writeUInt32LE(data.length, 24), dir.writeUInt16LE(nameBytes.length, 28), dir.writeUInt32LE(offset, 42);
    local.push(head, nameBytes, packed);
    central.push(dir, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0), end.writeUInt16LE(central.length / 2, 8), end.writeUInt16LE(central.length / 2, 10), end.writeUInt32LE(cd.length, 12), end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, cd, end]);
}

function handMadeXlsx(): Buffer {
  const ns = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  return zip({
    "_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel("rId1", "officeDocument", "/xl/workbook.xml")}</Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0"?><x:workbook ${ns}><x:sheets><x:sheet name="Data" sheetId="1" r:id="rId7"/></x:sheets></x:workbook>`,
    "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel("rId7", "worksheet", "/xl/worksheets/data.xml")}${rel("rId8", "sharedStrings", "/xl/strings.xml")}</Relationships>`,
    "xl/strings.xml": `<x:sst ${ns}><x:si><x:t>id</x:t></x:si><x:si><x:r><x:t>名</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>前</x:t></x:r><x:rPh sb="0" eb="1"><x:t>な</x:t></x:rPh></x:si>` +
      `<x:si><x:t>東京</x:t><x:rPh sb="0" eb="2"><x:t>とうきょう</x:t></x:rPh></x:si></x:sst>`,
    "xl/worksheets/data.xml": `<x:worksheet ${ns}><x:sheetData>` +
      `<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c></x:row>` +
      `<x:row><x:c t="inlineStr"><x:is><x:t>a_x005F_x1</x:t></x:is></x:c><x:c t="s"><x:v>2</x:v></x:c></x:row>` +
      `<x:row r="3"><x:c r="A3" t="inlineStr"><x:is><x:r><x:t>line_x000D_</x:t></x:r><x:r><x:t xml:space="preserve">\nbreak</x:t></x:r></x:is></x:c><x:c r="B3" t="str"><x:f>"x&lt;y"&amp;" &amp; z"</x:f><x:v>x&lt;y &amp; z</x:v></x:c></x:row>` +
      `<x:row r="4"><x:c r="A4" t="str"><x:v>yes</x:v></x:c><x:c r="B4" t="b"><x:v>1</x:v></x:c></x:row>` +
      `</x:sheetData></x:worksheet>`,
  });
}
