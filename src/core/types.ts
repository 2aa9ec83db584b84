// Canonical records: what readers produce and the pure core consumes (spec §2).
// Instants are epoch milliseconds; NaN means "absent" so 1,000,000 tickets stay compact.

/** Where a record came from, for warnings and explanations. */
export interface SourceRef {
  file: string;
  line: number;
}

/** A ticket is its own SourceRef (file + line), sparing a million small objects. */
export interface Ticket extends SourceRef {
  id: string;
  /** Person key: trimmed, NFKC, lower-case (§2.3). */
  assignee: string;
  created: number;
  firstResponse: number;
  resolved: number;
  firstResolved: number;
  reopened: number;
  /** NaN when the export has no count. */
  reopenCount: number;
  escalated: boolean;
  /** Priority key of the rubric (already mapped). */
  priority: string;
  /** Only the fields some `where` filter uses, normalised for matching. */
  attrs: Record<string, string> | undefined;
}

export interface Survey {
  ticketId: string | undefined;
  person: string | undefined;
  csat: number | undefined;
  ces: number | undefined;
  nps: number | undefined;
  date: number;
  source: SourceRef;
}

export interface PersonRecord {
  person: string;
  metric: string;
  value: number;
  date: number;
  rater: string | undefined;
  raterRole: string | undefined;
  source: SourceRef;
}

export interface RosterEntry {
  /** Person key (§2.3). */
  person: string;
  /** Spelling as on the roster (trimmed): the output id. */
  id: string;
  name: string | undefined;
  role: string | undefined;
  team: string | undefined;
  bonusBase: number | undefined;
  /** YYYY-MM-DD local dates. */
  startDate: string | undefined;
  endDate: string | undefined;
  extra: Record<string, string> | undefined;
  source: SourceRef;
}

export interface TicketEvent {
  ticketId: string;
  at: number;
  actor: string;
  kind: string;
  source: SourceRef;
}

export interface Dataset {
  tickets: Ticket[];
  surveys: Survey[];
  records: PersonRecord[];
  roster: RosterEntry[] | undefined;
  events: TicketEvent[];
  /** Tickets by id (the first of each id), when the reader built it anyway while dropping
   *  duplicates: hashing a million ids twice costs half a second. Built on demand when absent. */
  ticketsById?: ReadonlyMap<string, Ticket>;
}

/** Elapsed-time measure between two instants; `dayMs` is what `1d` means under this clock. */
export interface Clock {
  elapsedMs(start: number, end: number): number;
  dayMs: number;
  /** Business clock with a holiday preset: years that elapsedMs calls touched and the preset has
   *  no official data for (counted as plain weekends there). The caller reports them. */
  uncoveredYears?: ReadonlySet<number>;
  /** Same check for one interval, without recording it: lets the caller count affected rows. */
  findUncoveredYears?(start: number, end: number): number[];
}
