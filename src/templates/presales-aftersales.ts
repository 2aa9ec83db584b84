// 售前/售后 (presales / after-sales) engineers: KPI 85 + non-KPI 15, stepped plan attainment and
// 5 points off per falsified record (每发现一处弄虚作假扣 5 分).
import { calendarBlock, gradesBlock, header, inputsBlock, sayIn, slotLines, type Lang } from "./common.js";
import { csat, frtSla, resolutionSla } from "./ticket-indicators.js";

// The usual 10-point ladder (≥ 90% → 10, ≥ 80% → 8, ≥ 70% → 7, ≥ 60% → 6, ≥ 50% → 5, below → 2)
// written out of 100, since points are 0–100 in kpi.
const LADDER = `    scoring:
      steps:
        - { min: 0.9, points: 100 }
        - { min: 0.8, points: 80 }
        - { min: 0.7, points: 70 }
        - { min: 0.6, points: 60 }
        - { min: 0.5, points: 50 }
        - { points: 20 }`;

export function renderPresalesAftersales(lang: Lang): string {
  const say = sayIn(lang);
  const [kpi, other] = lang === "zh" ? ["KPI", "非KPI"] : ["kpi", "non_kpi"];
  return `${header(say, ["售前与售后技术支持考核", "Presales and after-sales engineers — review"], [
    ["售前 presales 与售后 aftersales 两个岗位：KPI 指标 85 分，非 KPI 指标 15 分。", "Two roles, presales and aftersales: KPI indicators 85 points, non-KPI 15."],
    ["计划完成率按档计分：≥90% 10 分，≥80% 8 分，≥70% 7 分，≥60% 6 分，≥50% 5 分，以下 2 分（此处换算为百分制）。", "Plan attainment in steps: ≥90% 10, ≥80% 8, ≥70% 7, ≥60% 6, ≥50% 5, below 2 (written here out of 100)."],
  ])}${calendarBlock(say)}${inputsBlock(say)}
roles: [presales, aftersales]
categories: { ${kpi}: 85, ${other}: 15 }

indicators:
  - id: plan_attainment
    label: ${say("工作计划完成率", "Plan attainment")}
${slotLines({ weight: { presales: 40, aftersales: 30 }, category: kpi })}
    metric: { type: record, name: plan_attainment, agg: last }   # ${say("0.92 表示完成 92%", "0.92 means 92% of plan")}
${LADDER}

  - id: proposals_on_time
    label: ${say("方案按时交付率", "Proposals delivered on time")}
${slotLines({ weight: { presales: 20 }, category: kpi })}
    metric: { type: record, name: proposals_on_time, agg: last }
${LADDER}
${csat(say, { weight: { presales: 25, aftersales: 15 }, category: kpi })}${frtSla(say, { weight: { aftersales: 20 }, category: kpi })}${resolutionSla(say, { weight: { aftersales: 20 }, category: kpi })}
  - id: attitude
    label: ${say("工作态度与协作（主管评分）", "Attitude and teamwork (supervisor rating)")}
${slotLines({ weight: 10, category: other })}
    metric: { type: record, name: attitude_rating, agg: mean }   # ${say("0–100 分", "0–100")}
    scoring: { linear: { zero: 60, full: 95 } }

  - id: documentation
    label: ${say("文档与流程合规", "Documentation and process compliance")}
${slotLines({ weight: 5, category: other })}
    metric: { type: record, name: documentation_compliance, agg: last }   # ${say("1 表示完全合规", "1 means fully compliant")}
    scoring: { pass: { min: 1 } }

adjustments:
  - id: falsified_records
    label: ${say("弄虚作假扣分", "Falsified records")}
    metric: { type: record, name: falsified_record, agg: count }   # ${say("每发现一处记一行", "one row per finding")}
    points_per: -5   # ${say("每发现一处扣 5 分", "5 points off per finding")}
    min: -100
    max: 0
${gradesBlock(say)}`;
}
