// Input files by kind -> canonical Dataset + run manifest (§2, §8.1 "inputs").
import { Warnings } from "../core/warnings.js";
import type { Dataset, PersonRecord, RosterEntry, Survey, Ticket, TicketEvent } from "../core/types.js";
import type { InputManifest } from "../schema/result.js";
import type { Rubric } from "../schema/rubric.js";
import { INPUT_KINDS, type InputKind } from "./fields.js";
import { openTable } from "./open-table.js";
import type { ReadContext, ReadStats } from "./read-context.js";
import { readEvents } from "./read-events.js";
import { readRecords } from "./read-records.js";
import { readRoster } from "./read-roster.js";
import { readSurveys } from "./read-surveys.js";
import { readTickets } from "./read-tickets.js";
import type { Table } from "./table.js";

export type InputFiles = Partial<Record<InputKind, string[]>>;

export interface LoadedData {
  data: Dataset;
  manifest: InputManifest[];
  warnings: Warnings;
}

export interface LoadOptions {
  rubric: Rubric;
  timeZone: string;
  files: InputFiles;
  extraFields: ReadContext["extraFields"];
  /** Called after each file, for progress on a terminal. */
  onFile?: (kind: InputKind, file: string, stats: ReadStats) => void;
  onRows?: ReadContext["onRows"];
  warnings?: Warnings;
}

export async function loadDataset(options: LoadOptions): Promise<LoadedData> {
  const warnings = options.warnings ?? new Warnings();
  const ctx: ReadContext = { rubric: options.rubric, timeZone: options.timeZone, warnings, extraFields: options.extraFields, onRows: options.onRows };
  const tickets: Ticket[] = [];
  const surveys: Survey[] = [];
  const records: PersonRecord[] = [];
  const events: TicketEvent[] = [];
  let roster: RosterEntry[] | undefined;
  const manifest: InputManifest[] = [];

  const ticketsById = new Map<string, Ticket>();
  for (const kind of INPUT_KINDS) {
    for (const file of options.files[kind] ?? []) {
      const table = await openTable(file, { kind, encoding: options.rubric.inputs?.[kind]?.encoding, delimiter: options.rubric.inputs?.[kind]?.delimiter });
      let stats: ReadStats;
      if (kind === "tickets") {
        const start = tickets.length;
        stats = await readTickets(table, ctx, tickets);
        stats = dropDuplicateTickets(tickets, start, ticketsById, stats, warnings);
      } else if (kind === "surveys") {
        const start = surveys.length;
        stats = await readSurveys(table, ctx, surveys);
        stats = dropOrphans(surveys, start, (s) => s.ticketId, ticketsById, stats, (source) =>
          warnings.add("survey_unknown_ticket", "survey responses for a ticket that is not among the valid tickets (unknown, or skipped) were skipped", source));
      } else if (kind === "records") stats = await readRecords(table, ctx, records);
      else if (kind === "roster") stats = await readRoster(table, ctx, (roster ??= []));
      else {
        const start = events.length;
        stats = await readEvents(table, ctx, events);
        stats = dropOrphans(events, start, (e) => e.ticketId, ticketsById, stats, (source) =>
          warnings.add("event_unknown_ticket", "events for a ticket that is not among the valid tickets (unknown, or skipped) were skipped", source));
      }
      manifest.push(await manifestEntry(kind, table, stats, warnings));
      options.onFile?.(kind, file, stats);
    }
  }
  return { data: { tickets, surveys, records, roster, events, ticketsById }, manifest, warnings };
}

/** Duplicate ids (same file or across files): the first is kept, the rest counted (§2). */
function dropDuplicateTickets(tickets: Ticket[], start: number, seen: Map<string, Ticket>, stats: ReadStats, warnings: Warnings): ReadStats {
  let write = start;
  let dropped = 0;
  for (let read = start; read < tickets.length; read++) {
    const ticket = tickets[read]!;
    if (seen.has(ticket.id)) {
      warnings.add("duplicate_ticket", "tickets whose id appeared before were skipped (the first is kept)", ticket);
      dropped++;
      continue;
    }
    seen.set(ticket.id, ticket);
    tickets[write++] = ticket;
  }
  tickets.length = write;
  return { rows: stats.rows, used: stats.used - dropped, rejected: stats.rejected + dropped };
}

/** Rows that name a ticket which is not among the valid tickets are skipped and counted here, so
 *  the manifest's used/rejected agree with the warnings. */
function dropOrphans<T extends { source: { file: string; line: number } }>(
  rows: T[],
  start: number,
  ticketOf: (row: T) => string | undefined,
  tickets: Map<string, Ticket>,
  stats: ReadStats,
  warn: (source: { file: string; line: number }) => void,
): ReadStats {
  let write = start;
  let dropped = 0;
  for (let read = start; read < rows.length; read++) {
    const row = rows[read]!;
    const id = ticketOf(row);
    if (id !== undefined && !tickets.has(id)) {
      warn(row.source);
      dropped++;
      continue;
    }
    rows[write++] = row;
  }
  rows.length = write;
  return { rows: stats.rows, used: stats.used - dropped, rejected: stats.rejected + dropped };
}

async function manifestEntry(kind: InputKind, table: Table, stats: ReadStats, warnings: Warnings): Promise<InputManifest> {
  const { blankRows } = table.stats();
  if (blankRows > 0) warnings.add("blank_rows", "blank rows were skipped", `${table.file}`, blankRows);
  return { kind, file: table.file, sha256: await table.sha256(), encoding: table.encoding, rows: stats.rows, used: stats.used, rejected: stats.rejected };
}
