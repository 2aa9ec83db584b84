// Fixed wording of the workbook, Chinese (default) and English. Sheet names stay English in both
// languages so that scripts and `--manual` imports find them.
import type { Lang } from "../../render/describe-indicator.js";

const zh = {
  appraisal: "绩效考核表",
  name: "姓名", id: "工号", role: "岗位", team: "团队", period: "考核周期", rubric: "考核方案",
  category: "类别", indicator: "考核指标", weight: "权重", standard: "考核标准", actual: "实际值", n: "样本数",
  points: "得分", contribution: "加权得分", source: "数据来源", remark: "说明",
  subtotal: "指标得分小计", adjustments: "加减分", total: "总分", grade: "等级", rank: "排名",
  manualFinal: "填写评分后总分随之变化；等级、排名和奖金以导入评分（kpi score --manual）后的结果为准", score: "总分", bonus: "奖金",
  notes: "备注", comments: "考核意见", signee: "被考核人签字：", appraiser: "考核人签字：", date: "日期：",
  excluded: "数据不足，未计入（权重已折算）", insufficient: "数据不足", veto: "一票否决", uncategorised: "其他",
  gradeCounts: "等级分布", gradeLabel: "名称", count: "人数",
  code: "代码", times: "次数", message: "说明", example: "示例位置", none: "无",
  controlChars: (n: number) => `写入表格时删除了 ${n} 个控制字符（工作表不能保存它们）`,
  pool: "奖金池", currency: "币种", method: "分配方式", coefficient: "系数", sum: "合计",
  sha256: "SHA-256", tool: "工具", start: "开始", end: "结束", asOf: "截止时间",
  inputs: "输入文件", kind: "类型", file: "文件", encoding: "编码", rows: "行数", used: "使用", rejected: "跳过",
  indicators: "指标", label: "名称", roles: "适用岗位", metric: "度量", minSample: "最少样本", insufficientPolicy: "数据不足时",
  grades: "等级", min: "最低分", perUnit: "每单位加分", max: "上限",
  selfRating: "自评", invalidRating: "评分无效",
  chooseLevel: (levels: string) => `请从下拉列表选择等级 ${levels}`,
  selfRule: (share: string) => `自评占 ${share}；未自评时只计上级评分`,
  kinds: { tickets: "工单", surveys: "回访", records: "记录", roster: "花名册", events: "工单事件", manual: "上级评分" } as Record<string, string>,
};

export type Labels = typeof zh;

const en: Labels = {
  appraisal: "Performance appraisal",
  name: "Name", id: "ID", role: "Role", team: "Team", period: "Period", rubric: "Rubric",
  category: "Category", indicator: "Indicator", weight: "Weight", standard: "Standard", actual: "Actual", n: "n",
  points: "Points", contribution: "Weighted", source: "Data source", remark: "Remark",
  subtotal: "Indicator subtotal", adjustments: "Adjustments", total: "Total", grade: "Grade", rank: "Rank",
  manualFinal: "The total follows the ratings as they are typed; grade, rank and bonus are final once the ratings are imported (kpi score --manual)", score: "Score", bonus: "Bonus",
  notes: "Notes", comments: "Comments", signee: "Employee signature:", appraiser: "Appraiser signature:", date: "Date:",
  excluded: "insufficient data: excluded, weights rescaled", insufficient: "insufficient data", veto: "veto", uncategorised: "Other",
  gradeCounts: "Grades", gradeLabel: "Label", count: "People",
  code: "Code", times: "Count", message: "Message", example: "Example", none: "none",
  controlChars: (n: number) => `${n} control characters were removed from text cells (worksheets cannot hold them)`,
  pool: "Pool", currency: "Currency", method: "Method", coefficient: "Coefficient", sum: "Total",
  sha256: "SHA-256", tool: "Tool", start: "Start", end: "End", asOf: "As of",
  inputs: "Inputs", kind: "Kind", file: "File", encoding: "Encoding", rows: "Rows", used: "Used", rejected: "Rejected",
  indicators: "Indicators", label: "Label", roles: "Roles", metric: "Metric", minSample: "Min. sample", insufficientPolicy: "Insufficient",
  grades: "Grades", min: "Min. score", perUnit: "Points per unit", max: "Max",
  selfRating: "Self-rating", invalidRating: "Invalid rating",
  chooseLevel: (levels: string) => `Choose a level from the list: ${levels}`,
  selfRule: (share: string) => `the self-rating counts ${share}; without one the supervisor's rating alone`,
  kinds: { tickets: "tickets", surveys: "surveys", records: "records", roster: "roster", events: "events", manual: "supervisor rating" },
};

export function labelsFor(lang: Lang): Labels {
  return lang === "en" ? en : zh;
}

export const SHEETS = { summary: "Summary", bonus: "Bonus", warnings: "Warnings", rubric: "Rubric" } as const;
