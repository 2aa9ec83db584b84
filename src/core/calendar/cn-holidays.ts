// Official mainland-China public holidays and make-up workdays (调休), from the State Council
// notices (国务院办公厅关于 YYYY 年部分节假日安排的通知):
//   2024 https://www.gov.cn/zhengce/content/202310/content_6911527.htm
//   2025 https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm
//   2026 https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm
// Transcribed from vsme/chinese-days src/holidays/generate.ts (commit 68142c2a, MIT) and
// cross-checked against NateScarlet/holiday-cn holiday-cn.ics (2024, 2025).
// 2027 is not published in either source yet: it is deliberately absent, not "no holidays".

interface Arrangement {
  name: string;
  /** First and last day off, inclusive (weekend days inside the break included). */
  off: readonly [string, string];
  /** Weekend days that are worked instead (调休上班). */
  work?: readonly string[];
}

const ARRANGEMENTS: Readonly<Record<number, readonly Arrangement[]>> = {
  2024: [
    { name: "元旦", off: ["2024-01-01", "2024-01-01"] },
    { name: "春节", off: ["2024-02-10", "2024-02-17"], work: ["2024-02-04", "2024-02-18"] },
    { name: "清明节", off: ["2024-04-04", "2024-04-06"], work: ["2024-04-07"] },
    { name: "劳动节", off: ["2024-05-01", "2024-05-05"], work: ["2024-04-28", "2024-05-11"] },
    { name: "端午节", off: ["2024-06-10", "2024-06-10"] },
    { name: "中秋节", off: ["2024-09-15", "2024-09-17"], work: ["2024-09-14"] },
    { name: "国庆节", off: ["2024-10-01", "2024-10-07"], work: ["2024-09-29", "2024-10-12"] },
  ],
  2025: [
    { name: "元旦", off: ["2025-01-01", "2025-01-01"] },
    { name: "春节", off: ["2025-01-28", "2025-02-04"], work: ["2025-01-26", "2025-02-08"] },
    { name: "清明节", off: ["2025-04-04", "2025-04-06"] },
    { name: "劳动节", off: ["2025-05-01", "2025-05-05"], work: ["2025-04-27"] },
    { name: "端午节", off: ["2025-05-31", "2025-06-02"] },
    { name: "国庆节、中秋节", off: ["2025-10-01", "2025-10-08"], work: ["2025-09-28", "2025-10-11"] },
  ],
  2026: [
    { name: "元旦", off: ["2026-01-01", "2026-01-03"], work: ["2026-01-04"] },
    { name: "春节", off: ["2026-02-15", "2026-02-23"], work: ["2026-02-14", "2026-02-28"] },
    { name: "清明节", off: ["2026-04-04", "2026-04-06"] },
    { name: "劳动节", off: ["2026-05-01", "2026-05-05"], work: ["2026-05-09"] },
    { name: "端午节", off: ["2026-06-19", "2026-06-21"] },
    { name: "中秋节", off: ["2026-09-25", "2026-09-27"] },
    { name: "国庆节", off: ["2026-10-01", "2026-10-07"], work: ["2026-09-20", "2026-10-10"] },
  ],
};

/** Years the cn preset has official data for, ascending. */
export const CN_COVERED_YEARS: readonly number[] = Object.keys(ARRANGEMENTS).map(Number);

/** Date (YYYY-MM-DD) → holiday name, for every day off. */
export const CN_HOLIDAYS: ReadonlyMap<string, string> = listDaysOff();

/** Date (YYYY-MM-DD) → the holiday it makes up for. */
export const CN_MAKEUP_WORKDAYS: ReadonlyMap<string, string> = new Map(
  Object.values(ARRANGEMENTS).flatMap((year) => year.flatMap((a) => (a.work ?? []).map((d) => [d, a.name] as const))),
);

function listDaysOff(): Map<string, string> {
  const days = new Map<string, string>();
  for (const year of Object.values(ARRANGEMENTS)) {
    for (const { name, off } of year) {
      const last = Date.parse(`${off[1]}T00:00:00Z`);
      for (let t = Date.parse(`${off[0]}T00:00:00Z`); t <= last; t += 86_400_000) {
        days.set(new Date(t).toISOString().slice(0, 10), name);
      }
    }
  }
  return days;
}
