// Writers selected by name: a new format is one file and one entry here (STYLE §7).
import type { ChalkInstance } from "chalk";
import { extname } from "node:path";
import { renderCsv } from "../io/writers/csv-writer.js";
import { renderJson } from "../io/writers/json-writer.js";
import type { ScoreResult } from "../schema/result.js";
import type { Rubric } from "../schema/rubric.js";
import { renderScoreTable } from "./score-table.js";

export interface RenderOptions {
  bom: boolean;
  colors: ChalkInstance;
  toTerminal: boolean;
}

type Renderer = (result: ScoreResult, rubric: Rubric, options: RenderOptions) => Promise<string | Uint8Array>;

export const FORMATS = {
  table: async (result, rubric, options) => renderScoreTable(result, rubric, options.colors),
  csv: async (result, rubric, options) =>
    renderCsv(result, {
      bom: options.bom,
      indicatorIds: rubric.indicators.map((i) => i.id),
      adjustmentIds: (rubric.adjustments ?? []).map((a) => a.id),
    }),
  json: async (result) => renderJson(result),
} satisfies Record<string, Renderer>;

export type Format = keyof typeof FORMATS;

export function formatFromPath(path: string): Format | undefined {
  const ext = extname(path).slice(1).toLowerCase();
  if (ext === "txt") return "table";
  return ext in FORMATS ? (ext as Format) : undefined;
}

export function renderResult(format: Format, result: ScoreResult, rubric: Rubric, options: RenderOptions) {
  return FORMATS[format](result, rubric, options);
}
