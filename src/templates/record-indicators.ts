// Indicators read from records.csv (person, metric, value[, date, rater_role]) — facts no ticket
// system holds: knowledge articles, 360 ratings, team results for managers (spec §4.1 `record`).
import { slotLines, type Say, type Slot } from "./common.js";

const ladder = (bounds: [string, number][], fallback: number) =>
  [...bounds.map(([bound, points]) => `        - { ${bound}, points: ${points} }`), `        - { points: ${fallback} }`].join("\n");

export const kbArticles = (say: Say, slot: Slot) => `
  - id: kb_articles
    label: ${say("知识库文章", "Knowledge-base articles")}
${slotLines(slot)}
    metric: { type: record, name: kb_articles, agg: sum }   # ${say("records.csv 中 metric = kb_articles 的行", "rows of records.csv with metric = kb_articles")}
    scoring:
      steps:
${ladder([["min: 2", 100], ["min: 1", 60]], 0)}
`;

const rating360 = (id: string, name: string, label: string, say: Say, slot: Slot) => `
  - id: ${id}
    label: ${label}
${slotLines(slot)}
    # ${say("360 度评价（0–100 分）：各评价人角色的平均分按权重合成。", "360 review (0–100): the mean of each rater role, weighted.")}
    metric: { type: record, name: ${name}, agg: mean, raters: { supervisor: 0.5, peer: 0.3, self: 0.2 } }
    scoring: { linear: { zero: 60, full: 95 } }
`;

export const peerReview = (say: Say, slot: Slot) => rating360("peer_review", "peer_rating", say("同事与主管评价", "Peer and supervisor review"), say, slot);
export const leadership = (say: Say, slot: Slot) => rating360("leadership", "leadership_rating", say("领导力 360 评价", "Leadership 360 review"), say, slot);

export const mentoring = (say: Say, slot: Slot) => `
  - id: mentoring
    label: ${say("带教与分享次数", "Mentoring and talks")}
${slotLines(slot)}
    metric: { type: record, name: mentoring_sessions, agg: sum }
    scoring:
      steps:
${ladder([["min: 4", 100], ["min: 2", 70]], 30)}
`;

export const teamSla = (say: Say, slot: Slot) => `
  - id: team_sla
    label: ${say("团队 SLA 达成率", "Team SLA attainment")}
${slotLines(slot)}
    metric: { type: record, name: team_sla_rate, agg: last }   # ${say("取值为比例，0.93 表示 93%", "a fraction: 0.93 means 93%")}
    scoring:
      steps:
${ladder([["min: 0.95", 100], ["min: 0.9", 85], ["min: 0.8", 70]], 40)}
`;

export const teamCsat = (say: Say, slot: Slot) => `
  - id: team_csat
    label: ${say("团队客户满意度", "Team CSAT")}
${slotLines(slot)}
    metric: { type: record, name: team_csat, agg: last }
    scoring: { linear: { zero: 4.0, full: 4.8 } }
`;

export const attrition = (say: Say, slot: Slot) => `
  - id: attrition
    label: ${say("团队流失率", "Team attrition")}
${slotLines(slot)}
    metric: { type: record, name: attrition_rate, agg: last }
    scoring:
      steps:
${ladder([["max: 0.05", 100], ["max: 0.1", 70]], 40)}
`;

export const staffTraining = (say: Say, slot: Slot) => `
  - id: staff_training
    label: ${say("团队培训完成率", "Team training completion")}
${slotLines(slot)}
    metric: { type: record, name: team_training_completion, agg: last }
    scoring: { ratio: { target: 1 } }   # ${say("完成率 ÷ 100% × 100", "completion ÷ 100% × 100")}
`;

export const improvementProjects = (say: Say, slot: Slot) => `
  - id: improvement_projects
    label: ${say("流程改进项目", "Process improvement projects")}
${slotLines(slot)}
    metric: { type: record, name: improvement_projects, agg: sum }
    scoring:
      steps:
${ladder([["min: 2", 100], ["min: 1", 70]], 0)}
`;

export const adjustmentsBlock = (say: Say) => `
adjustments:
  - id: innovation
    label: ${say("创新贡献加分", "Innovation bonus points")}
    metric: { type: record, name: innovation, agg: sum }
    points_per: 1   # ${say("每项加 1 分，最多 5 分", "1 point each, at most 5")}
    max: 5
  - id: complaints
    label: ${say("有效投诉扣分", "Upheld complaints")}
    metric: { type: record, name: complaints, agg: sum }
    points_per: -2   # ${say("每次扣 2 分，最多扣 10 分", "2 points off each, at most 10")}
    min: -10
    max: 0
`;
