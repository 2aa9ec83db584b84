// `kpi explain`: every number of one person's result, with the rule that produced it — what a
// support manager shows the person it concerns.
import type { ChalkInstance } from "chalk";
import type { PersonResult, ScoreResult } from "../schema/result.js";
import type { Rubric } from "../schema/rubric.js";
import { describeIndicator, valueUnit, type Lang } from "./describe-indicator.js";
import { padEndDisplay } from "./display-width.js";

const num = (x: number, decimals = 2) => String(Number(x.toFixed(decimals)));

function valueText(value: number | null, unit: ReturnType<typeof valueUnit>): string {
  if (value === null) return "–";
  if (unit === "ratio") return `${num(value * 100, 1)}%`;
  if (unit === "hours") return `${num(value, 1)}h`;
  return num(value);
}

export function renderExplanation(result: ScoreResult, person: PersonResult, rubric: Rubric, lang: Lang, c: ChalkInstance): string {
  const lines: string[] = [];
  const who = person.name ? `${person.name} (${person.id})` : person.id;
  lines.push(c.bold(`${who} · ${person.role}${person.team ? ` · ${person.team}` : ""} · ${result.period.label} · ${result.rubric.name}`));
  lines.push("");
  for (const r of person.indicators) {
    const indicator = rubric.indicators.find((i) => i.id === r.id)!;
    const unit = valueUnit(indicator.metric);
    const description = describeIndicator(indicator, lang);
    lines.push(`${c.bold(indicator.label ?? indicator.id)} ${c.dim(`[${indicator.id}]`)}`);
    lines.push(`  measured  ${description.metric}: ${valueText(r.value, unit)} over n = ${r.n}`);
    lines.push(`  rule      ${description.text}`);
    if (r.points === null) {
      lines.push(c.yellow(`  excluded  not enough data: its weight went to the other indicators`));
    } else {
      const status = r.status === "insufficient" ? c.yellow(" (not enough data: policy points)") : r.status === "veto" ? c.red(" (veto)") : "";
      lines.push(`  points    ${num(r.points)}${status} × weight ${num(r.weight, 4)} / 100 = ${c.bold(num(r.contribution, 4))}`);
    }
  }
  const weighted = person.indicators.reduce((sum, r) => sum + r.contribution, 0);
  lines.push("");
  lines.push(`weighted sum ${num(weighted, 4)}`);
  for (const a of person.adjustments) {
    const label = rubric.adjustments?.find((x) => x.id === a.id)?.label ?? a.id;
    lines.push(`  ${a.points >= 0 ? "+" : "−"} ${num(Math.abs(a.points))}  ${label} (value ${a.value === null ? "–" : num(a.value)})`);
  }
  lines.push(`score ${c.bold(person.score.toFixed(2))} (rounded half-up) · rank ${person.rank} of ${result.people.length}`);
  lines.push(gradeLine(person, rubric, c));
  for (const note of person.notes) lines.push(c.yellow(`note: ${note}`));
  if (person.bonus !== null && rubric.bonus) lines.push(`bonus ${person.bonus.toFixed(2)} ${rubric.bonus.currency ?? "CNY"} (${rubric.bonus.method ?? "coefficient"} method)`);
  return `${lines.join("\n")}\n`;
}

function gradeLine(person: PersonResult, rubric: Rubric, c: ChalkInstance): string {
  const grade = rubric.grades.find((g) => g.id === person.grade)!;
  const label = grade.label ? ` ${grade.label}` : "";
  const byScore = rubric.grades.find((g) => person.score >= g.min) ?? rubric.grades.at(-1)!;
  if (byScore.id !== grade.id) {
    return `grade ${c.bold(grade.id + label)} (the score alone gives ${byScore.id}, ≥ ${byScore.min}; see the notes)`;
  }
  const index = rubric.grades.indexOf(grade);
  const next = index > 0 ? rubric.grades[index - 1] : undefined;
  const more = next ? `; ${next.id} needs ≥ ${next.min} (${num(next.min - person.score)} more)` : "";
  return `grade ${c.bold(grade.id + label)} (≥ ${grade.min}${more})`;
}

/** One line per person: the list shown when --person names nobody rated. */
export function renderPeopleIndex(result: ScoreResult): string {
  const width = Math.max(...result.people.map((p) => p.id.length), 2);
  return `${result.people.map((p) => `${padEndDisplay(p.id, width)}  ${p.score.toFixed(2).padStart(6)}  ${p.grade}  ${p.name ?? ""}`).join("\n")}\n`;
}

