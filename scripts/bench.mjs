#!/usr/bin/env node
// `npm run bench`: how fast `kpi score` is on a synthetic month, and how much memory it takes.
//
// Generates each data set once with scripts/generate-month.mjs (fixed seed) under bench-data/
// (git-ignored) and reuses it until the generator or the data set's options change, or --fresh.
// Every scenario runs the built CLI (`node bin/kpi.js …`, so `npm run build` first) as a child
// process and measures wall time, rows per second and peak RSS. Peak RSS comes from the child
// itself: a preloaded probe (`node --import data:…`) records process.resourceUsage().maxRSS as
// the process exits, which works on every OS without /usr/bin/time.
//
// A scenario is one entry in SCENARIOS below: a name, a data set, the CLI arguments and a
// target. Scenarios marked `default: false` wait for features not built yet; run them with
// --only NAME or --all.
//
//   npm run bench                       default scenarios
//   npm run bench -- --only score-json  one scenario (comma-separated for several)
//   npm run bench -- --all --runs 3     every scenario, three runs each (median wall, max RSS)
//   npm run bench -- --fresh            regenerate the data first
//   npm run bench -- --list             list scenarios and data sets
//   KPI_BENCH_CLI=../other/bin/kpi.js npm run bench   measure another build
// Exit code: 0 every target met, 1 a run failed or missed its target, 2 usage error.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DATA = join(ROOT, "bench-data");
const GENERATOR = join(ROOT, "scripts", "generate-month.mjs");
// KPI_BENCH_CLI=path/to/kpi.js benchmarks another build (a branch, a worktree) on the same data.
const CLI = process.env.KPI_BENCH_CLI ? resolve(process.env.KPI_BENCH_CLI) : join(ROOT, "bin", "kpi.js");

// ---------------------------------------------------------------- data sets
/** Options of scripts/generate-month.mjs; a change here regenerates the data set. */
const DATASETS = {
  "month-1m": { tickets: 1_000_000, surveys: 300_000, people: 2000, seed: "kpi-bench-2026-10", month: "2026-10", records: false, events: false },
  // 2,000 people with a realistic 30 tickets each: the workbook, not the scoring, is measured.
  "team-2k": { tickets: 60_000, surveys: 6_000, people: 2000, seed: "kpi-bench-2026-10", month: "2026-10", records: false, events: false },
};

// ---------------------------------------------------------------- scenarios
const TARGET = { wallSeconds: 6, rssMB: 600 }; // issue 2: on the 2-core reference machine

/** Inputs of one data set as `kpi score` flags. */
function scoreInputs(data, { records = false, events = false } = {}) {
  const flags = ["--tickets", join(data, "tickets.csv"), "--surveys", join(data, "surveys.csv"), "--roster", join(data, "roster.csv")];
  if (records) flags.push("--records", join(data, "records.csv"));
  if (events) flags.push("--events", join(data, "events.csv"));
  return flags;
}

const SCENARIOS = [
  {
    name: "score-json",
    description: "1M tickets + 300k surveys, calendar clock, --format json",
    dataset: "month-1m",
    default: true,
    rubric: () => join(ROOT, "examples", "support-dept.rubric.yaml"),
    args: ({ rubric, data, out }) => ["score", "--rubric", rubric, ...scoreInputs(data), "--period", "2026-10", "--format", "json", "--force", "--out", join(out, "score.json")],
    output: "score.json",
    target: TARGET,
  },
  {
    name: "score-business",
    description: "as score-json with clock: business on both SLA indicators",
    dataset: "month-1m",
    default: true,
    rubric: () => deriveRubric("business", (text) =>
      `${text.replaceAll("clock: calendar", "clock: business")}\ncalendar:\n  workdays: [mon, tue, wed, thu, fri]\n` +
      `  hours: ["09:00-12:00", "13:00-18:00"]\n` +
      `  holidays: [2026-10-01, 2026-10-02, 2026-10-03, 2026-10-04, 2026-10-05, 2026-10-06, 2026-10-07]\n` +
      `  extra_workdays: [2026-09-20, 2026-10-10]\n`),
    args: ({ rubric, data, out }) => ["score", "--rubric", rubric, ...scoreInputs(data), "--period", "2026-10", "--format", "json", "--force", "--out", join(out, "score-business.json")],
    output: "score-business.json",
    target: TARGET,
  },
  {
    name: "score-xlsx",
    description: "2,000 people (60k tickets) scored and written as the XLSX appraisal workbook",
    dataset: "team-2k",
    default: true,
    rubric: () => join(ROOT, "examples", "support-dept.rubric.yaml"),
    args: ({ rubric, data, out }) => ["score", "--rubric", rubric, ...scoreInputs(data), "--period", "2026-10", "--format", "xlsx", "--force", "--out", join(out, "score.xlsx")],
    output: "score.xlsx",
    target: { wallSeconds: 10, rssMB: 500 }, // issue 6: 2,000 appraisal sheets
  },
];

/** A bench-only variant of the example rubric, written under bench-data/rubrics/. */
function deriveRubric(name, transform) {
  const source = readFileSync(join(ROOT, "examples", "support-dept.rubric.yaml"), "utf8");
  const dir = join(DATA, "rubrics");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.rubric.yaml`);
  writeFileSync(file, transform(source));
  return file;
}

// ---------------------------------------------------------------- options
function readOptions() {
  const { values } = parseArgs({
    options: {
      only: { type: "string" },
      all: { type: "boolean" },
      fresh: { type: "boolean" },
      runs: { type: "string" },
      list: { type: "boolean" },
      verbose: { type: "boolean", short: "v" },
      help: { type: "boolean", short: "h" },
    },
  });
  const runs = values.runs === undefined ? 1 : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs must be a whole number ≥ 1, got '${values.runs}'`);
  let selected = SCENARIOS.filter((s) => values.all || s.default);
  if (values.only !== undefined) {
    const names = values.only.split(",").map((n) => n.trim()).filter(Boolean);
    const unknown = names.filter((n) => !SCENARIOS.some((s) => s.name === n));
    if (unknown.length > 0) throw new UsageError(`unknown scenario ${unknown.join(", ")}; known: ${SCENARIOS.map((s) => s.name).join(", ")}`);
    selected = SCENARIOS.filter((s) => names.includes(s.name));
  }
  return { ...values, runs, selected };
}

class UsageError extends Error {}

// ---------------------------------------------------------------- data
function sha256(text) {
  return createHash("sha256").update(text).digest("hex");
}

/** Newline count of a file, streamed. */
async function countLines(file) {
  let lines = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
  }
  return lines;
}

function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], ...options });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
      if (stdout.length > 1 << 20) stdout = stdout.slice(-(1 << 16)); // only the tail matters
    });
    child.stderr.on("data", (d) => {
      stderr += d;
      if (stderr.length > 1 << 20) stderr = stderr.slice(-(1 << 16));
    });
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Generates the data set unless an up-to-date copy is cached; returns its directory and row counts. */
async function ensureDataset(name, fresh) {
  const spec = DATASETS[name];
  const dir = join(DATA, name);
  const stampFile = join(dir, "stamp.json");
  const stamp = { generator: sha256(readFileSync(GENERATOR)), options: spec };
  const files = ["tickets.csv", "surveys.csv", "roster.csv", ...(spec.records ? ["records.csv"] : []), ...(spec.events ? ["events.csv"] : [])];
  if (!fresh && existsSync(stampFile) && files.every((f) => existsSync(join(dir, f)))) {
    const old = JSON.parse(readFileSync(stampFile, "utf8"));
    if (old.generator === stamp.generator && JSON.stringify(old.options) === JSON.stringify(spec)) return { dir, rows: old.rows, bytes: old.bytes };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  process.stderr.write(`bench: generating ${relative(ROOT, dir)} (${spec.tickets.toLocaleString("en")} tickets, ${spec.surveys.toLocaleString("en")} surveys)… `);
  const args = [GENERATOR, "--tickets", String(spec.tickets), "--surveys", String(spec.surveys), "--people", String(spec.people),
    "--seed", spec.seed, "--month", spec.month, "--out", dir, "--quiet"];
  if (spec.records) args.push("--records");
  if (spec.events) args.push("--events");
  const started = performance.now();
  const result = await run(process.execPath, args);
  const seconds = (performance.now() - started) / 1000;
  if (result.code !== 0) throw new Error(`generator failed (exit ${result.code}):\n${result.stderr}`);
  const rows = {};
  const bytes = {};
  for (const f of files) {
    rows[f.replace(/\.csv$/, "")] = (await countLines(join(dir, f))) - 1;
    bytes[f.replace(/\.csv$/, "")] = statSync(join(dir, f)).size;
  }
  process.stderr.write(`${seconds.toFixed(1)} s, tickets.csv ${(bytes.tickets / 1e6).toFixed(0)} MB\n`);
  writeFileSync(stampFile, `${JSON.stringify({ ...stamp, rows, bytes, seconds }, null, 2)}\n`);
  return { dir, rows, bytes };
}

// ---------------------------------------------------------------- measuring
// Preloaded into the child: reports its own peak RSS (kB) and CPU time (µs) as it exits.
const PROBE = `data:text/javascript,${encodeURIComponent(
  `import { writeFileSync } from "node:fs";
   const file = process.env.KPI_BENCH_PROBE;
   if (file) process.on("exit", () => {
     const u = process.resourceUsage();
     writeFileSync(file, JSON.stringify({ maxRSS: u.maxRSS, user: u.userCPUTime, system: u.systemCPUTime }));
   });`,
)}`;

async function runScenario(scenario, dataset, out) {
  const rubric = scenario.rubric();
  const args = scenario.args({ rubric, data: dataset.dir, out });
  const probeFile = join(out, `${scenario.name}.probe.json`);
  rmSync(probeFile, { force: true });
  const outputFile = scenario.output ? join(out, scenario.output) : undefined;
  if (outputFile) rmSync(outputFile, { force: true });
  const started = performance.now();
  const result = await run(process.execPath, ["--import", PROBE, CLI, ...args], {
    env: { ...process.env, KPI_BENCH_PROBE: probeFile, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  const wall = (performance.now() - started) / 1000;
  const probe = existsSync(probeFile) ? JSON.parse(readFileSync(probeFile, "utf8")) : undefined;
  let note = "";
  if (result.code === 0 && outputFile?.endsWith(".json") && existsSync(outputFile)) {
    try {
      const json = JSON.parse(readFileSync(outputFile, "utf8"));
      note = `${json.people?.length ?? "?"} people rated`;
    } catch (error) {
      note = `output is not JSON: ${error.message}`;
      result.code = result.code || 1;
    }
  } else if (result.code === 0 && outputFile && !existsSync(outputFile)) {
    note = "no output file written";
  }
  return { wall, rssMB: probe ? probe.maxRSS / 1024 : undefined, cpu: probe ? (probe.user + probe.system) / 1e6 : undefined, result, note, command: ["node", relative(ROOT, CLI), ...args.map((a) => (a.startsWith(ROOT) ? relative(ROOT, a) : a))].join(" ") };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// ---------------------------------------------------------------- report
function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  const line = (r) => r.map((cell, c) => (c === 0 || c === r.length - 1 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join("  ").trimEnd();
  return [line(rows[0]), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)].join("\n");
}

function fmtInt(n) {
  return Math.round(n).toLocaleString("en");
}

async function main() {
  let options;
  try {
    options = readOptions();
  } catch (error) {
    process.stderr.write(`bench: ${error.message}\n`);
    process.exitCode = 2;
    return;
  }
  if (options.help) {
    process.stdout.write(readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n").filter((l) => l.startsWith("//")).map((l) => l.slice(3)).join("\n") + "\n");
    return;
  }
  if (options.list) {
    for (const s of SCENARIOS) process.stdout.write(`${s.name.padEnd(16)} ${s.default ? "default " : "optional"}  ${s.dataset}  ${s.description}\n`);
    for (const [name, spec] of Object.entries(DATASETS)) process.stdout.write(`data set ${name}: ${JSON.stringify(spec)}\n`);
    return;
  }
  if (!process.env.KPI_BENCH_CLI && !existsSync(join(ROOT, "dist", "cli.js"))) {
    process.stderr.write("bench: dist/cli.js is missing: run `npm run build` first\n");
    process.exitCode = 2;
    return;
  }

  const datasets = {};
  for (const name of new Set(options.selected.map((s) => s.dataset))) datasets[name] = await ensureDataset(name, options.fresh);
  const out = join(DATA, "out");
  mkdirSync(out, { recursive: true });

  const header = ["scenario", "wall s", "rows/s", "peak RSS MB", "CPU s", "target", "result"];
  const rows = [header];
  const details = [];
  let failed = false;
  for (const scenario of options.selected) {
    const dataset = datasets[scenario.dataset];
    const inputRows = (dataset.rows.tickets ?? 0) + (dataset.rows.surveys ?? 0);
    const measures = [];
    for (let i = 0; i < options.runs; i++) {
      process.stderr.write(`bench: ${scenario.name}${options.runs > 1 ? ` run ${i + 1}/${options.runs}` : ""}… `);
      const m = await runScenario(scenario, dataset, out);
      process.stderr.write(`${m.wall.toFixed(2)} s\n`);
      measures.push(m);
      if (m.result.code !== 0) break;
    }
    const last = measures.at(-1);
    const ok = measures.every((m) => m.result.code === 0);
    const wall = median(measures.map((m) => m.wall));
    const rss = measures.some((m) => m.rssMB === undefined) ? undefined : Math.max(...measures.map((m) => m.rssMB));
    const cpu = measures.some((m) => m.cpu === undefined) ? undefined : median(measures.map((m) => m.cpu));
    const target = scenario.target;
    let verdict;
    if (!ok) verdict = `ERROR exit ${last.result.code ?? last.result.signal}`;
    else verdict = wall < target.wallSeconds && rss !== undefined && rss < target.rssMB ? "PASS" : "FAIL";
    if (verdict !== "PASS") failed = true;
    rows.push([
      scenario.name,
      wall.toFixed(2),
      ok ? fmtInt(inputRows / wall) : "-",
      rss === undefined ? "n/a" : rss.toFixed(0),
      cpu === undefined ? "n/a" : cpu.toFixed(2),
      `<${target.wallSeconds} s, <${target.rssMB} MB`,
      verdict,
    ]);
    details.push({ scenario, last, ok, inputRows });
  }

  process.stdout.write(`\n${table(rows)}\n\n`);
  for (const name of Object.keys(datasets)) {
    const d = datasets[name];
    const counts = Object.entries(d.rows).map(([k, v]) => `${fmtInt(v)} ${k}`).join(", ");
    process.stdout.write(`data set ${name}: ${counts}; tickets.csv ${(d.bytes.tickets / 1e6).toFixed(0)} MB (${relative(ROOT, d.dir)})\n`);
  }
  process.stdout.write(`node ${process.version}, ${process.platform}/${process.arch}; rows/s = (tickets + surveys) ÷ wall time; runs per scenario: ${options.runs}\n`);
  for (const { scenario, last, ok } of details) {
    if (ok && !options.verbose) {
      if (last.note) process.stdout.write(`${scenario.name}: ${last.note}\n`);
      continue;
    }
    process.stdout.write(`\n${scenario.name}: ${last.command}\n`);
    if (last.note) process.stdout.write(`  ${last.note}\n`);
    const tail = last.result.stderr.trim().split("\n").slice(-8).join("\n  ");
    if (tail) process.stdout.write(`  stderr: ${tail}\n`);
  }
  process.exitCode = failed ? 1 : 0;
}

await main();
