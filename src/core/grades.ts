// Absolute grades, veto caps and competition ranking (§5, §6).
import type { Grade } from "../schema/rubric.js";
import { compareCodeUnits } from "./person-key.js";

/** Grades are listed highest first; the first whose min the score reaches. */
export function gradeFor(score: number, grades: Grade[]): string {
  for (const grade of grades) if (score >= grade.min) return grade.id;
  return grades[grades.length - 1]!.id;
}

/** A veto caps the grade: the person gets the lower of their grade and the cap. */
export function capGrade(grade: string, cap: string, grades: Grade[]): string {
  const index = grades.findIndex((g) => g.id === grade);
  const capIndex = grades.findIndex((g) => g.id === cap);
  return capIndex > index ? cap : grade;
}

/** Competition ranking (1, 2, 2, 4) by score, highest first. */
export function rankByScore(people: { key: string; score: number }[]): Map<string, number> {
  const sorted = [...people].sort((a, b) => b.score - a.score || compareCodeUnits(a.key, b.key));
  const ranks = new Map<string, number>();
  sorted.forEach((person, index) => {
    const previous = sorted[index - 1];
    ranks.set(person.key, previous && previous.score === person.score ? ranks.get(previous.key)! : index + 1);
  });
  return ranks;
}
