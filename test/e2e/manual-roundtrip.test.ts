// The core workflow of manual indicators, end to end: kpi score --out a.xlsx -> a manager fills
// the rating cells -> kpi score --manual a-filled.xlsx -> final scores. fixtures/manual: volume
// (count, target 4, weight 60) and teamwork (manual 1 → 20 … 5 → 100, weight 40, self 20 %).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { PersonResult, ScoreResult } from "../../src/schema/result.js";
import { runCli } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "kpi-manual-"));
const base = ["score", "-r", "fixtures/manual/rubric.yaml", "fixtures/manual", "-p", "2026-10"];
const generated = join(dir, "a.xlsx");
const filled = join(dir, "a-filled.xlsx");

/** Writes levels into the rating cells found by the hidden ids (L person, M indicator, N role). */
async function fill(from: string, to: string, levels: Record<string, unknown>, edit?: (ws: ExcelJS.Worksheet) => void) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(from);
  for (const ws of book.worksheets) {
    ws.eachRow((row) => {
      const key = `${row.getCell("L").value}/${row.getCell("M").value}/${row.getCell("N").value}`;
      if (key in levels) row.getCell("E").value = levels[key] as ExcelJS.CellValue;
    });
    edit?.(ws);
  }
  await book.xlsx.writeFile(to);
}

function score(...extra: string[]): { result: ScoreResult; people: Record<string, PersonResult>; stderr: string } {
  const run = runCli([...base, ...extra, "--format", "json"]);
  expect(run.code, run.stderr).toBe(0);
  const result: ScoreResult = JSON.parse(run.stdout);
  return { result, people: Object.fromEntries(result.people.map((p) => [p.id, p])), stderr: run.stderr };
}

const ratings = {
  "alice/teamwork/supervisor": 4,
  "alice/teamwork/self": 5,
  "bob/teamwork/supervisor": 3, // no self-rating: the supervisor's alone
  "carol/teamwork/supervisor": "good", // not a level: skipped, reported with its cell
};

describe("generate -> fill -> --manual", () => {
  it("generates the workbook; unrated, teamwork is excluded and volume alone counts", async () => {
    const run = runCli([...base, "--out", generated]);
    expect(run.code, run.stderr).toBe(0);
    const { people } = score();
    expect([people.alice!.score, people.bob!.score, people.carol!.score]).toEqual([100, 50, 0]);
    expect(people.alice!.indicators[1]).toMatchObject({ id: "teamwork", points: null, status: "insufficient" });
    await fill(generated, filled, ratings);
  });

  it("re-scores with the ratings: alice 60 + 40 × (0.8 × 80 + 0.2 × 100) / 100 = 93.6, bob 30 + 24 = 54", () => {
    const { people, result } = score("--manual", filled);
    expect(people.alice!.indicators[1]).toEqual({
      id: "teamwork", value: 4.2, n: 2, points: 84, weight: 40, contribution: 33.6, status: "ok", ratings: { supervisor: 4, self: 5 },
    });
    expect(people.bob!.indicators[1]).toMatchObject({ value: 3, n: 1, points: 60, weight: 40, contribution: 24 });
    expect(people.bob!.notes).toEqual(["teamwork: no self-rating: the supervisor rating alone counts"]);
    expect(result.people.map((p) => [p.id, p.score, p.grade, p.rank])).toEqual([["alice", 93.6, "S", 1], ["bob", 54, "C", 2], ["carol", 0, "C", 3]]);
    expect(result.inputs.at(-1)).toMatchObject({ kind: "manual", file: filled, rows: 6, used: 3, rejected: 1 });
  });

  it("reports the invalid entry and the empty cells by sheet and cell, and still exits 0", () => {
    const { result, people, stderr } = score("--manual", filled);
    expect(people.carol!.indicators[1]).toMatchObject({ points: null, status: "insufficient" });
    const byCode = Object.fromEntries(result.warnings.map((w) => [w.code, w]));
    expect(byCode.manual_rating_invalid).toMatchObject({ count: 1, example: `${filled}: 'Carol Zhou'!E7 ("good")` });
    expect(byCode.manual_self_rating_missing).toMatchObject({ count: 2, example: `${filled}: 'Bob Li'!E8, 'Carol Zhou'!E8` });
    expect(stderr).toContain(`'Carol Zhou'!E7 ("good")`);
  });

  it("writes the final workbook with the ratings in their cells and the JSON totals", async () => {
    const final = join(dir, "final.xlsx");
    expect(runCli([...base, "--manual", filled, "--out", final]).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(final);
    const alice = book.getWorksheet("Alice Wang")!;
    expect([alice.getCell("E7").value, alice.getCell("E8").value, alice.getCell("G7").result, alice.getCell("H10").result]).toEqual([4, 5, 84, 93.6]);
    expect(book.getWorksheet("Summary")!.getCell("F3").result).toBe(54);
  });

  it("finds ratings by the hidden ids, not by sheet name or row: a renamed sheet with an inserted row reads the same", async () => {
    const moved = join(dir, "moved.xlsx");
    await fill(filled, moved, {}, (ws) => {
      if (ws.name !== "Alice Wang") return;
      ws.name = "第一位";
      ws.spliceRows(6, 0, ["inserted"]);
    });
    const { people, result } = score("--manual", moved);
    expect(people.alice!.score).toBe(93.6);
    expect(result.warnings.find((w) => w.code === "manual_self_rating_missing")?.example).toContain("'Bob Li'!E8");
  });

  it("warns about rated people this run does not rate", async () => {
    const stranger = join(dir, "stranger.xlsx");
    await fill(filled, stranger, {}, (ws) => {
      if (ws.name === "Bob Li") for (const r of [7, 8]) ws.getCell(`L${r}`).value = "zed";
    });
    const { result, people } = score("--manual", stranger);
    expect(people.bob!.indicators[1]).toMatchObject({ status: "insufficient" });
    expect(result.warnings.find((w) => w.code === "manual_unrated_person")).toMatchObject({ count: 1, example: `zed (${stranger}: 'Bob Li'!E7)` });
  });

  it("refuses a file that is not a workbook (exit 2) and a workbook without rating cells (exit 1)", () => {
    expect(runCli([...base, "--manual", "fixtures/manual/roster.csv"]).code).toBe(2);
    const plain = join(dir, "plain.xlsx");
    expect(runCli(["score", "-r", "fixtures/score/rubric.yaml", "fixtures/score", "-p", "2026-10", "--out", plain]).code).toBe(0);
    const run = runCli([...base, "--manual", plain]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("no rating cells in this workbook");
  });
});

const soffice = ["soffice", "libreoffice"].find((cmd) => spawnSync(cmd, ["--version"]).status === 0);

describe("a spreadsheet engine recalculating the filled workbook", () => {
  it.skipIf(!soffice)("gives the totals that --manual computes", async () => {
    // Cached results dropped: every number below comes from LibreOffice's own calculation.
    const bare = join(dir, "bare.xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(filled);
    for (const ws of book.worksheets) ws.eachRow((row) => row.eachCell((cell) => {
      if (cell.formula) cell.value = { formula: cell.formula } as ExcelJS.CellFormulaValue;
    }));
    await book.xlsx.writeFile(bare);
    const out = join(dir, "csv");
    mkdirSync(out);
    execFileSync(soffice!, ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", out, bare], { timeout: 120_000, stdio: "pipe" });
    const summary: string[][] = parse(readFileSync(join(out, readdirSync(out).find((f) => f.endsWith("-Summary.csv"))!), "utf8"));
    expect(summary.slice(1, 4).map((r) => [r[1], Number(r[5]), r[8]])).toEqual([["alice", 93.6, "84"], ["bob", 54, "60"], ["carol", 0, ""]]);
  }, 180_000);

  it("reads only the rating rows: a formula without a cached result or an error elsewhere does not stop the import", async () => {
    const broken = join(dir, "broken-summary.xlsx");
    await fill(generated, broken, ratings, (ws) => {
      if (ws.name !== "Summary") return;
      ws.getCell("L2").value = { formula: "1+1" } as ExcelJS.CellValue; // no cached result, as scripts leave it
      ws.getCell("M2").value = { error: "#NAME?" } as ExcelJS.CellValue;
    });
    const { people } = score("--manual", broken);
    expect(people.alice!.score).toBe(93.6);
  });

  it("warns when two workbooks rate the same thing differently; the later one counts", async () => {
    const second = join(dir, "second.xlsx");
    await fill(generated, second, { "alice/teamwork/supervisor": 2 });
    const { people, result } = score("--manual", filled, "--manual", second);
    expect(people.alice!.indicators[1]).toMatchObject({ ratings: { supervisor: 2, self: 5 } });
    const conflict = result.warnings.find((w) => w.code === "manual_rating_conflict");
    expect(conflict).toMatchObject({ count: 1 });
    expect(conflict!.example).toContain("(4) vs");
  });
});
