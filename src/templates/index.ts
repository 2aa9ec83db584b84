// The `kpi init` templates by name (one entry per template, like the writers of STYLE §7).
import { renderBalancedScorecard } from "./balanced-scorecard.js";
import type { Lang } from "./common.js";
import { renderExpert } from "./expert.js";
import { renderFrontline } from "./frontline.js";
import { renderManager } from "./manager.js";
import { renderMultiRole } from "./multi-role.js";
import { renderPresalesAftersales } from "./presales-aftersales.js";

export type { Lang } from "./common.js";

export interface Template {
  summary: string;
  render: (lang: Lang) => string;
}

export const TEMPLATES = {
  frontline: { summary: "一线支持 frontline support: SLA, FCR, CSAT, volume", render: renderFrontline },
  expert: { summary: "技术专家 L2/L3 experts: resolution time, reopen rate, knowledge, 360", render: renderExpert },
  manager: { summary: "管理者 team leads: team SLA/CSAT, attrition, training, 360", render: renderManager },
  "multi-role": { summary: "all three roles in one file", render: renderMultiRole },
  "balanced-scorecard": { summary: "customer 50 / operations 30 / learning 20", render: renderBalancedScorecard },
  "presales-aftersales": { summary: "售前/售后 KPI 85 + non-KPI 15, stepped points, deductions", render: renderPresalesAftersales },
} satisfies Record<string, Template>;

export type TemplateName = keyof typeof TEMPLATES;

export const LANGS = { zh: "中文 labels and comments", en: "English labels and comments" } satisfies Record<Lang, string>;
