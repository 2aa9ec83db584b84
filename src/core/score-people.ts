// The pure core: rubric + canonical data + period -> rated people (§2.3–§7). No I/O, no clock.
import type { Rubric } from "../schema/rubric.js";
import type { PersonResult } from "../schema/result.js";
import { groupByPerson, ticketsInPeriod } from "./attribute.js";
import { compileFilters, evaluatePerson, type Evaluation } from "./evaluate.js";
import { allocatePool, distributeGrades, type Graded } from "./finalize.js";
import { capGrade, gradeFor, rankByScore } from "./grades.js";
import type { ClockKind, MetricContext, PersonData } from "./metrics/context.js";
import { ratedPeople } from "./people.js";
import type { Period } from "./period.js";
import { compareCodeUnits } from "./person-key.js";
import type { Clock, Dataset } from "./types.js";
import { Warnings } from "./warnings.js";

export interface ScoreInput {
  rubric: Rubric;
  data: Dataset;
  period: Period;
  asOf: number;
  clockFor(kind: ClockKind): Clock;
  warnings?: Warnings;
  /** An assignee missing from a given roster is an error instead of a warning. */
  strictRoster?: boolean;
}

export interface ScoreOutput {
  people: PersonResult[];
  warnings: Warnings;
}

const EMPTY: PersonData = { tickets: [], surveys: [], records: [] };

export function scorePeople(input: ScoreInput): ScoreOutput {
  const { rubric, data, period } = input;
  const warnings = input.warnings ?? new Warnings();
  const by = rubric.period?.by ?? "created_at";
  const inside = ticketsInPeriod(data.tickets, period, by, warnings, rubric.timezone);
  const people = ratedPeople(data.roster, inside, rubric.roles, period, warnings, input.strictRoster);
  const byPerson = groupByPerson(data, inside, period, by, warnings);
  for (const [key, entry] of byPerson) {
    if (people.has(key)) continue;
    const rows = [...entry.surveys.map((s) => s.survey.source), ...entry.records.map((r) => r.source)];
    warnings.add("unrated_person", "survey responses or records for someone who is not rated were not counted", rows[0], rows.length);
  }
  const ctx: MetricContext = { period, asOf: input.asOf, clockFor: input.clockFor };
  const filters = compileFilters(rubric);

  const graded: Graded[] = [];
  const evaluations = new Map<string, Evaluation>();
  for (const person of people.values()) {
    const evaluation = evaluatePerson(rubric, person.role, byPerson.get(person.key) ?? EMPTY, filters, ctx);
    evaluations.set(person.key, evaluation);
    let grade = gradeFor(evaluation.score, rubric.grades);
    let cap: string | undefined;
    const notes = [...evaluation.notes];
    for (const veto of evaluation.vetoCaps) {
      const capped = capGrade(grade, veto.grade, rubric.grades);
      if (capped !== grade) notes.push(`grade capped at ${veto.grade} by veto ${veto.indicator}`);
      grade = capped;
      cap = cap === undefined ? veto.grade : capGrade(cap, veto.grade, rubric.grades);
    }
    graded.push({ person, score: evaluation.score, grade, cap, notes });
  }
  distributeGrades(graded, rubric, warnings);
  const bonus = allocatePool(graded, rubric, period, warnings);

  const ranks = rankByScore(graded.map((g) => ({ key: g.person.key, score: g.score })));
  graded.sort((a, b) => ranks.get(a.person.key)! - ranks.get(b.person.key)! || compareCodeUnits(a.person.key, b.person.key));
  const results: PersonResult[] = graded.map(({ person, score, grade, notes }) => {
    const evaluation = evaluations.get(person.key)!;
    return {
      id: person.id,
      name: person.name,
      role: person.role,
      team: person.team,
      score,
      grade,
      rank: ranks.get(person.key)!,
      bonus: bonus.get(person.key) ?? null,
      indicators: evaluation.indicators,
      adjustments: evaluation.adjustments,
      notes,
    };
  });
  return { people: results, warnings };
}
