// Ticket-based indicator snippets shared by several templates (spec §4.1).
import { slotLines, type Say, type Slot } from "./common.js";

export const frtSla = (say: Say, slot: Slot) => `
  - id: frt_sla
    label: ${say("首次响应及时率", "First response on time")}
${slotLines(slot)}
    # ${say("按优先级的首次响应时限（工作时间）；超时仍未响应也计为未达标。", "First-response target per priority (working time); still unanswered past the target counts as a miss.")}
    metric:
      type: sla_rate
      event: first_response
      clock: business
      targets: { urgent: 30m, high: 2h, normal: 4h, low: 1d }
    scoring:
      steps:
        - { min: 0.95, points: 100 }
        - { min: 0.9, points: 85 }
        - { min: 0.8, points: 70 }
        - { points: 40 }
`;

export const resolutionSla = (say: Say, slot: Slot) => `
  - id: resolution_sla
    label: ${say("解决及时率", "Resolved on time")}
${slotLines(slot)}
    metric:
      type: sla_rate
      event: resolution
      clock: business
      targets: { urgent: 4h, high: 1d, normal: 3d, low: 5d }
    # ${say("60% 得 0 分，95% 得满分，中间按直线计算。", "0 points at 60%, 100 at 95%, a straight line between.")}
    scoring: { linear: { zero: 0.6, full: 0.95 } }
    veto: { below: 0.5, cap_grade: C }   # ${say("一票否决：低于 50% 时等级最高为 C", "below 50% the grade is at most C")}
`;

export const fcr = (say: Say, slot: Slot) => `
  - id: fcr
    label: ${say("一次解决率", "First-contact resolution")}
${slotLines(slot)}
    metric: { type: fcr_rate, window: 72h }   # ${say("72 小时内未重开且未升级", "not reopened or escalated within 72 h")}
    min_sample: 10
    scoring:
      steps:
        - { min: 0.85, points: 100 }
        - { min: 0.75, points: 80 }
        - { min: 0.65, points: 60 }
        - { points: 30 }
`;

export const csat = (say: Say, slot: Slot) => `
  - id: csat
    label: ${say("客户满意度", "Customer satisfaction")}
${slotLines(slot)}
    metric: { type: csat }   # ${say("1–5 分的平均值", "mean of 1–5 ratings")}
    min_sample: 5
    insufficient: neutral   # ${say("样本不足 5 份时给 60 分", "fewer than 5 responses: 60 points")}
    scoring: { linear: { zero: 3.5, full: 4.8 } }
`;

export const volume = (say: Say, slot: Slot) => `
  - id: volume
    label: ${say("工单处理量", "Tickets handled")}
${slotLines(slot)}
    metric: { type: count }
    scoring: { ratio: { target: 120 } }   # ${say("每月 120 单为满分", "120 tickets a month scores 100")}
`;

export const reopenRate = (say: Say, slot: Slot) => `
  - id: reopen_rate
    label: ${say("重开率", "Reopen rate")}
${slotLines(slot)}
    metric: { type: reopen_rate, window: 7d }
    scoring:
      steps:
        - { max: 0.05, points: 100 }
        - { max: 0.1, points: 80 }
        - { max: 0.2, points: 50 }
        - { points: 0 }
`;

export const resolutionTime = (say: Say, slot: Slot) => `
  - id: resolution_time
    label: ${say("解决时长中位数（工作小时）", "Median time to resolve (working hours)")}
${slotLines(slot)}
    metric: { type: duration, event: resolution, clock: business, stat: median }
    # ${say("40 小时得 0 分，8 小时及以内满分（越短越好）。", "0 points at 40 h, 100 at 8 h or less (lower is better).")}
    scoring: { linear: { zero: 40, full: 8 } }
`;
