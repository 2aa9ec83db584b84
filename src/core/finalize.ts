// After scoring: forced distribution (§6), then the bonus pool (§7). Pure.
import type { Rubric } from "../schema/rubric.js";
import { allocateBonus } from "./bonus.js";
import { applyDistribution } from "./distribution.js";
import { formatMinor } from "./money.js";
import type { Period } from "./period.js";
import { periodWorkdays } from "./period-workdays.js";
import type { Person } from "./people.js";
import { prorateByWorkdays } from "./proration.js";
import type { Warnings } from "./warnings.js";

export interface Graded {
  person: Person;
  score: number;
  grade: string;
  /** Best grade a veto allows. */
  cap: string | undefined;
  notes: string[];
}

function groupOf(person: Person, field: string | undefined): string {
  if (!field) return "";
  if (field === "team") return person.team ?? "";
  if (field === "role") return person.role;
  return person.roster?.extra?.[field] ?? "";
}

export function distributeGrades(graded: Graded[], rubric: Rubric, warnings: Warnings): void {
  const distribution = rubric.distribution;
  if (!distribution) return;
  const result = applyDistribution(
    graded.map((g) => ({ key: g.person.key, score: g.score, grade: g.grade, group: groupOf(g.person, distribution.group), cap: g.cap })),
    rubric.grades,
    distribution,
  );
  for (const entry of graded) {
    const next = result.grades.get(entry.person.key);
    if (next !== undefined && next !== entry.grade) {
      entry.notes.push(`grade ${entry.grade} -> ${next} by distribution (${distribution.mode})`);
      entry.grade = next;
    }
  }
  for (const tie of result.ties) {
    const ids = tie.keys.map((key) => graded.find((g) => g.person.key === key)?.person.id ?? key);
    warnings.add("distribution_tie", "equal scores at a distribution boundary were separated by person id", `${tie.group ? `${tie.group}: ` : ""}${tie.grade}: ${ids.join(", ")}`);
    for (const g of graded) if (tie.keys.includes(g.person.key)) g.notes.push(`tie at the ${tie.grade} boundary broken by person id`);
  }
}

/** Bonus per person key, as currency units exact to the minor unit. */
export function allocatePool(graded: Graded[], rubric: Rubric, period: Period, warnings: Warnings): Map<string, number> {
  const bonus = rubric.bonus;
  if (!bonus) return new Map();
  const workdays = bonus.prorate ? periodWorkdays(period, rubric.calendar) : [];
  const units = allocateBonus({
    people: graded.map((g) => ({
      key: g.person.key,
      score: g.score,
      grade: g.grade,
      base: g.person.roster?.bonusBase ?? Number.NaN,
      proration: bonus.prorate ? prorateByWorkdays(g.person.roster?.startDate, g.person.roster?.endDate, workdays) : 1,
    })),
    grades: rubric.grades,
    bonus,
    warn: (code, message) => warnings.add(code, message),
  });
  const minor = bonus.minor_unit ?? 0.01;
  return new Map([...units].map(([key, amount]) => [key, formatMinor(amount, minor)]));
}
