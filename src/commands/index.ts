// Every command registers itself on the program; one line per command.
import type { Command } from "commander";
import { registerCalendarCommand } from "./calendar.js";
import { registerCheckCommand } from "./check.js";
import { registerExplainCommand } from "./explain.js";
import { registerInitCommand } from "./init.js";
import { registerSchemaCommand } from "./schema.js";
import { registerScoreCommand } from "./score.js";
import { registerTestCommand } from "./test.js";

export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [
  registerScoreCommand,
  registerExplainCommand,
  registerCheckCommand,
  registerSchemaCommand,
  registerInitCommand,
  registerCalendarCommand,
  registerTestCommand,
];
