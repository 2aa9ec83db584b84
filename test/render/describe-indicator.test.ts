import { describe, expect, it } from "vitest";
import { describeIndicator, formatBound } from "../../src/render/describe-indicator.js";
import { indicatorSchema } from "../../src/schema/rubric.js";

const indicator = (spec: object) => indicatorSchema.parse({ id: "x", weight: 10, ...spec });

describe("describeIndicator", () => {
  it("states sla targets and steps in the metric's unit", () => {
    const sla = indicator({
      metric: { type: "sla_rate", event: "first_response", clock: "business", targets: { urgent: "30m", high: "2h" } },
      scoring: { steps: [{ min: 0.95, points: 100 }, { min: "90%", points: 85 }, { points: 60 }] },
      min_sample: 10, veto: { below: 0.5, cap_grade: "C" },
    });
    expect(describeIndicator(sla, "en")).toEqual({
      metric: "first response within target (business hours)",
      target: "urgent ≤ 30m, high ≤ 2h",
      scoring: "≥ 95% → 100; ≥ 90% → 85; else 60",
      conditions: ["insufficient below n = 10", "veto: < 50% caps the grade at C"],
      text: "urgent ≤ 30m, high ≤ 2h; ≥ 95% → 100; ≥ 90% → 85; else 60; insufficient below n = 10; veto: < 50% caps the grade at C",
    });
    expect(describeIndicator(sla, "zh").text).toBe("urgent ≤ 30m，high ≤ 2h；≥ 95% → 100；≥ 90% → 85；否则 60；样本少于 10 时数据不足；一票否决：< 50% 时等级最高 C");
  });

  it.each([
    [{ type: "duration", event: "resolution", stat: "median" }, { steps: [{ max: 4, points: 100 }, { points: 50 }] }, "≤ 4h → 100; else 50"],
    [{ type: "ces" }, { linear: { zero: 4, full: 2 } }, "4 → 0, 2 → 100, linear between"],
    [{ type: "count" }, { ratio: { target: 120, cap: 120 } }, "value ÷ 120 × 100, cap 120"],
    [{ type: "reopen_rate" }, { ratio: { target: 0.05, lower_is_better: true } }, "5% ÷ value × 100, cap 100"],
    [{ type: "csat", satisfied_rate: true }, { pass: { min: 0.8 } }, "≥ 80% → 100; else 0"],
    [{ type: "record", name: "errors" }, { deduct: { per: 5 } }, "100 − 5 × per occurrence, min 0"],
    [{ type: "manual" }, { manual: { levels: { 2: { points: 60, label: "meets" }, 1: { points: 20, label: "below" } }, self_weight: 0.2 } }, "1 below → 20; 2 meets → 60; self-rating 20%"],
  ])("describes %o scored by %o", (metric, scoring, text) => {
    expect(describeIndicator(indicator({ metric, scoring }), "en").text).toBe(text);
  });

  it("formats bounds without binary noise", () => {
    expect(formatBound(0.07, "ratio")).toBe("7%");
    expect(formatBound(1.5, "hours")).toBe("1.5h");
    expect(formatBound("92.5%", "ratio")).toBe("92.5%");
  });
});
