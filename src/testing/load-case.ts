// Reads a `kpi test` case file and validates it, with file:line:col for every problem.
//
// A case is a YAML file named `*.test.yaml` / `*.test.yml`, or a folder holding `case.yaml`
// (or `case.yml`) next to its data files. Every path is relative to the case file.
//
//   name: a strong agent is graded S          # optional; shown next to the file name
//   rubric: ../support-dept.rubric.yaml       # required
//   period: 2026-10                           # required: 2026-10 | 2026-Q4 | 2026 | 2026-10-05..2026-10-18
//   as_of: "2026-11-01 00:00"                 # optional, as `kpi score --as-of`
//   strict_roster: false                      # optional, as `kpi score --strict-roster`
//   tolerance: 0.01                           # optional default for every number below (default 0)
//   exhaustive: true                          # optional: anyone rated but not under `expect` fails
//   data:                                     # tickets | surveys | records | roster | events
//     tickets:                                #   inline rows with canonical field names …
//       - { id: T1, assignee: alice, created_at: "2026-10-08 09:00", priority: P1 }
//     surveys: fixtures/surveys.csv           #   … or a file path, or a list mixing rows and paths
//   expect:                                   # person id (matched trimmed, case-insensitively)
//     alice:
//       score: 87.5                           # every key is optional; only those given are compared
//       tolerance: 0.01                       # overrides the case tolerance for this person
//       grade: A
//       rank: 1
//       bonus: 1234.56                        # null when the rubric has no bonus
//       role: frontline
//       team: L1
//       indicators: { frt_sla: { points: 85, value: 0.9, n: 12, weight: 15, contribution: 12.75, status: ok } }
//       adjustments: { innovation: { points: 2, value: 2 } }
//       notes: ["capped at C"]                # each text must appear in one of the person's notes
//     dave: { rated: false }                  # dave must not be in the results
//
// Without `data`, a folder case reads tickets.*, surveys.*, records.*, roster.*, events.* from its
// folder, as `kpi score DIR` does. Inline rows go to temporary JSON Lines files and through the
// same `runScore` as `kpi score`, so a case tests exactly what a real run does.
import { readFile } from "node:fs/promises";
import { LineCounter, parseDocument, type YAMLError } from "yaml";
import type { Diagnostic } from "../core/diagnostic.js";
import { usageError } from "../errors.js";
import { diagnostic, sortDiagnostics } from "../rubric/diagnose.js";
import { locatePath, positionOf, type DocPath, type Position } from "../rubric/locate-node.js";
import { caseDiagnostics } from "./case-diagnostics.js";
import { testCaseSchema, type TestCase } from "./case-schema.js";

// Anchors let cases share rows; the bound keeps an alias bomb out.
const MAX_ALIASES = 200;

export interface ParsedCase {
  file: string;
  testCase: TestCase | undefined;
  diagnostics: Diagnostic[];
  locate: (path: DocPath, target?: "value" | "key") => Position | undefined;
}

export async function loadCase(file: string): Promise<ParsedCase> {
  const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw usageError(`cannot read ${file}: ${error.code === "ENOENT" ? "no such file" : error.message}`);
  });
  return parseCaseText(text.replace(/^\uFEFF/, ""), file);
}

export function parseCaseText(text: string, file: string): ParsedCase {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { version: "1.2", schema: "core", uniqueKeys: true, prettyErrors: false, lineCounter });
  const locate = (path: DocPath, target?: "value" | "key") => locatePath(doc, lineCounter, path, target);
  const done = (diagnostics: Diagnostic[], testCase?: TestCase): ParsedCase => ({
    file,
    testCase,
    diagnostics: sortDiagnostics(diagnostics).map((d) => ({ ...d, file })),
    locate,
  });

  const problems = [...doc.errors, ...doc.warnings].map((p) => yamlDiagnostic(p, text, lineCounter));
  if (problems.length > 0) return done(problems);
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    return done([diagnostic("error", "schema", [], { line: 1, column: 1 }, { detail: (error as Error).message })]);
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return done([diagnostic("error", "schema", [], { line: 1, column: 1 }, { detail: "a test case is a mapping with rubric, period, data and expect" })]);
  }
  const parsed = testCaseSchema.safeParse(raw);
  if (!parsed.success) return done(caseDiagnostics(parsed.error.issues, raw, locate));
  return done([], parsed.data);
}

function yamlDiagnostic(problem: YAMLError, text: string, lineCounter: LineCounter): Diagnostic {
  const pos = positionOf(lineCounter, problem.pos[0]);
  if (problem.code === "DUPLICATE_KEY") {
    const key = /^["']?([^"':\n]*)/.exec(text.slice(problem.pos[0], problem.pos[0] + 200))?.[1]?.trim() ?? "";
    return diagnostic("error", "yaml_duplicate_key", [], pos, { key });
  }
  if (problem.code === "TAB_AS_INDENT") return diagnostic("error", "yaml_tab_indent", [], pos);
  return diagnostic("error", "yaml_syntax", [], pos, { detail: problem.message.split("\n")[0] ?? problem.message });
}
