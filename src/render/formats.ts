// Writers selected by name: a new format is one file and one entry here (STYLE §7).
import type { ChalkInstance } from "chalk";
import { renderCsv } from "../io/writers/csv-writer.js";
import { renderJson } from "../io/writers/json-writer.js";
import type { ScoreResult } from "../schema/result.js";
import type { Rubric } from "../schema/rubric.js";
import type { Format } from "./format-names.js";
import { FORMAT_NAMES } from "./format-names.js";
import { renderScoreTable } from "./score-table.js";

export interface RenderOptions {
  bom: boolean;
  colors: ChalkInstance;
  toTerminal: boolean;
  /** Wording of the xlsx workbook. */
  lang: "zh" | "en";
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
  // exceljs is heavy: loaded only when a workbook is written (STYLE §8).
  xlsx: async (result, rubric, options) =>
    (await import("../io/xlsx/write-workbook.js")).renderWorkbook(result, rubric, { lang: options.lang }),
} satisfies Record<Format, Renderer>;

// The names live in format-names.ts (no heavy imports) so the CLI can list them cheaply.
FORMAT_NAMES satisfies readonly (keyof typeof FORMATS)[];

export function renderResult(format: Format, result: ScoreResult, rubric: Rubric, options: RenderOptions) {
  return FORMATS[format](result, rubric, options);
}
