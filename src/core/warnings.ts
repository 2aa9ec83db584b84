// Counted warnings: every skipped or corrected row is counted under a code, with the first
// location as an example (§8.1 "warnings"). Nothing is dropped silently.
import type { SourceRef } from "./types.js";

export interface WarningEntry {
  code: string;
  count: number;
  message: string;
  example: string;
}

export class Warnings {
  private readonly entries = new Map<string, WarningEntry>();

  /** `message` describes one occurrence class (the first one given for a code is kept). */
  add(code: string, message: string, where?: SourceRef | string, times = 1): void {
    if (times <= 0) return;
    const example = where === undefined ? "" : typeof where === "string" ? where : `${where.file}:${where.line}`;
    const entry = this.entries.get(code);
    if (entry) {
      entry.count += times;
      if (!entry.example && example) entry.example = example;
    } else {
      this.entries.set(code, { code, count: times, message, example });
    }
  }

  count(code: string): number {
    return this.entries.get(code)?.count ?? 0;
  }

  /** Sorted by code so output does not depend on the order problems were met. */
  list(): WarningEntry[] {
    return [...this.entries.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  }
}
