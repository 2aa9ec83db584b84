// The zod schema of a `kpi test` case file (format: load-case.ts). Strict objects everywhere:
// a typo in an expectation must fail loudly, never silently test nothing.
import { z } from "zod";
import { INPUT_KINDS, type InputKind } from "../io/fields.js";

const cellSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** One input kind: a file path, an inline row, or a list mixing both. */
const rowSchema = z.record(z.string(), cellSchema).describe("an inline row: canonical field -> value");
const sourceSchema = z.union([z.string().min(1), z.array(z.union([z.string().min(1), rowSchema]))]);

const dataSchema = z.strictObject(
  Object.fromEntries(INPUT_KINDS.map((kind) => [kind, sourceSchema.optional()])) as Record<InputKind, z.ZodOptional<typeof sourceSchema>>,
);

const indicatorExpectSchema = z.strictObject({
  value: z.number().nullable().optional(),
  n: z.number().int().nonnegative().optional(),
  points: z.number().nullable().optional(),
  weight: z.number().optional(),
  contribution: z.number().optional(),
  status: z.enum(["ok", "insufficient", "veto"]).optional(),
});

const adjustmentExpectSchema = z.strictObject({
  value: z.number().nullable().optional(),
  points: z.number().optional(),
});

export const personExpectSchema = z.strictObject({
  rated: z.boolean().optional().describe("false: the person must not appear in the results"),
  score: z.number().optional(),
  grade: z.string().optional(),
  rank: z.number().int().positive().optional(),
  bonus: z.number().nullable().optional(),
  role: z.string().optional(),
  team: z.string().nullable().optional(),
  tolerance: z.number().nonnegative().optional().describe("allowed difference for every number of this person"),
  indicators: z.record(z.string(), indicatorExpectSchema).optional(),
  adjustments: z.record(z.string(), adjustmentExpectSchema).optional(),
  notes: z.array(z.string()).optional().describe("texts that must each appear in one of the person's notes"),
});

export const testCaseSchema = z.strictObject({
  name: z.string().optional(),
  rubric: z.string().min(1),
  // `period: 2026` is a YAML number; a period is text.
  period: z.union([z.string().min(1), z.number().int()]).transform(String),
  as_of: z.string().optional(),
  strict_roster: z.boolean().optional(),
  tolerance: z.number().nonnegative().optional(),
  exhaustive: z.boolean().optional().describe("every rated person must be listed under expect"),
  data: dataSchema.optional(),
  expect: z.record(z.string(), personExpectSchema).refine((e) => Object.keys(e).length > 0, "expect lists no person: add at least one"),
});

export type TestCase = z.infer<typeof testCaseSchema>;
export type PersonExpect = z.infer<typeof personExpectSchema>;
export type IndicatorExpect = z.infer<typeof indicatorExpectSchema>;
export type DataSource = z.infer<typeof sourceSchema>;
