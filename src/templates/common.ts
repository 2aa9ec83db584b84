// Shared pieces of the `kpi init` starter rubrics. Templates are TypeScript strings so they ship
// inside dist/ with no files to copy; every label and comment comes in Chinese and English.
export type Lang = "zh" | "en";
export type Say = (zh: string, en: string) => string;

export const sayIn = (lang: Lang): Say => (zh, en) => (lang === "zh" ? zh : en);

/** What an indicator snippet needs from the template that uses it. */
export interface Slot {
  /** One weight for all roles, or per role (the roles line is written from its keys). */
  weight: number | Record<string, number>;
  category?: string;
}

export function slotLines(slot: Slot): string {
  const lines: string[] = [];
  if (slot.category !== undefined) lines.push(`    category: ${slot.category}`);
  if (typeof slot.weight === "number") {
    lines.push(`    weight: ${slot.weight}`);
  } else {
    const entries = Object.entries(slot.weight);
    lines.push(`    roles: [${entries.map(([role]) => role).join(", ")}]`);
    lines.push(`    weight: { ${entries.map(([role, w]) => `${role}: ${w}`).join(", ")} }`);
  }
  return lines.join("\n");
}

export function header(say: Say, name: [string, string], about: [string, string][]): string {
  return `# yaml-language-server: $schema=./rubric.schema.json
${about.map(([zh, en]) => `# ${say(zh, en)}`).join("\n")}
#
# ${say("检查：kpi check rubric.yaml      评分：kpi score --rubric rubric.yaml 数据目录/ --period 2026-10", "Check: kpi check rubric.yaml      Score: kpi score --rubric rubric.yaml data-dir/ --period 2026-10")}
# ${say("编辑器补全：kpi schema > rubric.schema.json（放在本文件旁边）", "Editor completion: kpi schema > rubric.schema.json (next to this file)")}
kpi: 1
name: ${say(...name)}
timezone: ${say("Asia/Shanghai", "UTC")}   # ${say("没有时区的时间戳按此时区理解", "IANA zone for timestamps without an offset")}
`;
}

export function calendarBlock(say: Say): string {
  return `
# ${say("工作日历：clock: business 只计上班时间，1d = 一个工作日（此处 8 小时）。", "Business calendar: clock: business counts working time only; 1d = one workday (8 h here).")}
calendar:
  workdays: [mon, tue, wed, thu, fri]
  hours: ["09:00-12:00", "13:00-18:00"]
  holidays: []         # ${say("法定节假日，例如 [2026-10-01, 2026-10-02]", "public holidays, e.g. [2026-12-25, 2026-12-26]")}
  extra_workdays: []   # ${say("调休上班的周末，例如 [2026-10-10]", "weekend dates that are workdays")}
`;
}

export function inputsBlock(say: Say): string {
  return `
inputs:
  tickets:
    # ${say("导出列名与标准字段名不同时在此映射（标准字段: 列名），例如：", "Map export headers to canonical fields (field: header) when they differ, e.g.:")}
    # columns: { id: ${say("工单编号", "Ticket ID")}, assignee: ${say("处理人", "Assignee")}, created_at: ${say("创建时间", "Created")}, resolved_at: ${say("解决时间", "Solved")} }
    # ${say("优先级键: 源数据中的取值（不区分大小写）；最后一个键是无法识别时的默认值。", "Priority key: source values (case-insensitive); the last key is the default.")}
    priorities:
      urgent: [P1, Urgent, ${say("紧急", "Critical")}]
      high: [P2, High, ${say("高", "Major")}]
      normal: [P3, Normal, ${say("中", "Medium")}]
      low: [P4, Low, ${say("低", "Minor")}]
`;
}

export function gradesBlock(say: Say): string {
  return `
# ${say("等级从高到低，min 严格递减且最后一个为 0；coefficient 为奖金系数。", "Grades highest first; min strictly decreasing, the last 0; coefficient scales the bonus.")}
grades:
  - { id: S, label: ${say("优秀", "Outstanding")}, min: 90, coefficient: 1.5 }
  - { id: A, label: ${say("良好", "Exceeds")}, min: 80, coefficient: 1.2 }
  - { id: B, label: ${say("合格", "Meets")}, min: 60, coefficient: 1.0 }
  - { id: C, label: ${say("待提升", "Below")}, min: 40, coefficient: 0.6 }
  - { id: D, label: ${say("不合格", "Unsatisfactory")}, min: 0, coefficient: 0 }

# ${say("可选：等级比例控制（S 最多 10%，A 最多 20%）与奖金池。", "Optional: grade quotas (at most 10% S, 20% A) and a bonus pool.")}
# distribution: { mode: cap, shares: { S: 0.1, A: 0.2 } }
# bonus: { pool: 100000, currency: ${say("CNY", "USD")}, method: coefficient, base: equal }
`;
}
