// 管理者 / team leads: the team's results, people development and 360 feedback.
import { gradesBlock, header, sayIn, type Lang } from "./common.js";
import { adjustmentsBlock, attrition, improvementProjects, leadership, staffTraining, teamCsat, teamSla } from "./record-indicators.js";

export function renderManager(lang: Lang): string {
  const say = sayIn(lang);
  return `${header(say, ["支持团队管理者季度考核", "Support team leads — quarterly review"], [
    ["管理者考核：团队结果（SLA、满意度、流失率）、人员培养与 360 度评价。", "Team leads: team results (SLA, CSAT, attrition), people development and 360 feedback."],
    ["团队数据来自 records.csv（person, metric, value），每位管理者一行一项。", "Team figures come from records.csv (person, metric, value), one row per lead and figure."],
  ])}
indicators:${teamSla(say, { weight: 25 })}${teamCsat(say, { weight: 20 })}${attrition(say, { weight: 15 })}${staffTraining(say, { weight: 10 })}${leadership(say, { weight: 20 })}${improvementProjects(say, { weight: 10 })}${adjustmentsBlock(say)}${gradesBlock(say)}`;
}
