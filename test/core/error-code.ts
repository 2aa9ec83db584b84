import { KpiError } from "../../src/errors.js";

/** The KpiError code `fn` throws; fails the test when it throws something else or nothing. */
export function errorCode(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof KpiError) return error.code;
    throw error;
  }
  throw new Error("expected a KpiError, nothing was thrown");
}
