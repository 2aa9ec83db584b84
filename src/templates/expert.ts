// 技术专家 / L2–L3 experts: hard problems solved well, and knowledge passed on.
import { calendarBlock, gradesBlock, header, inputsBlock, sayIn, type Lang } from "./common.js";
import { adjustmentsBlock, kbArticles, mentoring, peerReview } from "./record-indicators.js";
import { reopenRate, resolutionSla, resolutionTime } from "./ticket-indicators.js";

export function renderExpert(lang: Lang): string {
  const say = sayIn(lang);
  const urgentHigh = resolutionSla(say, { weight: 20 }).replace(
    "    metric:\n",
    `    where: { priority: [urgent, high] }   # ${say("只看紧急和高优先级工单", "urgent and high priority tickets only")}\n    metric:\n`,
  );
  return `${header(say, ["技术专家月度考核", "Technical experts — monthly review"], [
    ["技术专家（二线/三线）月度考核：疑难工单的解决质量与时效、知识沉淀、带教与同事评价。", "Technical experts (L2/L3), monthly: quality and speed on hard tickets, knowledge sharing, mentoring, peer review."],
    ["各指标 weight 合计 100；points 为 0–100 分，贡献 = weight × points / 100。", "Weights add up to 100; points are 0–100 and contribute weight × points / 100."],
  ])}${calendarBlock(say)}${inputsBlock(say)}
indicators:${resolutionTime(say, { weight: 25 })}${urgentHigh}${reopenRate(say, { weight: 15 })}${kbArticles(say, { weight: 15 })}${peerReview(say, { weight: 15 })}${mentoring(say, { weight: 10 })}${adjustmentsBlock(say)}${gradesBlock(say)}`;
}
