// Balanced scorecard: customer 50 / operations 30 / learning 20, with the targets of issue #5.
import { gradesBlock, header, inputsBlock, sayIn, slotLines, type Lang } from "./common.js";

export function renderBalancedScorecard(lang: Lang): string {
  const say = sayIn(lang);
  const [customer, operations, learning] = lang === "zh" ? ["客户", "运营", "学习成长"] : ["customer", "operations", "learning"];
  return `${header(say, ["平衡计分卡", "Balanced scorecard"], [
    ["平衡计分卡：客户 50 / 运营 30 / 学习成长 20。", "Balanced scorecard: customer 50 / operations 30 / learning and growth 20."],
    ["目标：CSAT ≥ 4.5/5，CES ≤ 2.0/7，首次响应 30 分钟内，一次解决率 ≥ 85%，培训完成 100%，每年 ≥ 2 项认证。", "Targets: CSAT ≥ 4.5/5, CES ≤ 2.0/7, first response within 30 min, FCR ≥ 85%, training 100% complete, ≥ 2 certifications a year."],
  ])}${inputsBlock(say)}
# ${say("每个类别内的指标权重之和必须等于类别分值（kpi check 会检查）。", "The weights in each category must add up to its total (kpi check enforces it).")}
categories: { ${customer}: 50, ${operations}: 30, ${learning}: 20 }

indicators:
  - id: csat
    label: ${say("客户满意度（CSAT，1–5）", "Customer satisfaction (CSAT, 1–5)")}
${slotLines({ weight: 30, category: customer })}
    metric: { type: csat }
    min_sample: 5
    scoring:
      steps:
        - { min: 4.5, points: 100 }
        - { min: 4.2, points: 80 }
        - { min: 4.0, points: 60 }
        - { points: 0 }

  - id: ces
    label: ${say("客户费力度（CES，1–7，越低越好）", "Customer effort (CES, 1–7, lower is better)")}
${slotLines({ weight: 20, category: customer })}
    metric: { type: ces }
    min_sample: 5
    scoring:
      steps:
        - { max: 2.0, points: 100 }
        - { max: 2.5, points: 80 }
        - { max: 3.0, points: 60 }
        - { points: 0 }

  - id: frt_30m
    label: ${say("30 分钟内首次响应的比例", "Share of first responses within 30 minutes")}
${slotLines({ weight: 15, category: operations })}
    metric:
      type: sla_rate
      event: first_response
      targets: { urgent: 30m, high: 30m, normal: 30m, low: 30m }
    scoring:
      steps:
        - { min: 0.95, points: 100 }
        - { min: 0.9, points: 80 }
        - { min: 0.8, points: 60 }
        - { points: 0 }

  - id: fcr
    label: ${say("一次解决率", "First-contact resolution")}
${slotLines({ weight: 15, category: operations })}
    metric: { type: fcr_rate }
    scoring:
      steps:
        - { min: 0.85, points: 100 }
        - { min: 0.75, points: 80 }
        - { min: 0.65, points: 60 }
        - { points: 0 }

  - id: training
    label: ${say("培训完成率", "Training completion")}
${slotLines({ weight: 10, category: learning })}
    metric: { type: record, name: training_completion, agg: last }   # ${say("1 表示 100%", "1 means 100%")}
    scoring: { pass: { min: 1 } }

  - id: certifications
    label: ${say("获得认证数", "Certifications earned")}
${slotLines({ weight: 10, category: learning })}
    # ${say("每获得一项认证在 records.csv 记一行；按年评分时用 --period 2026。", "One records.csv row per certification; score a year with --period 2026.")}
    metric: { type: record, name: certification, agg: count }
    scoring: { pass: { min: 2 } }
${gradesBlock(say)}`;
}
