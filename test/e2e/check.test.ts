// `kpi check`, `kpi init` and `kpi schema` as a user runs them: built CLI, plain text, pinned TZ.
// Needs `npm run build` first.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TEMPLATES } from "../../src/templates/index.js";

const R = "fixtures/rubrics";

function kpi(...args: string[]) {
  const run = spawnSync(process.execPath, ["bin/kpi.js", ...args], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, TZ: "Pacific/Chatham", LANG: "C" },
  });
  return { stdout: run.stdout, stderr: run.stderr, code: run.status };
}

describe("kpi check", () => {
  it("passes a valid rubric: exit 0", () => {
    const run = kpi("check", `${R}/valid.rubric.yaml`);
    expect(run.stdout).toBe(`✔ ${R}/valid.rubric.yaml\n\n1 file checked: all valid (0 errors, 0 warnings)\n`);
    expect(run.code).toBe(0);
  });

  it("lists each problem as file:line:col with its code: exit 1", () => {
    const run = kpi("check", `${R}/weights.rubric.yaml`);
    expect(run.stdout).toBe(
      [
        `✖ ${R}/weights.rubric.yaml (2 errors, 1 warning)`,
        `  ${R}/weights.rubric.yaml:4:1: error: role 'frontline': indicator weights sum to 99.99, not 100 ('frt_sla', 'csat'); change the weights so they add up to exactly 100 [weights_sum]`,
        `  ${R}/weights.rubric.yaml:8:32: warning: 95 looks like a percentage, but sla_rate is a fraction in [0, 1]; write 0.95 [ratio_as_percent]`,
        `  ${R}/weights.rubric.yaml:16:19: error: the last grade 'C' has min 10; it must be 0 so that every score gets a grade [grade_last_min]`,
        "",
        "1 file checked: 1 invalid (2 errors, 1 warning)",
        "",
      ].join("\n"),
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
  });

  it("--format github prints workflow commands", () => {
    const run = kpi("check", "--format", "github", `${R}/duplicate-key.rubric.yaml`, `${R}/typo.rubric.json`, `${R}/warnings.rubric.yaml`);
    expect(run.stdout.split("\n")).toEqual([
      `::error file=${R}/duplicate-key.rubric.yaml,line=6,col=5,title=kpi check yaml_duplicate_key::duplicate key 'weight': each key may appear once in a mapping; remove or rename one`,
      `::error file=${R}/typo.rubric.json,line=5,col=21,title=kpi check unknown_key::unknown key 'wieght'; did you mean 'weight'?`,
      `::warning file=${R}/warnings.rubric.yaml,line=7,col=29,title=kpi check ratio_as_percent::85 looks like a percentage, but fcr_rate is a fraction in [0, 1]; write 0.85`,
      "",
    ]);
    expect(run.code).toBe(1);
  });

  it("--format json is machine-readable and complete", () => {
    const run = kpi("check", "--format", "json", `${R}/valid.rubric.yaml`, `${R}/weights.rubric.yaml`);
    const report = JSON.parse(run.stdout);
    expect(report.valid).toBe(false);
    expect(report.files.map((f: { file: string; valid: boolean }) => [f.file, f.valid])).toEqual([
      [`${R}/valid.rubric.yaml`, true],
      [`${R}/weights.rubric.yaml`, false],
    ]);
    expect(report.files[1].errors[0]).toMatchObject({ code: "weights_sum", severity: "error", path: ["indicators"], line: 4, column: 1 });
    expect(run.code).toBe(1);
  });

  it("warnings pass, but fail with --strict", () => {
    expect(kpi("check", `${R}/warnings.rubric.yaml`).code).toBe(0);
    const strict = kpi("check", "--strict", "--format", "github", `${R}/warnings.rubric.yaml`);
    expect(strict.stdout).toMatch(/^::error file=.*title=kpi check ratio_as_percent::/);
    expect(strict.code).toBe(1);
  });

  it("searches directories for rubric files, in a stable order", () => {
    const run = kpi("check", "--format", "json", R);
    expect(JSON.parse(run.stdout).files.map((f: { file: string }) => f.file)).toEqual(
      ["duplicate-key.rubric.yaml", "typo.rubric.json", "valid.rubric.yaml", "warnings.rubric.yaml", "weights.rubric.yaml"].map((f) => `${R}/${f}`),
    );
    expect(run.code).toBe(1);
  });

  it.each([
    ["no files", []],
    ["an unknown format", ["--format", "xml", `${R}/valid.rubric.yaml`]],
    ["a missing file", ["no-such.rubric.yaml"]],
    ["a directory without rubrics", ["test/e2e"]],
  ])("exits 2 on a usage error: %s", (_what, args) => {
    const run = kpi("check", ...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).not.toBe("");
  });

  it("--data checks the export headers against the rubric's mapping", () => {
    expect(kpi("check", "examples/team-roles.rubric.yaml", "--data", "examples/2026-10").code).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), "kpi-data-"));
    writeFileSync(join(dir, "tickets.csv"), "\ufeffTicket,Owner,Created\n1,a,2026-10-01\n");
    const run = kpi("check", `${R}/valid.rubric.yaml`, "--data", dir, "--format", "json");
    const errors = JSON.parse(run.stdout).files[0].errors;
    expect(errors).toMatchObject([{ code: "missing_column", file: join(dir, "tickets.csv"), line: 1 }]);
    expect(run.code).toBe(1);
  });
});

describe("kpi init and kpi schema", () => {
  const dir = mkdtempSync(join(tmpdir(), "kpi-init-"));

  it.each(Object.keys(TEMPLATES))("kpi init --template %s writes a rubric that passes kpi check", (name) => {
    for (const lang of ["zh", "en"]) {
      const file = join(dir, `${name}.${lang}.rubric.yaml`);
      const init = kpi("init", "--template", name, "--lang", lang, file);
      expect(init.code).toBe(0);
      expect(init.stdout).toBe("");
      const check = kpi("check", "--strict", file);
      expect(check.stdout).toContain("all valid (0 errors, 0 warnings");
      expect(check.code).toBe(0);
    }
  });

  it("prints to stdout without FILE, and refuses to overwrite without --force", () => {
    const printed = kpi("init", "--template", "manager");
    expect(printed.stdout.split("\n")[0]).toBe("# yaml-language-server: $schema=./rubric.schema.json");
    const file = join(dir, "exists.rubric.yaml");
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, "keep me\n");
    const refused = kpi("init", file);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/already exists[\s\S]*--force/);
    expect(readFileSync(file, "utf8")).toBe("keep me\n");
    expect(kpi("init", "--force", "--template", "manager", file).code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(printed.stdout);
    expect(kpi("init", "--template", "nope").code).toBe(2);
  });

  it("kpi schema prints examples/rubric.schema.json", () => {
    const run = kpi("schema");
    expect(run.stdout).toBe(readFileSync("examples/rubric.schema.json", "utf8"));
    expect(run.code).toBe(0);
  });

  it.each(["check", "init", "schema"])("kpi %s --help shows examples", (command) => {
    const run = kpi(command, "--help");
    expect(run.stdout).toContain("Examples:");
    expect(run.code).toBe(0);
  });
});
