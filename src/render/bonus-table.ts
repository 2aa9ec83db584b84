// The bonus table of `kpi score --format table`: the pool split by grade (issue 4).
import Table from "cli-table3";
import type { ChalkInstance } from "chalk";
import type { ScoreResult } from "../schema/result.js";
import type { Rubric } from "../schema/rubric.js";

export function renderBonusTable(result: ScoreResult, rubric: Rubric, c: ChalkInstance): string {
  const bonus = rubric.bonus;
  if (!bonus || !result.people.some((p) => p.bonus !== null)) return "";
  const decimals = Math.max(0, -Math.floor(Math.log10(bonus.minor_unit ?? 0.01) + 1e-9));
  const money = (value: number) => value.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  // Sums of minor units stay exact when added as integers.
  const units = (value: number) => Math.round(value * 10 ** decimals);
  const table = new Table({
    head: ["grade", "people", "coefficient", `total ${bonus.currency ?? "CNY"}`, "mean", "min", "max"].map((h) => c.bold(h)),
    style: { head: [], border: [], compact: true },
    colAligns: ["left", "right", "right", "right", "right", "right", "right"],
  });
  let total = 0;
  for (const grade of rubric.grades) {
    const amounts = result.people.filter((p) => p.grade === grade.id).map((p) => units(p.bonus ?? 0));
    const sum = amounts.reduce((a, b) => a + b, 0);
    total += sum;
    const scale = 10 ** decimals;
    table.push([
      `${grade.id}${grade.label ? ` ${grade.label}` : ""}`,
      String(amounts.length),
      grade.coefficient === undefined ? "" : String(grade.coefficient),
      money(sum / scale),
      amounts.length ? money(Math.round(sum / amounts.length) / scale) : "",
      amounts.length ? money(Math.min(...amounts) / scale) : "",
      amounts.length ? money(Math.max(...amounts) / scale) : "",
    ]);
  }
  const method = bonus.method ?? "coefficient";
  return `${table.toString()}\nbonus pool ${money(bonus.pool)} ${bonus.currency ?? "CNY"} (${method}): ${money(total / 10 ** decimals)} allocated\n`;
}
