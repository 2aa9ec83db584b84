// Every command registers itself on the program; one line per command.
import type { Command } from "commander";
import { registerScoreCommand } from "./score.js";

export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [registerScoreCommand];
