// Spawns the built CLI the way a user runs it, with colours off and a pinned machine zone.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { expect } from "vitest";

export const ROOT = resolve(import.meta.dirname, "../..");
const BIN = join(ROOT, "bin/kpi.js");

export interface CliRun {
  stdout: string;
  stderr: string;
  code: number;
}

export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: "utf8",
    input: options.input,
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "", TZ: process.env.TZ ?? "UTC", ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status ?? -1 };
}

/** Golden file holding the command, stdout, stderr and exit code; UPDATE_GOLDEN=1 rewrites it. */
export function expectGolden(name: string, args: string[], run: CliRun): void {
  const path = join(ROOT, "test/golden", name);
  const text = [`$ kpi ${args.join(" ")}`, "--- stdout", run.stdout, "--- stderr", run.stderr, `Exit code: ${run.code}`, ""].join("\n");
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(path)) {
    if (process.env.CI && !existsSync(path)) throw new Error(`golden file ${name} is missing; run UPDATE_GOLDEN=1 npm test and commit it`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  expect(text).toBe(readFileSync(path, "utf8"));
}
