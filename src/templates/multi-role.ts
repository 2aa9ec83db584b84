// One rubric for a whole support department: frontline, expert and manager roles side by side.
import { calendarBlock, gradesBlock, header, inputsBlock, sayIn, type Lang } from "./common.js";
import * as r from "./record-indicators.js";
import * as t from "./ticket-indicators.js";

export function renderMultiRole(lang: Lang): string {
  const say = sayIn(lang);
  const indicators = [
    t.frtSla(say, { weight: { frontline: 25, expert: 10 } }),
    t.resolutionSla(say, { weight: { frontline: 20, expert: 20 } }),
    t.fcr(say, { weight: { frontline: 15 } }),
    t.csat(say, { weight: { frontline: 25, expert: 15 } }),
    t.volume(say, { weight: { frontline: 10 } }),
    r.kbArticles(say, { weight: { frontline: 5, expert: 15 } }),
    t.reopenRate(say, { weight: { expert: 15 } }),
    r.peerReview(say, { weight: { expert: 15 } }),
    r.mentoring(say, { weight: { expert: 10 } }),
    r.teamSla(say, { weight: { manager: 25 } }),
    r.teamCsat(say, { weight: { manager: 20 } }),
    r.attrition(say, { weight: { manager: 15 } }),
    r.staffTraining(say, { weight: { manager: 10 } }),
    r.leadership(say, { weight: { manager: 20 } }),
    r.improvementProjects(say, { weight: { manager: 10 } }),
  ];
  return `${header(say, ["技术支持部月度考核（多岗位）", "Support department — monthly review (all roles)"], [
    ["一份规则覆盖三个岗位：一线支持 frontline、技术专家 expert、管理者 manager。", "One rubric for three roles: frontline support, technical experts and team leads (managers)."],
    ["花名册 roster.csv 的 role 列决定每个人适用哪些指标；每个岗位的权重各自合计 100。", "The role column of roster.csv picks each person's indicators; each role's weights add up to 100."],
  ])}${calendarBlock(say)}${inputsBlock(say)}
roles: [frontline, expert, manager]

indicators:${indicators.join("")}${r.adjustmentsBlock(say)}${gradesBlock(say)}`;
}
