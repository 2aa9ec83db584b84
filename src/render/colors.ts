// One chalk instance for the whole CLI: honours NO_COLOR, FORCE_COLOR and whether stderr/stdout
// is a terminal (chalk's own detection), so tests run with NO_COLOR=1 get plain text.
import { Chalk } from "chalk";

const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== "";

export const colors = noColor ? new Chalk({ level: 0 }) : new Chalk();

export function colorsFor(stream: NodeJS.WriteStream) {
  if (noColor) return new Chalk({ level: 0 });
  if (process.env.FORCE_COLOR !== undefined) return colors;
  return stream.isTTY ? colors : new Chalk({ level: 0 });
}
