// The rubric schema: the single source of truth for rubric types, validation messages and the
// JSON Schema that editors use (`kpi schema`). Contract: shared/spec/rubric-v1.md.
import { z } from "zod";

const slug = z
  .string()
  .regex(/^[a-z0-9_]+$/, "use lower-case letters, digits and _ only (a slug such as frt_sla)");

/** `30m`, `2h`, `1d`, `1.5h`: kept as text here, turned into milliseconds by core/duration.ts. */
export const durationSchema = z
  .string()
  .regex(/^\s*\d+(\.\d+)?\s*(m|min|h|d)\s*$/, 'write a duration such as "30m", "2h", "1.5h" or "1d"')
  .describe('Duration: a number with unit m (minutes), h (hours) or d (days; one workday with clock: business), e.g. "30m", "2h", "1d".');

/** A number, or `"90%"` as sugar for 0.9. */
export const ratioish = z
  .union([z.number(), z.string().regex(/^\s*-?\d+(\.\d+)?\s*%\s*$/, 'write a number such as 0.9, or "90%"')])
  .describe('A number; a string such as "90%" is read as 0.9.');

const dateString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "write a date as YYYY-MM-DD")
  .describe("A calendar date, YYYY-MM-DD.");

// YAML reads an unquoted 2026-10-01 as a string under the core schema; JSON gives a string too.
const dateList = z.array(dateString);

const weekday = z.enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);

export const calendarSchema = z
  .strictObject({
    workdays: z.array(weekday).optional().describe("Weekdays that are workdays. Default mon–fri."),
    hours: z
      .array(z.string().regex(/^\d{2}:\d{2}-\d{2}:\d{2}$/, 'write an interval such as "09:00-12:00"'))
      .optional()
      .describe('Working intervals of a workday in local time, e.g. ["09:00-12:00", "13:00-18:00"]. Default 09:00-18:00.'),
    holidays: dateList.optional().describe("Dates that are not workdays."),
    extra_workdays: dateList.optional().describe("Weekend dates that are workdays (调休 make-up days)."),
    preset: z.enum(["cn"]).optional().describe("cn: official mainland-China holidays and make-up workdays for the years kpi ships."),
  })
  .describe("Business calendar used by clock: business (§3).");

const priorityMap = z
  .record(z.string(), z.union([z.array(z.union([z.string(), z.number()])), z.string(), z.number()]))
  .describe("Priority key -> source values that mean it (matched trimmed, case-insensitively). Key order is significant: the last key is the default priority.");

const inputCommon = {
  preset: z.enum(["jira", "zendesk", "servicenow", "freshdesk"]).optional().describe("Column names of a known help-desk export."),
  columns: z.record(z.string(), z.string()).optional().describe("Canonical field -> source column header."),
  date_format: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .describe("date-fns format(s) tried before the default timestamp formats, e.g. d/M/yyyy H:mm."),
  missing: z.array(z.string()).optional().describe('Cell values that mean empty, e.g. ["?", "null", "-"].'),
  delimiter: z.enum([",", ";", "\t", "|"]).optional().describe("Field delimiter; default detected among , ; and tab."),
  encoding: z.string().optional().describe("Text encoding; default detected (UTF-8, UTF-16 with BOM, GB18030)."),
};

export const inputsSchema = z
  .strictObject({
    tickets: z
      .strictObject({
        ...inputCommon,
        priorities: priorityMap.optional(),
        default_priority: z.string().optional().describe("Priority key for values that map to no key. Default: the last key."),
        first_response: z
          .enum(["column", "events"])
          .optional()
          .describe("Where the first human response comes from: the first_response_at column (default when present) or the events input."),
      })
      .optional(),
    surveys: z.strictObject(inputCommon).optional(),
    records: z.strictObject(inputCommon).optional(),
    roster: z.strictObject(inputCommon).optional(),
    events: z
      .strictObject({
        ...inputCommon,
        automatic_actors: z.array(z.string()).optional().describe("Actors whose events never count as a human response."),
      })
      .optional(),
  })
  .describe("Column mapping of the input files (§2).");

const eventKind = z.enum(["first_response", "resolution"]).describe("Which ticket event is timed from created_at: the first human response, or the resolution.");
const clockKind = z.enum(["calendar", "business"]).describe("calendar: wall time (1d = 24h); business: working time of the calendar (1d = one workday).");

export const metricSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("count") }).describe("Tickets assigned in the period."),
  z
    .strictObject({
      type: z.literal("sla_rate"),
      event: eventKind,
      clock: clockKind.optional(),
      targets: z.record(z.string(), durationSchema).describe("Priority key -> target duration."),
    })
    .describe("Share of tickets whose event happened within the target for its priority."),
  z
    .strictObject({
      type: z.literal("duration"),
      event: eventKind,
      clock: clockKind.optional(),
      stat: z.enum(["mean", "median", "p90"]).optional().describe("Default mean."),
    })
    .describe("Statistic of the event time in hours."),
  z
    .strictObject({ type: z.literal("fcr_rate"), window: durationSchema.optional().describe("Default 72h, wall time.") })
    .describe("First-contact resolution: resolved tickets neither escalated nor reopened within the window ÷ resolved tickets."),
  z
    .strictObject({ type: z.literal("reopen_rate"), window: durationSchema.optional().describe("Default 72h, wall time.") })
    .describe("Resolved tickets reopened within the window ÷ resolved tickets."),
  z
    .strictObject({
      type: z.literal("csat"),
      satisfied_rate: z.boolean().optional().describe("true: share of responses ≥ 4 instead of the mean."),
    })
    .describe("Mean CSAT (1–5)."),
  z.strictObject({ type: z.literal("ces") }).describe("Mean CES (1–7), lower is better."),
  z.strictObject({ type: z.literal("nps") }).describe("% promoters − % detractors, in [−100, 100]."),
  z
    .strictObject({
      type: z.literal("record"),
      name: z.string().min(1).describe("Records whose metric column equals this."),
      agg: z.enum(["sum", "mean", "max", "min", "last", "count"]).optional().describe("Default sum."),
      raters: z
        .record(z.string(), z.number().min(0))
        .optional()
        .describe("360 weights per rater_role, e.g. { supervisor: 0.5, peer: 0.3, self: 0.2 }: the weighted mean of each group's mean."),
    })
    .describe("Per-person records (training, certifications, peer ratings…)."),
  z
    .strictObject({ type: z.literal("manual") })
    .describe(
      "A rating by hand on the levels of scoring.manual: records whose metric column is the indicator id, rater_role supervisor (or empty) or self, or a filled appraisal workbook read with --manual.",
    ),
]);

const stepSchema = z
  .strictObject({
    min: ratioish.optional().describe("The step applies when value ≥ min."),
    max: ratioish.optional().describe("The step applies when value ≤ max."),
    points: z.number().describe("Points for this step."),
  })
  .describe("A step; without min or max it is the fallback.");

const manualLevelSchema = z
  .strictObject({
    points: z.number().describe("Points for this level, in [0, 100]."),
    label: z.string().min(1).describe('Behaviour anchor shown beside the rating cell, e.g. "远低于要求 / far below expectations".'),
  })
  .describe("One level of a behaviour-anchored scale.");

const manualScoringSchema = z
  .strictObject({
    levels: z
      .record(z.string(), manualLevelSchema)
      .describe("Level (a whole number, e.g. 1 to 5) -> points and anchor text; higher levels should give more points."),
    self_weight: z
      .number()
      .optional()
      .describe("Share of the self-rating in [0, 1], default 0 (the supervisor alone): points = (1 − w) × supervisor's + w × self's; without a self-rating the supervisor's alone."),
  })
  .describe("Points from a rating on behaviour-anchored levels (metric type manual).");

export const scoringSchema = z
  .strictObject({
    steps: z.array(stepSchema).min(1).optional().describe("First step whose bound the value meets."),
    linear: z
      .strictObject({
        zero: ratioish.describe("Value that scores 0 points."),
        full: ratioish.describe("Value that scores 100 points; below zero means lower is better."),
      })
      .optional()
      .describe("0 points at zero, 100 at full, straight line between, clamped."),
    ratio: z
      .strictObject({
        target: ratioish.describe("Value that scores 100 points; greater than 0."),
        cap: z.number().optional().describe("Upper clamp, default 100; above 100 rewards over-achievement."),
        lower_is_better: z.boolean().optional().describe("true: target ÷ value × 100."),
      })
      .optional()
      .describe("value ÷ target × 100 (target ÷ value × 100 when lower is better), clamped to [0, cap]."),
    pass: z
      .strictObject({
        min: ratioish.optional().describe("Pass when value ≥ min."),
        max: ratioish.optional().describe("Pass when value ≤ max."),
      })
      .optional()
      .describe("100 if the bound is met, else 0; exactly one of min or max."),
    deduct: z
      .strictObject({
        per: z.number().describe("Points taken off per occurrence (the metric value)."),
        from: z.number().optional().describe("Default 100."),
      })
      .optional()
      .describe("from − per × value, floored at 0 (每发现一处扣N分)."),
    manual: manualScoringSchema.optional(),
  })
  .describe("How a value becomes points in [0, 100]: exactly one of steps, linear, ratio, pass, deduct, manual.");

const weightSchema = z
  .union([z.number(), z.record(z.string(), z.number())])
  .describe("Points of the 100, or per role: { frontline: 15, expert: 5 }.");

export const indicatorSchema = z.strictObject({
  id: slug.describe("Unique id, [a-z0-9_]+."),
  label: z.string().optional().describe("Display name, any language."),
  category: z.string().optional().describe("Optional group label (§4.4)."),
  roles: z.array(z.string()).optional().describe("Roles the indicator applies to; default all."),
  weight: weightSchema,
  metric: metricSchema,
  where: z
    .record(z.string(), z.union([z.array(z.union([z.string(), z.number(), z.boolean()])), z.string(), z.number(), z.boolean()]))
    .optional()
    .describe("Ticket filter: field -> allowed values."),
  min_sample: z.number().int().min(0).optional().describe("Fewer observations = insufficient."),
  insufficient: z.enum(["exclude", "neutral", "zero"]).optional().describe("exclude (default): re-weight the rest; neutral: 60 points; zero: 0 points."),
  scoring: scoringSchema,
  veto: z
    .strictObject({
      below: ratioish.optional().describe("Vetoed when value < below."),
      above: ratioish.optional().describe("Vetoed when value > above."),
      cap_grade: z.string().describe("Best grade allowed when vetoed."),
    })
    .optional()
    .describe("一票否决: a value below (or above) the bound caps the grade."),
  description: z.string().optional().describe("Free text shown in explanations and appraisal sheets."),
});

export const adjustmentSchema = z.strictObject({
  id: slug.describe("Unique id, [a-z0-9_]+; shared namespace with indicator ids."),
  label: z.string().optional().describe("Display name, any language."),
  roles: z.array(z.string()).optional().describe("Roles the adjustment applies to; default all."),
  metric: metricSchema,
  where: indicatorSchema.shape.where,
  points_per: z.number().describe("Score points per unit of value; negative for penalties."),
  max: z.number().optional().describe("Upper clamp of the adjustment."),
  min: z.number().optional().describe("Lower clamp, default 0 (use e.g. -10 with a negative points_per)."),
});

export const gradeSchema = z.strictObject({
  id: z.string().min(1).describe("Grade id, e.g. S, A, B."),
  label: z.string().optional().describe("Display name, any language."),
  min: z.number().describe("Lowest score of this grade; strictly decreasing, the last is 0."),
  coefficient: z.number().min(0).optional().describe("Bonus coefficient."),
});

export const distributionSchema = z.strictObject({
  mode: z.enum(["cap", "force"]).describe("cap: at most a share per grade; force: grades by rank alone."),
  shares: z.record(z.string(), ratioish).describe("Grade -> share of the people in the group."),
  group: z.string().optional().describe("Roster field that forms groups, e.g. team."),
  round: z.enum(["floor", "nearest"]).optional().describe("How shares become head counts; default floor."),
});

export const bonusSchema = z.strictObject({
  pool: z.number().min(0).describe("Total, in currency units; exact to the minor unit."),
  currency: z.string().optional().describe("Default CNY."),
  minor_unit: z.number().positive().optional().describe("Default 0.01."),
  method: z.enum(["coefficient", "top_share", "redistribute"]).optional().describe("Default coefficient."),
  base: z.enum(["equal", "roster"]).optional().describe("equal, or the roster column bonus_base."),
  prorate: z.boolean().optional().describe("Weight by the share of the period's workdays on the roster."),
  top_share: z
    .strictObject({
      top: ratioish.describe("Share of people in the top group, e.g. 0.2."),
      share: ratioish.describe("Share of the pool for the top group, e.g. 0.4."),
    })
    .optional()
    .describe("method top_share: the top people by score share this part of the pool."),
  withhold: z.record(z.string(), ratioish).optional().describe("redistribute: grade -> fraction of the nominal bonus withheld."),
  to: z.array(z.string()).optional().describe("redistribute: grades that share the withheld total, in proportion to base."),
});

export const rubricSchema = z
  .strictObject({
    $schema: z.string().optional().describe("JSON Schema reference for editors; ignored by kpi."),
    kpi: z.literal(1).describe("Format version; must be 1."),
    name: z.string().min(1).describe("Rubric name, shown on every output."),
    timezone: z.string().optional().describe("IANA zone for timestamps without an offset; default UTC."),
    period: z
      .strictObject({ by: z.enum(["created_at", "resolved_at"]).optional() })
      .optional()
      .describe("Which ticket timestamp places a ticket in the period."),
    calendar: calendarSchema.optional(),
    inputs: inputsSchema.optional(),
    roles: z.array(slug).min(1).optional().describe("Roles; default [default]."),
    categories: z.record(z.string(), z.number()).optional().describe("Category -> weight total per role (§4.4)."),
    indicators: z.array(indicatorSchema).min(1).describe("What is measured and how it scores (§4); at least one."),
    adjustments: z.array(adjustmentSchema).optional().describe("Points added or taken off after the weighted sum (§5)."),
    grades: z.array(gradeSchema).min(1).describe("Highest first; min bounds strictly decreasing; the last min is 0."),
    distribution: distributionSchema.optional(),
    bonus: bonusSchema.optional(),
  })
  .describe("kpi rubric, format version 1");

export type RubricInput = z.input<typeof rubricSchema>;
export type Rubric = z.output<typeof rubricSchema>;
export type Indicator = z.output<typeof indicatorSchema>;
export type Adjustment = z.output<typeof adjustmentSchema>;
export type Metric = z.output<typeof metricSchema>;
export type Scoring = z.output<typeof scoringSchema>;
export type ManualScoring = z.output<typeof manualScoringSchema>;
export type Grade = z.output<typeof gradeSchema>;
export type CalendarSpec = z.output<typeof calendarSchema>;
export type Inputs = z.output<typeof inputsSchema>;
export type Distribution = z.output<typeof distributionSchema>;
export type Bonus = z.output<typeof bonusSchema>;
