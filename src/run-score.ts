// The scoring path shared by `kpi score` and `kpi test`: rubric file + input files -> result.
import { createClock } from "./core/calendar/business-calendar.js";
import { deriveFirstResponses } from "./core/first-response.js";
import type { ClockKind } from "./core/metrics/context.js";
import { whereFields } from "./core/metrics/where.js";
import { parsePeriod } from "./core/period.js";
import { personKey } from "./core/person-key.js";
import { scorePeople } from "./core/score-people.js";
import { parseDefaultTimestamp } from "./core/timestamp.js";
import type { Clock, PersonRecord } from "./core/types.js";
import { Warnings } from "./core/warnings.js";
import { formatInstant } from "./core/zone.js";
import { usageError } from "./errors.js";
import { FIELDS } from "./io/fields.js";
import { loadDataset, type InputFiles, type LoadedData } from "./io/load-dataset.js";
import { loadRubricFile } from "./io/rubric-file.js";
import type { ScoreResult } from "./schema/result.js";
import type { Rubric } from "./schema/rubric.js";
import { version } from "./version.js";

export interface RunScoreOptions {
  rubricPath: string;
  files: InputFiles;
  period: string;
  asOf?: string | undefined;
  strictRoster?: boolean | undefined;
  /** Filled appraisal workbooks whose ratings are added to the records (`--manual`). */
  manual?: string[] | undefined;
  progress?: ((line: string) => void) | undefined;
}

export async function runScore(options: RunScoreOptions): Promise<{ result: ScoreResult; rubric: Rubric }> {
  const { rubric, sha256 } = await loadRubricFile(options.rubricPath);
  const timeZone = rubric.timezone ?? "UTC";
  const period = parsePeriod(options.period, timeZone);
  if (!period) throw usageError(`'${options.period}' is not a period`, "use 2026-10, 2026-Q4, 2026 or 2026-10-05..2026-10-18");
  let asOf = period.end;
  if (options.asOf !== undefined) {
    asOf = parseDefaultTimestamp(options.asOf, timeZone);
    if (Number.isNaN(asOf)) throw usageError(`--as-of '${options.asOf}' is not a timestamp`, 'e.g. --as-of "2026-11-03 18:00" or 2026-11-03T18:00:00+08:00');
  }
  if (!options.files.tickets?.length && !options.files.roster?.length) {
    throw usageError("no tickets and no roster given: nobody to rate", "pass --tickets FILE (and --surveys, --roster …) or a directory holding tickets.csv");
  }

  const warnings = new Warnings();
  const loaded = await loadDataset({
    rubric,
    timeZone,
    files: options.files,
    extraFields: extraFieldsOf(rubric),
    warnings,
    onFile: (kind, file, stats) => options.progress?.(`read ${file}: ${stats.rows.toLocaleString("en-US")} rows`),
    onRows: options.progress ? (file, rows) => options.progress?.(`reading ${file}: ${rows.toLocaleString("en-US")} rows…`) : undefined,
  });
  options.progress?.("");

  const { data } = loaded;
  const rated = await readManualFiles(options.manual ?? [], rubric, warnings, loaded);
  if (data.events.length > 0) {
    const summary = deriveFirstResponses(data.tickets, data.events, rubric.inputs?.events?.automatic_actors ?? [], {
      override: rubric.inputs?.tickets?.first_response === "events",
    });
    const unknown = summary.unknownTicketEvents;
    if (unknown.count > 0) warnings.add("event_unknown_ticket", "events for tickets not in the ticket files were skipped", unknown.example, unknown.count);
  }

  if (readsFirstResponse(rubric) && data.tickets.length > 0 && data.tickets.every((t) => Number.isNaN(t.firstResponse))) {
    warnings.add("first_response_unknown", "no ticket has a first response (no first_response_at values and no reply events): first-response indicators count every ticket as unanswered");
  }

  const clocks = new Map<ClockKind, Clock>();
  const clockFor = (kind: ClockKind) => {
    let clock = clocks.get(kind);
    if (!clock) clocks.set(kind, (clock = createClock(kind, rubric.calendar, timeZone)));
    return clock;
  };
  const scored = scorePeople({ rubric, data, period, asOf, clockFor, warnings, strictRoster: options.strictRoster });
  reportUnratedPeople(rated, scored.people, warnings);
  for (const clock of clocks.values()) {
    for (const year of [...(clock.uncoveredYears ?? [])].sort()) {
      warnings.add("calendar_year_uncovered", `no official holiday calendar for ${year}: only weekends and the rubric's own holidays were skipped`);
    }
  }

  const result: ScoreResult = {
    kpi: 1,
    tool: `kpi ${version}`,
    rubric: { name: rubric.name, sha256 },
    period: {
      label: period.label,
      start: formatInstant(timeZone, period.start),
      end: formatInstant(timeZone, period.end),
      ...(options.asOf !== undefined ? { as_of: formatInstant(timeZone, asOf) } : {}),
    },
    inputs: loaded.manifest,
    people: scored.people,
    warnings: warnings.list(),
  };
  return { result, rubric };
}

/** Ratings from filled workbooks come after the records files, so they replace earlier ratings. */
async function readManualFiles(files: string[], rubric: Rubric, warnings: Warnings, loaded: LoadedData): Promise<Map<string, string>> {
  const people = new Map<string, string>();
  if (files.length === 0) return people;
  const { readManualRatings } = await import("./io/xlsx/read-ratings.js");
  // The same rating in two workbooks with different levels: the later file wins, and says so.
  const given = new Map<string, PersonRecord>();
  for (const file of files) {
    const read = await readManualRatings(file, rubric, warnings);
    for (const record of read.records) {
      const key = `${record.person}\u0000${record.metric}\u0000${record.raterRole}`;
      const earlier = given.get(key);
      if (earlier && earlier.value !== record.value) {
        warnings.add("manual_rating_conflict", "a rating given differently in two --manual workbooks: the later workbook's level counts",
          `${earlier.source.file}:${earlier.source.line} (${earlier.value}) vs ${record.source.file}:${record.source.line} (${record.value})`);
      }
      given.set(key, record);
    }
    loaded.data.records.push(...read.records);
    loaded.manifest.push(read.manifest);
    for (const [key, at] of read.people) if (!people.has(key)) people.set(key, `${file}: ${at}`);
  }
  return people;
}

function reportUnratedPeople(inWorkbook: Map<string, string>, people: { id: string }[], warnings: Warnings): void {
  const rated = new Set(people.map((p) => personKey(p.id)));
  const missing = [...inWorkbook].filter(([key]) => !rated.has(key));
  if (missing.length === 0) return;
  const example = missing.slice(0, 20).map(([key, at]) => `${key} (${at})`).join(", ");
  warnings.add("manual_unrated_person", "ratings in the workbook for people this run does not rate were not counted", example, missing.length);
}

function readsFirstResponse(rubric: Rubric): boolean {
  return [...rubric.indicators, ...(rubric.adjustments ?? [])].some((i) => "event" in i.metric && i.metric.event === "first_response");
}

/** Non-canonical fields the rubric reads: `where` keys on tickets, the distribution group on the roster. */
function extraFieldsOf(rubric: Rubric) {
  const tickets = whereFields([...rubric.indicators, ...(rubric.adjustments ?? [])].map((i) => i.where));
  const group = rubric.distribution?.group;
  const roster = group && !(group in FIELDS.roster) ? [group] : [];
  return { tickets, roster };
}
