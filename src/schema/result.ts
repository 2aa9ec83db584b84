// The JSON result of `kpi score --format json` (spec §8.1). Key order here is output order.

export type IndicatorStatus = "ok" | "insufficient" | "veto";

export interface IndicatorResult {
  id: string;
  /** Raw metric value at full precision; null when there were no observations. */
  value: number | null;
  n: number;
  /** null when excluded for insufficient data. */
  points: number | null;
  /** Effective weight after re-weighting (§4.3). */
  weight: number;
  contribution: number;
  status: IndicatorStatus;
  /** Manual indicators only: the levels that counted (self is null when self_weight is 0). */
  ratings?: { supervisor: number | null; self: number | null };
}

export interface AdjustmentResult {
  id: string;
  value: number | null;
  points: number;
}

export interface PersonResult {
  id: string;
  name: string | null;
  role: string;
  team: string | null;
  score: number;
  grade: string;
  rank: number;
  /** Exact in minor units, written as currency units; null without a bonus section. */
  bonus: number | null;
  indicators: IndicatorResult[];
  adjustments: AdjustmentResult[];
  notes: string[];
}

export interface WarningSummary {
  code: string;
  count: number;
  message: string;
  example: string;
}

export interface InputManifest {
  kind: string;
  file: string;
  sha256: string;
  encoding?: string;
  rows: number;
  used: number;
  rejected: number;
}

export interface ScoreResult {
  kpi: 1;
  tool: string;
  rubric: { name: string; sha256: string };
  period: { label: string; start: string; end: string; as_of?: string };
  inputs: InputManifest[];
  people: PersonResult[];
  warnings: WarningSummary[];
}
