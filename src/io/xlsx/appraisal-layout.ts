// Where things are on a 考核表, shared by the writer and by `--manual`, which reads ratings back.
// Rating rows carry hidden ids (columns L–N): `--manual` finds a rating by the person and
// indicator ids on its row, so rows may be moved, sorted or inserted; columns must stay put.
export const C = { category: 1, indicator: 2, weight: 3, standard: 4, actual: 5, n: 6, points: 7, contribution: 8, source: 9, remark: 10 };
export const WIDTHS = [12, 18, 7, 34, 11, 7, 8, 9, 16, 16];
export const LAST = WIDTHS.length;
export const TABLE_HEADER_ROW = 5;

/** A manual indicator's rating is typed into the "actual" column of its row. */
export const RATING_COL = C.actual;

/** Hidden columns, only on sheets with a manual indicator; row 5 holds the marker names. */
export const HIDDEN = { weight: 11, person: 12, indicator: 13, role: 14 } as const;
export const MARKERS = { weight: "kpi:weight", person: "kpi:person", indicator: "kpi:indicator", role: "kpi:rater_role" } as const;

export type RaterRole = "supervisor" | "self";
export const RATER_ROLES: readonly RaterRole[] = ["supervisor", "self"];
