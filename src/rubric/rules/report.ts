// What every rule receives and how it reports: pure functions of the rubric and positions.
import type { Diagnostic } from "../../core/diagnostic.js";
import type { MessageArgList, MessageCode } from "../../render/messages.js";
import type { Rubric } from "../../schema/rubric.js";
import { diagnostic } from "../diagnose.js";
import type { DocPath, Position } from "../locate-node.js";

export interface RuleContext {
  locate: (path: DocPath, target?: "value" | "key") => Position | undefined;
}

export type Rule = (rubric: Rubric, ctx: RuleContext) => Diagnostic[];

export interface Report {
  diagnostics: Diagnostic[];
  error<C extends MessageCode>(code: C, path: DocPath, ...args: MessageArgList<C>): void;
  warn<C extends MessageCode>(code: C, path: DocPath, ...args: MessageArgList<C>): void;
  /** For a wrong key (an undeclared role, an unknown field): points at the key, not its value. */
  errorAtKey<C extends MessageCode>(code: C, path: DocPath, ...args: MessageArgList<C>): void;
}

export function createReport(ctx: RuleContext): Report {
  const diagnostics: Diagnostic[] = [];
  return {
    diagnostics,
    error: (code, path, ...args) => diagnostics.push(diagnostic("error", code, path, ctx.locate(path), ...args)),
    warn: (code, path, ...args) => diagnostics.push(diagnostic("warning", code, path, ctx.locate(path), ...args)),
    errorAtKey: (code, path, ...args) => diagnostics.push(diagnostic("error", code, path, ctx.locate(path, "key"), ...args)),
  };
}
