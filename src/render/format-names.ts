import { extname } from "node:path";

export const FORMAT_NAMES = ["table", "csv", "json", "xlsx"] as const;
export type Format = (typeof FORMAT_NAMES)[number];

/** `--out ratings.csv` picks CSV; `.txt` gets the table. */
export function formatFromPath(path: string): Format | undefined {
  const ext = extname(path).slice(1).toLowerCase();
  if (ext === "txt") return "table";
  return (FORMAT_NAMES as readonly string[]).includes(ext) ? (ext as Format) : undefined;
}
