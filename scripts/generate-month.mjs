#!/usr/bin/env node
// Synthetic support month for kpi: examples/2026-10 and `npm run bench` are made by this script.
//
//   node scripts/generate-month.mjs --tickets 3000 --people 24 --seed 202610 --month 2026-10 \
//     --out examples/2026-10 --records --events
//
// Writes tickets.csv, surveys.csv and roster.csv (plus records.csv with --records and
// events.csv with --events) in the canonical columns of shared/spec/rubric-v1.md §2.
// Timestamps are wall time without an offset (read in the rubric zone, Asia/Shanghai).
// Deterministic: one seeded PRNG per file (mulberry32), no Math.random, no clock, so the same
// options give byte-identical files and switching --events on does not change tickets.csv.
// Streams every file through a WriteStream honouring backpressure: 1,000,000 tickets (~140 MB)
// are never held in memory. Plain Node ESM, no dependencies.
//
// What makes it realistic (and useful for testing): more tickets on workdays and in working
// hours, few at night, on weekends and on public holidays (National Day), a backlog on the first
// workday after a holiday; priorities P1–P4 ≈ 5/20/50/25 %; responses in minutes to hours with a
// tail (night and weekend tickets wait for the morning shift); resolutions in hours to days; ≈5 %
// unresolved when exported; ≈8 % reopened (mostly within 72 h); ≈10 % escalated; one skill level
// per agent (a few excellent, most good, one or two weak) that drives times, reopens and survey
// answers; a new joiner on the 15th and a leaver at the end of the previous month (on the roster
// only); and, on purpose, a few assignee cells spelt differently (`"Zhang.Wei "`, `LI.NA`).
import { createWriteStream, mkdirSync } from "node:fs";
import { once } from "node:events";
import { join } from "node:path";
import { parseArgs } from "node:util";

const USAGE = `usage: node scripts/generate-month.mjs [options]
  --tickets N    tickets to generate (default 3000)
  --surveys N    survey responses, ≈ (default: tickets / 10)
  --people N     people on the roster, incl. one joiner and one leaver (default 24, min 6)
  --seed S       PRNG seed, number or text (default 202610)
  --month YYYY-MM   the month (default 2026-10)
  --out DIR      output directory (default .)
  --records      also write records.csv (training, certifications, KB, 360 ratings, …)
  --events       also write events.csv (ticket replies, incl. automatic ones)
  --quiet        no summary on stderr`;

// ---------------------------------------------------------------- options
function readOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      tickets: { type: "string" },
      surveys: { type: "string" },
      people: { type: "string" },
      seed: { type: "string" },
      month: { type: "string" },
      out: { type: "string" },
      records: { type: "boolean" },
      events: { type: "boolean" },
      quiet: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const int = (name, text, fallback, min) => {
    if (text === undefined) return fallback;
    if (!/^\d+$/.test(text) || Number(text) < min) throw new Error(`--${name} must be a whole number ≥ ${min}, got '${text}'`);
    return Number(text);
  };
  const tickets = int("tickets", values.tickets, 3000, 0);
  const month = values.month ?? "2026-10";
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new Error(`--month must look like 2026-10, got '${month}'`);
  return {
    tickets,
    surveys: int("surveys", values.surveys, Math.round(tickets / 10), 0),
    people: int("people", values.people, 24, 6),
    seed: values.seed ?? "202610",
    year: Number(m[1]),
    month: Number(m[2]),
    out: values.out ?? ".",
    records: values.records ?? false,
    events: values.events ?? false,
    quiet: values.quiet ?? false,
  };
}

// ---------------------------------------------------------------- PRNG
/** xmur3 string hash: turns any --seed text into 32-bit seeds, one per stream name. */
function hashSeed(text) {
  let h = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^= h >>> 16) >>> 0;
}

class Rng {
  constructor(seed, stream) {
    this.state = hashSeed(`${seed}/${stream}`);
    this.spare = undefined;
  }
  /** mulberry32: uniform in [0, 1). */
  next() {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  chance(p) {
    return this.next() < p;
  }
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  uniform(lo, hi) {
    return lo + this.next() * (hi - lo);
  }
  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }
  /** Standard normal (Box–Muller, the second value kept for the next call). */
  normal() {
    if (this.spare !== undefined) {
      const s = this.spare;
      this.spare = undefined;
      return s;
    }
    const u = 1 - this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }
  logNormal(median, sigma) {
    return median * Math.exp(sigma * this.normal());
  }
  poisson(mean) {
    const l = Math.exp(-mean);
    let k = 0;
    let p = 1;
    do {
      k++;
      p *= this.next();
    } while (p > l);
    return k - 1;
  }
  /** Index into a cumulative weight array. */
  weighted(cumulative) {
    const x = this.next() * cumulative[cumulative.length - 1];
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

// ---------------------------------------------------------------- time
// Times are whole seconds of local wall time, counted like UTC epoch seconds (no DST in
// Asia/Shanghai, and the files carry no offset), so Date's UTC getters format them.
const DAY = 86400;
const HOUR = 3600;
const MIN = 60;
const P2 = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, "0"));
const prefixCache = new Map();

function dayPrefix(day) {
  let p = prefixCache.get(day);
  if (p === undefined) {
    const d = new Date(day * DAY * 1000);
    p = `${d.getUTCFullYear()}-${P2[d.getUTCMonth() + 1]}-${P2[d.getUTCDate()]}`;
    prefixCache.set(day, p);
  }
  return p;
}
function formatDate(t) {
  return dayPrefix(Math.floor(t / DAY));
}
function formatTime(t) {
  const day = Math.floor(t / DAY);
  const r = t - day * DAY;
  return `${dayPrefix(day)} ${P2[(r / HOUR) | 0]}:${P2[((r % HOUR) / MIN) | 0]}:${P2[r % MIN]}`;
}
function dateToDay(y, m, d) {
  return Date.UTC(y, m - 1, d) / (DAY * 1000);
}

// Official mainland-China holidays and make-up workdays (调休), used only to shape volume and
// staffing. Other years fall back to the fixed-date holidays.
const CN_HOLIDAYS = {
  2025: {
    off: ["01-01", "01-28", "01-29", "01-30", "01-31", "02-01", "02-02", "02-03", "02-04", "04-04", "04-05", "04-06",
      "05-01", "05-02", "05-03", "05-04", "05-05", "05-31", "06-01", "06-02",
      "10-01", "10-02", "10-03", "10-04", "10-05", "10-06", "10-07", "10-08"],
    work: ["01-26", "02-08", "04-27", "09-28", "10-11"],
  },
  2026: {
    off: ["01-01", "01-02", "01-03", "02-15", "02-16", "02-17", "02-18", "02-19", "02-20", "02-21", "02-22", "02-23",
      "04-04", "04-05", "04-06", "05-01", "05-02", "05-03", "05-04", "05-05", "06-19", "06-20", "06-21",
      "09-25", "09-26", "09-27", "10-01", "10-02", "10-03", "10-04", "10-05", "10-06", "10-07"],
    work: ["01-04", "02-14", "02-28", "05-09", "09-20", "10-10"],
  },
};
const FIXED_HOLIDAYS = ["01-01", "05-01", "05-02", "05-03", "10-01", "10-02", "10-03", "10-04", "10-05", "10-06", "10-07"];
const dayTypeCache = new Map();

/** "work" | "weekend" | "holiday" for a day number. */
function dayType(day) {
  let type = dayTypeCache.get(day);
  if (type === undefined) {
    const iso = dayPrefix(day);
    const year = Number(iso.slice(0, 4));
    const md = iso.slice(5);
    const table = CN_HOLIDAYS[year];
    const weekday = new Date(day * DAY * 1000).getUTCDay();
    if ((table ? table.off : FIXED_HOLIDAYS).includes(md)) type = "holiday";
    else if (table?.work.includes(md)) type = "work";
    else type = weekday === 0 || weekday === 6 ? "weekend" : "work";
    dayTypeCache.set(day, type);
  }
  return type;
}

// Staffed hours: workdays 08:30–21:00 (day and evening shift), weekends and holidays a duty
// rota 10:00–17:00. Outside them only P1/P2 reach the on-call engineer.
function coverage(day) {
  return dayType(day) === "work" ? [8.5 * HOUR, 21 * HOUR] : [10 * HOUR, 17 * HOUR];
}
/** Work that would finish outside staffed hours finishes a little after the next shift starts. */
function finishStaffed(t, rng) {
  const start = nextStaffed(t);
  return start === t ? t : start + rng.int(5 * MIN, 2 * HOUR);
}
/** The first staffed instant at or after t. */
function nextStaffed(t) {
  let day = Math.floor(t / DAY);
  for (;;) {
    const [from, to] = coverage(day);
    const start = day * DAY + from;
    if (t < start) return start;
    if (t < day * DAY + to) return t;
    day++;
  }
}
function isStaffed(t) {
  return nextStaffed(t) === t;
}

// ---------------------------------------------------------------- people
const FIXED_PEOPLE = [
  ["zhang.wei", "张伟"], ["li.na", "李娜"], ["wang.fang", "王芳"], ["liu.yang", "刘洋"], ["chen.jing", "陈静"],
  ["yang.lei", "杨磊"], ["kevin.liu", "Kevin Liu"], ["zhao.min", "赵敏"], ["huang.yong", "黄勇"], ["zhou.jie", "周杰"],
  ["wu.ting", "吴婷"], ["xu.qiang", "徐强"], ["sun.li", "孙丽"], ["hu.jun", "胡军"], ["zhu.xia", "朱霞"],
  ["emily.zhao", "Emily Zhao"], ["gao.tao", "高涛"], ["lin.xinyi", "林欣怡"], ["he.hao", "何浩"], ["guo.xiuying", "郭秀英"],
  ["ma.chao", "马超"], ["luo.ming", "罗明"], ["liang.yu", "梁宇"], ["song.jia", "宋佳"],
];
const SURNAMES = [
  ["zhang", "张"], ["wang", "王"], ["li", "李"], ["zhao", "赵"], ["liu", "刘"], ["chen", "陈"], ["yang", "杨"], ["huang", "黄"],
  ["zhou", "周"], ["wu", "吴"], ["xu", "徐"], ["sun", "孙"], ["hu", "胡"], ["zhu", "朱"], ["gao", "高"], ["lin", "林"],
  ["he", "何"], ["guo", "郭"], ["ma", "马"], ["luo", "罗"], ["liang", "梁"], ["song", "宋"], ["zheng", "郑"], ["xie", "谢"],
  ["han", "韩"], ["tang", "唐"], ["feng", "冯"], ["dong", "董"], ["cheng", "程"], ["cao", "曹"], ["yuan", "袁"], ["deng", "邓"],
  ["fu", "傅"], ["shen", "沈"], ["zeng", "曾"], ["peng", "彭"], ["lu", "卢"], ["jiang", "蒋"], ["cai", "蔡"], ["jia", "贾"],
  ["ding", "丁"], ["wei", "魏"], ["xue", "薛"], ["ye", "叶"], ["yan", "阎"], ["pan", "潘"], ["du", "杜"], ["dai", "戴"],
];
const GIVEN = [
  ["wei", "伟"], ["na", "娜"], ["fang", "芳"], ["min", "敏"], ["jing", "静"], ["lei", "磊"], ["yang", "洋"], ["yong", "勇"],
  ["yan", "艳"], ["jie", "杰"], ["juan", "娟"], ["tao", "涛"], ["ming", "明"], ["chao", "超"], ["xia", "霞"], ["ping", "平"],
  ["gang", "刚"], ["li", "丽"], ["qiang", "强"], ["jun", "军"], ["ting", "婷"], ["hao", "浩"], ["yu", "宇"], ["xin", "鑫"],
  ["xinyi", "欣怡"], ["zihan", "子涵"], ["siyuan", "思远"], ["yuting", "雨婷"], ["haoran", "浩然"], ["jiahui", "佳慧"],
  ["zhiqiang", "志强"], ["xiuying", "秀英"], ["guiying", "桂英"], ["jianguo", "建国"], ["mingyu", "明宇"], ["yifan", "一帆"],
  ["shuang", "爽"], ["bin", "斌"], ["hui", "慧"], ["kai", "凯"],
];

/**
 * The roster: mostly frontline (L1), ≈20 % experts (L2), one manager per ~12 people. The last two
 * frontline people are the joiner (start on the 15th) and the leaver (end on the last day of the
 * previous month: on the roster, never rated, no tickets).
 */
function makePeople(options) {
  const rng = new Rng(options.seed, "people");
  const n = options.people;
  const managers = Math.max(1, Math.round(n / 12));
  const experts = Math.max(1, Math.round(n * 0.2));
  const frontline = n - managers - experts;
  const monthStart = dateToDay(options.year, options.month, 1);
  const taken = new Set();
  const people = [];
  for (let i = 0; i < n; i++) {
    let id;
    let name;
    if (i < FIXED_PEOPLE.length) [id, name] = FIXED_PEOPLE[i];
    else {
      const k = i - FIXED_PEOPLE.length;
      const [sp, sn] = SURNAMES[(k * 7 + 3) % SURNAMES.length];
      const [gp, gn] = GIVEN[(k + Math.floor(k / SURNAMES.length) * 3) % GIVEN.length];
      id = `${sp}.${gp}`;
      name = `${sn}${gn}`;
    }
    for (let suffix = 2; taken.has(id); suffix++) id = `${id.replace(/\d+$/, "")}${suffix}`;
    taken.add(id);
    const role = i < frontline ? "frontline" : i < frontline + experts ? "expert" : "manager";
    const team = role === "frontline" ? "L1" : role === "expert" ? "L2" : (i - frontline - experts) % 2 === 0 ? "L1" : "L2";
    const baseFrom = { frontline: 8000, expert: 12000, manager: 20000 }[role];
    // Joined between 2018 and four months before the period.
    const startDay = monthStart - rng.int(120, 3000);
    people.push({
      id,
      name,
      role,
      team,
      bonusBase: baseFrom + 500 * rng.int(0, role === "frontline" ? 8 : 12),
      startDay,
      endDay: undefined,
      skill: 0,
    });
  }
  const joiner = people[frontline - 2];
  joiner.startDay = monthStart + 14;
  const leaver = people[frontline - 1];
  leaver.endDay = monthStart - 1;

  // Skill: a seeded shuffle of quantiles, so grades spread — ≈10 % excellent, ≈8 % weak (at
  // least one, always frontline), the rest good to satisfactory. Managers are solid performers.
  const order = people.map((_, i) => i).filter((i) => people[i].role !== "manager");
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const excellent = Math.max(1, Math.round(n * 0.1));
  const weak = Math.max(1, Math.round(n * 0.08));
  // Move experts out of the weak tail: swap each with the nearest frontline person above it.
  for (let r = order.length - weak; r < order.length; r++) {
    if (people[order[r]].role === "frontline") continue;
    for (let s = order.length - weak - 1; s >= 0; s--) {
      if (people[order[s]].role === "frontline") {
        [order[r], order[s]] = [order[s], order[r]];
        break;
      }
    }
  }
  const m = order.length;
  order.forEach((index, rank) => {
    let skill;
    if (rank < excellent) skill = rng.uniform(0.9, 0.99);
    else if (rank >= m - weak) skill = rng.uniform(0.05, 0.2);
    else skill = 0.5 + 0.32 * (1 - (rank - excellent) / Math.max(1, m - excellent - weak)) + rng.uniform(-0.04, 0.04);
    if (people[index].role === "expert") skill = Math.min(0.98, skill + 0.08);
    people[index].skill = skill;
  });
  for (const p of people) if (p.role === "manager") p.skill = rng.uniform(0.7, 0.86);
  return people;
}

// ---------------------------------------------------------------- CSV output
const CHUNK = 1 << 20;

/** A CSV file written row by row into 1 MB buffers that go to a WriteStream, honouring backpressure. */
class CsvFile {
  constructor(dir, name, header) {
    this.path = join(dir, name);
    // A deep write queue lets the disk work while the next chunk is being generated.
    this.stream = createWriteStream(this.path, { highWaterMark: 4 * CHUNK });
    this.chunk = Buffer.allocUnsafe(CHUNK);
    this.pos = 0;
    this.ready = [];
    this.rows = 0;
    this.bytes = 0; // known once closed
    this.row(header);
    this.rows = 0;
  }
  /** Encodes a row straight into the buffer (no long string to build and flatten). */
  row(line) {
    if (this.pos + line.length * 3 + 1 > CHUNK) this.seal();
    this.pos += this.chunk.write(line, this.pos);
    this.chunk[this.pos++] = 10;
    this.rows++;
  }
  seal() {
    if (this.pos === 0) return;
    this.ready.push(this.chunk.subarray(0, this.pos));
    this.chunk = Buffer.allocUnsafe(CHUNK);
    this.pos = 0;
  }
  /** Callers flush when full(): awaiting per row would cost more than writing the row. */
  full() {
    return this.ready.length > 0;
  }
  async flush() {
    const ready = this.ready;
    this.ready = [];
    for (const buffer of ready) if (!this.stream.write(buffer)) await once(this.stream, "drain");
  }
  async close() {
    this.seal();
    await this.flush();
    this.stream.end();
    await once(this.stream, "finish");
    this.bytes = this.stream.bytesWritten;
  }
}

// ---------------------------------------------------------------- volume
// Relative ticket arrivals per hour of the day.
const HOURLY_WORK = [0.03, 0.02, 0.02, 0.02, 0.02, 0.03, 0.06, 0.15, 0.55, 1.0, 1.15, 1.05, 0.55, 0.85, 1.1, 1.05, 0.95, 0.8, 0.45, 0.25, 0.18, 0.12, 0.08, 0.05];
const HOURLY_OFF = [0.1, 0.06, 0.05, 0.05, 0.05, 0.06, 0.1, 0.2, 0.4, 0.7, 0.85, 0.85, 0.7, 0.75, 0.8, 0.8, 0.75, 0.65, 0.5, 0.45, 0.4, 0.3, 0.2, 0.15];

/** Exact ticket counts per hour of the month (largest remainder), so the total is exactly N. */
function hourlyCounts(options, rng) {
  const first = dateToDay(options.year, options.month, 1);
  const days = new Date(Date.UTC(options.year, options.month, 0)).getUTCDate();
  const weights = [];
  let offRun = 0;
  for (let d = 0; d < days; d++) {
    const type = dayType(first + d);
    if (type !== "work") offRun++;
    let w = type === "work" ? 1 : type === "weekend" ? 0.22 : 0.12;
    // The first workday after three or more days off catches up on the backlog.
    if (type === "work") {
      if (offRun >= 3) w *= 1.35;
      offRun = 0;
    }
    w *= rng.uniform(0.9, 1.1);
    const profile = type === "work" ? HOURLY_WORK : HOURLY_OFF;
    for (let h = 0; h < 24; h++) weights.push(w * profile[h]);
  }
  const total = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / total) * options.tickets);
  const counts = exact.map(Math.floor);
  let left = options.tickets - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k++, left--) counts[byRemainder[k % byRemainder.length][1]]++;
  return { first, counts };
}

// ---------------------------------------------------------------- tickets
const PRIORITIES = ["P1", "P2", "P3", "P4"];
const PRIORITY_CUM = [0.05, 0.25, 0.75, 1];
// Median minutes to a first response when staffed, and median hours of work to resolve.
const FRT_MEDIAN_MIN = [9, 30, 80, 150];
const WORK_MEDIAN_H = [1.4, 6, 16, 26];
const CATEGORIES = ["account", "network", "email", "software", "hardware", "printer", "vpn", "access"];
const CATEGORY_CUM = [0.2, 0.36, 0.5, 0.68, 0.8, 0.88, 0.95, 1];
const CHANNELS = ["portal", "email", "phone", "chat", "wechat"];
const CHANNEL_CUM = [0.35, 0.6, 0.75, 0.9, 1];

function pickCum(rng, cumulative) {
  const x = rng.next();
  let i = 0;
  while (x >= cumulative[i]) i++;
  return i;
}

/** Skill 0..1 → a time factor: an excellent agent is ~half as slow as a typical one, a weak one 3× as slow. */
function slowness(skill) {
  return Math.exp(2.1 * (0.65 - skill));
}

/** Variant spellings of a person id, as hand-edited exports have them. */
function spellingVariant(id, rng) {
  const capital = id.replace(/(^|\.)([a-z])/g, (_, dot, c) => dot + c.toUpperCase());
  return rng.pick([`${capital} `, id.toUpperCase(), ` ${id}`, capital]);
}

function csvCell(text) {
  return /[",\n\r]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Cumulative assignment weights: a function of the day and the priority class. */
function assignmentTables(people, joinerDay) {
  const table = (afterJoin, urgent) => {
    const cum = [];
    let total = 0;
    for (const p of people) {
      let w = p.endDay !== undefined || (!afterJoin && p.startDay >= joinerDay) ? 0 : { frontline: 1, expert: 0.6, manager: 0.35 }[p.role];
      w *= 0.7 + 0.4 * p.skill; // the skilled close more tickets
      if (p.startDay >= joinerDay) w *= 0.6; // still learning the ropes
      if (urgent && p.role === "expert") w *= 2.5;
      total += w;
      cum.push(total);
    }
    return cum;
  };
  return [[table(false, false), table(false, true)], [table(true, false), table(true, true)]];
}

async function writeMonth(options) {
  mkdirSync(options.out, { recursive: true });
  const people = makePeople(options);
  const rng = new Rng(options.seed, "tickets");
  const srng = new Rng(options.seed, "surveys");
  const erng = new Rng(options.seed, "events");
  const { first, counts } = hourlyCounts(options, rng);
  const days = counts.length / 24;
  const periodEnd = (first + days) * DAY;
  // The export is taken on the 2nd of the next month at 09:00: later events are not in it.
  const exportAt = periodEnd + DAY + 9 * HOUR;
  const joinerDay = first + 14;
  const tables = assignmentTables(people, joinerDay);

  const tickets = new CsvFile(options.out, "tickets.csv",
    "id,assignee,created_at,first_response_at,resolved_at,priority,first_resolved_at,reopened_at,escalated,category,channel,status");
  const surveys = new CsvFile(options.out, "surveys.csv", "ticket_id,csat,ces,nps,date");
  const events = options.events ? new CsvFile(options.out, "events.csv", "ticket_id,at,actor,kind") : undefined;
  const width = Math.max(6, String(options.tickets).length);

  // Selection sampling (Knuth's algorithm S) picks the surveyed tickets in one pass; a pick that
  // lands on an unresolved ticket moves to the next resolved one.
  let surveysLeft = options.surveys;
  let surveyDebt = 0;
  let seq = 0;
  const stats = { unresolved: 0, reopened: 0, escalated: 0, variants: 0 };

  for (let bucket = 0; bucket < counts.length; bucket++) {
    const k = counts[bucket];
    if (k === 0) continue;
    const hourStart = first * DAY + bucket * HOUR;
    const offsets = [];
    for (let j = 0; j < k; j++) offsets.push(Math.floor(rng.next() * HOUR));
    offsets.sort((a, b) => a - b);
    const afterJoin = hourStart >= joinerDay * DAY ? 1 : 0;

    for (const offset of offsets) {
      seq++;
      const id = `T${String(seq).padStart(width, "0")}`;
      const created = hourStart + offset;
      const pri = pickCum(rng, PRIORITY_CUM);
      const person = people[rng.weighted(tables[afterJoin][pri < 2 ? 1 : 0])];
      const skill = person.skill;
      const slow = slowness(skill);
      const category = CATEGORIES[pickCum(rng, CATEGORY_CUM)];
      const channel = CHANNELS[pickCum(rng, CHANNEL_CUM)];

      // First human response.
      let responded;
      if (channel === "phone") responded = created + rng.int(30, 240);
      else {
        let delay = rng.logNormal(FRT_MEDIAN_MIN[pri] * MIN * slow, 0.85);
        if (rng.chance(0.015 + 0.06 * (1 - skill))) delay *= rng.uniform(3, 12); // forgotten in the queue
        let from = created;
        if (!isStaffed(created)) {
          if (pri < 2) delay *= 2; // on-call engineer
          else from = nextStaffed(created);
        } else if (dayType(Math.floor(created / DAY)) !== "work") delay *= 1.6; // holiday duty rota
        responded = Math.round(from + delay);
      }

      // Resolution, an escalation, a reopen.
      const escalated = rng.chance(0.06 + 0.1 * (1 - skill) + (pri === 0 ? 0.08 : 0));
      let work = rng.logNormal(WORK_MEDIAN_H[pri] * HOUR * slow, 0.95);
      if (escalated) work *= 1.8;
      let firstResolved = responded + Math.round(work);
      if (pri >= 2) firstResolved = finishStaffed(firstResolved, rng);
      const parked = rng.chance(0.025); // waiting on the customer or a vendor
      let reopened;
      let resolved = firstResolved;
      if (rng.chance(0.045 + 0.13 * (1 - skill))) {
        reopened = firstResolved + Math.round(rng.chance(0.85) ? rng.uniform(0.5, 70) * HOUR : rng.uniform(73, 240) * HOUR);
        resolved = finishStaffed(reopened + Math.round(rng.logNormal(5 * HOUR * slow, 0.9)), rng);
      }
      const variant = seq % 397 === 0; // ≈0.25 %: seven rows in the 3,000-ticket example
      // Only what had happened when the export was taken is in it.
      const hasResponse = responded <= exportAt;
      const hasFirstResolved = !parked && hasResponse && firstResolved <= exportAt;
      const hasReopen = hasFirstResolved && reopened !== undefined && reopened <= exportAt;
      const isResolved = hasFirstResolved && (!hasReopen || resolved <= exportAt);
      const finalResolved = hasReopen ? resolved : firstResolved;
      let status;
      if (isResolved) status = rng.chance(0.8) ? "closed" : "resolved";
      else if (hasReopen) status = "reopened";
      else status = parked ? "pending" : hasResponse ? "in_progress" : "open";
      if (!isResolved) stats.unresolved++;
      if (hasReopen) stats.reopened++;
      if (escalated) stats.escalated++;
      if (variant) stats.variants++;

      const assignee = variant ? csvCell(spellingVariant(person.id, rng)) : person.id;
      tickets.row(
        `${id},${assignee},${formatTime(created)},${hasResponse ? formatTime(responded) : ""},` +
          `${isResolved ? formatTime(finalResolved) : ""},${PRIORITIES[pri]},` +
          `${hasFirstResolved ? formatTime(firstResolved) : ""},${hasReopen ? formatTime(reopened) : ""},` +
          `${escalated ? "true" : "false"},${category},${channel},${status}`,
      );

      // Survey: answered after the resolution, kinder to skilled agents and met deadlines.
      const remaining = options.tickets - seq + 1;
      if (surveysLeft > 0 && srng.next() * remaining < surveysLeft) {
        surveysLeft--;
        surveyDebt++;
      }
      if (surveyDebt > 0 && isResolved) {
        const answeredAt = finalResolved + Math.round(srng.logNormal(5 * HOUR, 1.1));
        if (answeredAt <= exportAt) {
          surveyDebt--;
          surveys.row(surveyRow(srng, id, skill, pri, created, finalResolved, hasReopen, answeredAt));
        }
      }

      if (events) {
        writeEvents(events, erng, {
          id, person, channel, created, responded: hasResponse ? responded : undefined,
          firstResolved: hasFirstResolved ? firstResolved : undefined,
          reopened: hasReopen ? reopened : undefined, resolved: isResolved && hasReopen ? resolved : undefined,
          escalated, people, exportAt,
        });
        if (events.full()) await events.flush();
      }
      if (tickets.full()) await tickets.flush();
      if (surveys.full()) await surveys.flush();
    }
  }
  await Promise.all([tickets.close(), surveys.close(), events?.close()]);

  writeRoster(options, people);
  const records = options.records ? writeRecords(options, people) : undefined;
  return { people, tickets, surveys, events, records, stats };
}

const RESOLUTION_TARGET_H = [4, 24, 72, 72];

function surveyRow(rng, id, skill, pri, created, resolved, reopened, answeredAt) {
  const late = resolved - created > RESOLUTION_TARGET_H[pri] * HOUR ? 1 : 0;
  const mood = skill - 0.35 * late - 0.3 * (reopened ? 1 : 0) + 0.22 * rng.normal();
  const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, Math.round(x)));
  const csat = rng.chance(0.04) ? "" : String(clamp(2.75 + 2.3 * mood, 1, 5));
  let ces = rng.chance(0.22) ? "" : String(clamp(4.6 - 3.2 * mood + 0.4 * rng.normal(), 1, 7));
  const nps = rng.chance(0.28) ? "" : String(clamp(4.2 + 6.2 * mood + 0.8 * rng.normal(), 0, 10));
  if (csat === "" && ces === "" && nps === "") ces = "3";
  return `${id},${csat},${ces},${nps},${formatTime(answeredAt)}`;
}

/** A ticket's events: automatic acknowledgements, notes, human replies and status changes. */
function writeEvents(file, rng, t) {
  const rows = [];
  const add = (at, actor, kind) => {
    if (at <= t.exportAt) rows.push([at, actor, kind]);
  };
  const me = t.person.id;
  if (t.channel !== "phone" && rng.chance(0.7)) {
    // Auto-replies are never a first response (§2.1); some say "Bot" or "auto", and a few have no actor.
    const actor = t.channel === "chat" || t.channel === "wechat" ? rng.pick(["bot", "bot", "bot", "Bot"]) : rng.pick(["system", "system", "system", "auto", ""]);
    add(t.created + rng.int(2, 90), actor, "reply");
  }
  if (t.responded !== undefined) {
    if (t.responded - t.created > 600 && rng.chance(0.15)) add(t.created + Math.round((t.responded - t.created) * rng.uniform(0.2, 0.8)), me, "note");
    add(t.responded, me, "reply");
    const end = t.firstResolved ?? t.exportAt;
    for (let r = rng.poisson(1.2); r > 0; r--) {
      const at = t.responded + Math.round((end - t.responded) * rng.next());
      if (at <= t.responded) continue;
      if (rng.chance(0.5)) add(at, "customer", "reply");
      else add(at, me, rng.chance(0.8) ? "reply" : "note");
    }
  }
  if (t.escalated && t.responded !== undefined) {
    const experts = t.people.filter((p) => p.role === "expert" && p.id !== me);
    const expert = experts.length > 0 ? rng.pick(experts) : undefined;
    if (expert) add(t.responded + rng.int(300, 7200), expert.id, "note");
  }
  if (t.firstResolved !== undefined) add(t.firstResolved, me, "status");
  if (t.reopened !== undefined) add(t.reopened, "customer", "status");
  if (t.resolved !== undefined) add(t.resolved, me, "status");
  rows.sort((a, b) => a[0] - b[0]);
  for (const [at, actor, kind] of rows) file.row(`${t.id},${formatTime(at)},${actor},${kind}`);
}

// ---------------------------------------------------------------- roster and records
function writeSmall(path, header, lines) {
  return new Promise((resolve, reject) => {
    const stream = createWriteStream(path);
    stream.on("error", reject);
    stream.end(`${header}\n${lines.map((l) => `${l}\n`).join("")}`, resolve);
  });
}

function writeRoster(options, people) {
  const lines = people.map((p) =>
    [p.id, csvCell(p.name), p.role, p.team, p.bonusBase, formatDate(p.startDay * DAY), p.endDay === undefined ? "" : formatDate(p.endDay * DAY)].join(","),
  );
  options.pending.push(writeSmall(join(options.out, "roster.csv"), "person,name,role,team,bonus_base,start_date,end_date", lines));
}

/** Per-person facts of the month: training, certifications held, KB articles, 360 ratings, violations, innovation. */
function writeRecords(options, people) {
  const rng = new Rng(options.seed, "records");
  const first = dateToDay(options.year, options.month, 1);
  const days = new Date(Date.UTC(options.year, options.month, 0)).getUTCDate();
  const last = formatDate((first + days - 1) * DAY);
  const rated = people.filter((p) => p.endDay === undefined);
  const managerOf = (team) => people.find((p) => p.role === "manager" && p.team === team)?.id ?? "dept.head";
  const lines = [];
  const round2 = (x) => String(Math.round(x * 100) / 100);
  const dayIn = (p) => formatDate((Math.max(first, p.startDay) + rng.int(0, Math.max(0, first + days - 1 - Math.max(first, p.startDay)))) * DAY);
  for (const p of rated) {
    const boss = p.role === "manager" ? "dept.head" : managerOf(p.team);
    lines.push([p.id, "training", round2(Math.min(1, Math.max(0.2, 0.45 + 0.6 * p.skill + 0.1 * rng.normal()))), last, "", ""].join(","));
    const certs = Math.max(0, Math.round(p.skill * 2.4 + (p.role === "frontline" ? -0.6 : 0.6) + 0.6 * rng.normal()));
    lines.push([p.id, "certifications", certs, last, "", ""].join(","));
    const articles = rng.poisson((p.role === "expert" ? 3.5 : p.role === "manager" ? 1.5 : 1) * (0.4 + p.skill));
    for (let a = 0; a < articles; a++) lines.push([p.id, "kb_articles", 1, dayIn(p), "", ""].join(","));
    const rate = (bias) => Math.min(5, Math.max(1, Math.round(1.6 + 3.4 * p.skill + bias + 0.5 * rng.normal())));
    lines.push([p.id, "peer_rating", Math.min(5, rate(0.6)), last, p.id, "self"].join(","));
    lines.push([p.id, "peer_rating", rate(0), last, boss, "supervisor"].join(","));
    // Three distinct colleagues of the same team rate each other.
    const peers = rated.filter((q) => q.team === p.team && q.id !== p.id && q.role !== "manager");
    for (let k = 0; k < Math.min(3, peers.length); k++) {
      const j = rng.int(k, peers.length - 1);
      [peers[k], peers[j]] = [peers[j], peers[k]];
      lines.push([p.id, "peer_rating", rate(0.2), last, peers[k].id, "peer"].join(","));
    }
    for (let v = rng.poisson(0.1 + 1.2 * (1 - p.skill) ** 2); v > 0; v--) lines.push([p.id, "violations", 1, dayIn(p), boss, "supervisor"].join(","));
    if (rng.chance(0.05 + 0.3 * p.skill)) lines.push([p.id, "innovation", rng.int(1, 3), dayIn(p), boss, "supervisor"].join(","));
  }
  options.pending.push(writeSmall(join(options.out, "records.csv"), "person,metric,value,date,rater,rater_role", lines));
  return { rows: lines.length };
}

// ---------------------------------------------------------------- main
async function main() {
  let options;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`generate-month: ${error.message}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  options.pending = [];
  const result = await writeMonth(options);
  await Promise.all(options.pending);
  if (!options.quiet) {
    const { tickets, surveys, events, records, stats } = result;
    const mb = (b) => `${(b / 1e6).toFixed(1)} MB`;
    process.stderr.write(
      `generate-month: ${options.out}: ${tickets.rows} tickets (${mb(tickets.bytes)}; ${stats.unresolved} unresolved, ` +
        `${stats.reopened} reopened, ${stats.escalated} escalated, ${stats.variants} assignee spelling variants), ` +
        `${surveys.rows} surveys, ${result.people.length} people` +
        `${records ? `, ${records.rows} records` : ""}${events ? `, ${events.rows} events` : ""}\n`,
    );
  }
}

await main();
