import type { ScoreResult } from "../../schema/result.js";
import { assertFiniteNumbers } from "./assert-finite.js";

/** §8.1: values at full precision; the same input gives byte-identical output. */
export function renderJson(result: ScoreResult): string {
  assertFiniteNumbers(result);
  return `${JSON.stringify(result, null, 2)}\n`;
}
