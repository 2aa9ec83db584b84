// 一线支持 / frontline support: speed, resolution and customer satisfaction.
import { calendarBlock, gradesBlock, header, inputsBlock, sayIn, type Lang } from "./common.js";
import { adjustmentsBlock, kbArticles } from "./record-indicators.js";
import { csat, fcr, frtSla, resolutionSla, volume } from "./ticket-indicators.js";

export function renderFrontline(lang: Lang): string {
  const say = sayIn(lang);
  return `${header(say, ["一线支持月度考核", "Frontline support — monthly review"], [
    ["一线支持（L1）月度考核：响应与解决时效、一次解决率、客户满意度。", "Frontline (L1) support, monthly: response and resolution times, first-contact resolution, CSAT."],
    ["各指标 weight 合计 100；points 为 0–100 分，贡献 = weight × points / 100。", "Weights add up to 100; points are 0–100 and contribute weight × points / 100."],
  ])}${calendarBlock(say)}${inputsBlock(say)}
indicators:${frtSla(say, { weight: 25 })}${resolutionSla(say, { weight: 20 })}${fcr(say, { weight: 15 })}${csat(say, { weight: 25 })}${volume(say, { weight: 10 })}${kbArticles(say, { weight: 5 })}${adjustmentsBlock(say)}${gradesBlock(say)}`;
}
