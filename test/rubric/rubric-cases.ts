// Small rubric texts for the rule tests. `«` marks where the diagnostic must point; `doc()` builds
// a valid rubric with one part replaced, so each case differs from valid in one place only.
export interface Marked {
  text: string;
  line: number;
  column: number;
}

/** Strips the `«` marker and returns its 1-based line and column. */
export function marked(source: string): Marked {
  const at = source.indexOf("«");
  if (at < 0) throw new Error(`no « marker in:\n${source}`);
  const before = source.slice(0, at);
  const line = before.split("\n").length;
  const column = at - before.lastIndexOf("\n");
  return { text: source.replace("«", ""), line, column };
}

export const INDICATOR_A = `  - id: a
    weight: 60
    metric: { type: count }
    scoring: { pass: { min: 1 } }
`;

export const INDICATOR_B = `  - id: b
    weight: 40
    metric: { type: csat }
    scoring: { steps: [ { min: 4.5, points: 100 }, { points: 50 } ] }
`;

export const GRADES = `grades:
  - { id: A, min: 80, coefficient: 1.2 }
  - { id: B, min: 0, coefficient: 1 }
`;

interface Parts {
  head?: string;
  indicators?: string;
  a?: string;
  b?: string;
  grades?: string;
  tail?: string;
}

export function doc(parts: Parts = {}): string {
  const indicators = parts.indicators ?? `indicators:\n${parts.a ?? INDICATOR_A}${parts.b ?? INDICATOR_B}`;
  return `kpi: 1\nname: t\n${parts.head ?? ""}${indicators}${parts.grades ?? GRADES}${parts.tail ?? ""}`;
}

/** Indicator b with another metric and scoring (weight 40 keeps the sum at 100). */
export function b(metric: string, scoring: string, extra = ""): string {
  return `  - id: b\n    weight: 40\n    metric: ${metric}\n    scoring: ${scoring}\n${extra}`;
}

export const SLA = (targets: string, extra = "") => `{ type: sla_rate, event: first_response${extra}, targets: ${targets} }`;
export const ALL_TARGETS = "{ urgent: 1h, high: 2h, normal: 4h, low: 1d }";
