// One person's indicators and adjustments -> points, effective weights and score (§4.2–§5).
import type { Adjustment, Indicator, Rubric } from "../schema/rubric.js";
import type { AdjustmentResult, IndicatorResult } from "../schema/result.js";
import { rateManually, type ManualRating } from "./manual-rating.js";
import { computeMetric, zeroWhenEmpty } from "./metrics/compute-metric.js";
import type { MetricContext, PersonData } from "./metrics/context.js";
import { createTicketFilter, type TicketFilter } from "./metrics/where.js";
import { toRatio } from "./ratio.js";
import { roundHalfUp } from "./round.js";
import { scoreValue } from "./scoring.js";

/** §4.3 insufficient: neutral. */
export const NEUTRAL_POINTS = 60;

export interface Evaluation {
  indicators: IndicatorResult[];
  adjustments: AdjustmentResult[];
  /** Rounded half-up to 2 decimals, floored at 0 (§5). */
  score: number;
  /** Grade ids from vetoed indicators; the best allowed grade is the lowest of them. */
  vetoCaps: { indicator: string; grade: string }[];
  notes: string[];
}

/** Filters are built once per rubric, not per person. */
export function compileFilters(rubric: Rubric): Map<string, TicketFilter | undefined> {
  const filters = new Map<string, TicketFilter | undefined>();
  for (const item of [...rubric.indicators, ...(rubric.adjustments ?? [])]) filters.set(item.id, createTicketFilter(item.where));
  return filters;
}

export function weightFor(indicator: Indicator, role: string): number | undefined {
  if (indicator.roles && !indicator.roles.includes(role)) return undefined;
  if (typeof indicator.weight === "number") return indicator.weight;
  return indicator.weight[role];
}

function appliesTo(item: { roles?: string[] | undefined }, role: string): boolean {
  return !item.roles || item.roles.includes(role);
}

function isVetoed(indicator: Indicator, value: number): boolean {
  const veto = indicator.veto;
  if (!veto) return false;
  if (veto.below !== undefined && value < toRatio(veto.below)) return true;
  return veto.above !== undefined && value > toRatio(veto.above);
}

export function evaluatePerson(
  rubric: Rubric,
  role: string,
  data: PersonData,
  filters: Map<string, TicketFilter | undefined>,
  ctx: MetricContext,
): Evaluation {
  const rows: (IndicatorResult & { nominal: number })[] = [];
  const vetoCaps: Evaluation["vetoCaps"] = [];
  const notes: string[] = [];
  for (const indicator of rubric.indicators) {
    const weight = weightFor(indicator, role);
    if (weight === undefined) continue;
    // A manual rating maps levels to points itself: (1 − w) × P(supervisor) + w × P(self) is no
    // function of the weighted level alone.
    const manual: ManualRating | undefined = indicator.metric.type === "manual" ? rateManually(indicator.id, indicator.scoring.manual, data.records) : undefined;
    const measured = manual ?? computeMetric(indicator.metric, data, filters.get(indicator.id), ctx);
    const value = measured.value === null && zeroWhenEmpty(indicator.metric) ? 0 : measured.value;
    notes.push(...(measured.notes ?? []).map((note) => `${indicator.id}: ${note}`));
    const short = value === null || (indicator.min_sample !== undefined && measured.n < indicator.min_sample);
    let points: number | null;
    let status: IndicatorResult["status"] = "ok";
    if (short) {
      status = "insufficient";
      const policy = indicator.insufficient ?? "exclude";
      points = policy === "exclude" ? null : policy === "neutral" ? NEUTRAL_POINTS : 0;
    } else {
      points = manual?.points ?? scoreValue(value, indicator.scoring);
      if (isVetoed(indicator, value)) {
        status = "veto";
        vetoCaps.push({ indicator: indicator.id, grade: indicator.veto!.cap_grade });
      }
    }
    rows.push({ id: indicator.id, value, n: measured.n, points, weight, contribution: 0, status, nominal: weight, ...(manual ? { ratings: manual.ratings } : {}) });
  }

  // §4.3 exclude: the remaining weights are rescaled to 100.
  const remaining = rows.filter((r) => r.points !== null).reduce((sum, r) => sum + r.nominal, 0);
  const excluded = rows.filter((r) => r.points === null);
  for (const row of rows) {
    if (row.points === null) {
      row.weight = 0;
      row.contribution = 0;
    } else {
      row.weight = excluded.length > 0 && remaining > 0 ? (row.nominal * 100) / remaining : row.nominal;
      row.contribution = (row.weight * row.points) / 100;
    }
  }
  if (excluded.length > 0) {
    notes.push(
      remaining > 0
        ? `not enough data for ${excluded.map((r) => r.id).join(", ")}: excluded, other weights rescaled`
        : "not enough data for any indicator: weighted score is 0",
    );
  }

  const adjustments = (rubric.adjustments ?? [])
    .filter((adjustment) => appliesTo(adjustment, role))
    .map((adjustment) => evaluateAdjustment(adjustment, data, filters.get(adjustment.id), ctx));
  const weighted = rows.reduce((sum, r) => sum + r.contribution, 0);
  const total = weighted + adjustments.reduce((sum, a) => sum + a.points, 0);
  return {
    indicators: rows.map(({ nominal: _nominal, ...row }) => row),
    adjustments,
    score: roundHalfUp(Math.max(0, total), 2),
    vetoCaps,
    notes,
  };
}

function evaluateAdjustment(
  adjustment: Adjustment,
  data: PersonData,
  filter: TicketFilter | undefined,
  ctx: MetricContext,
): AdjustmentResult {
  const measured = computeMetric(adjustment.metric, data, filter, ctx);
  const value = measured.value === null && zeroWhenEmpty(adjustment.metric) ? 0 : measured.value;
  if (value === null) return { id: adjustment.id, value: null, points: 0 };
  const lo = adjustment.min ?? 0;
  const hi = adjustment.max ?? Number.POSITIVE_INFINITY;
  return { id: adjustment.id, value, points: Math.min(hi, Math.max(lo, adjustment.points_per * value)) };
}

