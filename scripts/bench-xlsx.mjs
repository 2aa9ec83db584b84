#!/usr/bin/env node
// XLSX bench (issue 6): writing the appraisal workbook for 2,000 people (target < 10 s,
// < 500 MB peak RSS) and reading a 100,000-row ticket sheet. Needs `npm run build` first.
// Each part runs in its own child process so that peak RSS is that part's alone.
//
//   node scripts/bench-xlsx.mjs            both parts
//   node scripts/bench-xlsx.mjs write 5000  one part, another size
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DATA = join(ROOT, "bench-data", "xlsx");
const TARGET = { write: { seconds: 10, rssMB: 500 }, read: { seconds: 10, rssMB: 500 } };

async function write(people) {
  const { loadRubricFile } = await import(join(ROOT, "dist/io/rubric-file.js"));
  const { renderWorkbook } = await import(join(ROOT, "dist/io/xlsx/write-workbook.js"));
  const rubricPath = join(ROOT, "examples", "team-roles.rubric.yaml");
  const json = execFileSync(process.execPath, [join(ROOT, "bin/kpi.js"), "score", "--rubric", rubricPath, join(ROOT, "examples/2026-10"), "--period", "2026-10", "--format", "json"], { stdio: ["ignore", "pipe", "ignore"] });
  const base = JSON.parse(json);
  const { rubric } = await loadRubricFile(rubricPath);
  const list = Array.from({ length: people }, (_, i) => ({ ...base.people[i % base.people.length], id: `p${i}`, name: `${base.people[i % base.people.length].name}${i}`, rank: i + 1 }));
  const start = performance.now();
  const bytes = await renderWorkbook({ ...base, people: list }, rubric, { lang: "zh" });
  return { seconds: (performance.now() - start) / 1000, detail: `${people} people, ${(bytes.length / 1e6).toFixed(1)} MB` };
}

async function read(rows) {
  const file = join(DATA, `tickets-${rows}.xlsx`);
  if (!existsSync(file)) await makeSheet(file, rows);
  const { openTable } = await import(join(ROOT, "dist/io/open-table.js"));
  const start = performance.now();
  const table = await openTable(file, {});
  let count = 0;
  for await (const batch of table.rows()) count += batch.length;
  return { seconds: (performance.now() - start) / 1000, detail: `${count} rows × ${table.header.names.length} columns` };
}

async function makeSheet(file, rows) {
  const { default: ExcelJS } = await import("exceljs");
  mkdirSync(DATA, { recursive: true });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet("工单");
  ws.addRow(["id", "assignee", "created_at", "first_response_at", "resolved_at", "priority", "escalated", "category", "channel", "status"]).commit();
  for (let i = 0; i < rows; i++) {
    const at = 46296 + i / 4000;
    const row = ws.addRow([`T${i}`, `person${i % 2000}`, at, at + 0.01, at + 0.5, ["P1", "P2", "P3", "P4"][i % 4], i % 7 === 0, "network", "portal", "closed"]);
    for (const c of [3, 4, 5]) row.getCell(c).numFmt = "yyyy-mm-dd hh:mm:ss";
    row.commit();
  }
  await wb.commit();
}

const [part, size] = process.argv.slice(2);
if (part === "--child") {
  const [which, n] = process.argv.slice(3);
  const outcome = await (which === "write" ? write(Number(n)) : read(Number(n)));
  writeFileSync(1, JSON.stringify({ ...outcome, rssMB: process.resourceUsage().maxRSS / 1024 }));
} else {
  let failed = false;
  for (const [which, n] of part ? [[part, Number(size ?? (part === "write" ? 2000 : 100_000))]] : [["write", 2000], ["read", 100_000]]) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--child", which, String(n)], { encoding: "utf8" });
    if (child.status !== 0) {
      console.error(child.stderr);
      failed = true;
      continue;
    }
    const { seconds, rssMB, detail } = JSON.parse(child.stdout);
    const target = TARGET[which];
    const ok = seconds < target.seconds && rssMB < target.rssMB;
    failed ||= !ok;
    console.log(`${ok ? "ok  " : "SLOW"} xlsx-${which}: ${detail}: ${seconds.toFixed(2)} s, peak ${rssMB.toFixed(0)} MB (target < ${target.seconds} s, < ${target.rssMB} MB)`);
  }
  process.exitCode = failed ? 1 : 0;
}
