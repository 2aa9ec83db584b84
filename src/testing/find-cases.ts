// `kpi test PATH…`: case files are *.test.{yaml,yml}, or case.yaml inside a folder.
import { findFiles } from "../io/find-files.js";

export function findCaseFiles(args: string[]): Promise<string[]> {
  return findFiles(args, {
    name: /^(.+\.test|case)\.ya?ml$/i,
    noneIn: (dir) => `no test cases in ${dir}`,
    hint: "test cases are files named *.test.yaml or *.test.yml, or folders holding case.yaml; see kpi test --help",
  });
}
