// `kpi check FILE|DIR…`: rubric files are *.rubric.{yaml,yml,json} and rubric.{yaml,yml,json}.
import { findFiles } from "./find-files.js";

export function findRubricFiles(args: string[]): Promise<string[]> {
  return findFiles(args, {
    name: /^(.+\.)?rubric\.(ya?ml|json)$/i,
    noneIn: (dir) => `no rubric files in ${dir}`,
    hint: "rubric files are named *.rubric.yaml, *.rubric.yml, *.rubric.json or rubric.yaml",
  });
}
