// The terminal table of `kpi score`: rank, person, role, score, grade (coloured by band), one
// column of points per indicator, and a footer with counts per grade and the warnings.
import Table from "cli-table3";
import type { ChalkInstance } from "chalk";
import type { Rubric } from "../schema/rubric.js";
import type { ScoreResult } from "../schema/result.js";
import { stripControl } from "../io/writers/sanitize.js";
import { renderBonusTable } from "./bonus-table.js";
import { displayWidth } from "./display-width.js";

const fmt = (value: number, decimals: number) => value.toFixed(decimals).replace(/\.?0+$/, "") || "0";

function gradePainter(rubric: Rubric, c: ChalkInstance) {
  const palette = [c.green.bold, c.green, c.cyan, c.yellow, c.red, c.red.bold];
  const last = rubric.grades.length - 1;
  return (grade: string) => {
    const index = rubric.grades.findIndex((g) => g.id === grade);
    // The lowest band is always red, whatever the number of bands.
    const paint = index === last ? c.red : (palette[index] ?? ((s: string) => s));
    return paint(grade);
  };
}

export function renderScoreTable(result: ScoreResult, rubric: Rubric, c: ChalkInstance): string {
  const indicators = rubric.indicators;
  const withBonus = result.people.some((p) => p.bonus !== null);
  const head = ["#", "person", "role", "score", "grade", ...indicators.map((i) => i.label ?? i.id), ...(withBonus ? ["bonus"] : [])];
  // Long indicator labels are cut (…) to a fixed width so a 15-indicator rubric still fits a screen;
  // the full labels are in the CSV, JSON and workbook.
  const widths = head.map((h, i) => (i >= 5 && i < 5 + indicators.length ? Math.min(displayWidth(h), 16) + 2 : null));
  const table = new Table({
    head: head.map((h) => c.bold(h)),
    colWidths: widths,
    style: { head: [], border: [], compact: true },
    colAligns: ["right", "left", "left", "right", "center", ...indicators.map(() => "right" as const), ...(withBonus ? ["right" as const] : [])],
  });
  const paintGrade = gradePainter(rubric, c);
  for (const person of result.people) {
    const who = person.name ? `${stripControl(person.name)} (${stripControl(person.id)})` : stripControl(person.id);
    const cells = indicators.map((indicator) => {
      const r = person.indicators.find((i) => i.id === indicator.id);
      if (!r) return c.dim("·");
      if (r.points === null) return c.dim("n/a");
      const text = fmt(r.points, 1);
      return r.status === "veto" ? c.red(`${text}!`) : r.status === "insufficient" ? c.dim(`${text}*`) : text;
    });
    table.push([
      String(person.rank),
      who,
      person.role,
      person.score.toFixed(2),
      paintGrade(person.grade),
      ...cells,
      ...(withBonus ? [person.bonus === null ? "" : person.bonus.toFixed(2)] : []),
    ]);
  }
  return `${table.toString()}\n${renderFooter(result, rubric, c)}${renderBonusTable(result, rubric, c)}`;
}

function renderFooter(result: ScoreResult, rubric: Rubric, c: ChalkInstance): string {
  const counts = rubric.grades.map((g) => {
    const n = result.people.filter((p) => p.grade === g.id).length;
    return `${g.id}${g.label ? ` ${g.label}` : ""}: ${n}`;
  });
  const lines = [`${result.rubric.name} · ${result.period.label} · ${result.people.length} people · ${counts.join(" · ")}`];
  const marks = [];
  if (result.people.some((p) => p.indicators.some((i) => i.status === "insufficient"))) marks.push("n/a = not enough data (excluded)", "* = not enough data (neutral/zero)");
  if (result.people.some((p) => p.indicators.some((i) => i.status === "veto"))) marks.push("! = veto");
  if (marks.length > 0) lines.push(c.dim(marks.join(" · ")));
  if (result.warnings.length > 0) {
    // Details (with the first location of each) are on stderr; the table keeps a one-line tally.
    lines.push(c.yellow(`warnings: ${result.warnings.map((w) => `${w.count} × ${w.code}`).join(" · ")}`));
  }
  return `${lines.join("\n")}\n`;
}
