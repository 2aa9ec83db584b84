// Every semantic rule, in the order their findings are most useful to read.
import { checkAdjustments } from "./check-adjustments.js";
import { checkBonus } from "./check-bonus.js";
import { checkCalendar } from "./check-calendar.js";
import { checkCategories } from "./check-categories.js";
import { checkDistribution } from "./check-distribution.js";
import { checkGrades } from "./check-grades.js";
import { checkIds } from "./check-ids.js";
import { checkInputs } from "./check-inputs.js";
import { checkManual } from "./check-manual.js";
import { checkMetrics } from "./check-metrics.js";
import { checkPriorities } from "./check-priorities.js";
import { checkRoles } from "./check-roles.js";
import { checkScoring } from "./check-scoring.js";
import { checkThresholds } from "./check-thresholds.js";
import { checkVeto } from "./check-veto.js";
import { checkWeights } from "./check-weights.js";
import { checkWhere } from "./check-where.js";
import type { Rule } from "./report.js";

export type { Rule, RuleContext } from "./report.js";

export const rules: Rule[] = [
  checkCalendar,
  checkRoles,
  checkIds,
  checkWeights,
  checkCategories,
  checkScoring,
  checkManual,
  checkThresholds,
  checkMetrics,
  checkPriorities,
  checkInputs,
  checkWhere,
  checkVeto,
  checkAdjustments,
  checkGrades,
  checkDistribution,
  checkBonus,
];
