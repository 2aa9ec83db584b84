// The appraisal workbook: structure, cached formula results equal to the JSON numbers, sheet
// names from awkward data, formula-injection text kept as text, reproducible bytes.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { fixedDate } from "../../src/io/xlsx/pin-zip-dates.js";
import { renderWorkbook } from "../../src/io/xlsx/write-workbook.js";
import { readZipDirectoryOf } from "../../src/io/xlsx/zip-directory.js";
import { runCli } from "../helpers/cli.js";
import type { PersonResult, ScoreResult } from "../../src/schema/result.js";
import { rubricSchema } from "../../src/schema/rubric.js";

const rubric = rubricSchema.parse({
  kpi: 1, name: "支持部考核", timezone: "Asia/Shanghai",
  indicators: [
    { id: "frt", label: "首次响应及时率", category: "时效", weight: 50, metric: { type: "sla_rate", event: "first_response", targets: { urgent: "30m", high: "2h" } },
      scoring: { steps: [{ min: 0.95, points: 100 }, { min: 0.9, points: 85 }, { points: 60 }] } },
    { id: "csat", label: "客户满意度", category: "体验", weight: 30, min_sample: 5, metric: { type: "csat" }, scoring: { linear: { zero: 3, full: 5 } } },
    { id: "volume", label: "工单量", category: "时效", weight: 20, metric: { type: "count" }, scoring: { ratio: { target: 120 } } },
  ],
  adjustments: [{ id: "innovation", label: "创新加分", metric: { type: "record", name: "innovation" }, points_per: 1, max: 5 }],
  grades: [{ id: "S", label: "优秀", min: 90, coefficient: 1.5 }, { id: "A", label: "良好", min: 75, coefficient: 1.2 }, { id: "B", label: "合格", min: 0, coefficient: 1 }],
  bonus: { pool: 10000, currency: "CNY" },
});

function person(id: string, name: string | null, rank: number, extra: Partial<PersonResult> = {}): PersonResult {
  const indicators = [
    { id: "frt", value: 0.9333333333333333, n: 120, points: 85, weight: 50, contribution: 42.5, status: "ok" as const },
    { id: "csat", value: 4.3, n: 12, points: 65.00000000000001, weight: 30, contribution: 19.500000000000004, status: "ok" as const },
    { id: "volume", value: 130, n: 130, points: 100, weight: 20, contribution: 20, status: "ok" as const },
  ];
  return { id, name, role: "default", team: "L1", score: 84, grade: "A", rank, bonus: 2000, indicators, adjustments: [{ id: "innovation", value: 2, points: 2 }], notes: [], ...extra };
}

const excluded: PersonResult = person("dora", "Dora", 6, {
  score: 79.38, grade: "A",
  indicators: [
    { id: "frt", value: 0.9, n: 40, points: 85, weight: 71.42857142857143, contribution: 60.714285714285715, status: "ok" },
    { id: "csat", value: 4.5, n: 2, points: null, weight: 0, contribution: 0, status: "insufficient" },
    { id: "volume", value: 70, n: 70, points: 58.333333333333336, weight: 28.571428571428573, contribution: 16.666666666666668, status: "ok" },
  ],
  adjustments: [{ id: "innovation", value: 2, points: 2 }], notes: ["not enough data for csat: excluded, other weights rescaled"],
});

const result: ScoreResult = {
  kpi: 1, tool: "kpi 0.1.0",
  rubric: { name: "支持部考核", sha256: "ab".repeat(32) },
  period: { label: "2026-10", start: "2026-10-01T00:00:00+08:00", end: "2026-11-01T00:00:00+08:00" },
  inputs: [{ kind: "tickets", file: "data/tickets.csv", sha256: "cd".repeat(32), encoding: "utf-8", rows: 10, used: 9, rejected: 1 }],
  people: [
    person("alice", "Alice", 1, { bonus: 2400 }),
    person("bob", '=HYPERLINK("http://evil.example","x")', 2, { team: "+86 10 1234", bonus: 2000 }),
    person("c1", "张三/李四:[测试]*?组长——名字特别特别特别特别特别长的同事", 3, { bonus: 2000 }),
    person("alice2", "alice", 4, { team: "＝SUM(A1)", bonus: 1600.01 }),
    person("h", "History", 5, { bonus: 1000 }),
    { ...excluded, bonus: 999.99 },
    person("eve", "Eve\u0007\x1b[31m", 7, { bonus: 0 }),
  ],
  warnings: [{ code: "unknown_priority", count: 3, message: "priorities that map to no key used the default", example: "tickets.csv:57" }],
};

async function load(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const bytes = await renderWorkbook(result, rubric, { lang: "zh" });
const book = await load(bytes);
const names = book.worksheets.map((w) => w.name);
const sheetOf = (i: number) => book.getWorksheet(names[4 + i]!)!;

/** Values of every non-empty cell: formulas as { f, v }, so the golden file shows both. */
function dump(ws: ExcelJS.Worksheet) {
  const out: Record<string, unknown> = {};
  ws.eachRow((row) => row.eachCell((cell) => {
    if (cell.type === ExcelJS.ValueType.Merge) return;
    out[cell.address] = cell.formula ? { f: cell.formula, v: cell.result } : cell.value;
  }));
  return out;
}

function expectGoldenJson(name: string, value: unknown) {
  const path = resolve(import.meta.dirname, "../golden", name);
  const text = `${JSON.stringify(value, null, 1)}\n`;
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(path)) {
    if (process.env.CI && !existsSync(path)) throw new Error(`golden file ${name} is missing; run UPDATE_GOLDEN=1`);
    writeFileSync(path, text);
  }
  expect(text).toBe(readFileSync(path, "utf8"));
}

describe("renderWorkbook", () => {
  it("has Summary, Bonus, Warnings, Rubric, then one sheet per person in rank order", () => {
    expect(names.slice(0, 4)).toEqual(["Summary", "Bonus", "Warnings", "Rubric"]);
    expect(names.slice(4)).toEqual(["Alice", '=HYPERLINK("http___evil.example', "张三_李四__测试___组长——名字特别特别特别特别特别长的同", "alice (alice2)", "History (h)", "Dora", "Eve"]);
  });

  it("sanitises sheet names: ≤ 31 chars, no []:*?/\\, unique ignoring case, never History", () => {
    const upper = names.map((n) => n.toUpperCase());
    expect(new Set(upper).size).toBe(names.length);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
      expect(name.toLowerCase()).not.toBe("history");
    }
  });

  it("matches the golden dump of the Summary and two appraisal sheets", () => {
    expectGoldenJson("xlsx-writer.json", { summary: dump(book.getWorksheet("Summary")!), alice: dump(sheetOf(0)), dora: dump(sheetOf(5)) });
  });

  it("writes contributions and totals as formulas whose cached results are the JSON numbers", () => {
    result.people.forEach((p, i) => {
      const ws = sheetOf(i);
      // rows are grouped by category: find each indicator by its label
      const labels = [6, 7, 8].map((r) => ws.getCell(`B${r}`).value);
      p.indicators.forEach((indicator) => {
        const row = 6 + labels.indexOf(rubric.indicators.find((i) => i.id === indicator.id)!.label!);
        expect(ws.getCell(`H${row}`).formula).toBe(`C${row}*G${row}/100`);
        expect(ws.getCell(`H${row}`).result).toBe(indicator.contribution);
        // what a spreadsheet computes from the cells is the same double
        const weight = ws.getCell(`C${row}`).value as number;
        const points = (ws.getCell(`G${row}`).value as number | null) ?? 0;
        expect((weight * points) / 100).toBe(indicator.contribution);
      });
      expect(ws.getCell("H11").formula).toBe("ROUND(MAX(0,H9+SUM(H10:H10)),2)");
      expect(ws.getCell("H11").result).toBe(p.score);
    });
    const summary = book.getWorksheet("Summary")!;
    result.people.forEach((p, i) => {
      expect(summary.getCell(`F${i + 2}`).result).toBe(p.score);
      expect(summary.getCell(`F${i + 2}`).formula).toMatch(/^'.+'!\$H\$11$/);
      expect(summary.getCell(`H${i + 2}`).value).toBe(p.bonus);
    });
  });

  it("keeps formula-like text as Text-formatted strings, never formulas", () => {
    const bob = sheetOf(1);
    expect(bob.getCell("B2").value).toBe('=HYPERLINK("http://evil.example","x")');
    expect(bob.getCell("B2").type).toBe(ExcelJS.ValueType.String);
    expect(bob.getCell("B2").numFmt).toBe("@");
    expect(bob.getCell("I2").value).toBe("+86 10 1234");
    const summary = book.getWorksheet("Summary")!;
    expect(summary.getCell("E5").value).toBe("＝SUM(A1)");
    expect(summary.getCell("C3").formula).toBeUndefined();
  });

  it("removes control characters and reports how many (BEL and an ANSI colour, in 3 cells)", () => {
    expect(sheetOf(6).getCell("B2").value).toBe("Eve");
    const warnings = dump(book.getWorksheet("Warnings")!);
    expect(warnings).toMatchObject({ A2: "unknown_priority", B2: 3, D2: "tickets.csv:57", A3: "xlsx_control_chars", B3: 6 });
  });

  it("sets up printing, filtering, freezing and grade colours", () => {
    const alice = sheetOf(0);
    expect(alice.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "5:5" });
    expect((alice.getCell("A5").font as { name: string }).name).toBe("Microsoft YaHei");
    const summary = book.getWorksheet("Summary")!;
    expect(summary.autoFilter).toBeTruthy();
    expect(summary.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const rules = (summary as unknown as { conditionalFormattings: { rules: { formulae: string[] }[] }[] }).conditionalFormattings[0]!.rules;
    expect(rules.map((r) => r.formulae[0])).toEqual(['"S"', '"A"', '"B"']);
    expect([summary.getCell("O2").result, summary.getCell("O3").result, summary.getCell("O4").result]).toEqual([0, 7, 0]);
  });

  it("sums the bonus sheet exactly and leaves it out when nobody has a bonus", async () => {
    const bonus = book.getWorksheet("Bonus")!;
    const total = bonus.getCell(`H${5 + result.people.length + 1}`);
    expect(total.formula).toBe(`SUM(H6:H${5 + result.people.length})`);
    expect(total.result).toBe(10000);
    const without = await load(await renderWorkbook({ ...result, people: result.people.map((p) => ({ ...p, bonus: null })) }, { ...rubric, bonus: undefined }, { lang: "en" }));
    expect(without.worksheets.map((w) => w.name).slice(0, 3)).toEqual(["Summary", "Warnings", "Rubric"]);
    expect(without.getWorksheet("Alice")!.getCell("A18").value).toBe("Employee signature:");
  });

  it("gives the same bytes for the same input, whatever the clock and time zone", async () => {
    const tz = process.env.TZ;
    process.env.TZ = "America/New_York";
    const again = await renderWorkbook(result, rubric, { lang: "zh" });
    process.env.TZ = tz;
    expect(sha(again)).toBe(sha(bytes));
    const { entries } = await readZipDirectoryOf(bytes);
    const buf = Buffer.from(bytes);
    for (const entry of entries) expect([buf.readUInt16LE(entry.centralOffset + 12), buf.readUInt16LE(entry.centralOffset + 14)]).toEqual([0, 0x21]);
  });

  it("dates the document from SOURCE_DATE_EPOCH", async () => {
    const date = fixedDate({ SOURCE_DATE_EPOCH: "1767225600" });
    expect(date.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    const other = await load(await renderWorkbook(result, rubric, { lang: "zh", date }));
    expect(other.created.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(fixedDate({}).toISOString()).toBe("1980-01-01T00:00:00.000Z");
  });
});

describe("kpi score --format xlsx", () => {
  it("writes the example month's workbook with the JSON numbers, in English with --lang en", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kpi-xlsx-"));
    const args = ["score", "--rubric", "examples/team-roles.rubric.yaml", "examples/2026-10", "--period", "2026-10"];
    const json = runCli([...args, "--format", "json"]);
    const out = join(dir, "appraisal.xlsx");
    const run = runCli([...args, "--out", out, "--lang", "en"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe("");
    const people: PersonResult[] = JSON.parse(json.stdout).people;
    const summary = (await load(readFileSync(out))).getWorksheet("Summary")!;
    expect(summary.getCell("F1").value).toBe("Score");
    people.forEach((p, i) => {
      expect(summary.getCell(`B${i + 2}`).value).toBe(p.id);
      expect(summary.getCell(`F${i + 2}`).result).toBe(p.score);
      expect(summary.getCell(`H${i + 2}`).value).toBe(p.bonus);
    });
  });
});

const soffice = ["soffice", "libreoffice"].find((cmd) => spawnSync(cmd, ["--version"]).status === 0);

describe("recalculated by LibreOffice", () => {
  it.skipIf(!soffice)("gives the JSON totals after a full recalculation", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kpi-soffice-"));
    // Drop every cached result, so that the numbers can only come from LibreOffice's calculation.
    const copy = await load(bytes);
    for (const ws of copy.worksheets) ws.eachRow((row) => row.eachCell((cell) => {
      if (cell.formula) cell.value = { formula: cell.formula } as ExcelJS.CellFormulaValue;
    }));
    writeFileSync(join(dir, "book.xlsx"), Buffer.from(await copy.xlsx.writeBuffer()));
    mkdirSync(join(dir, "out"));
    execFileSync(soffice!, ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", join(dir, "out"), join(dir, "book.xlsx")], { timeout: 120_000, stdio: "pipe" });
    const sheet = (name: string): string[][] => parse(readFileSync(join(dir, "out", readdirSync(join(dir, "out")).find((f) => f.endsWith(`-${name}.csv`))!), "utf8"));
    expect(sheet("Summary").slice(1, 1 + result.people.length).map((r) => Number(r[5]))).toEqual(result.people.map((p) => p.score));
    const dora = sheet("Dora");
    // LibreOffice writes 15 significant digits
    expect(dora.slice(5, 8).map((r) => Number(r[7]))).toEqual([expect.closeTo(60.714285714285715, 12), expect.closeTo(16.666666666666668, 12), 0]);
    expect(Number(dora[10]![7])).toBe(79.38);
  }, 180_000);
});
