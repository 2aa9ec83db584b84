// Which indicators count for which role — the same reading as core/evaluate.ts `weightFor`.
import type { Indicator, Rubric } from "../../schema/rubric.js";

export const DEFAULT_ROLES = ["default"];

export function declaredRoles(rubric: Rubric): string[] {
  return rubric.roles ?? DEFAULT_ROLES;
}

/** The indicator's weight for `role`, or undefined when it does not apply to that role. */
export function weightFor(indicator: Indicator, role: string): number | undefined {
  if (indicator.roles && !indicator.roles.includes(role)) return undefined;
  if (typeof indicator.weight === "number") return indicator.weight;
  return indicator.weight[role];
}

export function applicableIndicators(rubric: Rubric, role: string): { indicator: Indicator; index: number; weight: number }[] {
  return rubric.indicators.flatMap((indicator, index) => {
    const weight = weightFor(indicator, role);
    return weight === undefined ? [] : [{ indicator, index, weight }];
  });
}
