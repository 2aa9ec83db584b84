// How kpi score treats broken exports: errors name file, row and column; skipped rows are counted.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const HEADER = "工单编号,处理人,创建时间,解决时间";

function withFiles(files: Record<string, string | Buffer>) {
  const dir = mkdtempSync(join(tmpdir(), "kpi-bad-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

function score(dir: string, extra: string[] = []) {
  return runCli(["score", "-r", "fixtures/bad/rubric.yaml", dir, "-p", "2026-10", "--format", "json", ...extra]);
}

describe("kpi score on bad input", () => {
  it("a missing column names the file, the expected header and the closest found (exit 1)", () => {
    const dir = withFiles({ "tickets.csv": "工单编号,处理人,创建日期\nT1,ann,2026-10-08 09:00\n" });
    const run = score(dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${dir}/tickets.csv:1: missing column '创建时间' for tickets field 'created_at'`);
    expect(run.stderr).toContain("did you mean '创建日期'?");
    expect(run.stdout).toBe("");
  });

  it("an unparseable timestamp names file, row and column (exit 1)", () => {
    const dir = withFiles({ "tickets.csv": `${HEADER}\nT1,ann,2026-10-08 09:00,\nT2,ann,2026-10-32 09:00,\n` });
    const run = score(dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${dir}/tickets.csv:3:3: column '创建时间': "2026-10-32 09:00" is not a timestamp`);
  });

  it.each([
    ["an empty file", ""],
    ["a header without rows", `${HEADER}\n`],
  ])("%s is an error (exit 1)", (_name, content) => {
    const run = score(withFiles({ "tickets.csv": content }));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/tickets\.csv.*(no records|no data rows|empty)/);
  });

  it("a ragged row is an error at its line", () => {
    const run = score(withFiles({ "tickets.csv": `${HEADER}\nT1,ann,2026-10-08 09:00,\nT2,ann,2026-10-08 09:00\n` }));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/tickets\.csv:3: expected 4 fields \(as in the header\), found 3/);
  });

  it("an unclosed quote is an error at the line where it opens, never a silently shorter file", () => {
    const run = score(withFiles({ "tickets.csv": `${HEADER}\nT1,ann,2026-10-08 09:00,\n"T2,ann,2026-10-08 09:00,\nT3,ann,2026-10-09 09:00,\n` }));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/tickets\.csv:3.*quote/);
  });

  it("reads a GBK file saved by Chinese Excel, with quoted newlines, and reports the encoding", () => {
    const csv = `${HEADER}\r\nT1,张伟,2026/10/8 9:00,2026/10/8 11:00\r\n"T2","张伟 ","2026-10-09 09:00",""\r\n"T3","李娜","2026-10-09 10:00",""\r\n`;
    const dir = withFiles({ "tickets.csv": iconv.encode(csv, "gbk"), "roster.csv": "person,name\n张伟,Zhang Wei\n" });
    const run = score(dir);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.inputs.find((i: { kind: string }) => i.kind === "tickets").encoding).toBe("gb18030");
    expect(result.people.map((p: { id: string; indicators: { value: number }[] }) => [p.id, p.indicators[0]!.value])).toEqual([
      ["张伟", 2], // "张伟 " is the same person
      ["李娜", 1],
    ]);
    expect(run.stderr).toContain("gb18030");
  });

  it("reads numbers written as 90%, 1,234 or 90分 by an explicit rule, and rejects 90 percent", () => {
    const tickets = `${HEADER}\nT1,ann,2026-10-08 09:00,\n`;
    const ok = withFiles({ "tickets.csv": tickets, "records.csv": "person,metric,value\nann,training,90%\nann,training,0.7\nann,kb,\"1,234\"\nann,score,90分\n" });
    const run = score(ok);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).people[0].indicators[1]).toMatchObject({ id: "training", value: 0.8, n: 2 });
    const bad = score(withFiles({ "tickets.csv": tickets, "records.csv": "person,metric,value\nann,training,90 percent\n" }));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`records.csv:2:3: column 'value': "90 percent" is not a number`);
  });

  it("refuses ids that Excel turned into scientific numbers (lost digits)", () => {
    const run = score(withFiles({ "tickets.csv": `${HEADER}\n1.23457E+17,ann,2026-10-08 09:00,\n` }));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`tickets.csv:2:1: column '工单编号': "1.23457E+17" looks like an id Excel turned into a number`);
  });

  it("counts resolved-before-created rows and duplicate ids as warnings and goes on (exit 0)", () => {
    const run = score(withFiles({ "tickets.csv": `${HEADER}\nT1,ann,2026-10-08 09:00,2026-10-08 08:00\nT2,ann,2026-10-08 09:00,\nT2,bob,2026-10-08 09:00,\n` }));
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.warnings.map((w: { code: string; count: number }) => [w.code, w.count])).toEqual([
      ["duplicate_ticket", 1],
      ["resolved_before_created", 1],
    ]);
    expect(result.inputs[0]).toMatchObject({ rows: 3, used: 1, rejected: 2 });
    expect(run.stderr).toContain("3 rows read, 1 used, 2 skipped");
  });
});

describe("survey, roster and count edge cases", () => {
  const surveyRubric = (dir: string) => {
    writeFileSync(join(dir, "rubric.yaml"), [
      "kpi: 1", "name: surveys", "indicators:",
      "  - { id: csat, weight: 50, metric: { type: csat }, scoring: { linear: { zero: 1, full: 5 } } }",
      "  - { id: nps, weight: 50, metric: { type: nps }, scoring: { linear: { zero: -100, full: 100 } } }",
      "grades: [{ id: A, min: 0 }]", "",
    ].join("\n"));
    return join(dir, "rubric.yaml");
  };

  it("rejects only the out-of-scale value of a response; its other scores count (§4.1)", () => {
    const dir = withFiles({ "tickets.csv": "id,assignee,created_at\nT1,ann,2026-10-08 09:00\n", "surveys.csv": "ticket_id,csat,nps\nT1,4,11\n" });
    const run = runCli(["score", "-r", surveyRubric(dir), dir, "-p", "2026-10", "--format", "json"]);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.people[0].indicators.map((i: { id: string; value: number | null; n: number }) => [i.id, i.value, i.n])).toEqual([["csat", 4, 1], ["nps", null, 0]]);
    expect(result.warnings).toMatchObject([{ code: "survey_out_of_scale", count: 1, example: `${dir}/surveys.csv:2` }]);
  });

  it("a survey file without any score column is an error naming what it found", () => {
    const dir = withFiles({ "tickets.csv": "id,assignee,created_at\nT1,ann,2026-10-08 09:00\n", "surveys.csv": "ticket_id,rating\nT1,4\n" });
    const run = runCli(["score", "-r", surveyRubric(dir), dir, "-p", "2026-10"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("surveys.csv:1: no csat, ces or nps column; found: 'ticket_id', 'rating'");
  });

  it("does not rate someone who left before the period, even with tickets in it (§2.3)", () => {
    const dir = withFiles({
      "tickets.csv": "id,assignee,created_at\nT1,gone,2026-10-02 10:00\nT2,ann,2026-10-02 10:00\n",
      "roster.csv": "person,name,end_date\nGone,Gone,2026-09-30\nann,Ann,\n",
      "surveys.csv": "ticket_id,csat,nps\nT1,5,10\n",
    });
    const run = runCli(["score", "-r", surveyRubric(dir), dir, "-p", "2026-10", "--format", "json"]);
    const result = JSON.parse(run.stdout);
    expect(result.people.map((p: { id: string }) => p.id)).toEqual(["ann"]);
    expect(result.warnings.map((w: { code: string; count: number }) => [w.code, w.count])).toEqual([["assignee_left", 1], ["unrated_person", 1]]);
  });

  it("a reopen_count that is not a whole number is an error with its cell", () => {
    const run = score(withFiles({ "tickets.csv": "工单编号,处理人,创建时间,解决时间,reopen_count\nT1,ann,2026-10-08 09:00,,1.5\n" }));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`tickets.csv:2:5: column 'reopen_count': "1.5" is not a count`);
  });

  it("warns when no ticket has a first response but the rubric measures it", () => {
    const run = runCli(["score", "-r", "fixtures/score/rubric.yaml", "-t", join(withFiles({ "t.csv": "id,assignee,created_at,priority\n1,a,2026-10-01,P1\n" }), "t.csv"), "-p", "2026-10", "--format", "json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).warnings.map((w: { code: string }) => w.code)).toContain("first_response_unknown");
  });

  it("an --out path that cannot be written is a usage error, not a bug (exit 2)", () => {
    const run = runCli(["score", "-r", "fixtures/score/rubric.yaml", "fixtures/score", "-p", "2026-10", "--out", "no-such-folder/o.json"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("cannot write no-such-folder/o.json: its folder does not exist");
  });

  it("a data file that does not exist is a usage error (exit 2)", () => {
    const run = runCli(["score", "-r", "fixtures/bad/rubric.yaml", "-t", "no-such-file.csv", "-p", "2026-10"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("no such file: no-such-file.csv (--tickets)");
  });
});

describe("kpi score with a broken rubric", () => {
  it("an unknown key is an error with its path (exit 1)", () => {
    const dir = withFiles({ "rubric.yaml": "kpi: 1\nname: x\nindicators:\n  - id: a\n    wieght: 100\n    metric: { type: count }\n    scoring: { ratio: { target: 1 } }\ngrades: [{ id: A, min: 0 }]\n", "tickets.csv": "id,assignee,created_at\nT1,a,2026-10-01\n" });
    const run = runCli(["score", "-r", join(dir, "rubric.yaml"), dir, "-p", "2026-10"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("rubric.yaml:5:5: unknown key 'wieght'; did you mean 'weight'?");
  });

  it("weights that do not sum to 100 are an error naming the sum (exit 1)", () => {
    const dir = withFiles({ "rubric.yaml": "kpi: 1\nname: x\nindicators:\n  - id: a\n    weight: 60\n    metric: { type: count }\n    scoring: { ratio: { target: 1 } }\n  - id: b\n    weight: 30\n    metric: { type: count }\n    scoring: { ratio: { target: 2 } }\ngrades: [{ id: A, min: 0 }]\n", "tickets.csv": "id,assignee,created_at\nT1,a,2026-10-01\n" });
    const run = runCli(["score", "-r", join(dir, "rubric.yaml"), dir, "-p", "2026-10"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/rubric\.yaml:3:1: .*90/);
  });
});
