// Every rubric diagnostic's wording, keyed by its stable code (STYLE §3). A message says what is
// wrong and what to change; codes never change once released, wording may.
const list = (items: readonly (string | number)[]) => items.map((x) => `'${x}'`).join(", ");

export const messages = {
  // Reading the file
  rubric_encoding: () => "the rubric is not valid UTF-8; save it as UTF-8",
  yaml_syntax: (a: { detail: string }) => `YAML syntax error: ${a.detail}`,
  yaml_duplicate_key: (a: { key: string }) => `duplicate key '${a.key}': each key may appear once in a mapping; remove or rename one`,
  yaml_alias: () => "YAML anchors and aliases (&name, *name) are not allowed in a rubric; write the value out",
  yaml_tag: (a: { tag: string }) => `YAML tag ${a.tag} is not allowed in a rubric; remove it`,
  yaml_tab_indent: () => "tabs are not allowed as indentation in YAML; indent with spaces",
  fullwidth_colon: () => "full-width colon '：' after a key; YAML only separates keys with ':' (ASCII colon followed by a space)",
  forbidden_key: (a: { key: string }) => `the key '${a.key}' is reserved; rename it`,
  rubric_not_mapping: () => "a rubric is a mapping of keys (kpi, name, indicators, grades…); check the file is YAML or JSON",
  // Schema
  missing_key: (a: { key: string }) => `missing required key '${a.key}'; add it`,
  unknown_key: (a: { key: string; suggestion?: string; allowed: string[] }) =>
    a.suggestion ? `unknown key '${a.key}'; did you mean '${a.suggestion}'?` : `unknown key '${a.key}'; allowed here: ${a.allowed.join(", ")}`,
  invalid_type: (a: { expected: string; got: string; fix?: string }) => `expected ${a.expected}, got ${a.got}${a.fix ? `; ${a.fix}` : ""}`,
  invalid_value: (a: { allowed: string[]; got: string }) => `${a.got} is not allowed here; use one of ${a.allowed.join(", ")}`,
  invalid_format: (a: { detail: string; got: string }) => `${a.got}: ${a.detail}`,
  out_of_range: (a: { detail: string; got: string }) => `${a.got} is out of range: ${a.detail}`,
  unknown_metric_type: (a: { got: string; allowed: string[] }) => `unknown metric type ${a.got}; use one of ${a.allowed.join(", ")}`,
  schema: (a: { detail: string }) => a.detail,
  // Weights, roles, ids, categories
  weights_sum: (a: { role: string; sum: string; ids: string[] }) =>
    `role '${a.role}': indicator weights sum to ${a.sum}, not 100 (${a.ids.length ? list(a.ids) : "no indicators apply"}); change the weights so they add up to exactly 100`,
  weight_negative: (a: { id: string; weight: string }) => `indicator '${a.id}' has negative weight ${a.weight}; weights are points of the 100, 0 or more`,
  weight_zero: (a: { id: string; role?: string }) =>
    `indicator '${a.id}' has weight 0${a.role ? ` for role '${a.role}'` : ""} and never counts; remove it or give it a weight`,
  weight_unknown_role: (a: { id: string; role: string; roles: string[] }) =>
    `indicator '${a.id}' gives a weight to role '${a.role}', which is not declared; declared roles: ${list(a.roles)}`,
  weight_missing_role: (a: { id: string; role: string }) =>
    `indicator '${a.id}' lists role '${a.role}' in roles but its weight mapping has no '${a.role}'; add a weight or remove the role`,
  unknown_role: (a: { id: string; role: string; roles: string[] }) => `'${a.id}' refers to role '${a.role}', which is not declared; declared roles: ${list(a.roles)}`,
  duplicate_role: (a: { role: string }) => `role '${a.role}' is declared twice; remove one`,
  duplicate_id: (a: { id: string; first: string }) => `id '${a.id}' is already used by ${a.first}; ids of indicators and adjustments must be unique`,
  categories_total: (a: { sum: string }) => `category totals sum to ${a.sum}, more than 100; lower them so they add up to 100`,
  category_sum: (a: { role: string; category: string; sum: string; expected: string }) =>
    `role '${a.role}': weights in category '${a.category}' sum to ${a.sum}, but categories says ${a.expected}; change the weights or the category total`,
  category_unknown: (a: { id: string; category: string; known: string[] }) =>
    `indicator '${a.id}' is in category '${a.category}', which categories does not list (${list(a.known)}); add it or fix the name`,
  category_missing: (a: { id: string }) => `indicator '${a.id}' has no category, but categories are declared; add category: so it counts toward one`,
  // Grades
  grade_min_order: (a: { id: string; min: number; previous: number }) =>
    `grade '${a.id}' has min ${a.min}, not below the previous grade's ${a.previous}; list grades highest first with strictly decreasing min`,
  grade_last_min: (a: { id: string; min: number }) => `the last grade '${a.id}' has min ${a.min}; it must be 0 so that every score gets a grade`,
  grade_duplicate_id: (a: { id: string }) => `grade '${a.id}' is defined twice; grade ids must be unique`,
  grade_coefficient_missing: (a: { id: string; method: string }) => `grade '${a.id}' has no coefficient, which bonus method '${a.method}' needs; add coefficient:`,
  grade_min_unreachable: (a: { id: string; min: number }) => `grade '${a.id}' needs ${a.min} points, more than any score can reach; lower its min`,
  // Scoring
  scoring_type_count: (a: { found: string[] }) =>
    a.found.length === 0 ? "scoring has no type; give exactly one of steps, linear, ratio, pass, deduct, manual" : `scoring has ${a.found.join(" and ")}; keep exactly one`,
  step_both_bounds: () => "a step has both min and max; give one of them (or neither, for the fallback)",
  steps_mixed_bounds: () => "steps mix min and max bounds; use min for higher-is-better or max for lower-is-better, not both",
  steps_not_monotone: (a: { bound: string; previous: string; order: string }) =>
    `step bound ${a.bound} comes after ${a.previous}; ${a.order} so that each step can be reached`,
  steps_no_fallback: () => "no step matches some values; add a last step without min/max (the fallback), e.g. { points: 0 }",
  steps_after_fallback: () => "this step comes after the fallback step and can never apply; move the fallback last",
  points_range: (a: { points: number }) => `points ${a.points} is outside [0, 100]; points are out of 100`,
  linear_zero_equals_full: () => "linear zero and full are equal; give two different values (zero > full means lower is better)",
  ratio_target_not_positive: () => "ratio target must be greater than 0",
  ratio_cap_not_positive: () => "ratio cap must be greater than 0 (default 100)",
  pass_bound_count: () => "pass needs exactly one of min or max",
  deduct_per_negative: () => "deduct per must be 0 or more (points taken off per occurrence)",
  deduct_from_range: (a: { from: number }) => `deduct from ${a.from} is outside [0, 100]`,
  manual_levels_empty: () => "manual scoring has no levels; list them, e.g. 1: { points: 20, label: ... } to 5: { points: 100, label: ... }",
  manual_level_not_integer: (a: { level: string }) => `level '${a.level}' is not a whole number; rating levels are 1, 2, 3…`,
  manual_levels_not_monotone: (a: { level: string; points: number; lower: string; lowerPoints: number }) =>
    `level ${a.level} gives ${a.points} points, fewer than level ${a.lower} (${a.lowerPoints}); a higher rating should not score less — check the order`,
  manual_self_weight_range: (a: { value: number }) => `self_weight ${a.value} is outside [0, 1]; write 0.2 for a 20% self-rating`,
  manual_scoring_needs_manual_metric: (a: { type: string }) => `manual scoring needs metric { type: manual }, not '${a.type}'; ratings are entered by hand`,
  manual_metric_needs_manual_scoring: () => "metric type manual needs scoring: { manual: { levels: ... } } to turn a rating into points",
  manual_in_adjustment: () => "an adjustment cannot use metric type manual; make it an indicator with manual scoring",
  // Metrics, targets, filters
  duration_not_positive: (a: { value: string }) => `duration ${a.value} must be greater than 0`,
  target_unknown_priority: (a: { key: string; known: string[] }) => `target for priority '${a.key}', which no priority maps to; known priorities: ${list(a.known)}`,
  target_missing_priority: (a: { keys: string[] }) => `no target for priority ${list(a.keys)}; those tickets are left out of this SLA — add targets if they should count`,
  default_priority_unknown: (a: { key: string; known: string[] }) => `default_priority '${a.key}' is not a priority key; use one of ${list(a.known)}`,
  priority_value_ambiguous: (a: { value: string; first: string; second: string }) =>
    `source value '${a.value}' is listed under both '${a.first}' and '${a.second}'; list it under one priority`,
  where_unknown_field: (a: { field: string; known: string[] }) =>
    `where field '${a.field}' is not a ticket field; use one of ${list(a.known)}, or map a column to it under inputs.tickets.columns`,
  where_unknown_priority: (a: { value: string; known: string[] }) => `where priority '${a.value}' is not a priority key; use one of ${list(a.known)}`,
  where_ignored: (a: { type: string }) => `where filters tickets, but metric '${a.type}' does not read tickets; the filter has no effect`,
  business_clock_default_calendar: () => "clock: business without a calendar: uses Mon–Fri 09:00–18:00 and no holidays; add calendar: to say so explicitly",
  record_rater_role_unknown: (a: { role: string }) => `rater role '${a.role}' is not one of 'self', 'peer', 'supervisor', 'customer'`,
  record_raters_zero: () => "every rater weight is 0; give at least one a positive weight",
  ratio_as_percent: (a: { value: string; metric: string; suggested: string }) =>
    `${a.value} looks like a percentage, but ${a.metric} is a fraction in [0, 1]; write ${a.suggested}`,
  threshold_out_of_range: (a: { value: string; metric: string; range: string }) => `${a.value} is outside the range of ${a.metric} (${a.range}) and can never be met as written`,
  veto_always: (a: { value: string; metric: string; range: string }) =>
    `every value of ${a.metric} (${a.range}) is on the vetoed side of ${a.value}: this veto caps everybody's grade`,
  veto_bound_count: () => "veto needs exactly one of below or above",
  veto_unknown_grade: (a: { grade: string; known: string[] }) => `veto cap_grade '${a.grade}' is not a grade; use one of ${list(a.known)}`,
  adjustment_bounds: (a: { min: number; max: number }) => `adjustment min ${a.min} is above max ${a.max}`,
  adjustment_penalty_without_min: () => "negative points_per with min 0 (the default) always gives 0; set min below 0, e.g. min: -10",
  // Distribution and bonus
  distribution_unknown_grade: (a: { grade: string; known: string[] }) => `share for '${a.grade}', which is not a grade; use one of ${list(a.known)}`,
  distribution_share_range: (a: { grade: string; share: string }) => `share ${a.share} for '${a.grade}' is outside [0, 1]; write 0.1 for 10%`,
  distribution_share_sum: (a: { sum: string }) => `shares sum to ${a.sum}, more than 1 (100% of people); lower them`,
  distribution_force_rest: (a: { grades: string[] }) =>
    a.grades.length === 0
      ? "mode force needs exactly one grade without a share (it takes the rest); every grade has one"
      : `mode force needs exactly one grade without a share (it takes the rest); ${list(a.grades)} have none`,
  bonus_pool_precision: (a: { pool: string; minor: string }) => `pool ${a.pool} has more decimals than minor_unit ${a.minor} allows; round it`,
  bonus_pool_zero: () => "bonus pool is 0; everybody gets 0",
  bonus_pool_too_large: () => "bonus pool in minor units exceeds 2^53; use a larger minor_unit or a smaller pool",
  bonus_top_share_missing: () => "method top_share needs top_share: { top: 0.2, share: 0.4 }",
  bonus_top_share_range: (a: { key: string; value: string }) => `top_share.${a.key} ${a.value} must be greater than 0 and at most 1`,
  bonus_redistribute_missing: (a: { key: string }) => `method redistribute needs ${a.key}:`,
  bonus_unknown_grade: (a: { grade: string; known: string[] }) => `bonus refers to grade '${a.grade}', which is not a grade; use one of ${list(a.known)}`,
  bonus_withhold_range: (a: { grade: string; value: string }) => `withhold ${a.value} for '${a.grade}' is outside [0, 1]; write 0.5 to withhold half`,
  bonus_withhold_to: (a: { grade: string }) => `grade '${a.grade}' is both withheld from and given to; remove it from one of withhold and to`,
  bonus_setting_ignored: (a: { key: string; method: string }) => `${a.key} is only used by another method; with method '${a.method}' it is ignored`,
  bonus_all_coefficients_zero: () => "every grade coefficient is 0, so the pool cannot be distributed; give some grades a positive coefficient",
  // Calendar and time zone
  calendar_hours_empty: () => 'hours is empty, so no time ever counts on the business clock; write e.g. ["09:00-18:00"]',
  calendar_hours_invalid: (a: { interval: string }) => `working interval '${a.interval}' is not a time of day; write e.g. "09:00-12:00" (00:00 to 24:00)`,
  calendar_hours_order: (a: { interval: string }) => `working interval '${a.interval}' does not end after it starts`,
  calendar_hours_overlap: (a: { interval: string; other: string }) => `working interval '${a.interval}' overlaps '${a.other}'; make them disjoint`,
  calendar_date_invalid: (a: { date: string }) => `'${a.date}' is not a calendar date`,
  calendar_date_conflict: (a: { date: string }) => `${a.date} is both a holiday and an extra workday; keep it in one list`,
  calendar_no_workdays: () => "workdays is empty, so no time ever counts on the business clock; list the working weekdays",
  input_encoding_unknown: (a: { encoding: string }) => `unknown encoding '${a.encoding}'; use utf-8, gb18030, utf-16le or utf-16be (or leave it out: kpi detects it)`,
  input_column_empty: (a: { field: string }) => `the column for '${a.field}' is empty; write the header as it appears in the export`,
  input_date_format_invalid: (a: { format: string }) => `'${a.format}' is not a date-fns format; write e.g. d/M/yyyy H:mm or dd/MMM/yy h:mm a (yyyy and dd, not YYYY and DD)`,
  timezone_abbreviation: (a: { zone: string }) =>
    `'${a.zone}' is an abbreviation that names more than one zone (CST is also China Standard Time); write a region name such as Asia/Shanghai or America/Chicago`,
  timezone_invalid: (a: { zone: string }) => `'${a.zone}' is not an IANA time zone; write e.g. Asia/Shanghai or UTC`,
  // kpi check --data
  data_xlsx_skipped: () => "XLSX headers are not checked by --data; kpi score reads the file in full",
  data_no_files: (a: { dir: string }) => `no data files in ${a.dir}; name them tickets.csv, surveys.csv, records.csv, roster.csv, events.csv`,
} satisfies Record<string, (args: never) => string>;

export type MessageCode = keyof typeof messages;
export type MessageArgs<C extends MessageCode> = Parameters<(typeof messages)[C]>[0];

/** Arguments of a code's message; none for codes whose message takes none. */
export type MessageArgList<C extends MessageCode> = MessageArgs<C> extends undefined ? [] : [MessageArgs<C>];

export function formatMessage<C extends MessageCode>(code: C, ...args: MessageArgList<C>): string {
  return (messages[code] as (a: unknown) => string)(args[0]);
}
