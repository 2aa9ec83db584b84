// `kpi test [PATH…]`: rubric unit tests for CI. Each case runs through the scoring path of
// `kpi score` and is compared with its expected outcome. Thin wiring only.
import { Command, Option } from "commander";
import { z } from "zod";
import { usageError } from "../errors.js";
import { TEST_FORMATS, countOutcomes, type TestFormat } from "../testing/render-report.js";

const formatNames = Object.keys(TEST_FORMATS) as [TestFormat, ...TestFormat[]];

export const testOptionsSchema = z.object({
  paths: z.array(z.string()).default(["."]),
  format: z.enum(formatNames).default("human"),
  update: z.boolean().default(false),
});

export function registerTestCommand(program: Command): void {
  program
    .command("test")
    .description("run rubric test cases: inputs + expected scores, grades and bonuses per person")
    .argument("[paths...]", "case files, or directories searched for *.test.yaml, *.test.yml and case.yaml (default: .)")
    .addOption(new Option("-f, --format <format>", "output format").choices(formatNames).default("human"))
    .option("-u, --update", "rewrite the expected values that differ with the actual results (review the diff!)", false)
    .addHelpText(
      "after",
      `
A case (strong-agent.test.yaml):
  rubric: ../support-dept.rubric.yaml
  period: 2026-10
  data:
    tickets:
      - { id: T1, assignee: alice, created_at: "2026-10-08 09:00", resolved_at: "2026-10-08 11:00", priority: P1 }
    surveys: surveys.csv
  expect:
    alice: { score: 87.5, grade: A, indicators: { frt_sla: { points: 85 } } }
    bob: { rated: false }

Examples:
  $ kpi test                                  # every case under the current directory
  $ kpi test rubrics/tests
  $ kpi test rubrics/tests/veto.test.yaml --format json | jq '.cases[] | select(.status != "passed")'
  $ kpi test rubrics/tests --update && git diff rubrics/tests   # after a weight change: who moved?

Exit codes: 0 all passed · 1 a case failed · 2 usage error (or no cases found) · 3 bug`,
    )
    .action(async (paths: string[], raw: Record<string, unknown>) => {
      const parsed = testOptionsSchema.safeParse({ ...raw, ...(paths.length ? { paths } : {}) });
      if (!parsed.success) throw usageError(parsed.error.issues.map((i) => i.message).join("; "));
      const options = parsed.data;
      // The scoring path loads here, so `kpi --help` starts fast.
      const [{ findCaseFiles }, { runCase }, { updateCase }, { colorsFor }] = await Promise.all([
        import("../testing/find-cases.js"),
        import("../testing/run-case.js"),
        import("../testing/update-case.js"),
        import("../render/colors.js"),
      ]);
      const cases = [];
      for (const file of await findCaseFiles(options.paths)) {
        const outcome = await runCase(file);
        if (options.update && outcome.status === "failed") {
          outcome.mismatches = await updateCase(file, outcome.mismatches);
          if (outcome.mismatches.length === 0) outcome.status = "updated";
        }
        cases.push(outcome);
      }
      process.stdout.write(TEST_FORMATS[options.format]({ cases }, colorsFor(process.stdout)));
      if (countOutcomes(cases).failed > 0) process.exitCode = 1;
    });
}
